"""Where the app's bundled files and the user's files live.

Bundled files (reference data, templates, migrations) are found the same way from a
checkout, an installed wheel and a PyInstaller build: first as the packages
``kkrdesk.resources`` / ``kkrdesk.db`` (wheel, editable install, frozen build), then
as the top-level folders of a source checkout.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import platformdirs

APP_DIR_NAME = "KKRDesk"
_CHECKOUT = Path(__file__).resolve().parents[2]


def _bundled(package: str, folder: str) -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / folder
    spec = importlib.util.find_spec(package)
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return _CHECKOUT / folder


def resources_dir() -> Path:
    return _bundled("kkrdesk.resources", "resources")


def migrations_dir() -> Path:
    return _bundled("kkrdesk.db", "db")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def user_log_dir() -> Path:
    """Where traces the user may send us are kept (on Linux ~/.local/state/KKRDesk/log)."""
    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))


def default_database_path() -> Path:
    return user_data_dir() / "kkrdesk.sqlite"


def is_url(place: str | Path) -> bool:
    """Whether ``place`` names a database by a SQLAlchemy URL (a server, or
    ``sqlite:///file``) rather than by a file's path."""
    return isinstance(place, str) and "://" in place
