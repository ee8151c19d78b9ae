"""Presenters as agendas name them: "v. Navn, Organisation", "v/ Navn", "ved formanden",
"(Name, Org)", "(v/ A, B)", "[Name]", "Oplæg: Navn", a presenters column; several joined
by "og", "and", "och", "&", ";" or commas. A role named in place of a person ("ved
formanden", "v/leder") is kept as the name; a role before the name ("Foreningens formand,
Anna Berg") gives way to the name; a role before the organisation ("forbundsformand for
3 F") gives the organisation. A body ("v/ Hovedstyret", "v. KL") is an organisation.

Pure functions on strings; whether "KL" is in the register is the service's question."""

from __future__ import annotations

import re

_V = r"(?:v\.\s*/?|v/|\\v)"
_SPLIT = re.compile(rf"(?:^|\s+|\(){_V}\s*(?=\S)|\s+(?:ved|by)\s+(?=\S)", re.I)
PRESENTER_LINE = re.compile(
    rf"^(?:{_V}|(?P<ved>ved)\s|(?:oplæg|oplægsholder|presenter|presented by|speaker|ansvarlig|responsible|"
    r"foredragsholder|innleder|ordfører|ved)\s*:)\s*(?P<who>\S.*)$", re.I)
_ROLES = ("formand", "formanden", "forkvinde", "næstformand", "næstformanden", "leder", "lederen",
          "sekretær", "sekretæren", "sekretariatet", "direktør", "direktøren", "kasserer", "kassereren",
          "dirigent", "dirigenten", "bestyrelsen", "styret", "styrelsen", "ordförande", "ordföranden",
          "chair", "the chair", "alle", "everyone", "all", "skolelederen", "skoleleder", "rektor")
_ROLE_WORD = re.compile(r"(?:formand|formanden|forkvinde|ordfører|ordførerer|direktør|chef|leder|lederen|"
                        r"sekretær|konsulent|medlem|rådgiver|mf|minister|borgmester|rådmand|chair|"
                        r"president|director|manager|coordinator|koordinator|ordförande|vorsitzende[r]?)$", re.I)
_BODY = re.compile(r"(?:styret|styrelsen|bestyrelsen|udvalget|utvalget|rådet|ledelsen|sekretariatet|komiteen|"
                   r"komitéen|forvaltningen|hovedstyret|board|committee|secretariat|vorstand|styrelse)$", re.I)
_ORG_WORD = re.compile(r"(?:forening|foreningen|forbund|forbundet|selskab|selskabet|fond|fonden|institut|instituttet|"
                       r"universitet|university|center|centre|centret|ministeriet|ministry|styrelsen|agency|"
                       r"association|society|group|gruppen|team|network|netværk|netværket|kommune|region|"
                       r"a/s|aps|as|ab|gmbh|inc|ltd|e\.v\.|partiet|party)$", re.I)
_PLACEHOLDER = {"noen", "someone", "nn", "n.n.", "n.n", "tbd", "tba", "xx", "?", "...", "…"}
_SMALL = {"og", "af", "for", "om", "i", "på", "til", "med", "and", "of", "the", "for", "und", "der", "och",
          "av", "fra", "from", "de", "van", "von"}


def _namelike(text: str) -> bool:
    """A person's name: 1-4 words, each capitalised or an initial ('Rachael B.', 'Jørn-Ulrik
    Vejlby', 'Quing-Vergel Rosete'), no digits."""
    words = text.replace(",", " ").split()
    if not 1 <= len(words) <= 4 or any(ch.isdigit() for ch in text):
        return False
    return all(w[:1].isupper() and not (len(w) > 2 and w.isupper()) for w in words)


def _person(text: str) -> bool:
    return _namelike(text) and len(text.split()) >= 2


def looks_like_organisation(text: str) -> bool:
    words = text.split()
    if not words:
        return False
    if len(words) == 1 and (text.isupper() or bool(re.search(r"[a-zæøå][A-ZÆØÅ]|[./]", text[1:]))):
        return True  # KL, KOMBIT, MedCom, AubRUG/CLA, BrownWebDesign.com
    low = text.casefold()
    if low.endswith(("kommune", "regionskommune")) or low.startswith(("region ", "kkr ")):
        return True
    if len(words) == 1 and _BODY.search(text):
        return True
    if any(_ORG_WORD.match(w) for w in words):
        return True
    if len(words) >= 2 and all(w.isupper() or w.isdigit() for w in words):
        return True  # "3 F"
    return any(w.casefold() in _SMALL for w in words[1:-1]) and words[0][:1].isupper()


def _paren_people(text: str) -> tuple[int, str] | None:
    """'Title (Name, Org)' -> (where the parentheses begin, 'Name, Org'): only when what
    they hold reads as people."""
    body = text.rstrip()
    if not body.endswith(")"):
        return None
    start = body.rfind("(")
    if start <= 0 or ")" in body[start:-1]:
        return None
    inner = body[start + 1:-1].strip()
    v = re.match(rf"^{_V}\s*", inner, re.I)
    if v:
        return start, inner[v.end():]
    parts = [p.strip() for p in re.split(r",|;|\s+(?:og|and|och|und|&)\s+", inner) if p.strip()]
    if not parts or not _person(parts[0]):
        return None
    if all(_person(p) or looks_like_organisation(p) for p in parts[1:]):
        return start, inner
    return None


