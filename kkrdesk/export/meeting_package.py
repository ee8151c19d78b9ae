"""Mødepakke: the Word agenda or referat and its bilag in one .zip, to send as it is.

    write_package(document, "Referat 18-06-2025.docx", [(bilag, data), ...], "pakke.zip")

Plain data in (a built python-docx Document, the bilag as read models with their bytes);
written atomically, so a failure leaves no half package."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from kkrdesk.core.file_names import FALLBACK, clean_file_name, shorten
from kkrdesk.export.atomic import ExportError, atomic_write
from kkrdesk.views.agenda import AttachmentView

# Characters Windows, macOS or Linux refuse in a file name, and the path separators.
_UNSAFE = re.compile(r'[\\/:*?"<>|]')


def bilag_name(att: AttachmentView) -> str:
    """'Bilag 9.1 - Webinar.pdf': sorts by number, safe on Windows, macOS and Linux, at
    most 200 characters with its extension kept."""
    return member_name(f"Bilag {att.number} - {att.filename}")


def member_name(name: str) -> str:
    """A name for a file in the package: cleaned (no control or invisible characters,
    one line), no character a file system refuses, never a path of its own."""
    return clean_file_name(_UNSAFE.sub("_", name)).lstrip(". ") or FALLBACK


def unique(name: str, taken: set[str]) -> str:
    """``name``, or 'name (2).ext' if a file of that name (in any case) is in ``taken``."""
    stem, dot, ext = name.rpartition(".") if "." in name.lstrip(".") else (name, "", "")
    n, candidate = 1, name
    while candidate.casefold() in taken:
        n += 1
        candidate = shorten(f"{stem} ({n}){dot}{ext}")
    taken.add(candidate.casefold())
    return candidate


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
