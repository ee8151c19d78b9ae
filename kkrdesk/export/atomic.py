"""Atomic file writes for every exported file: write a temporary file in the target
folder, flush it to disk, then replace the target in one step. A failure leaves the
earlier file intact and no partial file behind; the temporary files of a writer that
was killed are removed by the next export into the folder (``export.temp_files``).

Before anything is written the target is checked: never the open database or a
file beside it (-wal, -shm, -journal, .lock; see ``core.file_safety``), never a pipe,
a device or a folder. A replaced file keeps its permissions; a new file gets the
ones the user's umask gives (0644 under umask 022), so colleagues on a shared folder
can open it."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import threading
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path

from kkrdesk.core.errors import KkrDeskError
from kkrdesk.core.file_safety import UnsafePathError, check_regular, refuse_database_target
from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core.oserrors import reason
from kkrdesk.export.temp_files import remove_leftovers, temp_name


class ExportError(KkrDeskError):
    """The file could not be written; the message says why in one sentence."""


class ExportCancelled(KkrDeskError):
    """The user pressed Annuller: the file was not put in place, an earlier one stands."""


# Per writing thread: the event the window sets when the user cancels (ui/export_feedback).
_CANCEL: dict[int, threading.Event] = {}


@contextlib.contextmanager
def cancellable(event: threading.Event):
    """Within this block an atomic_write of this thread gives up when ``event`` is set:
    before it writes, and after, instead of moving the finished file into place."""
    _CANCEL[threading.get_ident()] = event
    try:
        yield
    finally:
        _CANCEL.pop(threading.get_ident(), None)


def _stop_if_cancelled() -> None:
    event = _CANCEL.get(threading.get_ident())
    if event is not None and event.is_set():
        raise ExportCancelled("Eksporten er annulleret; intet er gemt.")


def _resolve_target(path: Path) -> Path:
    """Write where a symbolic link points (the user's file), not over the link."""
    try:
        if not path.is_symlink():
            return path
        real = Path(os.path.realpath(path))
        os.stat(real)  # a loop: ELOOP here (realpath leaves it unresolved)
        return real
    except FileNotFoundError:
        return real  # a link to a file not made yet: write it there
    except OSError as exc:
        raise ExportError(f"Filen kan ikke gemmes: {path} {reason(exc)}.") from None


def _check_target(path: Path) -> os.stat_result | None:
    folder = path.parent if str(path.parent) else Path(".")
    try:
        if not folder.is_dir():
            raise ExportError(f"Mappen findes ikke: {folder}")
        if not (folder.stat().st_mode & stat.S_IWUSR) or not os.access(folder, os.W_OK):
            raise ExportError(f"Der kan ikke gemmes i mappen (skrivebeskyttet): {folder}")
        if path.is_dir():
            raise ExportError(f"Der ligger en mappe med det navn: {path}")
        if not check_regular(path, QT_TRANSLATE_NOOP("FileSafety", "Målet"), missing_ok=True):
            return None
        st = path.stat()
    except UnsafePathError as exc:
        raise ExportError(f"Filen kan ikke gemmes: {exc}") from None
    except OSError as exc:
        raise ExportError(f"Filen kan ikke gemmes: {path} {reason(exc)}.") from None
    if not (st.st_mode & stat.S_IWUSR):
        raise ExportError(f"Filen er skrivebeskyttet og kan ikke erstattes: {path}")
    return st


def _umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    with contextlib.suppress(OSError, ValueError):
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _new_temp(folder: Path, path: Path) -> Path:
    for _ in range(100):
        tmp = folder / temp_name(path)
        try:
            # 0o666 filtered by the umask, as any program makes a new file
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0),
                             0o666))
            return tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {folder}")


def _quietly_release(exc: BaseException) -> None:
    """Let the writer's half-done objects go now, without noise. A zip writer
    (python-docx, openpyxl) that failed on a full disk tries to write its directory
    again when it is collected and would print a traceback from ``ZipFile.__del__``."""
    hook = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        traceback.clear_frames(exc.__traceback__)
        import gc

        gc.collect()
    finally:
        sys.unraisablehook = hook


def atomic_write(path: str | Path, write: Callable[[Path], None], *,
                 protect: Iterable[str | Path] = ()) -> Path:
    """Call ``write(tmp_path)`` to produce the file, then move it into place.

    ``protect``: database files that must not be overwritten, beyond those open in
    this process (which are always protected). Returns the path written."""
    path = Path(path)
    try:
        refuse_database_target(path, protect)
    except UnsafePathError as exc:
        raise ExportError(str(exc)) from None
    target = _resolve_target(path)
    old = _check_target(target)
    folder = target.parent if str(target.parent) else Path(".")
    mode = stat.S_IMODE(old.st_mode) if old is not None else 0o666 & ~_umask()
    tmp: Path | None = None
    remove_leftovers(folder)
    try:
        _stop_if_cancelled()
        tmp = _new_temp(folder, target)
        write(tmp)
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        _stop_if_cancelled()  # the last moment: the earlier file is still untouched
        os.replace(tmp, target)
        tmp = None
    except (KkrDeskError, KeyboardInterrupt):
        raise
    except OSError as exc:
        _quietly_release(exc)
        if exc.errno in (13, 1) and old is not None:  # EACCES, EPERM on an existing file
            message = f"Filen kunne ikke gemmes; er den åben i et andet program? {path}"
        else:
            message = f"Filen kunne ikke gemmes: {path} {reason(exc)}."
        raise ExportError(message) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
    return path
