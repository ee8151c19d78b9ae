"""The whole meeting read as plain rows, without ORM instances: the meeting and the next
one (one statement), its items, presenters, sub-points, bilag, attendance, actions and
topics (one statement each), eight statements however long the agenda.

The rows carry the attribute names and relations of the ORM's objects (``m.items``,
``item.presenters``, ``p.person.organisation``, ``m.chair``), so the views are built by
the same code (:mod:`.meeting_views`, :mod:`kkrdesk.services.row_views`). Every
versioned row read is recorded with ``seen(key, version)`` exactly as the ORM's load
records it (``core/row_versions.py``): the same rows, the same keys, so a write based on
what this read showed is still checked against another person's change."""

from __future__ import annotations

from functools import cache

from sqlalchemy import bindparam, or_, select

from kkrdesk.core.models import (
    ActionItem, AgendaItem, Attendance, Meeting, NextMeetingTopic, Organisation, Person,
    Presenter, SubPoint,
)
from kkrdesk.services.plain_rows import Reader, Row, joined_columns

MEETING, ITEM, PERSON, ORG = (t.__table__ for t in (Meeting, AgendaItem, Person, Organisation))
MID = bindparam("meeting_id")  # the statements are built once, with the meeting as a parameter


def _with_people(stmt, meeting):
    """``stmt`` (rows of ``meeting``) with the meeting's chair, minute taker and the
    meeting that approved its minutes joined in."""
    chair, taker, approved = PERSON.alias("chair"), PERSON.alias("taker"), MEETING.alias("appr")
    return (stmt.add_columns(*joined_columns(chair, "chair", ("name",)),
                             *joined_columns(taker, "minute_taker", ("name",)),
                             *joined_columns(approved, "minutes_approved_by", ("date",)))
            .outerjoin(chair, meeting.c.chair_id == chair.c.id)
            .outerjoin(taker, meeting.c.minute_taker_id == taker.c.id)
            .outerjoin(approved, meeting.c.minutes_approved_by_id == approved.c.id))


MEETING_JOINS = (("chair", PERSON, ("name",)), ("minute_taker", PERSON, ("name",)),
                 ("minutes_approved_by", MEETING, ("date",)))


@cache
def _meetings():
    cur, later = MEETING.alias("cur"), MEETING.alias("later")
    day = select(cur.c.date).where(cur.c.id == MID).scalar_subquery()
    next_id = (select(later.c.id).where(later.c.date > day).order_by(later.c.date).limit(1)
               .scalar_subquery())
    has_items = select(ITEM.c.id).where(ITEM.c.meeting_id == MEETING.c.id).exists()
    return (_with_people(select(*MEETING.c, has_items.label("has_items")), MEETING)
            .where(or_(MEETING.c.id == MID, MEETING.c.id == next_id)))


@cache
def _all_meetings():
    return _with_people(select(*MEETING.c), MEETING).order_by(
        MEETING.c.date.desc(), MEETING.c.start_time.desc())


def all_meetings(r: Reader) -> list[Row]:
    """Every meeting, the latest first, with its chair, minute taker and the meeting
    that approved its minutes (the meeting box)."""
    return r.rows(_all_meetings(), None, MEETING, MEETING_JOINS)


def meeting_and_next(r: Reader, meeting_id: int) -> tuple[Row | None, Row | None, bool]:
    """The meeting, the one after it (the first with a later date) and whether that one
    has an agenda, each with its chair, minute taker and the meeting that approved its
    minutes."""
    found = {m.id: m for m in r.rows(_meetings(), meeting_id, MEETING, MEETING_JOINS)}
    m = found.pop(meeting_id, None)
    nxt = next(iter(found.values()), None)
    return m, nxt, bool(nxt and nxt.has_items)


@cache
def _items():
    approved = MEETING.alias("appr")
    return (select(*ITEM.c, *joined_columns(approved, "approves_minutes_of", ("date",)))
            .outerjoin(approved, ITEM.c.approves_minutes_of_id == approved.c.id)
            .where(ITEM.c.meeting_id == MID))


