"""Read models built from rows: the ORM's objects, or the plain rows of the overview's
sqlite3 reader (:mod:`kkrdesk.services.overview.sql`), which carry the same attribute
names and relations. Both paths build their views here, so they build equal ones.
No SQLAlchemy."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kkrdesk.core import sor_rules
from kkrdesk.core.danish import sort_key
from kkrdesk.core.enums import GroupKind, ItemKind, label
from kkrdesk.views.agenda import ActionView, MeetingSummary
from kkrdesk.views.sor import (
    DEFAULT_SDS_WEEKS, SDS_ANSWERED, ProposalView, ResponseView, RoundView, SorOverview,
    StatusChangeView,
)

if TYPE_CHECKING:  # imported where they are built: the first screen shows none of them
    from kkrdesk.views.overview import MeetingsOverview
    from kkrdesk.views.participants import MembershipView, PersonView
    from kkrdesk.views.projects import ProjectView, SeatView

# -- participants ---------------------------------------------------------------------


def person_view(p, network_ids, today: dt.date) -> PersonView:
    """``p`` with ``organisation`` and ``memberships``; ``network_ids``: the network's groups."""
    from kkrdesk.views.participants import PersonView

    seats = [m for m in p.memberships if m.group_id in network_ids]
    current = [m for m in seats if m.end_date is None or m.end_date > today]
    org = p.organisation
    return PersonView(
        id=p.id, name=p.name, title=p.title, organisation_id=p.organisation_id,
        organisation=org.name if org else "", region=(org.region or "") if org else "",
        kkr=(org.kkr or "") if org else "", email=p.email, phone=p.phone, notes=p.notes,
        network_role=current[0].role if current else None,
        is_current_member=bool(current), was_member=bool(seats) and not current,
    )


def group_title(group, project) -> str:
    """'Styregruppe – Identitetssløring i kommunerne': a project's group with the project
    (several projects have a Styregruppe); the network by its own name."""
    if project is None or project.name.casefold() in group.name.casefold():
        return group.name
    return f"{group.name} – {project.name}"


def holder_name(m) -> str:
    """Who holds seat ``m``: the person, or the organisation holding it alone."""
    if m.person is not None:
        return m.person.name
    return m.organisation.name if m.organisation_id is not None and m.organisation else ""


def membership_view(m, project) -> MembershipView:
    """``m`` with ``person`` (and its ``organisation``), ``organisation``, ``group``,
    ``replaces`` (with ``person``) and ``replaced_by``; ``project``: its group's project."""
    from kkrdesk.views.participants import MembershipView

    org = m.organisation.name if m.organisation else (
        m.person.organisation.name if m.person and m.person.organisation else "")
    return MembershipView(
        id=m.id, group_id=m.group_id, group_name=group_title(m.group, project),
        person_id=m.person_id,
        person_name=m.person.name if m.person else "", organisation=org, role=m.role,
        appointed_by=m.appointed_by, start_date=m.start_date, end_date=m.end_date,
        replaces_id=m.replaces_id,
        replaces_name=holder_name(m.replaces) if m.replaces else "",
        replaced_by_names=tuple(n for n in map(holder_name, m.replaced_by) if n),
        notes=m.notes,
    )


def sorted_people(views) -> list:
    return sorted(views, key=lambda p: sort_key(p.name))


def sorted_memberships(views) -> list[MembershipView]:
    return sorted(views, key=lambda v: sort_key(v.person_name or v.organisation))


def current_seats(history, today: dt.date) -> list[MembershipView]:
    """The seats of ``history`` held on ``today`` (begun and not ended)."""
    return [m for m in history
            if m.is_current(today) and not (m.start_date and m.start_date > today)]


# -- projects -------------------------------------------------------------------------

_GROUP_ORDER = list(GroupKind)


def seat_view(m) -> SeatView:
    from kkrdesk.views.projects import SeatView  # the projects' read models, not at start-up

    org = m.organisation or (m.person.organisation if m.person else None)
    old = m.replaces
    return SeatView(m.id, m.person_id, m.person.name if m.person else "",
                    org.id if org else None, org.name if org else "", m.role,
                    m.start_date, m.end_date,
                    holder_name(old) if old else "")


