"""The Excel overview: one workbook, one real table per sheet (see ``xlsx_common``).

The exporter takes plain read models only (``kkrdesk.views.overview.OverviewData``, gathered
by ``kkrdesk.services.overview.gather``); it never sees a service or a store. Each area contributes
a *section*: a function ``(data) -> list[Sheet]`` in ``SECTIONS``. The participant section
gives the current members, the membership history (who replaced whom on the same row) and
attendance (every registration, and rates per person and per organisation). SOR proposals,
projects and meetings add their own section function to ``SECTIONS`` the same way.

Personal data: e-mail and phone are written only when ``include_contact`` is set."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kkrdesk.core.enums import label
from kkrdesk.export.atomic import ExportError, atomic_write
from kkrdesk.export.overview_lang import localised
from kkrdesk.export.overview_projects import project_sheets
from kkrdesk.export.overview_sor import sor_sheets
from kkrdesk.export.xlsx_common import Col, Sheet, write_workbook
from kkrdesk.views.agenda import DocumentOptions
from kkrdesk.views.overview import OverviewData, OverviewOptions


@dataclass(frozen=True)
class OverviewResult:
    path: Path
    sheets: tuple[tuple[str, int], ...]  # (title, data rows)

    @property
    def rows(self) -> int:
        return sum(n for _, n in self.sheets)


Section = Callable[[OverviewData], list[Sheet]]


# -- the participant section --------------------------------------------------------------

def _contact_cols(options: OverviewOptions) -> list[Col]:
    return [Col("E-mail", max_width=40), Col("Telefon", max_width=18)] if options.include_contact else []


def members_sheet(members, people_by_id, options: OverviewOptions) -> Sheet:
    """Current seats in the network. The headers are those the participant import
    reads, so the sheet can be imported again."""
    cols = [Col("Navn", max_width=32), Col("Titel", max_width=30), Col("Organisation", max_width=34),
            Col("Region"), Col("KKR"), Col("Rolle"), Col("Udpeget af", max_width=24),
            Col("Fra", "date"), *_contact_cols(options),
            Col("Har overtaget pladsen efter", max_width=30)]
    rows = []
    for m in members:
        p = people_by_id.get(m.person_id)
        row = [m.person_name or m.organisation, p.title if p else "", m.organisation,
               p.region if p else "", p.kkr if p else "", label(m.role), m.appointed_by,
               m.start_date]
        if options.include_contact:
            row += [p.email if p else "", p.phone if p else ""]
        rows.append(row + [m.replaces_name])
    return Sheet("Medlemmer", "tblMedlemmer", cols, rows)


def history_sheet(memberships, today: dt.date, lang: str = "da") -> Sheet:
    cols = [Col("Navn", max_width=32), Col("Organisation", max_width=34), Col("Rolle"),
            Col("Udpeget af", max_width=24), Col("Fra", "date"), Col("Til", "date"),
            Col("Status"), Col("Har overtaget pladsen efter", max_width=32),
            Col("Afløst af", max_width=40), Col("Bemærkning", max_width=60)]
    rows = []
    for m in memberships:
        if m.start_date and m.start_date > today:
            state = "Kommende"
        else:
            state = "Nuværende" if m.is_current(today) else "Tidligere"
        rows.append([m.person_name or m.organisation, m.organisation, label(m.role),
                     m.appointed_by, m.start_date, m.end_date, state, m.replaces_name,
                     (" and " if lang == "en" else " og ").join(m.replaced_by_names), m.notes])
    return Sheet("Medlemshistorik", "tblMedlemshistorik", cols, rows)


def attendance_sheets(grid) -> list[Sheet]:
    detail_cols = [Col("Dato", "date"), Col("Møde", max_width=40), Col("Navn", max_width=32),
                   Col("Organisation", max_width=34), Col("Status"), Col("Form"),
                   Col("Stedfortræder for", max_width=30), Col("Gæst"),
                   Col("Bemærkning", max_width=50)]
    detail = []
    for row in grid.rows:
        for meeting, cell in zip(grid.meetings, row.cells):
            if cell is None or cell.status is None:  # nothing recorded: counted per person
                continue
            detail.append([meeting.date, meeting.title, row.name, row.organisation,
                           label(cell.status), label(cell.mode), cell.substitute_for,
                           "Ja" if cell.is_guest else "Nej", cell.note])
    detail.sort(key=lambda r: r[0])
    person_cols = [Col("Navn", max_width=32), Col("Organisation", max_width=34),
                   Col("Deltager som"), Col("Møder", "int"), Col("Deltog", "int"),
                   Col("Afbud", "int"), Col("Fraværende", "int"), Col("Ikke registreret", "int"),
                   Col("Fremmøde", "percent")]
    people = [[r.name, r.organisation, "Medlem" if r.is_member else "Gæst", r.expected,
               r.attended, r.apologies, r.absent,
               r.expected - r.attended - r.apologies - r.absent, r.rate] for r in grid.rows]
    org_cols = [Col("Organisation", max_width=40), Col("Personer", "int"), Col("Møder", "int"),
                Col("Møder med fremmøde", "int"), Col("Personfremmøder", "int"),
                Col("Fremmøde", "percent")]
    orgs = [[o.organisation, o.people, o.meetings, o.meetings_attended, o.attended, o.rate]
            for o in grid.organisations]
    return [Sheet("Fremmøde", "tblFremmoede", detail_cols, detail),
            Sheet("Fremmøde pr. person", "tblFremmoedePerson", person_cols, people),
            Sheet("Fremmøde pr. organisation", "tblFremmoedeOrganisation", org_cols, orgs)]


def participant_sheets(data: OverviewData) -> list[Sheet]:
    part, options = data.participants, data.options
    people = {p.id: p for p in part.people}
    return [members_sheet(part.current, people, options),
            history_sheet(part.memberships, options.day, options.lang),
            *attendance_sheets(part.attendance)]


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
