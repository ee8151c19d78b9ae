"""The document language of the PDF copy (/Lang in its catalog), which Qt's PDF writer
does not set: a screen reader then reads the text as Danish, and PDF/UA asks for it.

Added as an incremental update in the file's own classic form (a new copy of the
catalog, an xref section for it, a trailer with /Prev): the bytes Qt wrote stay as they
are, and no cross-reference stream is used, which PDF/A-1 (PDF 1.4) does not know.
Pure Python: bytes in, bytes out."""

from __future__ import annotations

import re

_TAIL = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$", re.S)
_ROOT = re.compile(rb"/Root\s+(\d+)\s+(\d+)\s+R")


def with_language(data: bytes, language: str = "da-DK") -> bytes:
    """``data`` (a PDF as Qt writes it) with /Lang set in its catalog; unchanged when the
    file is not laid out so (no classic trailer, a catalog with nested dictionaries) or
    already has a language."""
    tail = _TAIL.search(data)
    root = _ROOT.search(tail.group(1)) if tail else None
    if root is None:
        return data
    num, gen = root.groups()
    found = re.finditer(rb"(?<![0-9])" + num + rb"\s+" + gen + rb"\s+obj\s*<<(.*?)>>\s*endobj",
                        data, re.S)
    catalog = None
    for catalog in found:  # the last copy is the one in force
        pass
    if catalog is None or b"<<" in catalog.group(1) or b"/Lang" in catalog.group(1):
        return data
    if not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", language):
        raise ValueError(f"not a language tag: {language!r}")
    out = data if data.endswith(b"\n") else data + b"\n"
    offset = len(out)
    body = catalog.group(1).rstrip() + b"\n/Lang (" + language.encode("ascii") + b")\n"
    update = num + b" " + gen + b" obj\n<<" + body + b">>\nendobj\n"
    xref_at = offset + len(update)
    update += (b"xref\n0 1\n0000000000 65535 f \n" + num + b" 1\n" + b"%010d %05d n \n" % (offset, int(gen))
               + b"trailer\n<<" + tail.group(1).rstrip() + b"\n/Prev " + tail.group(2)
               + b"\n>>\nstartxref\n" + str(xref_at).encode("ascii") + b"\n%%EOF\n")
    return out + update
