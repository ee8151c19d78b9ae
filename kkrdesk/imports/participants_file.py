"""Read a participant list (.xlsx or .csv) safely into plain rows.

Columns: Navn, Organisation, Rolle, E-mail, Telefon, Fra (English name, organisation,
role, email, phone, from also accepted; Titel/title and Udpeget af/appointed by too).
Only Navn is required; the header row is the first of the first few non-empty rows
that has a Navn column, so a title line above it is skipped. Nothing here knows the
database: checking names against the organisations and people already there is the
service's job.

The file is judged by its content, not its name. Spreadsheets are read by
:mod:`kkrdesk.imports.participants_xlsx` (zip and XML bombs refused before opening,
merged cells filled in), text files by :mod:`kkrdesk.imports.participants_csv`. Every
problem is a ``ValidationError`` with one Danish sentence; nothing is written anywhere.
"""

from __future__ import annotations

from pathlib import Path

from kkrdesk.core.marked import QT_TRANSLATE_NOOP, message_of
from kkrdesk.core.file_safety import UnsafePathError, check_regular
from kkrdesk.core.lib_warnings import route_library_warnings
from kkrdesk.core.oserrors import reason
from kkrdesk.imports.participants_csv import read_csv
from kkrdesk.imports.participants_table import MAX_FILE_BYTES, ParticipantTable, fail, thousands

# An OLE2 file (as Excel saves a password-protected workbook) names this stream.
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


def _first_bytes(path: Path) -> bytes:
    """The file's first bytes, after the checks that need none: a folder, a pipe or device,
    an empty or too big file is refused unread."""
    try:
        if path.is_dir():
            raise fail(QT_TRANSLATE_NOOP("ParticipantsFile", "»{name}« er en mappe, ikke en fil.").format(
                name=path.name))
        check_regular(path)  # a pipe or a device would block or never end: refused unopened
        size = path.stat().st_size
        if size == 0:
            raise fail(QT_TRANSLATE_NOOP("ParticipantsFile", "Filen »{name}« er tom.").format(
                name=path.name))
        if size > MAX_FILE_BYTES:
            raise fail(QT_TRANSLATE_NOOP(
                "ParticipantsFile", "Filen »{name}« er for stor ({size} MB; højst {most} MB).").format(
                name=path.name, size=thousands(size // 1_048_576), most=MAX_FILE_BYTES // 1_048_576))
        with path.open("rb") as fh:
            return fh.read(8192)
    except FileNotFoundError:
        raise fail(QT_TRANSLATE_NOOP("ParticipantsFile", "Filen findes ikke: {path}").format(
            path=path)) from None
    except PermissionError:
        raise fail(QT_TRANSLATE_NOOP(
            "ParticipantsFile", "Filen kan ikke læses (ingen adgang): {path}").format(path=path)) from None
    except UnsafePathError as exc:
        raise fail(message_of(exc)) from None
    except OSError as exc:
        raise fail(QT_TRANSLATE_NOOP("ParticipantsFile", "Filen kan ikke læses: {path} {reason}.").format(
            path=path, reason=reason(exc))) from None


def _refuse_non_tables(path: Path, head: bytes) -> None:
    """What is recognised as no table at all (old or protected Excel, a PDF, a picture, a
    binary file), each said with what to do instead."""
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        if path.suffix.lower() in (".xlsx", ".xlsm") or _ENCRYPTED in path.read_bytes():
            raise fail(QT_TRANSLATE_NOOP(
                "ParticipantsFile", "»{name}« er beskyttet med adgangskode (krypteret); gem den i "
                "Excel uden adgangskode, og prøv igen.").format(name=path.name))
        raise fail(QT_TRANSLATE_NOOP(
            "ParticipantsFile", "Filen er i det gamle Excel-format (.xls); gem den som .xlsx eller "
            ".csv."))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise fail(QT_TRANSLATE_NOOP(
            "ParticipantsFile", "»{name}« hedder .xlsx, men er ikke et Excel-regneark.").format(
            name=path.name))
    if head.startswith((b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"{\\rtf")):
        raise fail(QT_TRANSLATE_NOOP(
            "ParticipantsFile", "»{name}« er ikke et regneark; brug .xlsx eller .csv.").format(
            name=path.name))
    if not head.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" in head:
        raise fail(QT_TRANSLATE_NOOP(
            "ParticipantsFile", "»{name}« er hverken et regneark (.xlsx) eller en tekstfil "
            "(.csv).").format(name=path.name))


def read_participants(path: str | Path) -> ParticipantTable:
    route_library_warnings()  # openpyxl's English warnings go to the log
    path = Path(path)
    head = _first_bytes(path)
    if head.startswith(b"PK\x03\x04"):
        from kkrdesk.imports.participants_xlsx import read_xlsx

        return read_xlsx(path)
    _refuse_non_tables(path, head)
    return read_csv(path)
