"""Mødepakke: what a secretary sends, in one .zip or one folder named by the date.

    write_package(document, "Referat 18-06-2025.docx", [(bilag, data), ...], "pakke.zip")
    meeting_package(detail, [(bilag, data), ...], "Mødepakke 18-06-2025.zip")

``write_package`` is the window's (one Word document and its bilag); ``meeting_package``
the whole package of ``kkrdesk export pakke``: the agenda (Word), the referat as Word
and as its PDF/A copy once the meeting is held, and every bilag. Plain data in (read
models, the bilag's bytes); every file written atomically, a .zip as one file, so a
failure leaves no half package. The documents are ``package_documents``', the files'
names ``package_names``'."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from kkrdesk.core.oserrors import reason
from kkrdesk.export.atomic import ExportError, atomic_write
from kkrdesk.export.package_documents import package_documents
from kkrdesk.export.package_names import bilag_name, member_name, unique
from kkrdesk.views.agenda import AttachmentView, DocumentOptions, MeetingDetail


def write_package(document, document_name: str, bilag: list[tuple[AttachmentView, bytes]],
                  path: str | Path) -> Path:
    path = Path(path)
    if path.suffix.lower() != ".zip":
        raise ExportError(f"Mødepakken skal gemmes som .zip, ikke »{path.suffix or path.name}«.")
    buffer = io.BytesIO()
    document.save(buffer)

    def write(tmp: Path) -> None:
        taken: set[str] = set()
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(unique(member_name(document_name), taken), buffer.getvalue())
            for att, data in bilag:
                z.writestr(unique(bilag_name(att), taken), data)

    return atomic_write(path, write)


def meeting_package(detail: MeetingDetail, bilag: list[tuple[AttachmentView, bytes]],
                    path: str | Path, template=None, options: DocumentOptions | None = None,
                    today: dt.date | None = None) -> tuple[Path, list[str]]:
    """Write the package to ``path``: a .zip, or else a folder (made if missing; files of
    the same names in it are replaced). Returns the path and the names written."""
    path = Path(path)
    files = package_documents(detail, template, options, today)
    taken: set[str] = set()
    named = [(unique(member_name(name), taken), data) for name, data in files]
    named += [(unique(bilag_name(att), taken), data) for att, data in bilag]
    if path.suffix.lower() == ".zip":
        def write(tmp: Path) -> None:
            with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
                for name, data in named:
                    z.writestr(name, data)
        return atomic_write(path, write), [n for n, _ in named]
    try:
        path.mkdir(exist_ok=True)
    except OSError as exc:
        raise ExportError(f"Mappen kan ikke oprettes: {path} {reason(exc)}.") from None
    for name, data in named:
        atomic_write(path / name, lambda tmp, data=data: tmp.write_bytes(data))
    return path, [n for n, _ in named]
