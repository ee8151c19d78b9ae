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
    """'Poul Erik Kristensen, KL og Jeanette Jensen, MedCom' -> [(name, organisation), …].
    The text is cut at commas, semicolons and 'og'/'and' between people; each part is a
    person, an organisation (for the people named before it: 'A, B and C, US EPA, ORD')
    or a role (left out, or the organisation after its 'for'; a role alone is the name)."""
    text = text.strip().strip(",;").strip()
    if not re.search(r"\b[A-ZÆØÅ]\.$", text):
        text = text.rstrip(".").strip()
    parts = _segments(text)
    if len(parts) == 1 and (_role(parts[0]) and not _ROLE_FOR.match(parts[0]) or parts[0].islower()):
        return [] if parts[0].casefold() in _PLACEHOLDER else [(parts[0], "")]  # "ved formanden", "alle"
    out: list[list[str]] = []
    run: list[int] = []  # people since the last organisation
    named: list[int] = []  # the people the last organisation was given to
    for k, part in enumerate(parts):
        if part.lstrip(";").strip().casefold() in _PLACEHOLDER:
            continue
        name, org = _one(part, after_person=bool(run))
        if name:
            out.append([name, org])
            run, named = ([], [len(out) - 1]) if org else (run + [len(out) - 1], named)
        elif org and run:
            for i in run:
                out[i][1] = org
            run, named = [], run
        elif org and named and _org_run(parts, k):
            sep = ";" if part.startswith(";") else ", "  # "US EPA, Office of …": the organisation goes on
            for i in named:
                out[i][1] = f"{out[i][1]}{sep}{org}"
        elif org:
            out.append(["", org])
            named = []
    return [(" ".join(n.split()), " ".join(o.split())) for n, o in out if n or o]


def _org_run(parts: list[str], k: int) -> bool:
    """Does part k go on naming the organisation of the person before it?"""
    prev = parts[k - 1].lstrip(";")
    return not _person(prev) and not _role(prev)


_ROLE_FOR = re.compile(r"^(.*?)\s+for\s+(.+)$")
_ROLE_ANY = re.compile(r"(?:formand|formanden|forkvinde|ordfører|direktør|chef|leder|lederen|sekretær|sekretæren|"
                       r"konsulent|rådgiver|minister|borgmester|rådmand|chair|chairman|president|director|"
                       r"manager|coordinator|koordinator|ordförande|vorsitzende|officer|administrator|deputy|"
                       r"chief|professor|dean|head|specialist|analyst|scientist|engineer|consultant|adviser|"
                       r"advisor|moderator|panelists?|facilitator|kasserer|dirigent|rektor|mf)\b", re.I)


def _role(part: str) -> bool:
    words = part.split()
    return bool(words) and any(_ROLE_ANY.search(w) for w in words) and not _person_strict(part)


def _person_strict(part: str) -> bool:
    return _person(part) and not any(_ROLE_ANY.search(w) for w in part.split())


def _segments(text: str) -> list[str]:
    """Cut at commas and semicolons outside parentheses, then at 'og'/'and'/'&' where a
    person follows ('Ann Vega and Richard Allen'), not inside a name ('Netværk for Velfærd
    og Demokrati', 'Office of Research and Development'). A part after a semicolon keeps it."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch in ",;" and depth == 0:
            parts.append(text[start:i])
            start = i + (ch == ",")
    parts.append(text[start:])
    out: list[str] = []
    for part in (p.strip() for p in parts):
        if not part or part == ";":
            continue
        pieces = re.split(r"(?<![-–])\s+(?:og|and|och|und|&)\s+", part)
        merged = [pieces[0]]
        for piece in pieces[1:]:
            plain = re.sub(r"\s*\(.*\)$", "", piece).strip()
            both_orgs = looks_like_organisation(plain) and looks_like_organisation(merged[-1]) \
                and len(plain.split()) == 1
            if _person_strict(plain) or both_orgs or (merged[-1].endswith(")") and plain[:1].isupper()):
                merged.append(piece)
            else:
                merged[-1] += " og " + piece if " og " in part else " and " + piece
        out.extend(m.strip() for m in merged if m.strip())
    return out


def _one(part: str, *, after_person: bool) -> tuple[str, str]:
    """(name, organisation) of one part: a person, an organisation, or a role."""
    part = part.lstrip(";").strip(" ,")
    paren = re.match(r"^(.*?)\s*\(([^)]+)\)$", part)
    if paren and paren.group(1).strip():
        inner = paren.group(2).strip()
        return paren.group(1).strip(), "" if inner[:1].islower() else inner  # "(godsejer)" is a role
    if _role(part):
        m = _ROLE_FOR.match(part)
        return ("", m.group(2)) if m and after_person else ("", "")
    if _person_strict(part) and not (after_person and looks_like_organisation(part)):
        return part, ""
    if after_person or looks_like_organisation(part) or not _namelike(part):
        return "", part
    return part, ""
