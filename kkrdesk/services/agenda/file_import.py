"""Import a parsed agenda: match presenters and organisations against the register,
then create the meeting (or append to one) in ONE transaction, undoable as one step.

The register knows the 98 municipalities by their official name, with or without
"Kommune" ("Aalborg", "Københavns kommune", "Nordfyn"), the regions ("Region H"), KL,
KOMBIT, MedCom and the other organisations by name or short name. A presenter whose name
is a person in the register is linked to that person; an unknown name is only created as
a new person when the caller says so (the preview asks), else it stays a name on the item.

The parsed agenda comes from :mod:`kkrdesk.imports.agenda_parser` (the layer above);
only its shape is used here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import select

from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core import validate
from kkrdesk.core.danish import short_date
from kkrdesk.core.errors import NotFound, ValidationError
from kkrdesk.core.models import (
    AgendaItem, Meeting, NextMeetingTopic, Organisation, Person, Presenter, SubPoint,
)
from kkrdesk.core.names import org_keys
from kkrdesk.core.store import Store
from kkrdesk.services import snapshots
from kkrdesk.services.areas import MEETINGS, PARTICIPANTS
from kkrdesk.views.agenda_import import (
    GROUP, KNOWN_ORGANISATION, KNOWN_PERSON, NEW_PERSON, AgendaImportResult, NewMeeting,
    PresenterMatch,
)

if TYPE_CHECKING:  # the parsed agenda comes from the layer above; only its shape matters
    from kkrdesk.imports.parsed_agenda import ParsedAgenda, ParsedItem, ParsedPresenter

NO_ITEMS = QT_TRANSLATE_NOOP(
    "Agenda", "Teksten indeholder ingen dagsordenspunkter, som kan læses; intet er importeret.")
NOT_AGENDA = QT_TRANSLATE_NOOP("Agenda", "Teksten ligner ikke en dagsorden: {reason}; intet er importeret.")
_GROUP_WORDS = {"alle", "sekretariatet", "formanden", "formandskabet", "alle deltagere"}


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("\u00a0", " ").split())


class Register:
    """Organisations and people of the database, held as plain values for matching
    (the preview matches again after each edit without asking the database)."""

    def __init__(self, orgs: Iterable[tuple[int, str, str]], people: Iterable[tuple[int, str, int | None]]):
        self.org_names: dict[int, str] = {}
        self.orgs: dict[str, set[int]] = {}
        for oid, name, short in orgs:
            self.org_names[oid] = name
            for key in org_keys(name) | org_keys(short or ""):
                self.orgs.setdefault(key, set()).add(oid)
        self.people: dict[str, list[tuple[int, str, int | None]]] = {}
        for pid, name, org_id in people:
            self.people.setdefault(_fold(name), []).append((pid, name, org_id))

    def organisation(self, text: str) -> int | None:
        hits: set[int] = set()
        for key in org_keys(text):
            hits |= self.orgs.get(key, set())
        return next(iter(hits)) if len(hits) == 1 else None

    def match(self, name: str, organisation: str) -> PresenterMatch:
        org_id = self.organisation(organisation) if organisation else None
        org_name = self.org_names.get(org_id, "") if org_id else ""
        note = "" if not organisation or org_id else f"»{organisation}« findes ikke i registret."
        if not name:
            status = KNOWN_ORGANISATION if org_id else NEW_PERSON
            return PresenterMatch(name, organisation, status, None, "", org_id, org_name, note)
        if not organisation and _fold(name) in _GROUP_WORDS:
            return PresenterMatch(name, organisation, GROUP)
        people = self.people.get(_fold(name), [])
        if people:
            same_org = [p for p in people if org_id and p[2] == org_id]
            pid, pname, p_org = (same_org or people)[0]
            if len(people) == 1 or same_org:
                org_id = org_id or p_org
                return PresenterMatch(name, organisation, KNOWN_PERSON, pid, pname, org_id,
                                      self.org_names.get(org_id, "") if org_id else "", note)
        if not organisation and (as_org := self.organisation(name)):
            return PresenterMatch(name, "", KNOWN_ORGANISATION, None, "", as_org,
                                  self.org_names[as_org])
        return PresenterMatch(name, organisation, NEW_PERSON, None, "", org_id, org_name, note)


def load_register(store: Store) -> Register:
    with store.reading() as s:
        orgs = s.execute(select(Organisation.id, Organisation.name, Organisation.short_name)).all()
        people = s.execute(select(Person.id, Person.name, Person.organisation_id)).all()
    return Register(orgs, people)


def presenters_of(agenda: ParsedAgenda) -> list[ParsedPresenter]:
    return [p for item in agenda.all_items() for p in item.presenters]


def unknown_presenters(register: Register, agenda: ParsedAgenda) -> list[PresenterMatch]:
    """People named in the agenda who are not in the register (each once, in order)."""
    out: dict[tuple[str, str], PresenterMatch] = {}
    for p in presenters_of(agenda):
        m = register.match(p.name, p.organisation)
        if m.status == NEW_PERSON and m.name and m.key not in out:
            out[m.key] = m
    return list(out.values())


def refusal(agenda: ParsedAgenda) -> str:
    """Why the parsed text is not imported ("" when it may be): no item read, or too
    little that reads as an agenda (the reader's judgement, with its reason)."""
    if not agenda.items:
        return NO_ITEMS
    if agenda.refusal:
        return NOT_AGENDA.format(reason=agenda.refusal)
    return ""


def check_importable(agenda: ParsedAgenda) -> None:
    if problem := refusal(agenda):
        raise ValidationError(problem)


# -- writing -----------------------------------------------------------------------------------


def _time(minutes: int | None) -> dt.time | None:
    if minutes is None or not 0 <= minutes < 24 * 60:
        return None
    return dt.time(minutes // 60, minutes % 60)


def _title(text: str) -> str:
    text = validate.clean_text(text, "Titel", max_len=2000, single_line=True)
    return text or "Punkt uden titel"


def commit_import(
    store: Store, agenda: ParsedAgenda, *, meeting_id: int | None = None,
    new_meeting: NewMeeting | None = None, create_people: Iterable[tuple[str, str]] = (),
) -> AgendaImportResult:
    """Write the agenda in one transaction: as a new meeting, or appended to
    ``meeting_id``. ``create_people`` names the unknown presenters (name, organisation as
    written) to add to the register; the others stay names on their items."""
    check_importable(agenda)
    if (meeting_id is None) == (new_meeting is None):
        raise ValueError("give exactly one of meeting_id and new_meeting")
    wanted = set(create_people)
    with store.transaction(MEETINGS, PARTICIPANTS) as s:
        register = Register(s.execute(select(Organisation.id, Organisation.name, Organisation.short_name)).all(),
                            s.execute(select(Person.id, Person.name, Person.organisation_id)).all())
        meeting, created = _meeting(s, meeting_id, new_meeting)
        people: dict[tuple[str, str], int] = {}
        for p in presenters_of(agenda):
            m = register.match(p.name, p.organisation)
            if m.status == NEW_PERSON and m.key in wanted and m.name and m.key not in people:
                person = Person(name=validate.clean_text(m.name, "Navn", required=True, max_len=200,
                                                         single_line=True),
                                organisation_id=m.organisation_id)
                s.add(person)
                s.flush()
                people[m.key] = person.id
        position = len([i for i in meeting.items if i.parent_id is None]) if not created else 0
        item_ids: list[int] = []
        for item in agenda.items:
            top = _add_item(s, meeting.id, None, position, item, register, people, item_ids)
            for k, child in enumerate(item.children):
                _add_item(s, meeting.id, top.id, k, child, register, people, item_ids)
            position += 1
        topic_ids = []
        first = len(meeting.topics) if not created else 0
        for k, topic in enumerate(agenda.topics):
            t = NextMeetingTopic(meeting_id=meeting.id, position=first + k,
                                 title=_title(topic.text), target_date=agenda.next_meeting_date)
            s.add(t)
            s.flush()
            topic_ids.append(t.id)
        return AgendaImportResult(meeting.id, created, tuple(item_ids), tuple(people.values()),
                                  tuple(topic_ids))


def _meeting(s, meeting_id: int | None, new: NewMeeting | None) -> tuple[Meeting, bool]:
    if meeting_id is not None:
        m = s.get(Meeting, meeting_id)
        if m is None:
            raise NotFound(QT_TRANSLATE_NOOP("Agenda", "Mødet findes ikke længere."))
        return m, False
    if new.end_time <= new.start_time:
        raise ValidationError(QT_TRANSLATE_NOOP("Agenda", "Mødet skal slutte efter det begynder."), field="end_time")
    if s.scalar(select(Meeting.id).where(Meeting.date == new.date)) is not None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Agenda", "Der er allerede et møde den {day}; vælg en anden dato, eller føj punkterne "
            "til det møde.").format(day=short_date(new.date)), field="date")
    m = Meeting(title=validate.clean_text(new.title, "Titel", required=True, max_len=200),
                date=new.date, start_time=new.start_time, end_time=new.end_time)
    s.add(m)
    s.flush()
    return m, True


