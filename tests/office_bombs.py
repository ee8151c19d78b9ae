"""Office files built to exhaust a reader: hundreds of MB of XML packed into a few MB,
a zip whose directory lies about a part's size, millions of tiny elements, nesting
thousands deep. The XML is streamed into the zip in chunks, never held whole."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CHUNK = 1 << 20


def replace_part(src: Path, dst: Path, part: str, pieces: Callable[[], Iterator[bytes]]) -> Path:
    """Copy the zip ``src`` to ``dst`` with ``part`` written from ``pieces`` (streamed)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED,
                                                      compresslevel=1) as zout:
        for info in zin.infolist():
            if info.filename != part:
                zout.writestr(info.filename, zin.read(info.filename))
        with zout.open(part, "w", force_zip64=True) as fh:  # deflated, level 1
            for piece in pieces():
                fh.write(piece)
    return dst


def repeated(head: str, unit: Callable[[int], str], tail: str, megabytes: int) -> Callable[[], Iterator[bytes]]:
    """head + unit(0) + unit(1) + … + tail, about ``megabytes`` MB, in 1 MB pieces. The
    units carry their number, so deflate packs them some 20-40 to 1: far below a zip
    bomb's ratio, as in the 26 MB Word file that unpacked to 280 MB."""
    def pieces() -> Iterator[bytes]:
        yield head.encode()
        written, k, buffer = 0, 0, []
        size = 0
        while written < megabytes * CHUNK:
            text = unit(k)
            k += 1
            buffer.append(text)
            size += len(text)
            if size >= CHUNK:
                yield "".join(buffer).encode()
                written += size
                buffer, size = [], 0
        yield ("".join(buffer) + tail).encode()
    return pieces


def word_paragraphs(megabytes: int) -> Callable[[], Iterator[bytes]]:
    return repeated(f'<?xml version="1.0" encoding="UTF-8"?><w:document {W_NS}><w:body>',
                    lambda k: f"<w:p><w:r><w:t>{k:09d} Punkt om emne {k * 7919 % 100003}</w:t></w:r></w:p>",
                    "</w:body></w:document>", megabytes)


def slide_shapes(megabytes: int) -> Callable[[], Iterator[bytes]]:
    ns = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
    return repeated(f'<?xml version="1.0" encoding="UTF-8"?><p:sld {ns}><p:cSld><p:spTree>'
                    '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
                    "<p:grpSpPr/>",
                    lambda k: (f'<p:sp><p:nvSpPr><p:cNvPr id="{k + 2}" name="T{k}"/><p:cNvSpPr/><p:nvPr/>'
                               f"</p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:p><a:r><a:t>{k:09d} "
                               f"Punkt {k * 7919 % 100003}</a:t></a:r></a:p></p:txBody></p:sp>"),
                    "</p:spTree></p:cSld></p:sld>", megabytes)


def many_elements(count: int) -> Callable[[], Iterator[bytes]]:
    """One paragraph of ``count`` empty elements: 13 bytes each unpacked."""
    per_chunk = CHUNK // 13

    def pieces() -> Iterator[bytes]:
        yield f'<?xml version="1.0" encoding="UTF-8"?><w:document {W_NS}><w:body><w:p>'.encode()
        left = count
        while left > 0:
            n = min(left, per_chunk)
            yield b"<w:proofErr/>" * n
            left -= n
        yield b"</w:p></w:body></w:document>"
    return pieces


def deep_nesting(depth: int) -> Callable[[], Iterator[bytes]]:
    def pieces() -> Iterator[bytes]:
        yield f'<?xml version="1.0" encoding="UTF-8"?><w:document {W_NS}><w:body>'.encode()
        yield b"<w:sdt>" * depth + b"<w:p/>" + b"</w:sdt>" * depth
        yield b"</w:body></w:document>"
    return pieces


def lie_about_size(path: Path, part: str, declared: int) -> Path:
    """Make the central directory say ``part`` unpacks to ``declared`` bytes (the part is
    under 4 GB, so its size sits in the 32-bit field, not in a zip64 extra)."""
    data = bytearray(path.read_bytes())
    name = part.encode()
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        (name_len,) = struct.unpack_from("<H", data, at + 28)
        if data[at + 46:at + 46 + name_len] == name:
            assert struct.unpack_from("<I", data, at + 24)[0] != 0xFFFFFFFF
            struct.pack_into("<I", data, at + 24, declared)
            path.write_bytes(bytes(data))
            return path
        at = data.find(b"PK\x01\x02", at + 4)
    raise AssertionError(f"{part} not in {path}")
