"""The demo database: the network meeting of 18 June 2025 as the seed deck shows it.

Names and organisations only, as the deck prints them; no e-mail addresses or phone
numbers of real people. Nothing the deck does not say: no attendance (the deck lists
no one present or absent), no minute-taker, no decisions or action items."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from kkrdesk.core.enums import MeetingStatus, Role
from kkrdesk.core.errors import KkrDeskError
from kkrdesk.core.models import (
    AgendaItem, Meeting, Membership, NextMeetingTopic, Organisation, Person, Presenter, SubPoint,
)
from kkrdesk.demo import seed_bilag as demo_bilag
from kkrdesk.demo import seed_data as D
from kkrdesk.demo import seed_minutes as demo_minutes
from kkrdesk.demo import seed_projects as demo_projects
from kkrdesk.demo import seed_sor as demo_sor
from kkrdesk.services.agenda import lifecycle as meeting_lifecycle
from kkrdesk.services.database import open_database
from kkrdesk.services.reference import network_group_id

D18 = dt.date(2025, 6, 18)


def write_demo(path: str | Path, years: int = 0) -> Path:
    path = Path(path)
    if path.exists():
        raise KkrDeskError(f"Filen findes allerede og overskrives ikke: {path}")
    store = open_database(path)
    try:
        with store.transaction() as s:
            orgs = {o.name: o for o in s.scalars(select(Organisation))}
            people = _people(s, orgs)
            meeting, item_ids = _meeting(s, orgs, people)
            _network(s, orgs, people)
            demo_minutes.add_minutes(s, meeting)
            demo_bilag.add_bilag(s, meeting)
            demo_sor.add_sor(s, orgs, item_ids)
            demo_projects.write_projects(s, orgs, people, item_ids)
            if years:  # synthetic history before the seed meeting (kkrdesk demo --years N)
                from kkrdesk.demo.years import add_years

                add_years(s, years)
        # The next meeting prepared from this one, as "Nyt møde fra forrige" does it.
        meeting_lifecycle.new_from_previous(store, meeting.id, D.NEXT_MEETING)
    finally:
        store.close()
    return path


def _people(s, orgs) -> dict[str, Person]:
    people = {}
    for name, org, title, note in D.PEOPLE:
        p = Person(name=name, organisation=orgs[org] if org else None, title=title, notes=note)
        s.add(p)
        people[name] = p
    s.flush()
    return people


def _meeting(s, orgs, people) -> tuple[Meeting, dict[str, int]]:
    m = Meeting(
        title="Møde i KKR-digitaliseringsnetværket", date=D18, start_time=dt.time(12),
        end_time=dt.time(15), status=MeetingStatus.HELD, chair=people["Poul Erik Kristensen"],
    )
    s.add(m)
    s.flush()
    item_ids = {}
    for pos, spec in enumerate(D.AGENDA):
        item = _item(s, m, None, pos, spec, orgs, people)
        if "key" in spec:
            item_ids[spec["key"]] = item.id
        for cpos, child in enumerate(spec.get("children", ())):
            sub = _item(s, m, item, cpos, child, orgs, people)
            if "key" in child:
                item_ids[child["key"]] = sub.id
    s.add(NextMeetingTopic(meeting=m, position=0, title="Kommunale prøvesvar",
                           target_date=D.NEXT_MEETING))
    s.add(Meeting(
        title="Møde i KKR-digitaliseringsnetværket", date=D.NEXT_MEETING, start_time=dt.time(12),
        end_time=dt.time(15), status=MeetingStatus.PLANNED, chair=people["Poul Erik Kristensen"],
    ))
    return m, item_ids


def _item(s, m, parent, pos, spec, orgs, people) -> AgendaItem:
    item = AgendaItem(
        meeting=m, parent=parent, position=pos, title=spec["title"], kind=spec["kind"],
        duration_min=spec.get("min", 0), pinned_start=spec.get("pinned"),
    )
    s.add(item)
    for ppos, (name, org) in enumerate(spec.get("by", ())):
        person = people.get(name) if name else None
        item.presenters.append(Presenter(
            position=ppos, person=person, name="" if person else (name or ""),
            organisation=orgs.get(org) if org else None,
        ))
    for spos, text in enumerate(spec.get("sub", ())):
        item.sub_points.append(SubPoint(position=spos, text=text))
    s.flush()
    return item


def _network(s, orgs, people) -> None:
    gid = network_group_id(s)
    ms = {}
    for name, role, appointed_by, org in D.NETWORK_SEATS:
        p = people[name]
        ms[name] = Membership(group_id=gid, person=p, role=role, appointed_by=appointed_by,
                              organisation=orgs.get(org) if org else p.organisation)
        s.add(ms[name])
    for old, new_names, appointed_by, note in D.REPLACEMENTS:
        old_m = ms[old]
        old_m.end_date = D18
        for new in new_names:
            p = people[new]
            s.add(Membership(group_id=gid, person=p, role=Role.MEMBER, appointed_by=appointed_by,
                             organisation=p.organisation, start_date=D18, replaces=old_m,
                             notes=note))
    s.flush()

