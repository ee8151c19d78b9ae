"""Guards for Office files (zip archives of XML) before a library opens them.

Shared by the participant import (.xlsx) and the agenda import (.docx, .pptx): the
declared sizes are checked first (zip bombs: too many parts, too much in all, a part
that unpacks to far more than it takes packed, an XML part bigger than the reader
allows), then the XML parts are read as a stream and refused if they declare a DTD or
entities (entity bombs) or unpack to more than they declared (here for a workbook; the
agenda's readers count as they parse, in :mod:`kkrdesk.imports.xml_stream`). ``what``
names the kind of file in the messages ("et regneark").
"""

from __future__ import annotations

import codecs
import re
import zipfile
from collections.abc import Callable

from kkrdesk.core.errors import ValidationError
from kkrdesk.core.marked import QT_TRANSLATE_NOOP

CHUNK = 1 << 16
TAIL = 256  # characters kept between chunks so no pattern is cut in two
_DTD = re.compile(r"<!DOCTYPE|<!ENTITY")
XML_PARTS = (".xml", ".rels", ".vml")


def fail(message: str) -> ValidationError:
    return ValidationError(message, field="file")


def check_sizes(infos: list[zipfile.ZipInfo], name: str, what: str, *, max_total: int,
                max_ratio: int, max_parts: int, max_xml_part: int | None = None,
                big_parts_allowed: Callable[[str], bool] = lambda part: False) -> None:
    """Refuse an archive whose declared sizes make it a likely zip bomb, or (with
    ``max_xml_part``) one XML part of which says it unpacks to more than that (but for
    the parts ``big_parts_allowed`` names: a workbook's sheets are read row by row)."""
    if len(infos) > max_parts:
        raise fail(QT_TRANSLATE_NOOP("ImportFiles", "»{name}« indeholder for mange dele til {what}.").format(name=name, what=what))
    total = sum(i.file_size for i in infos)
    if total > max_total or any(
        i.file_size > 1_048_576 and i.file_size > max_ratio * max(i.compress_size, 1) for i in infos
    ):
        raise fail(QT_TRANSLATE_NOOP("ImportFiles", "»{name}« fylder urimeligt meget udpakket (over {mb} MB "
                   "eller mulig zip-bombe) og åbnes ikke.").format(name=name, mb=max_total // 1_048_576))
    for i in infos:
        if max_xml_part is not None and i.filename.endswith(XML_PARTS) and i.file_size > max_xml_part \
                and not big_parts_allowed(i.filename):
            raise fail(QT_TRANSLATE_NOOP("ImportFiles", "»{name}« er for stor til {what}: delen {part} fylder {mb} MB "
                       "udpakket (højst {most} MB); filen åbnes ikke.").format(
                name=name, what=what, part=i.filename[:80], mb=i.file_size // 1_048_576,
                most=max_xml_part // 1_048_576))


def decoder(head: bytes):
    """An incremental decoder for an XML part (UTF-8, or UTF-16 with or without BOM)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif head.startswith(b"<\x00"):
        encoding = "utf-16-le"
    elif head.startswith(b"\x00<"):
        encoding = "utf-16-be"
    else:
        encoding = "utf-8-sig"
    return codecs.getincrementaldecoder(encoding)(errors="replace")


def scan_xml(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, what: str,
             on_window: Callable[[str, int], None] | None = None) -> None:
    """Read one XML part as a stream: refuse DTDs and entities and parts that unpack to
    more than they declared. ``on_window(text, fresh)`` sees each window of text; matches
    ending before ``fresh`` were seen in the window before."""
    read, tail, dec = 0, "", None
    with zf.open(info) as fh:
        while chunk := fh.read(CHUNK):
            read += len(chunk)
            if read > info.file_size:
                raise fail(QT_TRANSLATE_NOOP("ImportFiles", "»{name}« er større end den selv oplyser (mulig zip-bombe).").format(
                    name=name))
            dec = dec or decoder(chunk[:4])
            window = tail + dec.decode(chunk)
            if _DTD.search(window):
                raise fail(QT_TRANSLATE_NOOP("ImportFiles", "»{name}« indeholder XML-definitioner, som {what} ikke bruger "
                           "(mulig XML-bombe), og åbnes ikke.").format(name=name, what=what))
            if on_window is not None:
                on_window(window, len(tail))
            tail = window[-TAIL:]