@cache
def _sub_points():
    sp = SubPoint.__table__
    return (select(*sp.c).join(ITEM, sp.c.item_id == ITEM.c.id)
            .where(ITEM.c.meeting_id == MID).order_by(sp.c.position, sp.c.id))


def items(r: Reader, meeting_id: int) -> list[Row]:
    """The agenda's items (all levels), each with the date of the meeting whose minutes
    it approves (``approves_minutes_of``), its presenters and its sub-points."""
    found = r.rows(_items(), meeting_id, ITEM, (("approves_minutes_of", MEETING, ("date",)),))
    by_id = {i.id: i for i in found}
    for i in found:
        i.presenters, i.sub_points = [], []
    for p in presenters(r, meeting_id):
        by_id[p.item_id].presenters.append(p)
    for point in r.rows(_sub_points(), meeting_id, SubPoint.__table__):
        by_id[point.item_id].sub_points.append(point)
    return found


@cache
def _presenters():
    pr = Presenter.__table__
    person, person_org, org = PERSON.alias("pp"), ORG.alias("ppo"), ORG.alias("po")
    return (select(*pr.c, *joined_columns(person, "person", ("name",)),
                   *joined_columns(person_org, "person_org", ("name",)),
                   *joined_columns(org, "organisation", ("name",)))
            .join(ITEM, pr.c.item_id == ITEM.c.id)
            .outerjoin(person, pr.c.person_id == person.c.id)
            .outerjoin(person_org, person.c.organisation_id == person_org.c.id)
            .outerjoin(org, pr.c.organisation_id == org.c.id)
            .where(ITEM.c.meeting_id == MID).order_by(pr.c.position, pr.c.id))


def presenters(r: Reader, meeting_id: int) -> list[Row]:
    """The meeting's presenters in order, each with its person (and the person's
    organisation) and its organisation."""
    found = r.rows(_presenters(), meeting_id, Presenter.__table__, (
        ("person", PERSON, ("name",)), ("person_org", ORG, ("name",)),
        ("organisation", ORG, ("name",))))
    for p in found:
        if p.person is not None:
            p.person.organisation = p.person_org
    return found


@cache
def _attendance():
    at = Attendance.__table__
    person, org, standin = PERSON.alias("ap"), ORG.alias("apo"), PERSON.alias("asub")
    return (select(*at.c, *joined_columns(person, "person", ("name",)),
                   *joined_columns(org, "person_org", ("name",)),
                   *joined_columns(standin, "substitute_for", ("name",)))
            .join(person, at.c.person_id == person.c.id)
            .outerjoin(org, person.c.organisation_id == org.c.id)
            .outerjoin(standin, at.c.substitute_for_id == standin.c.id)
            .where(at.c.meeting_id == MID).order_by(at.c.id))


def attendance(r: Reader, meeting_id: int) -> list[Row]:
    """Who attended, each with the person (and organisation) and whom they stood in for."""
    found = r.rows(_attendance(), meeting_id, Attendance.__table__, (
        ("person", PERSON, ("name",)), ("person_org", ORG, ("name",)),
        ("substitute_for", PERSON, ("name",))))
    for a in found:
        a.person.organisation = a.person_org
    return found


@cache
def _actions():
    ac, who = ActionItem.__table__, PERSON.alias("who")
    return (select(*ac.c, *joined_columns(who, "who_person", ("name",)))
            .outerjoin(who, ac.c.who_person_id == who.c.id)
            .where(ac.c.meeting_id == MID).order_by(ac.c.id))


def actions(r: Reader, m: Row) -> list[Row]:
    """The meeting's action items by id, each with who it names and its meeting."""
    found = r.rows(_actions(), m.id, ActionItem.__table__, (("who_person", PERSON, ("name",)),))
    for a in found:
        a.meeting = m
    return found


@cache
def _topics():
    tp = NextMeetingTopic.__table__
    return select(*tp.c).where(tp.c.meeting_id == MID).order_by(tp.c.position, tp.c.id)


def topics(r: Reader, meeting_id: int) -> list[Row]:
    return r.rows(_topics(), meeting_id, NextMeetingTopic.__table__)
