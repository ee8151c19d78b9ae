"""The overview's data read with plain SQL: the same rows the ORM path loads, wired into
the same relations, turned into the same read models by :mod:`kkrdesk.services.row_views`."""

from __future__ import annotations

import datetime as dt
import sqlite3

from kkrdesk.core.enums import GroupKind
from kkrdesk.services import attendance_grid, row_views
from kkrdesk.services.overview.sql.rows import Row, by_id, children, select
from kkrdesk.views import projects as project_views
from kkrdesk.views import sor as sor_views
from kkrdesk.views.overview import OverviewData, OverviewOptions, ParticipantsOverview
from kkrdesk.views.participants import GridMeeting

_date = dt.date.fromisoformat


def _wire_people(conn: sqlite3.Connection) -> tuple[dict, dict, list[Row], list[Row]]:
    """Organisations, people, groups and memberships with their relations set."""
    orgs = by_id(select(conn, "organisation", "id, name, region, kkr"))
    people = select(conn, "person", "id, name, title, organisation_id, email, phone, notes")
    persons = by_id(people)
    for p in people:
        p.organisation = orgs.get(p.organisation_id)
        p.memberships = []
    groups = select(conn, "group", "id, name, kind, project_id")
    by_group = by_id(groups)
    for g in groups:
        g.memberships = []
    memberships = select(conn, "membership")
    seats = by_id(memberships)
    for m in memberships:
        m.person = persons.get(m.person_id)
        m.organisation = orgs.get(m.organisation_id)
        m.group = by_group.get(m.group_id)
        m.replaces = seats.get(m.replaces_id)
        m.replaced_by = []
        if m.person is not None:
            m.person.memberships.append(m)
        if m.group is not None:
            m.group.memberships.append(m)
    for m in memberships:
        if m.replaces is not None:
            m.replaces.replaced_by.append(m)
    return orgs, persons, groups, memberships


def _participants(conn, persons, groups, memberships, projects, day) -> ParticipantsOverview:
    network = [g.id for g in groups if g.kind == GroupKind.NETWORK]
    people = row_views.sorted_people(
        row_views.person_view(p, network, day) for p in persons.values())
    first = network[0] if network else None
    history = row_views.sorted_memberships(
        row_views.membership_view(m, projects.get(m.group.project_id))
        for m in memberships if m.group_id == first)
    return ParticipantsOverview(tuple(people), tuple(history),
                                tuple(row_views.current_seats(history, day)),
                                _attendance(conn, persons, memberships, set(network), day))


def _attendance(conn, persons, memberships, network, day):
    records = select(conn, "attendance",
                     "person_id, meeting_id, status, mode, substitute_for_id, is_guest, note")
    held = {r.meeting_id for r in records}
    meetings = tuple(GridMeeting(m.id, m.date, m.title)
                     for m in select(conn, "meeting", "id, date, title",
                                     order="date, start_time, id") if m.id in held)
    seats: dict[int, list[tuple]] = {}
    for m in memberships:
        if (m.group_id in network and m.person_id is not None
                and m.role in attendance_grid.EXPECTED_ROLES):
            seats.setdefault(m.person_id, []).append((m.start_date, m.end_date))
    names = {pid: p.name for pid, p in persons.items()}
    wanted = {r.person_id for r in records} | set(seats)
    people = [(p.id, p.name, p.organisation.name if p.organisation else None)
              for p in persons.values() if p.id in wanted]
    return attendance_grid.build_grid(records, meetings, seats, names, people, day)