def project_view(p, links) -> ProjectView:
    """``p`` with ``owner``, ``status_notes``, ``milestones``, ``financing``, ``risks``,
    ``decisions`` and ``groups`` (with ``memberships`` as ``seat_view`` takes them)."""
    from kkrdesk.views.projects import (
        DecisionView, FinancingView, GroupView, MilestoneView, ProjectView, RiskView,
        StatusNoteView,
    )

    groups = sorted(p.groups, key=lambda g: (_GROUP_ORDER.index(g.kind), g.id))
    return ProjectView(
        id=p.id, name=p.name, description=p.description, phase=p.phase, owner_id=p.owner_id,
        owner=p.owner.name if p.owner else "", started_on=p.started_on,
        documents=tuple(d for d in (p.documents or "").split("\n") if d),
        notes=tuple(StatusNoteView(n.id, n.noted_on, n.rag, n.text)
                    for n in sorted(p.status_notes, key=lambda n: (n.noted_on, n.id))),
        milestones=tuple(MilestoneView(m.id, m.title, m.planned_on, m.planned_month_only,
                                       m.actual_on, m.status, m.notes)
                         for m in sorted(p.milestones, key=lambda m: (
                             m.planned_on or m.actual_on or dt.date.max, m.id))),
        financing=tuple(FinancingView(f.id, f.source, f.model, f.amount_dkk, f.year, f.notes)
                        for f in sorted(p.financing, key=lambda f: (f.year or 0, f.id))),
        risks=tuple(RiskView(r.id, r.title, r.probability, r.impact, r.mitigation, r.is_open)
                    for r in sorted(p.risks, key=lambda r: r.id)),
        decisions=tuple(DecisionView(d.id, d.decided_on, d.text, d.decided_by)
                        for d in sorted(p.decisions, key=lambda d: (d.decided_on or dt.date.min, d.id))),
        groups=tuple(GroupView(g.id, g.name, g.kind, tuple(
            seat_view(m) for m in sorted(g.memberships, key=lambda m: (m.end_date is not None, m.id))))
            for g in groups),
        links=links,
    )


def agenda_numbers(rows) -> dict[int, str]:
    """item id -> "5" / "2.a" as the agenda numbers its items; ``rows``: (id, meeting_id,
    parent_id, kind) of whole agendas, ordered by position and id. A break is not
    numbered (""), as in the deck: the items after it count on from the one before."""
    top: dict[int, list[tuple[int, str]]] = {}
    kids: dict[int, list[int]] = {}
    for iid, mid, pid, kind in rows:
        if pid is None:
            top.setdefault(mid, []).append((iid, kind))
        else:
            kids.setdefault(pid, []).append(iid)
    numbers: dict[int, str] = {}
    for items in top.values():
        n = 0
        for iid, kind in items:
            if kind == ItemKind.BREAK and iid not in kids:
                numbers[iid] = ""
                continue
            n += 1
            numbers[iid] = str(n)
            for k, child in enumerate(kids.get(iid, ())):
                numbers[child] = f"{n}.{letters(k)}"
    return numbers


def item_numbers(agenda_rows, items) -> dict[int, str]:
    """item id -> "9" / "2.a" for ``items``, numbered as their agendas number them.
    ``agenda_rows``: (id, meeting_id, parent_id, kind) of every item of those meetings,
    ordered by position and id."""
    numbers = agenda_numbers(agenda_rows)
    return {it.id: numbers[it.id] for it in items if it.id in numbers}


# -- SOR ------------------------------------------------------------------------------


def proposal_view(p, links) -> ProposalView:
    """``p`` with ``history`` (by id) and ``rounds``."""
    steps = [sor_rules.Step(h.id, h.status, h.changed_on, h.corrects_id) for h in p.history]
    counting = {s.id for s in sor_rules.effective(steps)}
    history = tuple(
        StatusChangeView(h.id, h.status, h.changed_on, h.note, h.recorded_at, h.recorded_by,
                         h.corrects_id, h.id not in counting)
        for h in p.history
    )
    chain = [h for h in history if not h.corrected]
    since = None
    for h in reversed(chain):  # a correction back to the same status keeps the first date
        if h.status != chain[-1].status:
            break
        since = h.changed_on
    return ProposalView(
        p.id, p.title, p.kind, p.concept_code, p.current_name, p.proposed_name, p.definition,
        p.status, since, p.notes, history,
        rationale=p.rationale, open_questions=p.open_questions, related_codes=p.related_codes,
        round_ids=tuple(sorted(r.id for r in p.rounds)), meetings=tuple(links),
    )


def response_view(x, titles: dict[int, str]) -> ResponseView:
    who = x.organisation.name if x.organisation else x.respondent
    return ResponseView(x.id, who, x.received_on, x.position, x.text, x.proposal_id,
                        titles.get(x.proposal_id, "") if x.proposal_id else "")


