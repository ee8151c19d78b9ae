"""The Excel overview: one workbook, one real table per sheet (see ``xlsx_common``).

The exporter takes plain read models only (``kkrdesk.views.overview.OverviewData``, gathered
by ``kkrdesk.services.overview.gather``); it never sees a service or a store. Each area contributes
a *section*: a function ``(data) -> list[Sheet]`` in ``SECTIONS``, each in a module of its
own: participants (``overview_participants``: members, membership history, attendance),
SOR proposals, projects and meetings.

Personal data: e-mail and phone are written only when ``include_contact`` is set."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kkrdesk.export.atomic import ExportError, atomic_write
from kkrdesk.export.overview_lang import localised
from kkrdesk.export.overview_participants import participant_sheets
from kkrdesk.export.overview_projects import project_sheets
from kkrdesk.export.overview_sor import sor_sheets
from kkrdesk.export.xlsx_common import Sheet, write_workbook
from kkrdesk.views.agenda import DocumentOptions
from kkrdesk.views.overview import OverviewData


@dataclass(frozen=True)
class OverviewResult:
    path: Path
    sheets: tuple[tuple[str, int], ...]  # (title, data rows)

    @property
    def rows(self) -> int:
        return sum(n for _, n in self.sheets)


Section = Callable[[OverviewData], list[Sheet]]


# Areas add their section here, in the order their sheets should appear.
def _meetings(data: OverviewData) -> list[Sheet]:
    from kkrdesk.export.overview_meetings import meeting_sheets

    return meeting_sheets(data)


SECTIONS: list[Section] = [participant_sheets, sor_sheets, project_sheets, _meetings]


def overview_sheets(data: OverviewData) -> list[Sheet]:
    sheets = [sheet for section in SECTIONS for sheet in section(data)]
    return localised(sheets, data.options.lang)


def export_overview(data: OverviewData, path: str | Path, author: str = "") -> OverviewResult:
    """Write the overview to ``path`` atomically (the old file stays if anything fails).
    ``author``: the secretariat as the agenda and referat name it (their default when empty)."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ExportError(f"Oversigten skal gemmes som .xlsx, ikke »{path.suffix or path.name}«.")
    sheets = overview_sheets(data)
    day = data.options.day
    english = data.options.lang == "en"
    atomic_write(path, lambda tmp: write_workbook(
        tmp, sheets, title=f"{'Overview' if english else 'Oversigt'} – KKR-digitaliseringsnetværket",
        subject=f"{'Printed' if english else 'Udskrevet'} {day.strftime('%d-%m-%Y')}",
        author=author.strip() or DocumentOptions().author, day=day))
    return OverviewResult(path, tuple((s.title, len(s.rows)) for s in sheets))
