"""What one pasted line says about a SOR proposal: its kind (from a heading, a Type cell
or its own words) and the fields its wording names (»Fra X til Y«, »X – obs. Y?«,
»Ny enhedstype«). Used by kkrdesk.imports.sor_paste."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kkrdesk.core.enums import SorCodeKind, SorProposalKind
from kkrdesk.core.enums import label as danish

K = SorProposalKind
FIELDS = ("title", "kind", "current_name", "concept_code", "proposed_name", "definition",
          "rationale", "open_questions", "related_codes", "notes")


@dataclass(eq=False)  # rows of the preview: compared by identity, changed in place
class PastedProposal:
    title: str
    kind: SorProposalKind = K.NEW_UNIT_TYPE
    current_name: str = ""
    concept_code: str = ""
    proposed_name: str = ""
    definition: str = ""
    rationale: str = ""
    open_questions: str = ""
    related_codes: str = ""
    notes: str = ""
    lines: list[int] = field(default_factory=list)
    create: bool = True
    about: SorCodeKind | None = None  # a unit type or a specialty, when the text says which

    def values(self) -> dict:
        """The fields a new proposal is made with."""
        return {name: getattr(self, name) for name in FIELDS}


@dataclass
class PastedText:
    proposals: list[PastedProposal]
    skipped: list[tuple[int, str]]  # line number, why it is no proposal


HEADINGS = (  # a whole (short) line naming a kind: the kind of the lines under it
    (re.compile(r"^(tekst(rettelser?|ændring(er)?)|præcise(ret|rede|ring af) definition(er)?|"
                r"definition(er)?)$"), K.DEFINITION),
    (re.compile(r"^(rettelse(r)? til eksisterende (enhedstyper?|specialekoder?)|omdøbning(er)?|"
                r"navneændring(er)?)$"), K.RENAME),
    (re.compile(r"^nye? enhedstyper?$"), K.NEW_UNIT_TYPE),
    (re.compile(r"^nye? (specialekoder?|specialer?)$"), K.NEW_SPECIALTY),
    (re.compile(r"^(obs|spørgsmål|åbne spørgsmål|afklaring(er)?|til afklaring)$"), K.QUESTION),
    (re.compile(r"^(nedlæggelse(r)?|udgår)$"), K.DISCONTINUE),
)
KIND_WORDS = {  # what a spreadsheet's Type column may say
    "ny enhedstype": K.NEW_UNIT_TYPE, "enhedstype": K.NEW_UNIT_TYPE,
    "ny specialekode": K.NEW_SPECIALTY, "specialekode": K.NEW_SPECIALTY, "speciale": K.NEW_SPECIALTY,
    "omdøbning": K.RENAME, "navneændring": K.RENAME, "rettelse": K.RENAME,
    "præciseret definition": K.DEFINITION, "definition": K.DEFINITION, "tekstrettelse": K.DEFINITION,
    "afklaring": K.QUESTION, "spørgsmål": K.QUESTION, "nedlæggelse": K.DISCONTINUE,
}
COURSE = re.compile(r"\b(sendt til|input fra|frist|høringssvar|modtaget svar)\b", re.I)
FOOTER = re.compile(r"^\d{1,2}[-./]\d{1,2}[-./]\d{4}\d{0,3}$")  # a slide's date and page number
BULLET = re.compile(r"^(?P<mark>[•●▪■◦○‣∙·*–—-]|o(?=\s)|\d{1,2}[.)]|[a-z][)])\s*")
SUB_MARKS = {"o", "◦", "○", "▪", "■", "–", "—", "-", "∙"}
QUOTED = r"[”\"»“'‘’]([^”\"«“'‘’]+)[”\"«“'‘’]"
QUESTION_WORDS = ("hvordan", "hvad", "hvilke", "hvilken", "hvornår", "hvorfor", "skal", "bør",
                  "kan", "er der")


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def kind_of_words(text: str) -> SorProposalKind | None:
    """A Type cell or a heading: the kind it names, or None."""
    key = text.strip().strip(":!.").strip().casefold()
    for pattern, kind in HEADINGS:
        if pattern.match(key):
            return kind
    for label in SorProposalKind:
        if key == label.value:
            return label
    named = {danish(k).casefold(): k for k in SorProposalKind}
    return named.get(key) or KIND_WORDS.get(key)


def guess_kind(text: str) -> SorProposalKind:
    low = text.casefold()
    if re.search(r"\bfra\b.+\btil\b", low) and len(low.split()) <= 8:
        return K.RENAME
    if "specialekode" in low or "speciale" in low.split():
        return K.NEW_SPECIALTY
    if "præciser" in low or "definition" in low:
        return K.DEFINITION
    if "nedlæg" in low or "udgår" in low:
        return K.DISCONTINUE
    if low.rstrip().endswith("?") or low.startswith(QUESTION_WORDS):
        return K.QUESTION
    return K.NEW_UNIT_TYPE


# -- what one line says -----------------------------------------------------------------------

def shaped(text: str, kind: SorProposalKind | None, number: int = 0) -> PastedProposal:
    """A proposal from one line: its kind (given by a heading, else from its words) and
    the fields its wording names."""
    text = text.strip().rstrip(":").strip()
    p = PastedProposal(title=text, kind=kind or guess_kind(text), lines=[number])
    p.about = {K.NEW_UNIT_TYPE: SorCodeKind.UNIT_TYPE,
               K.NEW_SPECIALTY: SorCodeKind.SPECIALTY}.get(p.kind)
    if m := re.match(r"^fra (.+?) til (.+)$", text, re.I):
        p.kind = K.RENAME if kind in (None, K.RENAME) else p.kind
        p.current_name, p.proposed_name = cap(m.group(1).strip()), cap(m.group(2).strip())
        p.title = f"{p.current_name} omdøbes til {m.group(2).strip()}"
    elif m := re.match(r"^(.+?)\s+[–—-]\s+obs[.:!]?\s+(.+)$", text, re.I):
        p.title, p.open_questions = m.group(1).strip(), cap(m.group(2).strip())
    elif m := re.match(r"^(.+?)\s+[–—-]\s+præciser\w*$", text, re.I):
        p.proposed_name = cap(m.group(1).strip())
    _name_new(p)
    if p.kind == K.QUESTION and not p.open_questions and len(text.split()) > 6:
        ask = text if text.endswith("?") or not text.casefold().startswith(QUESTION_WORDS) else text + "?"
        p.open_questions = ask
    return p


def _name_new(p: PastedProposal) -> None:
    """A new unit type or specialty is titled »Ny enhedstype: navn«, its name proposed."""
    if p.kind not in (K.NEW_UNIT_TYPE, K.NEW_SPECIALTY):
        return
    words = p.title.split()
    quoted = re.search(r"(?:specialekode|enhedstype)\s+(?:til|for)\s+" + QUOTED, p.title, re.I)
    if quoted:
        p.rationale = p.title
        name = quoted.group(1).strip()
    elif len(words) <= 5 and ":" not in p.title:
        name = p.title
    else:
        return
    p.proposed_name = p.proposed_name or cap(name)
    lead = "Ny enhedstype" if p.kind == K.NEW_UNIT_TYPE else "Ny specialekode"
    low = name if name[1:2].isupper() else name[:1].lower() + name[1:]
    p.title = f"{lead}: {low}"


