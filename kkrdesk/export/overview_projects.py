"""The projects' sheets of the Excel overview: Projekter (phase, RAG, latest status,
next milestone), Milepæle (real date cells; a month-only date is the 1st of its month,
shown as "august 2025", and says so), Projektorganisation (groups, members, roles) and Finansiering."""

from __future__ import annotations

from kkrdesk.core.danish import month_year
from kkrdesk.core.enums import label
from kkrdesk.export.xlsx_common import Col, Month, Sheet
from kkrdesk.views.overview import OverviewData


def _planned(m):
    """The planned date as a cell value: a month-only date shows as its month."""
    return Month(m.planned_on) if m.planned_month_only and m.planned_on else m.planned_on


def project_sheets(data: OverviewData) -> list[Sheet]:
    po = data.projects
    if po is None:
        return []
    today = po.day
    projects = po.projects
    rows = []
    for p in projects:
        latest, nxt = p.latest, p.next_milestone(today)
        rows.append([p.name, label(p.phase), label(p.rag), latest.noted_on if latest else None,
                     latest.text if latest else "", p.owner, p.started_on, ", ".join(p.documents),
                     nxt.title if nxt else "", _planned(nxt) if nxt else None,
                     len(p.overdue(today)), p.description])
    project_cols = [Col("Projekt", max_width=40), Col("Fase"), Col("Status"),
                    Col("Status pr.", "date"), Col("Seneste statusnotat", max_width=60),
                    Col("Projektejer", max_width=30), Col("Start", "date"),
                    Col("Dokumenter", max_width=30), Col("Næste milepæl", max_width=40),
                    Col("Næste milepæl planlagt", "date"), Col("Forsinkede milepæle", "int"),
                    Col("Beskrivelse", max_width=60)]
    ms_cols = [Col("Projekt", max_width=40), Col("Milepæl", max_width=50), Col("Planlagt", "date"),
               Col("Kun måned"), Col("Planlagt (tekst)"), Col("Nået", "date"), Col("Status"),
               Col("Forsinket"), Col("Bemærkning", max_width=60)]
    ms = []
    for p in projects:
        for m in p.milestones:
            text = (month_year(m.planned_on, data.options.lang) if m.planned_month_only else
                    m.planned_on.strftime("%d-%m-%Y")) if m.planned_on else ""
            ms.append([p.name, m.title, _planned(m), "Ja" if m.planned_month_only else "Nej",
                       text, m.actual_on, label(m.status),
                       "Ja" if m.is_overdue(today) else "Nej", m.notes])
    org_cols = [Col("Projekt", max_width=40), Col("Gruppe", max_width=30), Col("Medlem", max_width=32),
                Col("Organisation", max_width=34), Col("Rolle"), Col("Fra", "date"),
                Col("Til", "date"), Col("Har overtaget pladsen efter", max_width=30)]
    org = [[p.name, g.name, s.person_name or s.organisation, s.organisation, label(s.role),
            s.start_date, s.end_date, s.replaces_name]
           for p in projects for g in p.groups for s in g.seats]
    fin_cols = [Col("Projekt", max_width=40), Col("Kilde", max_width=30), Col("Model", max_width=30),
                Col("Beløb (kr.)", "int"), Col("År", "int"), Col("Bemærkning", max_width=60)]
    fin = [[p.name, f.source, f.model, float(f.amount_dkk) if f.amount_dkk is not None else None,
            f.year, f.notes] for p in projects for f in p.financing]
    return [Sheet("Projekter", "tblProjekter", project_cols, rows),
            Sheet("Milepæle", "tblMilepaele", ms_cols, ms),
            Sheet("Projektorganisation", "tblProjektorganisation", org_cols, org),
            Sheet("Finansiering", "tblFinansiering", fin_cols, fin)]
