"""Gathers the Excel overview's data from every area, read-only, as plain read models
(``kkrdesk.views.overview``). The exporter writes what this returns. A SQLite file can be
read without the ORM, to the same result: :mod:`kkrdesk.services.overview_sql`."""

from __future__ import annotations

import datetime as dt

from kkrdesk.core.store import Store
from kkrdesk.services import attendance_overview, participants, projects, row_views
from kkrdesk.views.overview import OverviewData, OverviewOptions, ParticipantsOverview
from kkrdesk.views.sor import SorOverview
from kkrdesk.views.projects import ProjectsOverview


def participants_overview(store: Store, options: OverviewOptions) -> ParticipantsOverview:
    today = options.day
    history = participants.list_memberships(store)
    return ParticipantsOverview(
        people=tuple(participants.list_people(store, today)),
        memberships=tuple(history),
        current=tuple(row_views.current_seats(history, today)),
        attendance=attendance_overview.attendance_grid(store, today),
    )


def overview_data(store: Store, *, include_contact: bool = False,
                  today: dt.date | None = None, sds_weeks: int | None = None) -> OverviewData:
    """Everything the overview workbook shows, gathered from one store."""
    options = OverviewOptions(include_contact, today)
    from kkrdesk.services.meetings_overview import meetings_overview

    return OverviewData(options=options, participants=participants_overview(store, options),
                        sor=sor_overview(store, options.day, sds_weeks),
                        projects=ProjectsOverview(tuple(projects.list_projects(store)), options.day),
                        meetings=meetings_overview(store))


def overview_of_store(store: Store, *, include_contact: bool = False,
                      today: dt.date | None = None, sds_weeks: int | None = None) -> OverviewData:
    """``overview_data``; for a SQLite file read through its own read-only sqlite3
    connection (the same data, faster), which sees what the store has committed."""
    from kkrdesk.services.overview_sql import read_overview

    data = read_overview(store.path, include_contact=include_contact, today=today,
                         sds_weeks=sds_weeks) if store.path is not None else None
    return data if data is not None else overview_data(
        store, include_contact=include_contact, today=today, sds_weeks=sds_weeks)


def sor_overview(store: Store, today: dt.date, sds_weeks: int | None = None,
                 status=None) -> SorOverview:
    from kkrdesk.services import sor, sor_rounds

    return row_views.sor_overview(sor.list_proposals(store, status), sor_rounds.list_rounds(store),
                                  today, sds_weeks)
