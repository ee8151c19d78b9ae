"""What a hit from the meetings is called and where it opens: a meeting by its date, an
agenda item and its minutes by their number on that meeting's agenda, a follow-up
point by its meeting and item. One query per kind for the hits shown, plus one for
the item numbers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from kkrdesk.core.danish import long_date, short_date
from kkrdesk.core.enums import label
from kkrdesk.core.marked import QT_TRANSLATE_NOOP, LongDay, enum_text
from kkrdesk.core.models import ActionItem, AgendaItem, Meeting, Person
from kkrdesk.services.item_numbers import item_numbers
from kkrdesk.services.search.sources import ITEM, MINUTES

if TYPE_CHECKING:  # the ORM is imported at the first ORM session (core/orm_sessions)
    from sqlalchemy.orm import Session


Described = dict[int, tuple[str, str, tuple[str, int] | None]]  # id -> title, context, target


def meetings(s: Session, ids: list[int]) -> Described:
    rows = s.execute(select(Meeting.id, Meeting.title, Meeting.date, Meeting.place)
                     .where(Meeting.id.in_(ids)))
    return {mid: (title, joined(LongDay(day, long_date(day).capitalize()), place), ("meeting", mid))
            for mid, title, day, place in rows}


def _items(s: Session, ids: list[int]):
    return s.execute(select(AgendaItem.id, AgendaItem.meeting_id, AgendaItem.title, Meeting.date)
                     .join(Meeting, Meeting.id == AgendaItem.meeting_id)
                     .where(AgendaItem.id.in_(ids))).all()


def items(s: Session, ids: list[int], kind: str = ITEM) -> Described:
    rows = _items(s, ids)
    numbers = item_numbers(s, rows)
    return {r.id: (r.title, joined(_item_number(kind, numbers.get(r.id, "")),
                                  QT_TRANSLATE_NOOP("Search", "møde {day}").format(
                                      day=short_date(r.date))), ("agenda_item", r.id))
            for r in rows}


def _item_number(kind: str, number: str) -> str:
    if kind == MINUTES:
        return (QT_TRANSLATE_NOOP("Search", "Referat, punkt {n}").format(n=number) if number
                else QT_TRANSLATE_NOOP("Search", "Referat, punkt"))
    return (QT_TRANSLATE_NOOP("Search", "Punkt {n}").format(n=number) if number
            else QT_TRANSLATE_NOOP("Search", "Punkt"))


def minutes(s: Session, ids: list[int]) -> Described:
    return items(s, ids, MINUTES)


def actions(s: Session, ids: list[int]) -> Described:
    rows = s.execute(select(ActionItem.id, ActionItem.what, ActionItem.who_text,
                            ActionItem.status, ActionItem.item_id, ActionItem.meeting_id,
                            Meeting.date, Person.name)
                     .join(Meeting, Meeting.id == ActionItem.meeting_id)
                     .outerjoin(Person, Person.id == ActionItem.who_person_id)
                     .where(ActionItem.id.in_(ids))).all()
    numbers = item_numbers(s, _items(s, [r.item_id for r in rows if r.item_id]))
    out: Described = {}
    for r in rows:
        where = (QT_TRANSLATE_NOOP("Search", "punkt {n}").format(n=numbers[r.item_id])
                 if r.item_id in numbers else "")
        target = ("agenda_item", r.item_id) if r.item_id in numbers else ("meeting", r.meeting_id)
        context = joined(QT_TRANSLATE_NOOP("Search", "Møde {day}").format(day=short_date(r.date)),
                         where, r.name or r.who_text, enum_text(label(r.status), lower=True))
        out[r.id] = (r.what, context, target)
    return out


def joined(*parts: str) -> str:
    """The parts that are there, "a · b · c"; marked parts stay marked (the window writes
    them in its language)."""
    parts = [p for p in parts if p]
    if len(parts) <= 1:
        return parts[0] if parts else ""
    return QT_TRANSLATE_NOOP("Search", "{first} · {rest}").format(first=parts[0],
                                                                rest=joined(*parts[1:]))