def split_presenter(text: str) -> tuple[str, str | None]:
    """'Velkomst v. Poul Erik Kristensen, KL' -> ('Velkomst', 'Poul Erik Kristensen, KL');
    also 'Oplæg ved Per Christensen, …', 'Call to Order (Steven Clontz, AubRUG/COSAM)',
    'Title [Name]'. A 'ved' is a presenter only before a name or a role ('ved Kirken', 'ved
    dennes forfald' are not)."""
    for m in _SPLIT.finditer(text):
        who = text[m.end():].strip()
        head = text[: m.start()].strip()
        is_ved = not re.search(_V, m.group(), re.I)
        if is_ved and not _ved_target(who):
            continue
        if head.endswith("("):
            head, who = head[:-1].strip(), who.rstrip(")").strip()
        return head, who.rstrip(")").strip() if who.count(")") > who.count("(") else who
    paren = _paren_people(text)
    if paren is not None:
        return text[: paren[0]].strip(), paren[1]
    square = re.search(r"\s*\[([^\[\]]{2,80})\]\s*$", text)
    if square and _namelike(square.group(1).split(",")[0].strip()):
        return text[: square.start()].strip(), square.group(1).strip()
    return text, None


def _ved_target(who: str) -> bool:
    first = re.split(r",|\s+(?:og|and)\s+", who)[0].strip()
    if first.casefold().rstrip(".") in _ROLES:
        return True
    return _person(first) and "," in who or len(first.split()) >= 2 and _person(first)


def presenter_line(text: str) -> str | None:
    """'v. Poul Erik Kristensen, KL', 'Oplæg: Anne Hansen' on a line of its own."""
    m = PRESENTER_LINE.match(text)
    if m is None or (m.group("ved") and not _ved_target(m.group("who"))):
        return None
    return m.group("who").strip()


def split_people(text: str) -> list[tuple[str, str]]:
    """'Poul Erik Kristensen, KL og Jeanette Jensen, MedCom' -> [(name, organisation), …]."""
    text = text.strip().strip(",;").strip()
    if not text.endswith((" B.", " J.")) and not re.search(r"\b[A-ZÆØÅ]\.$", text):
        text = text.rstrip(".").strip()
    out = []
    for part in _parts(text):
        name, org = _one(part)
        name, org = " ".join(name.split()), " ".join(org.split())
        if name.casefold() in _PLACEHOLDER:
            name = ""
        if name or org:
            out.append((name, org))
    return out


def _parts(text: str) -> list[str]:
    """The people of a presenter text, each 'Name', 'Name, Org' or 'Org'."""
    chunks = [c for c in re.split(r";|\s+&\s+", text) if c.strip()]
    parts: list[str] = []
    for chunk in chunks:
        pieces = [p.strip() for p in re.split(r"(?<![-–])\s+(?:og|and|och|und)\s+", chunk) if p.strip()]
        for piece in pieces:
            if parts and "," in parts[-1] and "," not in piece and len(piece.split()) == 1 \
                    and not looks_like_organisation(piece) and len(pieces) > 1:
                parts[-1] += " og " + piece  # "Netværk for Velfærd og Demokrati"
                continue
            parts.extend(_comma_people(piece))
    return parts


def _comma_people(piece: str) -> list[str]:
    """'Milla Weium, Thomas Hasvold' -> two people; 'Anna Berg, KL' stays one."""
    bits = [b.strip() for b in piece.split(",") if b.strip()]
    if len(bits) >= 2 and all(_person(b) for b in bits) and not looks_like_organisation(bits[-1]):
        return bits
    return [piece]


def _one(part: str) -> tuple[str, str]:
    part = part.strip(" ,")
    paren = re.match(r"^(.*?)\s*\(([^)]+)\)$", part)
    if paren and paren.group(1).strip():
        return paren.group(1), paren.group(2)
    if "," in part:
        first, _, rest = part.partition(",")
        first, rest = first.strip(), rest.strip()
        if _ROLE_WORD.search(first.split()[-1] if first.split() else "") and _person(rest):
            return rest, ""  # "Foreningens formand, Anna Berg"
        return first, _organisation(rest)
    if looks_like_organisation(part) and not _person(part):
        return "", part
    return part, ""


def _organisation(text: str) -> str:
    """'forbundsformand for 3 F' -> '3 F'; 'MF for Socialdemokratiet' -> 'Socialdemokratiet'."""
    m = re.match(r"^(.*?)\s+for\s+(.+)$", text)
    if m and _ROLE_WORD.search(m.group(1).split()[-1]):
        return m.group(2)
    return text
