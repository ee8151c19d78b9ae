"""Helpers for tests that build hostile .xlsx files."""

from __future__ import annotations

import zipfile


def rewrite_zip(src, dst, replace: dict[str, bytes], add: dict[str, bytes] | None = None):
    """Copy the zip ``src`` to ``dst`` with some members replaced or added."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, replace.get(info.filename, zin.read(info.filename)))
        for name, data in (add or {}).items():
            zout.writestr(name, data)
    return dst
