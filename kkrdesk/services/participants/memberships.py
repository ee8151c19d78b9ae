"""Memberships: seats held for a period, replacements ("har overtaget pladsen efter")
with their history, and the welcome-slide text for the next agenda.

History is never overwritten: replacing a member ends the old membership and opens
new ones whose ``replaces_id`` points to it (one or more: Region Sjælland appointed two
after Vivi Orthmann)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from kkrdesk.core.danish import short_date, sort_key
from kkrdesk.core.dates import check_day
from kkrdesk.core.enums import GroupKind, MeetingStatus, Role, label
from kkrdesk.core.errors import NotFound, ValidationError
from kkrdesk.core.models import Group, Meeting, Membership, Person
from kkrdesk.core.store import Store
from kkrdesk.core.validate import clean_text
from kkrdesk.services.areas import PARTICIPANTS
from kkrdesk.services.participants.people import (
    MembershipView,
    group_title,
    load_group_projects,
    membership_view,
)
from kkrdesk.services.snapshots import Snapshot, delete_rows, restore
from kkrdesk.services.reference import network_group_id
from kkrdesk.views.participants import (  # noqa: F401 (read models)
    NEW_MEMBER, TOOK_OVER, GroupView, MembershipFields, ReplaceResult, WelcomeLine,
)

# The roles a seat in the network itself can have (the list).
NETWORK_ROLES = (Role.CHAIR, Role.MEMBER, Role.SUBSTITUTE, Role.SECRETARIAT, Role.OBSERVER,
                 Role.PRESENTER)
_LOAD = (
    selectinload(Membership.person).selectinload(Person.organisation),
    selectinload(Membership.organisation), selectinload(Membership.group),
    selectinload(Membership.replaces).selectinload(Membership.person),
    selectinload(Membership.replaced_by).selectinload(Membership.person),
)


def list_groups(store: Store) -> list[GroupView]:
    """The network first, then steering, project and working groups."""
    with store.reading() as s:
        rows = [GroupView(g.id, group_title(s, g), g.kind)
                for g in s.scalars(select(Group).order_by(Group.id))]
    order = list(GroupKind)
    return sorted(rows, key=lambda g: (order.index(g.kind), sort_key(g.name)))


def _clean(f: MembershipFields, group_kind: GroupKind) -> MembershipFields:
    role = Role(f.role)
    check_day(f.start_date, "start_date")
    check_day(f.end_date, "end_date")
    if group_kind == GroupKind.NETWORK and role not in NETWORK_ROLES:
        raise ValidationError("Rollen kan ikke bruges i netværket.", field="role")
    try:
        appointed = clean_text(f.appointed_by, "Udpeget af", max_len=100, single_line=True)
    except ValidationError as exc:
        raise ValidationError(str(exc), field="appointed_by") from None
    notes = clean_text(f.notes, "Bemærkning")
    if f.start_date and f.end_date and f.end_date < f.start_date:
        raise ValidationError("Slutdatoen ligger før startdatoen.", field="end_date")
    return MembershipFields(role, appointed, f.start_date, f.end_date, notes)


def _get(s, membership_id: int) -> Membership:
    m = s.get(Membership, membership_id)
    if m is None:
        raise NotFound("Medlemskabet findes ikke længere.")
    return m


def add_membership(store: Store, person_id: int, f: MembershipFields,
                   group_id: int | None = None) -> int:
    with store.transaction(PARTICIPANTS) as s:
        p = s.get(Person, person_id)
        if p is None:
            raise NotFound("Personen findes ikke længere.")
        gid = group_id if group_id is not None else network_group_id(s)
        group = s.get(Group, gid)
        if group is None:
            raise NotFound("Gruppen findes ikke længere.")
        f = _clean(f, group.kind)
        m = Membership(group_id=gid, person_id=p.id, organisation_id=p.organisation_id,
                       role=f.role, appointed_by=f.appointed_by, start_date=f.start_date,
                       end_date=f.end_date, notes=f.notes)
        s.add(m)
        s.flush()
        return m.id


def membership_fields(store: Store, membership_id: int) -> MembershipFields:
    with store.reading() as s:
        m = _get(s, membership_id)
        return MembershipFields(m.role, m.appointed_by, m.start_date, m.end_date, m.notes)


def update_membership(store: Store, membership_id: int, f: MembershipFields) -> MembershipFields:
    """Save ``f``; returns the fields as they were (for undo)."""
    with store.transaction(PARTICIPANTS) as s:
        m = _get(s, membership_id)
        f = _clean(f, m.group.kind)
        old = MembershipFields(m.role, m.appointed_by, m.start_date, m.end_date, m.notes)
        m.role, m.appointed_by, m.notes = f.role, f.appointed_by, f.notes
        m.start_date, m.end_date = f.start_date, f.end_date
        return old


def delete_memberships(store: Store, ids: list[int]) -> Snapshot:
    with store.transaction(PARTICIPANTS) as s:
        if not s.scalars(select(Membership.id).where(Membership.id.in_(ids))).first():
            raise NotFound("Medlemskabet findes ikke længere.")
        return delete_rows(s, "membership", ids)


def memberships_of_person(store: Store, person_id: int) -> list[MembershipView]:
    """All of a person's memberships in every group, the newest first."""
    with store.reading() as s:
        rows = s.scalars(select(Membership).where(Membership.person_id == person_id)
                         .options(*_LOAD)).all()
        load_group_projects(s, rows)
        views = [membership_view(m) for m in rows]
    return sorted(views, key=lambda v: (v.start_date or dt.date.min, v.id), reverse=True)