def _sor(conn, orgs, today, sds_weeks):
    proposals = select(conn, "sor_proposal")
    history = children(select(conn, "sor_status_change"), "proposal_id")
    pairs = conn.execute("SELECT round_id, proposal_id FROM round_proposal").fetchall()
    links: dict[int, list] = {}
    for pid, iid, mid, day, mtitle, ititle in conn.execute(
            "SELECT l.proposal_id, i.id, i.meeting_id, m.date, m.title, i.title "
            "FROM sor_item_link l JOIN agenda_item i ON i.id = l.item_id "
            "JOIN meeting m ON m.id = i.meeting_id ORDER BY l.id"):
        links.setdefault(pid, []).append(sor_views.ItemLinkView(iid, mid, _date(day), mtitle, ititle))
    for found in links.values():
        found.sort(key=lambda v: (v.meeting_date, v.item_id))
    for p in proposals:
        p.history = history.get(p.id, [])
        p.rounds = [Row(id=rid) for rid, pid in pairs if pid == p.id]
    views = [row_views.proposal_view(p, links.get(p.id, [])) for p in proposals]
    titles = {p.id: p.title for p in proposals}
    proposal = {p.id: p for p in proposals}
    recipients = children(select(conn, "round_recipient", order="position, id"), "round_id")
    responses = children(select(conn, "consultation_response"), "round_id")
    rounds = select(conn, "consultation_round", order="sent_on IS NULL, sent_on, id")
    for r in rounds:
        r.recipients = recipients.get(r.id, [])
        r.proposals = [proposal[pid] for rid, pid in pairs if rid == r.id]  # with status
        r.responses = responses.get(r.id, [])
        for x in r.responses:
            x.organisation = orgs.get(x.organisation_id)
    return row_views.sor_overview(views, [row_views.round_view(r, titles) for r in rounds],
                                  today, sds_weeks)


def _projects(conn, orgs, projects, groups, agenda, day):
    parts = {name: children(select(conn, name), "project_id") for name in (
        "project_status_note", "milestone", "financing", "risk", "project_decision")}
    own_groups = children(groups, "project_id")
    meeting_days = {mid: _date(d) for mid, d in conn.execute("SELECT id, date FROM meeting")}
    items = by_id(agenda)
    linked = [(pid, items[iid]) for pid, iid in conn.execute(
        "SELECT project_id, item_id FROM project_item_link") if iid in items]
    linked.sort(key=lambda x: (meeting_days[x[1].meeting_id], x[1].id))
    numbers = row_views.item_numbers(
        [(i.id, i.meeting_id, i.parent_id, i.kind) for i in agenda], [it for _pid, it in linked])
    links: dict[int, list] = {}
    for pid, it in linked:
        links.setdefault(pid, []).append(project_views.ItemLinkView(
            it.id, it.meeting_id, meeting_days[it.meeting_id], numbers[it.id], it.title))
    views = []
    for p in projects.values():
        p.owner = orgs.get(p.owner_id)
        p.status_notes = parts["project_status_note"].get(p.id, [])
        p.milestones = parts["milestone"].get(p.id, [])
        p.financing = parts["financing"].get(p.id, [])
        p.risks = parts["risk"].get(p.id, [])
        p.decisions = parts["project_decision"].get(p.id, [])
        p.groups = own_groups.get(p.id, [])
        views.append(row_views.project_view(p, tuple(links.get(p.id, ()))))
    return project_views.ProjectsOverview(tuple(views), day)


def _meetings(conn, persons, agenda):
    found = select(conn, "meeting", order="date, start_time, id")
    meetings = by_id(found)
    for m in found:
        m.chair = persons.get(m.chair_id)
        m.minute_taker = persons.get(m.minute_taker_id)
        m.minutes_approved_by = meetings.get(m.minutes_approved_by_id)
    actions = select(conn, "action_item")
    for a in actions:
        a.who_person = persons.get(a.who_person_id)
        a.meeting = meetings[a.meeting_id]
    summaries = [row_views.meeting_summary(m) for m in found]
    views = [row_views.action_view(a) for a in actions]
    wanted = {a.meeting_id for a in views if a.item_id is not None}
    labels = row_views.item_labels([i for i in agenda if i.meeting_id in wanted])
    return row_views.meetings_overview(summaries, views, labels)


def overview_data(conn: sqlite3.Connection, options: OverviewOptions,
                  sds_weeks: int | None = None) -> OverviewData:
    """What ``kkrdesk.services.overview.gather.overview_data`` gathers, from one connection."""
    day = options.day
    orgs, persons, groups, memberships = _wire_people(conn)
    projects = by_id(select(conn, "project", order="sort_order, id"))
    agenda = select(conn, "agenda_item", "id, meeting_id, parent_id, position, kind, title",
                    order="position, id")
    return OverviewData(
        options=options,
        participants=_participants(conn, persons, groups, memberships, projects, day),
        sor=_sor(conn, orgs, day, sds_weeks),
        projects=_projects(conn, orgs, projects, groups, agenda, day),
        meetings=_meetings(conn, persons, agenda))
