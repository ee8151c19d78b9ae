"""``kkrdesk demo --years N``: N synthetic years of the network's life before the seed
meeting of 18 June 2025, deterministic (the same N gives the same database).

Four meetings a year (15-25 items with minutes, decisions and action items), about
300 people with membership churn and replacements, attendance for every meeting,
30 SOR proposals a year with rounds and responses, 5 projects a year with 20
milestones and monthly status notes. Bilag (attachments) are not in the schema yet.

Rows are made as plain dicts with ids handed out here and written with one bulk
INSERT per table, so ten years take seconds. Each area is one function taking the
:class:`Rows` builder, in a module of its own (``years_people``, ``years_meetings``,
``years_sor``, ``years_projects``); a new column with a default needs nothing here, a
new area is one more function in ``AREAS``.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from kkrdesk.demo.years_meetings import meetings
from kkrdesk.demo.years_people import network_seats, people
from kkrdesk.demo.years_projects import projects
from kkrdesk.demo.years_rows import Rows
from kkrdesk.demo.years_sor import sor


def add_years(s: Session, years: int, seed: int = 18) -> dict[str, int]:
    """Add ``years`` synthetic years before 18 June 2025; returns rows added per table."""
    rows = Rows(s, years, seed)
    for area in AREAS:
        area(rows)
    return rows.flush()


AREAS = [people, network_seats, meetings, sor, projects]