def get_membership(store: Store, membership_id: int) -> MembershipView:
    with store.reading() as s:
        m = s.get(Membership, membership_id, options=list(_LOAD))
        if m is None:
            raise NotFound("Medlemskabet findes ikke længere.")
        return membership_view(m)


# -- replacing a member -------------------------------------------------------------------


def _check_replace(s, membership_id: int, successor_ids: list[int], on: dt.date,
                   appointed_by: str | None, role: Role | None, note: str,
                   ) -> tuple[Membership, MembershipFields, list[Person]]:
    """The seat, the new memberships' fields and the successors; ValidationError
    (with the field at fault) when the replacement cannot be made."""
    check_day(on, "on")
    if not successor_ids:
        raise ValidationError("Vælg mindst én person, der overtager pladsen.", field="successors")
    if len(set(successor_ids)) != len(successor_ids):
        raise ValidationError("Den samme person er valgt to gange.", field="successors")
    note = clean_text(note, "Bemærkning")
    old = _get(s, membership_id)
    if old.replaced_by:
        names = _join([m.person.name if m.person else "" for m in old.replaced_by]) or "en anden"
        raise ValidationError(f"Pladsen er allerede overtaget af {names}; erstat den nye "
                              "indehaver i stedet.", field="successors")
    if old.start_date and on < old.start_date:
        raise ValidationError(
            f"Datoen ligger før medlemskabet begyndte ({short_date(old.start_date)}).",
            field="date")
    f = _clean(MembershipFields(role or old.role, old.appointed_by if appointed_by is None
                                else appointed_by, on, None, note), old.group.kind)
    people = []
    for pid in successor_ids:
        p = s.get(Person, pid)
        if p is None:
            raise NotFound("En af de valgte personer findes ikke længere.")
        if pid == old.person_id:
            raise ValidationError(f"{p.name} kan ikke overtage sin egen plads.",
                                  field="successors")
        busy = s.scalar(select(Membership.id).where(
            Membership.group_id == old.group_id, Membership.person_id == pid,
            Membership.role == f.role,
            (Membership.end_date.is_(None)) | (Membership.end_date > on)).limit(1))
        if busy is not None:
            raise ValidationError(
                f"{p.name} har allerede en plads som {label(f.role).lower()} i gruppen.",
                field="successors")
        people.append(p)
    return old, f, people


def check_replace(
    store: Store, membership_id: int, successor_ids: list[int], on: dt.date, *,
    appointed_by: str | None = None, role: Role | None = None, note: str = "",
) -> None:
    """Raise the ValidationError :func:`replace_member` would raise; writes nothing
    (the replace dialog asks before it closes)."""
    with store.reading() as s:
        _check_replace(s, membership_id, successor_ids, on, appointed_by, role, note)


def replace_member(
    store: Store, membership_id: int, successor_ids: list[int], on: dt.date, *,
    appointed_by: str | None = None, role: Role | None = None, note: str = "",
) -> ReplaceResult:
    """End ``membership_id`` on ``on`` (unless it ended earlier) and open one membership
    per successor from ``on``, each pointing back to it. A seat that has been handed
    over already is refused: its new holder is the one to replace."""
    with store.transaction(PARTICIPANTS) as s:
        old, f, people = _check_replace(s, membership_id, successor_ids, on,
                                        appointed_by, role, note)
        before = old.end_date
        if old.end_date is None or old.end_date > on:
            old.end_date = on
        new = [Membership(group_id=old.group_id, person_id=p.id, organisation_id=p.organisation_id,
                          role=f.role, appointed_by=f.appointed_by, start_date=on,
                          replaces_id=old.id, notes=f.notes) for p in people]
        s.add_all(new)
        s.flush()
        return ReplaceResult(old.id, before, old.end_date, tuple(m.id for m in new),
                             old.person.name if old.person else "",
                             tuple(p.name for p in people))


