"""Atomic file writes for every exported file: write a temporary file in the target
folder, flush it to disk, then replace the target in one step. A failure leaves the
earlier file intact and no partial file behind."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from kkrdesk.core.errors import KkrDeskError


class ExportError(KkrDeskError):
    """The file could not be written; the message says why in one sentence."""


def _check_target(path: Path) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"Mappen findes ikke: {folder}")
    if not (folder.stat().st_mode & stat.S_IWUSR) or not os.access(folder, os.W_OK):
        raise ExportError(f"Der kan ikke gemmes i mappen (skrivebeskyttet): {folder}")
    if path.is_dir():
        raise ExportError(f"Der ligger en mappe med det navn: {path}")
    if path.exists() and not (path.stat().st_mode & stat.S_IWUSR):
        raise ExportError(f"Filen er skrivebeskyttet og kan ikke erstattes: {path}")


def atomic_write(path: str | Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp_path)`` to produce the file, then move it into place."""
    path = Path(path)
    _check_target(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except PermissionError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(
            f"Filen kunne ikke gemmes; er den åben i et andet program? {path}"
        ) from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"Filen kunne ikke gemmes: {path} ({exc.strerror or exc})") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path
