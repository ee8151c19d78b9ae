"""Who the names of a pasted list are in the register, before anything is written.

The register is read once into plain values (the preview matches again after every edit
of the text without asking the database). A name is the register's person when it is
written the same way (``core.names``: case, spacing, æ/ae, hyphens do not count), or as
a short form of it ("Tom Kristensen" for "Tom Have Kristensen") at the same organisation;
a name with no person but an organisation's name ("KL", "Aalborg kommune") is the
organisation itself. Two people who fit, or a short form elsewhere, is ambiguous: the
user picks. Anyone else is a new person, with the organisation as written."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from kkrdesk.core.enums import GroupKind, Role, label
from kkrdesk.core.models import Group, Membership, Organisation, Person
from kkrdesk.core.names import name_key, org_keys, short_form_of
from kkrdesk.core.store import Store
from kkrdesk.views.seat_list import AMBIGUOUS, MATCHED, NEW, Holder, PastedSeat, SeatMatch

Seat = tuple[int | None, int | None, Role]  # person id, organisation id (alone), role


@dataclass(frozen=True)
class SeatRegister:
    """People, organisations and the project's groups with their current seats."""

    people: tuple[tuple[int, str, int | None], ...]  # id, name, organisation id
    orgs: dict[int, str]
    org_index: dict[str, frozenset[int]]
    groups: tuple[tuple[int, GroupKind, str], ...]  # id, kind, name
    seats: dict[int, tuple[Seat, ...]]  # group id -> current seats

    def organisation(self, text: str) -> int | None:
        hits = set().union(*(self.org_index.get(k, frozenset()) for k in org_keys(text)))
        return next(iter(hits)) if len(hits) == 1 else None

    def group_for(self, kind: GroupKind | None, chosen: int | None) -> int | None:
        """The group a line goes to: the first of its heading's kind, else the chosen one."""
        if kind is None:
            return chosen
        return next((gid for gid, k, _name in self.groups if k == kind), None)


def load_register(store: Store, project_id: int) -> SeatRegister:
    with store.reading() as s:
        people = tuple(s.execute(select(Person.id, Person.name, Person.organisation_id)).all())
        orgs = s.execute(select(Organisation.id, Organisation.name, Organisation.short_name)).all()
        groups = tuple(s.execute(select(Group.id, Group.kind, Group.name).where(
            Group.project_id == project_id).order_by(Group.id)).all())
        rows = s.execute(select(Membership.group_id, Membership.person_id,
                                Membership.organisation_id, Membership.role).where(
            Membership.group_id.in_([g[0] for g in groups]), Membership.end_date.is_(None))).all()
    index: dict[str, set[int]] = {}
    for oid, name, short in orgs:
        for key in org_keys(name) | org_keys(short or ""):
            index.setdefault(key, set()).add(oid)
    seats: dict[int, list[Seat]] = {}
    for gid, pid, oid, role in rows:
        seats.setdefault(gid, []).append((pid, None if pid else oid, Role(role)))
    return SeatRegister(tuple(tuple(p) for p in people), {o[0]: o[1] for o in orgs},
                        {k: frozenset(v) for k, v in index.items()},
                        tuple((g[0], GroupKind(g[1]), g[2]) for g in groups),
                        {k: tuple(v) for k, v in seats.items()})


def _person(reg: SeatRegister, pid: int, name: str, org_id: int | None) -> Holder:
    return Holder("person", name, pid, org_id, reg.orgs.get(org_id, "") if org_id else "")


def _new(reg: SeatRegister, row: PastedSeat) -> Holder:
    org_id = reg.organisation(row.organisation) if row.organisation else None
    return Holder("new", row.name, None, org_id,
                  reg.orgs[org_id] if org_id else row.organisation)


def match_row(reg: SeatRegister, row: PastedSeat) -> SeatMatch:
    key = name_key(row.name)
    org_id = reg.organisation(row.organisation) if row.organisation else None
    exact = [p for p in reg.people if name_key(p[1]) == key]
    if not exact and not row.organisation and (as_org := reg.organisation(row.name)):
        return SeatMatch(row, MATCHED, (Holder("org", reg.orgs[as_org], as_org),))
    new = _new(reg, row)
    fits = [p for p in exact if org_id is not None and p[2] == org_id] if row.organisation \
        else exact
    if len(fits) == 1:
        return SeatMatch(row, MATCHED, (_person(reg, *fits[0]), new))
    short = [p for p in reg.people
             if short_form_of(row.name, p[1]) or short_form_of(p[1], row.name)]
    here = [p for p in short if org_id is not None and p[2] == org_id]
    if not exact and len(here) == 1:
        return SeatMatch(row, MATCHED, (_person(reg, *here[0]), new))
    maybe = exact + [p for p in short if p not in exact]
    if maybe:
        return SeatMatch(row, AMBIGUOUS, (*(_person(reg, *p) for p in maybe), new))
    return SeatMatch(row, NEW, (new,))


def _taken(reg: SeatRegister, group_id: int | None, holder: Holder, role: Role) -> bool:
    seat = (holder.id, None, role) if holder.kind == "person" else (None, holder.id, role)
    return holder.kind != "new" and group_id is not None and seat in reg.seats.get(group_id, ())


def match_all(reg: SeatRegister, rows: tuple[PastedSeat, ...], chosen: int | None) -> list[SeatMatch]:
    """Every line's match; a holder already in the group in that role, or twice in the
    list, carries a ``problem`` (the preview leaves it out unless the user says else)."""
    out, seen = [], set()
    for row in rows:
        m = match_row(reg, row)
        role = row.role or Role.MEMBER
        group = reg.group_for(row.group, chosen)
        who = m.default
        mark = (row.group, group, who.kind, who.id if who.kind != "new" else name_key(who.name),
                role) if who else None
        if who and _taken(reg, group, who, role):
            m = SeatMatch(row, m.status, m.choices,
                          f"Sidder allerede i gruppen som {label(role).lower()}.")
        elif mark in seen:
            m = SeatMatch(row, m.status, m.choices, "Står to gange i listen.")
        seen.add(mark)
        out.append(m)
    return out
