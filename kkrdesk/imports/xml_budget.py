"""What all XML parts of one Office file may hold together (unpacked bytes, elements,
depth, elements in one block, text, and kinds of elements counted on their own such as
a deck's shapes), and what they held so far. The readers of :mod:`kkrdesk.imports.xml_stream`
count against one budget per file, and the first count past its limit refuses the file
with one Danish sentence naming that limit."""

from __future__ import annotations

from dataclasses import dataclass, field

from kkrdesk.core.errors import ValidationError
from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.imports.zip_guard import fail


def thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


@dataclass
class XmlBudget:
    """What all XML parts of one file may hold together, and what they held so far."""

    what: str  # "et Word-dokument": names the kind of file in the messages
    max_bytes: int  # unpacked XML, all parts together
    max_elements: int
    max_depth: int
    max_block_elements: int  # in one kept block (a paragraph, a table row)
    max_text: int  # characters in text elements (w:t, a:t)
    # kinds of elements counted on their own: local name -> (group, limit, Danish plural);
    # the names of one group share the count ("sp" and "pic" are both "figurer")
    kinds: dict[str, tuple[str, int, str]] = field(default_factory=dict)
    broken: str = ""  # the message for XML that does not parse ("" : a general one)
    bytes: int = 0
    elements: int = 0
    text: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    def count_kind(self, name: str, tag: str) -> None:
        group, limit, plural = self.kinds[tag]
        self.counts[group] = self.counts.get(group, 0) + 1
        if self.counts[group] > limit:
            self.refuse(name, QT_TRANSLATE_NOOP("ImportFiles", "over {n} {plural}").format(n=thousands(limit), plural=plural))

    def unreadable(self, name: str, part: str) -> ValidationError:
        return fail(self.broken or QT_TRANSLATE_NOOP("ImportFiles", "»{name}« er beskadiget (XML-delen {part} kan ikke læses).").format(
            name=name, part=part[:80]))

    def refuse(self, name: str, limit: str) -> None:
        raise fail(QT_TRANSLATE_NOOP("ImportFiles", "»{name}« er for stor til {what}: {limit}; filen åbnes ikke.").format(
            name=name, what=self.what, limit=limit))
