"""Mødepakke: the Word agenda or referat and its bilag in one .zip, to send as it is.

    write_package(document, "Referat 18-06-2025.docx", [(bilag, data), ...], "pakke.zip")

Plain data in (a built python-docx Document, the bilag as read models with their bytes);
written atomically, so a failure leaves no half package."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from kkrdesk.export.atomic import ExportError, atomic_write
from kkrdesk.views.agenda import AttachmentView

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def bilag_name(att: AttachmentView) -> str:
    """'Bilag 9.1 - Webinar.pdf': sorts by number, safe on Windows, macOS and Linux."""
    return _UNSAFE.sub("_", f"Bilag {att.number} - {att.filename}")[:200]


def write_package(document, document_name: str, bilag: list[tuple[AttachmentView, bytes]],
                  path: str | Path) -> Path:
    path = Path(path)
    if path.suffix.lower() != ".zip":
        raise ExportError(f"Mødepakken skal gemmes som .zip, ikke »{path.suffix or path.name}«.")
    buffer = io.BytesIO()
    document.save(buffer)

    def write(tmp: Path) -> None:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(_UNSAFE.sub("_", document_name), buffer.getvalue())
            for att, data in bilag:
                z.writestr(bilag_name(att), data)

    return atomic_write(path, write)
