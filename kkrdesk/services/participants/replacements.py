"""Replacing a member ("har overtaget pladsen efter") and the history of a seat.

History is never overwritten: replacing a member ends the old membership and opens
new ones whose ``replaces_id`` points to it (one or more: Region Sjælland appointed two
after Vivi Orthmann); the seat's history follows those links back and forth."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from kkrdesk.core.marked import QT_TRANSLATE_NOOP, Marked
from kkrdesk.core.danish import join_and, short_date
from kkrdesk.core.dates import check_day
from kkrdesk.core.enums import Role, label
from kkrdesk.core.errors import NotFound, ValidationError
from kkrdesk.core.models import Membership, Person
from kkrdesk.core.store import Store
from kkrdesk.core.validate import clean_text
from kkrdesk.services.areas import PARTICIPANTS
from kkrdesk.services.participants.memberships import clean_fields, membership_row
from kkrdesk.services.participants.people import MembershipView, membership_view
from kkrdesk.services.snapshots import Snapshot, delete_rows, restore
from kkrdesk.views.participants import MembershipFields, ReplaceResult


def _check_replace(s, membership_id: int, successor_ids: list[int], on: dt.date,
                   appointed_by: str | None, role: Role | None, note: str,
                   ) -> tuple[Membership, MembershipFields, list[Person]]:
    """The seat, the new memberships' fields and the successors; ValidationError
    (with the field at fault) when the replacement cannot be made."""
    check_day(on, "on")
    if not successor_ids:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Participants", "Vælg mindst én person, der overtager pladsen."), field="successors")
    if len(set(successor_ids)) != len(successor_ids):
        raise ValidationError(QT_TRANSLATE_NOOP("Participants", "Den samme person er valgt to gange."),
                              field="successors")
    note = clean_text(note, "Bemærkning")
    old = membership_row(s, membership_id)
    if old.replaced_by:
        names = _join_filled([m.person.name if m.person else "" for m in old.replaced_by]) or QT_TRANSLATE_NOOP(
            "Participants", "en anden")
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Participants", "Pladsen er allerede overtaget af {names}; erstat den nye indehaver i "
            "stedet.").format(names=names), field="successors")
    if old.start_date and on < old.start_date:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Participants", "Datoen ligger før medlemskabet begyndte ({start}).").format(
            start=short_date(old.start_date)), field="date")
    f = clean_fields(MembershipFields(role or old.role, old.appointed_by if appointed_by is None
                                      else appointed_by, on, None, note), old.group.kind)
    people = []
    for pid in successor_ids:
        p = s.get(Person, pid)
        if p is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "En af de valgte personer findes ikke længere."))
        if pid == old.person_id:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Participants", "{name} kan ikke overtage sin egen plads.").format(name=p.name),
                field="successors")
        busy = s.scalar(select(Membership.id).where(
            Membership.group_id == old.group_id, Membership.person_id == pid,
            Membership.role == f.role,
            (Membership.end_date.is_(None)) | (Membership.end_date > on)).limit(1))
        if busy is not None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Participants", "{name} har allerede en plads som {role} i gruppen.").format(
                name=p.name, role=Marked("Enum", label(f.role), label(f.role).lower())),
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
        membership_row(s, result.old_id).end_date = result.old_end_before
        return snap


def redo_replace(store: Store, result: ReplaceResult, snapshot: Snapshot) -> None:
    with store.transaction(PARTICIPANTS) as s:
        membership_row(s, result.old_id).end_date = result.old_end_after
        restore(s, snapshot)



def seat_history(store: Store, membership_id: int) -> list[tuple[int, MembershipView]]:
    """Every holder of the seat ``membership_id`` belongs to, from the first: pairs of
    (generation, membership), generation 0 being the seat's first holder."""
    with store.reading() as s:
        m = membership_row(s, membership_id)
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
        names = _join_filled([v.person_name or v.organisation for v in views])
        start = min((v.start_date for v in views if v.start_date), default=None)
        ends = [v.end_date for v in views]
        end = None if any(e is None for e in ends) else max(ends)
        when = " – ".join(x for x in (f"fra {short_date(start)}" if start else "",
                                      f"til {short_date(end)}" if end else "") if x)
        parts.append(f"{names} ({when})" if when else names)
    return " → ".join(parts)


def _join_filled(names: list[str]) -> str:
    """"A og B" of the names that are not empty (a seat held by an organisation alone
    has no person's name)."""
    return join_and([n for n in names if n])
