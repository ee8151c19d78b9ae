"""Filer > Seneste: the databases opened last, newest first. A file that has gone
(moved, deleted, on a drive not attached) stays in the list greyed out with a note, so
the user sees where it was; *Ryd liste* empties the list. Whether a file is there is
looked at each time the menu opens."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from kkrdesk.core.paths import is_url
from kkrdesk.ui.i18n import translate

RECENT_KEY = "recent_databases"
MAX_RECENT = 8
MISSING_NOTE = QT_TRANSLATE_NOOP("RecentMenu", "findes ikke")
MISSING_TIP = QT_TRANSLATE_NOOP("RecentMenu", "Filen findes ikke længere: den er flyttet, omdøbt "
                               "eller slettet, eller drevet er ikke tilsluttet.")
CLEAR_TEXT = QT_TRANSLATE_NOOP("RecentMenu", "Ryd liste")
EMPTY_TEXT = "(ingen databaser endnu)"


def recent(settings: QSettings | None = None) -> list[str]:
    value = (settings or QSettings()).value(RECENT_KEY, [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in value or []]


def real(path: Path | str) -> str:
    """The path with links resolved; never raises (a symbolic-link loop stays as it is).
    A server's URL stays as it is."""
    if isinstance(path, str) and "://" in path:
        return without_password(path)
    return os.path.realpath(path)


def without_password(url: str) -> str:
    """A server's URL as it may be kept in the settings: never with its password (the
    password belongs in ~/.pgpass). Split by hand: the app imports no URL library."""
    scheme, sep, rest = url.partition("://")
    netloc, slash, tail = rest.partition("/")
    user, at, host = netloc.rpartition("@")
    if not sep or not at or ":" not in user:
        return url
    return f"{scheme}://{user.split(':', 1)[0]}@{host}{slash}{tail}"


def remember(path: Path, settings: QSettings | None = None) -> list[str]:
    """Put ``path`` first (once) and return the list as stored."""
    s = settings or QSettings()
    paths = [real(path)] + [p for p in recent(s) if p != real(path)]
    s.setValue(RECENT_KEY, paths[:MAX_RECENT])
    return paths[:MAX_RECENT]


def clear(settings: QSettings | None = None) -> None:
    (settings or QSettings()).remove(RECENT_KEY)


def fill(menu: QMenu, paths: list[str], open_path: Callable[[str], None],
         on_clear: Callable[[], None]) -> None:
    """The entries of ``paths`` (a missing one greyed, with its note), then Ryd liste."""
    menu.clear()
    for path in paths:
        there = is_url(path) or os.path.exists(path)  # a server is asked when opened
        action = QAction(path if there else f"{path}  ({translate('RecentMenu', MISSING_NOTE)})", menu)
        action.setEnabled(there)
        action.setToolTip(path if there else translate("RecentMenu", MISSING_TIP))
        action.setStatusTip(action.toolTip())
        action.triggered.connect(lambda _=False, p=path: open_path(p))
        menu.addAction(action)
    if not paths:
        menu.addAction(EMPTY_TEXT).setEnabled(False)
    menu.addSeparator()
    clear_action = menu.addAction(translate("RecentMenu", CLEAR_TEXT))
    clear_action.setEnabled(bool(paths))
    clear_action.triggered.connect(on_clear)
    menu.setToolTipsVisible(True)