def undo_replace(store: Store, result: ReplaceResult) -> Snapshot:
    with store.transaction(PARTICIPANTS) as s:
        snap = delete_rows(s, "membership", result.new_ids)
        _get(s, result.old_id).end_date = result.old_end_before
        return snap


def redo_replace(store: Store, result: ReplaceResult, snapshot: Snapshot) -> None:
    with store.transaction(PARTICIPANTS) as s:
        _get(s, result.old_id).end_date = result.old_end_after
        restore(s, snapshot)


# -- the history of a seat ------------------------------------------------------------------


def seat_history(store: Store, membership_id: int) -> list[tuple[int, MembershipView]]:
    """Every holder of the seat ``membership_id`` belongs to, from the first: pairs of
    (generation, membership), generation 0 being the seat's first holder."""
    with store.reading() as s:
        m = _get(s, membership_id)
        seen = {m.id}
        while m.replaces is not None and m.replaces.id not in seen:
            m = m.replaces
            seen.add(m.id)
        out, level, done = [], [m], set()
        gen = 0
        while level:
            level = [x for x in level if x.id not in done]
            done.update(x.id for x in level)
            out.extend((gen, membership_view(x)) for x in sorted(level, key=lambda x: x.id))
            level = [r for x in level for r in x.replaced_by]
            gen += 1
    return out


def seat_text(history: list[tuple[int, MembershipView]]) -> str:
    """'Vivi Orthmann (til 18-06-2025) → Niels Vingborg og Sudarvili Vaithialingam
    (fra 18-06-2025)'."""
    parts = []
    for gen in sorted({g for g, _ in history}):
        views = [v for g, v in history if g == gen]
        names = _join([v.person_name or v.organisation for v in views])
        start = min((v.start_date for v in views if v.start_date), default=None)
        ends = [v.end_date for v in views]
        end = None if any(e is None for e in ends) else max(ends)
        when = " – ".join(x for x in (f"fra {short_date(start)}" if start else "",
                                      f"til {short_date(end)}" if end else "") if x)
        parts.append(f"{names} ({when})" if when else names)
    return " → ".join(parts)


def _join(items: list[str]) -> str:
    items = [i for i in items if i]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " og " + items[-1] if items else ""


# -- welcome-slide text ----------------------------------------------------------------------


def _holder(v: MembershipView) -> str:
    return ", ".join(x for x in (v.person_name, v.organisation) if x)


def welcome_lines(store: Store, since: dt.date | None, until: dt.date,
                  group_id: int | None = None) -> list[WelcomeLine]:
    """Seats taken after ``since`` and on or before ``until`` and still held then: one
    line per replaced member (successors together), one per new member replacing no one."""
    with store.reading() as s:
        gid = group_id or s.scalar(
            select(Group.id).where(Group.kind == GroupKind.NETWORK).order_by(Group.id))
        stmt = select(Membership).where(
            Membership.group_id == gid, Membership.start_date <= until,
            Membership.role != Role.PRESENTER,
            Membership.end_date.is_(None) | (Membership.end_date > until),  # still seated
        ).options(*_LOAD)
        if since is not None:
            stmt = stmt.where(Membership.start_date > since)
        rows = list(s.scalars(stmt))
        olds = {m.replaces_id: membership_view(m.replaces) for m in rows if m.replaces}
        views = [membership_view(m) for m in rows]
    groups: dict[object, list[MembershipView]] = {}
    for v in sorted(views, key=lambda v: (v.start_date, v.id)):
        groups.setdefault(v.replaces_id or ("new", v.id), []).append(v)
    out = []
    for key, news in groups.items():
        who = _join([_holder(v) for v in news])
        notes = " ".join(dict.fromkeys(v.notes for v in news if v.notes))
        if isinstance(key, int):
            text = f"{who}, {TOOK_OVER} {_holder(olds[key])}"
        else:
            text = f"{who}, {NEW_MEMBER}"
        out.append(WelcomeLine(text, notes, news[0].start_date))
    return out


def welcome_lines_for_meeting(store: Store, meeting_id: int) -> list[WelcomeLine]:
    """The welcome lines for a meeting: seats taken since the meeting before it."""
    with store.reading() as s:
        m = s.get(Meeting, meeting_id)
        if m is None:
            raise NotFound("Mødet findes ikke længere.")
        day = m.date
        before = s.scalar(select(Meeting.date).where(
            Meeting.date < day, Meeting.status != MeetingStatus.CANCELLED)
            .order_by(Meeting.date.desc()).limit(1))
    return welcome_lines(store, before, day)


def welcome_text(lines: list[WelcomeLine]) -> str:
    """Numbered lines with their notes as in the seed deck's welcome slide."""
    out = []
    for n, line in enumerate(lines, start=1):
        out.append(f"{n}. {line.text}")
        if line.note:
            out.append(f"   a) {line.note}")
    return "\n".join(out)
