"""What deleting people would change in the meetings, and deleting them without
rewriting history.

History is never overwritten. A person who is referenced by a meeting that has been held
(status afholdt or later, or dated before today) cannot be deleted: as a participant
(or the one a substitute stood in for), a presenter, the chair or minute-taker, or the
one responsible for an action item of that meeting. Their membership is ended instead.
Nor can a person whose seat passed to a successor ("har overtaget pladsen efter …").

References from meetings not yet held are let go: the person's attendance there is
deleted, a presenter or an action item keeps the name as text (and the presenter the
organisation), a chair, minute-taker or "stedfortræder for" is left empty. The snapshot
puts every row and every value back on undo. Everything runs in the caller's session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import not_, or_, select

from kkrdesk.core.enums import MeetingStatus
from kkrdesk.core.errors import ValidationError
from kkrdesk.core.marked import QT_TRANSLATE_NOOP

from kkrdesk.core.models import (
    ActionItem, AgendaItem, Attendance, Meeting, Membership, Person, Presenter,
)
from kkrdesk.services.snapshots import Snapshot, delete_rows
from kkrdesk.views.participants import PersonUsage  # noqa: F401 (read models)

HELD = (MeetingStatus.HELD, MeetingStatus.MINUTES_SENT, MeetingStatus.MINUTES_APPROVED)
_CHUNK = 500


def refusal(names: list[str]) -> str:
    """Why the people ``names`` cannot be deleted, and what to do instead."""
    who = _join(names[:3] + ([f"{len(names) - 3} andre"] if len(names) > 3 else []))
    if len(names) == 1:
        return QT_TRANSLATE_NOOP("Usage", "{who} kan ikke slettes, fordi personen indgår i møder, "
                                 "der er holdt; brug »Afslut i dag« under medlemskaberne i stedet, "
                                 "så historikken bevares.").format(who=who)
    return QT_TRANSLATE_NOOP("Usage", "{who} kan ikke slettes, fordi de indgår i møder, der er "
                             "holdt; brug »Afslut i dag« under medlemskaberne i stedet, så "
                             "historikken bevares.").format(who=who)


def refusal_history(names: list[str]) -> str:
    """Why people whose seat passed to a successor cannot be deleted."""
    who = _join(names[:3] + ([f"{len(names) - 3} andre"] if len(names) > 3 else []))
    if len(names) == 1:
        return QT_TRANSLATE_NOOP("Usage", "{who} kan ikke slettes, fordi personens plads er overtaget "
                                 "af en anden, og medlemshistorikken skal bevares.").format(who=who)
    return QT_TRANSLATE_NOOP("Usage", "{who} kan ikke slettes, fordi deres pladser er overtaget af "
                             "en anden, og medlemshistorikken skal bevares.").format(who=who)


def _replaced(s, ids: list[int]) -> set[int]:
    """People among ``ids`` holding a seat that a later membership replaces."""
    from sqlalchemy.orm import aliased

    successor = aliased(Membership)
    out: set[int] = set()
    for part in _chunks(ids):
        out |= set(s.scalars(
            select(Membership.person_id).join(successor, successor.replaces_id == Membership.id)
            .where(Membership.person_id.in_(part))))
    return out


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " og " + items[-1]


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


def _references(s, ids: list[int], held: bool, today: dt.date) -> dict[str, list[tuple[int, int]]]:
    """Kind -> (row id, person id) of the references to ``ids`` from held meetings
    (``held``) or from meetings not yet held."""
    past = or_(Meeting.status.in_(HELD), Meeting.date < today)
    when = past if held else not_(past)
    out: dict[str, list[tuple[int, int]]] = {}
    for part in _chunks(ids):
        stmts = {
            "attendance": select(Attendance.id, Attendance.person_id)
            .join(Meeting, Attendance.meeting_id == Meeting.id)
            .where(Attendance.person_id.in_(part), when),
            "substitute": select(Attendance.id, Attendance.substitute_for_id)
            .join(Meeting, Attendance.meeting_id == Meeting.id)
            .where(Attendance.substitute_for_id.in_(part), when),
            "presenter": select(Presenter.id, Presenter.person_id)
            .join(AgendaItem, Presenter.item_id == AgendaItem.id)
            .join(Meeting, AgendaItem.meeting_id == Meeting.id)
            .where(Presenter.person_id.in_(part), when),
            "chair": select(Meeting.id, Meeting.chair_id).where(Meeting.chair_id.in_(part), when),
            "minute_taker": select(Meeting.id, Meeting.minute_taker_id)
            .where(Meeting.minute_taker_id.in_(part), when),
            "action": select(ActionItem.id, ActionItem.who_person_id)
            .join(Meeting, ActionItem.meeting_id == Meeting.id)
            .where(ActionItem.who_person_id.in_(part), when),
        }
        for kind, stmt in stmts.items():
            out.setdefault(kind, []).extend(tuple(r) for r in s.execute(stmt))
    return out


def usage_in(s, person_id: int, today: dt.date | None = None) -> PersonUsage:
    today = today or dt.date.today()
    held = _references(s, [person_id], True, today)
    planned = _references(s, [person_id], False, today)
    seats = s.scalars(select(Membership.id).where(Membership.person_id == person_id)).all()
    return PersonUsage(
        memberships=len(seats), attendance=len(planned["attendance"]),
        presenter=len(planned["presenter"]), actions=len(planned["action"]),
        cleared=len(planned["chair"]) + len(planned["minute_taker"]) + len(planned["substitute"]),
        held=sum(len(rows) for rows in held.values()),
    )


def delete_in(s, ids: Iterable[int], today: dt.date | None = None) -> Snapshot:
    """Delete the people ``ids`` (refused if a held meeting refers to any of them)."""
    today = today or dt.date.today()
    ids = sorted(set(ids))
    held = _references(s, ids, True, today)
    blocked = {pid for rows in held.values() for _, pid in rows}
    if blocked:
        names = s.scalars(select(Person.name).where(Person.id.in_(sorted(blocked)))).all()
        raise ValidationError(refusal(sorted(names)))
    replaced = _replaced(s, ids)
    if replaced:
        names = s.scalars(select(Person.name).where(Person.id.in_(sorted(replaced)))).all()
        raise ValidationError(refusal_history(sorted(names)))
    people = {p.id: p for part in _chunks(ids)
              for p in s.scalars(select(Person).where(Person.id.in_(part)))}
    planned = _references(s, ids, False, today)
    texts: list[tuple[str, str, int, object]] = []  # table, column, row id, value before
    for row_id, pid in planned["presenter"]:
        pr, person = s.get(Presenter, row_id), people[pid]
        texts.append(("presenter", "name", pr.id, pr.name))
        pr.name = person.name
        if pr.organisation_id is None and not pr.organisation_text and person.organisation_id:
            texts.append(("presenter", "organisation_id", pr.id, None))
            pr.organisation_id = person.organisation_id
    for row_id, pid in planned["action"]:
        action = s.get(ActionItem, row_id)
        texts.append(("action_item", "who_text", action.id, action.who_text))
        action.who_text = people[pid].name
    s.flush()
    snap = delete_rows(s, "person", ids)
    # restore() sets every (table, column, row) listed in ``reset`` back to its old value
    return Snapshot(rows=snap.rows, reset=snap.reset + tuple(texts))