def round_view(r, titles: dict[int, str]) -> RoundView:
    """``r`` with ``recipients`` (by position), ``proposals`` (with ``status``) and
    ``responses`` (by id)."""
    names = tuple(x.name for x in r.recipients) or ((r.recipient,) if r.recipient else ())
    return RoundView(
        r.id, r.title, ", ".join(names), r.sent_on, r.deadline, r.answered_on, r.notes,
        tuple(sorted(p.id for p in r.proposals)),
        tuple(response_view(x, titles) for x in r.responses), names,
        decided=bool(r.proposals) and all(p.status in SDS_ANSWERED for p in r.proposals),
    )


def sor_overview(proposals, rounds, today: dt.date, sds_weeks: int | None) -> SorOverview:
    """The proposals with the rounds that asked about any of them."""
    ids = {p.id for p in proposals}
    rounds = [r for r in rounds if ids & set(r.proposal_ids)]
    return SorOverview(tuple(proposals), tuple(rounds), today, sds_weeks or DEFAULT_SDS_WEEKS)


# -- meetings -------------------------------------------------------------------------


def letters(i: int) -> str:
    return "abcdefghijklmnopqrstuvwxyz"[i] if i < 26 else str(i + 1)


def meeting_summary(m) -> MeetingSummary:
    """``m`` with ``chair``, ``minute_taker`` and ``minutes_approved_by``."""
    return MeetingSummary(
        id=m.id, title=m.title, date=m.date, start_time=m.start_time, end_time=m.end_time,
        place=m.place, online_url=m.online_url, status=m.status,
        chair_id=m.chair_id, chair_name=m.chair.name if m.chair else "",
        minute_taker_id=m.minute_taker_id,
        minute_taker_name=m.minute_taker.name if m.minute_taker else "", notes=m.notes,
        minutes_sent_on=m.minutes_sent_on, minutes_approved_on=m.minutes_approved_on,
        minutes_approved_by_date=m.minutes_approved_by.date if m.minutes_approved_by else None,
    )


def action_view(a) -> ActionView:
    """``a`` with ``who_person`` and ``meeting``."""
    who = a.who_person.name if a.who_person else a.who_text
    return ActionView(
        id=a.id, meeting_id=a.meeting_id, meeting_date=a.meeting.date, item_id=a.item_id,
        what=a.what, who_person_id=a.who_person_id, who=who, due=a.due, status=a.status,
        closed_on=a.closed_on,
    )


def item_labels(rows) -> dict[int, str]:
    """item id -> "9. Title" / "2.a. Title" (a break: its title alone), numbered as the
    agenda numbers them; ``rows`` have ``id``, ``meeting_id``, ``parent_id``,
    ``position``, ``kind`` and ``title``."""
    rows = sorted(rows, key=lambda r: (r.position, r.id))
    numbers = agenda_numbers((r.id, r.meeting_id, r.parent_id, r.kind) for r in rows)
    return {r.id: f"{numbers[r.id]}. {r.title}" if numbers[r.id] else r.title for r in rows}


def meetings_overview(summaries: list[MeetingSummary], actions: list[ActionView],
                      labels: dict[int, str]) -> MeetingsOverview:
    """The Møder and Opfølgning sheets' rows: meetings in order, open actions first."""
    from kkrdesk.views.overview import FollowUpRow, MeetingRow, MeetingsOverview

    by_id = {m.id: m for m in summaries}
    rows = [MeetingRow(
        date=m.date, title=m.title, status=label(m.status),
        place=m.place or ("Online" if m.online_url else ""), chair=m.chair_name,
        referent=m.minute_taker_name, minutes_status=label(m.minutes_status),
        minutes_sent_on=m.minutes_sent_on, minutes_approved_on=m.minutes_approved_on,
        approved_by_meeting=m.minutes_approved_by_date) for m in summaries]
    follow = []
    for a in actions:
        m = by_id[a.meeting_id]
        follow.append(FollowUpRow(
            meeting_date=m.date, meeting_title=m.title,
            item=labels.get(a.item_id, "") if a.item_id is not None else "",
            what=a.what, who=a.who, due=a.due, status=label(a.status), is_open=a.is_open,
            closed_on=a.closed_on))
    far = dt.date.max
    follow.sort(key=lambda r: (not r.is_open, r.due or far, r.meeting_date))
    return MeetingsOverview(tuple(rows), tuple(follow))
