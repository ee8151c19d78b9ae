"""Read one XML part of an Office file (a zip member) as a stream, within limits.

The part is read in chunks through a counter that stops at the limit, whatever the
zip's directory says; each chunk is checked for DTDs and entities (entity bombs) and fed
to an incremental parser. Only the blocks a reader asks for (a Word paragraph, a table
row) are kept until they are handed over; everything else is dropped as soon as it ends,
so memory holds the open elements and one block, never the whole tree. The counts
(bytes, elements, depth, elements in one block, text) run over all parts of one file
(:class:`XmlBudget`), and the first one past its limit refuses the file with one Danish
sentence naming that limit.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Iterator

from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.imports.xml_budget import XmlBudget, thousands
from kkrdesk.imports.zip_guard import CHUNK, TAIL, fail

_DTD = re.compile(rb"<!DOCTYPE|<!ENTITY|<\x00!\x00[DE]\x00")


def local(tag: str) -> str:
    """'{namespace}p' -> 'p'."""
    return tag.rpartition("}")[2]


BlockTest = Callable[[tuple[str, ...]], bool]


def blocks(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, budget: XmlBudget,
           is_block: BlockTest = lambda path: False) -> Iterator[ET.Element]:
    """The elements whose path of local names (root first) ``is_block`` accepts, each
    whole at its end; the caller uses it before asking for the next (it is then dropped)."""
    parser = ET.XMLPullParser(events=("start", "end"))
    stack: list[ET.Element] = []
    held = -1  # depth of the open block, -1 when none
    in_block = 0
    for chunk in _chunks(zf, info, name, budget):
        try:
            parser.feed(chunk)
            events = list(parser.read_events())
        except ET.ParseError:
            raise budget.unreadable(name, info.filename) from None
        for event, elem in events:
            if event == "start":
                stack.append(elem)
                budget.elements += 1
                if budget.elements > budget.max_elements:
                    budget.refuse(name, QT_TRANSLATE_NOOP("ImportFiles", "over {n} XML-elementer").format(n=thousands(budget.max_elements)))
                if budget.kinds and local(elem.tag) in budget.kinds:
                    budget.count_kind(name, local(elem.tag))
                if len(stack) > budget.max_depth:
                    budget.refuse(name, QT_TRANSLATE_NOOP("ImportFiles", "XML dybere end {n} niveauer").format(n=budget.max_depth))
                if held >= 0:
                    in_block += 1
                    if in_block > budget.max_block_elements:
                        budget.refuse(name, QT_TRANSLATE_NOOP("ImportFiles", "over {n} XML-elementer i ét afsnit eller én tabelrække").format(
                            n=thousands(budget.max_block_elements)))
                elif is_block(tuple(local(e.tag) for e in stack)):
                    held, in_block = len(stack) - 1, 0
                continue
            stack.pop()
            if local(elem.tag) == "t" and elem.text:
                budget.text += len(elem.text)
                if budget.text > budget.max_text:
                    budget.refuse(name, QT_TRANSLATE_NOOP("ImportFiles", "over {n} tegn tekst").format(n=thousands(budget.max_text)))
            if held == len(stack):
                held = -1
                yield elem
            if held < 0 and stack:
                stack[-1].remove(elem)  # the parent keeps no finished child
    try:
        parser.close()
    except ET.ParseError:
        raise budget.unreadable(name, info.filename) from None


def _chunks(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, budget: XmlBudget) -> Iterator[bytes]:
    """The part's bytes, counted as they are unpacked (the directory's sizes are not
    trusted); a DTD or an entity declaration refuses the file."""
    tail = b""
    with zf.open(info) as fh:
        while chunk := fh.read(CHUNK):
            budget.bytes += len(chunk)
            if budget.bytes > budget.max_bytes:
                budget.refuse(name, QT_TRANSLATE_NOOP("ImportFiles", "over {n} MB XML udpakket").format(n=budget.max_bytes // 1_048_576))
            if _DTD.search(tail + chunk):
                raise fail(QT_TRANSLATE_NOOP("ImportFiles", "»{name}« indeholder XML-definitioner, som {what} ikke bruger "
                           "(mulig XML-bombe), og åbnes ikke.").format(name=name, what=budget.what))
            tail = chunk[-TAIL:]
            yield chunk


def drain(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, budget: XmlBudget) -> None:
    """Count a whole part against the budget, keeping nothing."""
    for _ in blocks(zf, info, name, budget):
        pass