def _add_item(s, meeting_id: int, parent_id: int | None, position: int, item: ParsedItem,
              register: Register, people: dict, ids: list[int]) -> AgendaItem:
    row = AgendaItem(
        meeting_id=meeting_id, parent_id=parent_id, position=position, title=_title(item.title),
        kind=item.kind, duration_min=validate.duration(item.duration_min),
        pinned_start=_time(item.pinned_min) if parent_id is None else None,
        description=validate.clean_text(item.description, "Beskrivelse"),
    )
    for k, p in enumerate(item.presenters):
        m = register.match(p.name, p.organisation)
        pid = m.person_id or people.get(m.key)
        row.presenters.append(Presenter(
            position=k, person_id=pid, name="" if pid else validate.clean_text(m.name, "Oplægsholder", max_len=200, single_line=True),
            organisation_id=m.organisation_id,
            organisation_text="" if m.organisation_id else validate.clean_text(m.organisation, "Organisation", max_len=200, single_line=True),
        ))
    row.sub_points = [SubPoint(position=k, text=_title(p.text)) for k, p in enumerate(item.sub_points)
                      if p.text.strip()]
    s.add(row)
    s.flush()
    ids.append(row.id)
    return row


# -- undo and redo -----------------------------------------------------------------------------


def undo_import(store: Store, result: AgendaImportResult) -> snapshots.Snapshot:
    """Remove what ``commit_import`` wrote; returns a snapshot that ``redo_import`` puts
    back with the same ids."""
    with store.transaction(MEETINGS, PARTICIPANTS) as s:
        t = {n: snapshots.table(n) for n in ("meeting", "agenda_item", "presenter", "sub_point",
                                             "next_meeting_topic", "person")}
        ids = list(result.item_ids)
        name, items = snapshots.capture(s, "agenda_item", t["agenda_item"].c.id.in_(ids))
        rows = [snapshots.capture(s, "person", t["person"].c.id.in_(list(result.person_ids)))]
        if result.created_meeting:
            rows.append(snapshots.capture(s, "meeting", t["meeting"].c.id == result.meeting_id))
        rows += [
            (name, tuple(sorted(items, key=lambda r: r["parent_id"] is not None))),
            snapshots.capture(s, "presenter", t["presenter"].c.item_id.in_(ids)),
            snapshots.capture(s, "sub_point", t["sub_point"].c.item_id.in_(ids)),
            snapshots.capture(s, "next_meeting_topic", t["next_meeting_topic"].c.id.in_(list(result.topic_ids))),
        ]
        snap = snapshots.Snapshot(tuple(rows))
        snapshots.remove(s, snap)
        return snap


def redo_import(store: Store, snap: snapshots.Snapshot) -> None:
    with store.transaction(MEETINGS, PARTICIPANTS) as s:
        snapshots.restore(s, snap)
