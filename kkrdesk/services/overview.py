"""Gathers the Excel overview's data from every area, read-only, as plain read models
(``kkrdesk.views.overview``). The exporter writes what this returns."""

from __future__ import annotations

import datetime as dt

from kkrdesk.core.store import Store
from kkrdesk.services import attendance_overview, participants, projects
from kkrdesk.views.overview import OverviewData, OverviewOptions, ParticipantsOverview
from kkrdesk.views.sor import DEFAULT_SDS_WEEKS, SorOverview
from kkrdesk.views.projects import ProjectsOverview


def participants_overview(store: Store, options: OverviewOptions) -> ParticipantsOverview:
    today = options.day
    history = participants.list_memberships(store)
    current = [m for m in history
               if m.is_current(today) and not (m.start_date and m.start_date > today)]
    return ParticipantsOverview(
        people=tuple(participants.list_people(store, today)),
        memberships=tuple(history),
        current=tuple(current),
        attendance=attendance_overview.attendance_grid(store, today),
    )


def overview_data(store: Store, *, include_contact: bool = False,
                  today: dt.date | None = None, sds_weeks: int | None = None) -> OverviewData:
    """Everything the overview workbook shows, gathered from one store."""
    options = OverviewOptions(include_contact, today)
    return OverviewData(options=options, participants=participants_overview(store, options),
                        sor=sor_overview(store, options.day, sds_weeks),
                        projects=ProjectsOverview(tuple(projects.list_projects(store)), options.day))


def sor_overview(store: Store, today: dt.date, sds_weeks: int | None = None,
                 status=None) -> SorOverview:
    from kkrdesk.services import sor, sor_rounds

    proposals = sor.list_proposals(store, status)
    ids = {p.id for p in proposals}
    rounds = [r for r in sor_rounds.list_rounds(store) if ids & set(r.proposal_ids)]
    return SorOverview(tuple(proposals), tuple(rounds), today, sds_weeks or DEFAULT_SDS_WEEKS)
