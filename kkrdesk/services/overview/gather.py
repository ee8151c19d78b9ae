"""Gathers the Excel overview's data from every area, read-only, as plain read models
(``kkrdesk.views.overview``). The exporter writes what this returns. A SQLite file can be
read without the ORM, to the same result: :mod:`kkrdesk.services.overview.sql`;
:mod:`kkrdesk.services.overview.read` picks the reader."""

from __future__ import annotations

import datetime as dt

from kkrdesk.core.store import Store
from kkrdesk.services import row_views
from kkrdesk.services.participants import attendance as attendance_overview
from kkrdesk.services.participants import people as participants
from kkrdesk.services.projects import portfolio as projects
from kkrdesk.views.overview import OverviewData, OverviewOptions, ParticipantsOverview
from kkrdesk.views.projects import ProjectsOverview
from kkrdesk.views.sor import SorOverview


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
    from kkrdesk.services.overview.meetings import meetings_overview

    return OverviewData(options=options, participants=participants_overview(store, options),
                        sor=sor_overview(store, options.day, sds_weeks, code_names=False),
                        projects=ProjectsOverview(tuple(projects.list_projects(store)), options.day),
                        meetings=meetings_overview(store))


def sor_overview(store: Store, today: dt.date, sds_weeks: int | None = None,
                 status=None, *, code_names: bool = True) -> SorOverview:
    """The proposals and their rounds; with ``code_names`` the names of the reference codes
    too (the Word summary names every code; the workbook has no use for them)."""
    import dataclasses

    from kkrdesk.services.sor import codes
    from kkrdesk.services.sor import proposals as sor
    from kkrdesk.services.sor import rounds as sor_rounds

    found = row_views.sor_overview(sor.list_proposals(store, status),
                                   sor_rounds.list_rounds(store), today, sds_weeks)
    if not code_names:
        return found
    names = tuple((c.code, f"{c.name} ({c.note})") for c in codes.list_codes(store))
    return dataclasses.replace(found, code_names=names)
