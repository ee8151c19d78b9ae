"""The deadlines a secretary keeps in a calendar, from two areas: each SOR consultation
round's deadline for input, the day a round sent to SDS counts as unanswered (the
app's own rule: ``DEFAULT_SDS_WEEKS`` after sending, or the SOR tab's setting, when the
tab starts saying "Intet svar fra SDS"), and each project milestone's planned day. Past and settled ones
are kept too: exported again, a calendar updates the entries it has (by UID) rather
than keeping stale ones."""

from __future__ import annotations

import datetime as dt

from kkrdesk.core.danish import join_and, long_date, month_year, short_date
from kkrdesk.core.enums import label
from kkrdesk.core.store import Store
from kkrdesk.services.calendar.identity import database_source
from kkrdesk.services.projects import portfolio
from kkrdesk.services.sor import proposals, rounds
from kkrdesk.views.calendar import Deadline, DeadlineKind, Deadlines
from kkrdesk.views.projects import MilestoneView, ProjectView
from kkrdesk.views.sor import DEFAULT_SDS_WEEKS, RoundView


def deadlines(store: Store, today: dt.date | None = None, sds_weeks: int | None = None) -> Deadlines:
    """Every deadline; ``sds_weeks``: the SOR tab's setting of how long SDS may take
    (default ``DEFAULT_SDS_WEEKS``)."""
    today = today or dt.date.today()
    titles = {p.id: p.title for p in proposals.list_proposals(store)}
    entries: list[Deadline] = []
    for r in rounds.list_rounds(store):
        entries.extend(round_entries(r, titles, sds_weeks or DEFAULT_SDS_WEEKS))
    for project in portfolio.list_projects(store):
        entries.extend(milestone_entry(project, m) for m in project.milestones
                       if m.planned_on is not None)
    entries.sort(key=lambda e: (e.day, e.kind.value, e.ref))
    return Deadlines(database_source(store), today, tuple(entries))


def _state(r: RoundView) -> tuple[str, bool]:
    if r.answered_on is not None:
        return f"Besvaret {short_date(r.answered_on)}.", True
    if r.decided:
        return "SDS har afgjort alle rundens forslag.", True
    return "Ikke besvaret endnu.", False


def round_entries(r: RoundView, titles: dict[int, str], weeks: int) -> list[Deadline]:
    """The round's deadline for input and, for a round to SDS, the day its answer is due."""
    state, settled = _state(r)
    sent = f" den {short_date(r.sent_on)}" if r.sent_on else " (ikke afsendt endnu)"
    named = [titles[i] for i in r.proposal_ids if i in titles]
    about = [f"Forslag: {'; '.join(named)}."] if named else []
    answers = sorted({x.respondent for x in r.responses if x.respondent})
    answered = [f"Input modtaget fra {join_and(answers)}."] if answers else []
    out = []
    if r.deadline is not None:
        lines = (f"SOR-høringsrunde sendt til {r.recipient or 'ingen modtager'}{sent}.",
                 f"Frist for input: {long_date(r.deadline)}.", *about, *answered, state)
        out.append(Deadline(DeadlineKind.ROUND, r.id, f"Høringsfrist: {r.title}", r.deadline,
                            lines, settled))
    if r.to_sds() and r.sent_on is not None:
        due = r.sent_on + dt.timedelta(weeks=weeks)
        lines = (f"Sendt til {r.recipient}{sent}.",
                 f"Uden svar {weeks} {'uge' if weeks == 1 else 'uger'} efter afsendelsen viser "
                 "KKR Desk runden som »Intet svar fra SDS«.", *about, state)
        out.append(Deadline(DeadlineKind.SDS_ANSWER, r.id, f"Svar fra SDS ventet: {r.title}",
                            due, lines, settled))
    return out


def milestone_entry(project: ProjectView, m: MilestoneView) -> Deadline:
    """The milestone on its planned day; a month-only one on the month's first day."""
    if m.planned_month_only:
        when = (f"Planlagt: {month_year(m.planned_on)} (kun måneden er fastlagt; "
                "vist på månedens første dag).")
    else:
        when = f"Planlagt: {long_date(m.planned_on)}."
    lines = [f"Projekt: {project.name}.", when, f"Status: {label(m.status)}."]
    if m.actual_on is not None:
        lines.append(f"Nået: {short_date(m.actual_on)}.")
    if m.notes.strip():
        lines.append(m.notes.strip())
    day = m.planned_on.replace(day=1) if m.planned_month_only else m.planned_on
    return Deadline(DeadlineKind.MILESTONE, m.id, f"Milepæl: {m.title} ({project.name})", day,
                    tuple(lines), m.is_done, m.planned_month_only)
