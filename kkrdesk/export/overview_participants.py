"""The participant section of the overview workbook: the current members (with the
headers the participant import reads, so the sheet can be imported again), the
membership history (who replaced whom, on the same row), and attendance (every
registration, and rates per person and per organisation).

Personal data: e-mail and phone are written only when ``include_contact`` is set."""

from __future__ import annotations

import datetime as dt

from kkrdesk.core.enums import label
from kkrdesk.export.xlsx_common import Col, Sheet
from kkrdesk.views.overview import OverviewData, OverviewOptions


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
