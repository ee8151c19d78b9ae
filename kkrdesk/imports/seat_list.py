"""A list of names pasted from a slide or an e-mail, read as seats in a project's groups.

One holder a line, as people write them: "Karen Anja Iversen, Helsingør kommune",
"Karen Anja Iversen<TAB>Helsingør Kommune<TAB>Medlem", "Projektleder: Jørgen Hougaard",
"Jørgen Hougaard (projektleder)"; several on one line when each has its role in brackets
("KL (styregruppeformand) og MedCom (projektejer)"). Bullets go; a heading "Styregruppe:"
or "Projektgruppe:" sends the lines under it to that group; another heading
("Organisering:") is skipped and said so. Nothing here knows the register: the service
matches the names."""

from __future__ import annotations

import re

from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core.enums import GroupKind, Role
from kkrdesk.core.errors import ValidationError
from kkrdesk.core.names import name_key
from kkrdesk.core.validate import strip_controls
from kkrdesk.views.seat_list import PastedSeat, SeatList

MAX_CHARS = 20_000
MAX_ROWS = 200
_BULLET = re.compile(r"^(?:[•◦▪‣·●○■□*\-–—o]|\d{1,2}[.)])\s+")
_MAIL = re.compile(r"<[^<>]*@[^<>]*>|\S+@\S+")
_BRACKETED = re.compile(r"([^()]*?)\s*\(([^()]*)\)")
_BETWEEN = re.compile(r"^\s*(?:,|;|og\b|&|\+)?\s*$", re.IGNORECASE)
_DASH = re.compile(r"\s+[-–—]\s+")
# the words a slide uses for the roles of a project's groups ("styregruppeformand" ends
# in one); checked on the name key, so case and spelling do not matter
ROLE_WORDS = (("formand", Role.CHAIR), ("forperson", Role.CHAIR),
              ("projektejer", Role.PROJECT_OWNER), ("seniorbruger", Role.SENIOR_USER),
              ("seniorleverandør", Role.SENIOR_SUPPLIER), ("projektleder", Role.PROJECT_MANAGER),
              ("medlem", Role.MEMBER), ("medlemmer", Role.MEMBER))
_HEADER_WORDS = {"navn", "name", "fulde navn", "deltager", "deltagere", "medlem", "medlemmer"}
GROUP_WORDS = (("styregruppe", GroupKind.STEERING_GROUP), ("projektgruppe", GroupKind.PROJECT_GROUP),
               ("arbejdsgruppe", GroupKind.WORKING_GROUP))


def role_of(text: str) -> Role | None:
    key = name_key(text)
    if not key or " " in key or key.endswith("næstformand"):
        return None
    return next((role for word, role in ROLE_WORDS if key.endswith(name_key(word))), None)


def group_of(text: str) -> GroupKind | None:
    key = name_key(text).removesuffix("n")  # "Styregruppen"
    return next((kind for word, kind in GROUP_WORDS if key == word), None)


def _clean(line: str) -> str:
    line = strip_controls(line).strip()
    while (m := _BULLET.match(line)) is not None:
        line = line[m.end():].strip()
    return _MAIL.sub("", line).strip(" \t;,")


def _holder(n: int, text: str, role: Role | None, group: GroupKind | None) -> PastedSeat | None:
    """'Name, Organisation', 'Name – Organisation', 'Name (role)', 'Name, Org, role'."""
    m = re.fullmatch(r"(.*?)\s*\(([^()]*)\)\s*", text)
    if m and (found := role_of(m.group(2))):
        text, role = m.group(1), found
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) == 1:
        parts = [p.strip() for p in _DASH.split(parts[0]) if p.strip()]
    if len(parts) > 1 and (found := role_of(parts[-1])):
        parts, role = parts[:-1], found
    if m and not role_of(m.group(2)) and len(parts) == 1:
        parts = [m.group(1).strip(), m.group(2).strip()]  # 'Name (Organisation)'
    if not parts:
        return None
    return PastedSeat(n, parts[0], ", ".join(parts[1:2]), role, group)


def _columns(n: int, line: str, group: GroupKind | None) -> PastedSeat | None:
    cells = [c.strip() for c in line.split("\t") if c.strip()]
    roles = [role_of(c) for c in cells]
    role = next((r for r in roles if r is not None), None)
    rest = [c for c, r in zip(cells, roles, strict=True) if r is None]
    return PastedSeat(n, rest[0], rest[1] if len(rest) > 1 else "", role, group) if rest else None


def _several(n: int, line: str, role: Role | None, group: GroupKind | None) -> list[PastedSeat]:
    """'KL (styregruppeformand) og MedCom (projektejer) og Aalborg kommune (seniorbruger)'."""
    found = list(_BRACKETED.finditer(line))
    tail = line[found[-1].end():] if found else line
    if len(found) < 2 or not _BETWEEN.match(tail):
        one = _holder(n, line, role, group)
        return [one] if one else []
    out = []
    for m in found:
        name = re.sub(r"^\s*(?:,|;|og\b|&|\+)\s*", "", m.group(1), flags=re.IGNORECASE)
        one = _holder(n, f"{name} ({m.group(2)})", role, group)
        if one:
            out.append(one)
    return out


def _heading(text: str) -> tuple[str, str]:
    """'Projektleder: Jørgen Hougaard' -> ('Projektleder', 'Jørgen Hougaard'); no colon: ('', text)."""
    head, colon, rest = text.partition(":")
    return (head.strip(), rest.strip()) if colon and len(head.split()) <= 3 else ("", text)


def read_seat_list(text: str) -> SeatList:
    """The holders of a pasted text; ValidationError (one Danish line) for too much text."""
    if len(text) > MAX_CHARS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Imports", "Teksten er for lang til en liste af navne (højst {most} tegn).").format(
            most=f"{MAX_CHARS:,}".replace(",", ".")))
    rows: list[PastedSeat] = []
    skipped: list[tuple[int, str, str]] = []
    group: GroupKind | None = None
    for n, raw in enumerate(re.split(r"\r\n|[\r\n\v\u2028\u2029]", text), start=1):
        line = _clean(raw)
        if not line:
            continue
        head, rest = _heading(line)
        if not head and group_of(line):  # a heading without its colon
            head, rest = line, ""
        role = role_of(head) if head else None
        if head and group_of(head):
            group = group_of(head)
        elif head and role is None:
            skipped.append((n, raw.strip(), "overskrift"))
            continue
        if not rest:
            continue
        if name_key(re.split(r"[\t,]", rest)[0]) in _HEADER_WORDS:  # a table's header row
            skipped.append((n, raw.strip(), "overskrift"))
            continue
        rows += [_columns(n, rest, group)] if "\t" in rest else _several(n, rest, role, group)
    rows = [r for r in rows if r is not None]
    if len(rows) > MAX_ROWS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Imports", "Listen har {n} navne; højst {most} kan sættes ind ad gangen.").format(
            n=len(rows), most=MAX_ROWS))
    return SeatList(tuple(rows), tuple(skipped))
