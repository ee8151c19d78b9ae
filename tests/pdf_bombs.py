"""PDFs written byte by byte for the import tests, without the library under test: a plain
text page (optionally with every cross-reference offset wrong, as a broken writer leaves
it), and a page whose content stream unpacks to far more than the file holds."""

from __future__ import annotations

import zlib


def _pdf(content_streams: list[bytes], *, broken_xref: bool = False) -> bytes:
    """One page per stream (already compressed with FlateDecode), Helvetica for text."""
    pages = len(content_streams)
    objs: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % (4 + 2 * k) for k in range(pages)), pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for k, stream in enumerate(content_streams):
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                    b"/Resources << /Font << /F1 3 0 R >> >> >>" % (5 + 2 * k))
        objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream
                    + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % (offset + 7 if broken_xref else offset)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def text_page(lines: list[str]) -> bytes:
    ops = " ".join(f"({line}) '" for line in lines)
    return zlib.compress(f"BT /F1 12 Tf 50 750 Td 14 TL {ops} ET".encode("latin-1"), 9)


def text_pdf(lines: list[str], *, broken_xref: bool = False) -> bytes:
    return _pdf([text_page(lines)], broken_xref=broken_xref)


def flate_bomb_pdf(unpacked_mb: int = 1024) -> bytes:
    """A page whose content stream is ``unpacked_mb`` MB of blanks after one line of text:
    about 1 MB in the file per GB unpacked (zlib's ratio on blanks is near 1,000)."""
    z = zlib.compressobj(9)
    parts = [z.compress(b"BT /F1 12 Tf 50 750 Td (12.00-12.10 Velkomst) Tj ET\n")]
    block = b" " * (1 << 20)
    for _ in range(unpacked_mb):
        parts.append(z.compress(block))
    parts.append(z.flush())
    return _pdf([b"".join(parts)])


def operator_bomb_pdf(pages: int = 500, operators_per_page: int = 40_000) -> bytes:
    """Many pages of many text operators that show no text (an empty string, moved on):
    some 2 KB in the file for each page, 500 KB unpacked. Each operator costs the text
    extraction a step, and no text limit ever comes into play."""
    body = b"BT /F1 1 Tf " + b"1 0 Td () Tj " * (operators_per_page // 2) + b"ET"
    stream = zlib.compress(body, 9)
    return _pdf([stream] * pages)
