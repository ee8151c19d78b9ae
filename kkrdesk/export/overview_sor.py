"""The SOR section of the overview workbook: the proposals (kind, codes, current and
proposed name, current status and the date of each status step as date cells), the
consultation rounds, and the responses. Codes stay text: a SNOMED CT id is never a number."""

from __future__ import annotations

from kkrdesk.core.enums import SorStatus, label
from kkrdesk.export.xlsx_common import Col, Sheet
from kkrdesk.views.overview import OverviewData
from kkrdesk.views.sor import SorOverview, proposal_alerts


def proposal_sheet(o: SorOverview) -> Sheet:
    rounds = {r.id: r for r in o.rounds}
    cols = [Col("Nr.", "int"), Col("Forslag", max_width=48), Col("Type", max_width=22),
            Col("Nuværende navn", max_width=30), Col("Nuværende kode", width=19),
            Col("Foreslået navn", max_width=30), Col("Relaterede koder", max_width=36),
            Col("Status", max_width=24), Col("Status siden", "date"),
            *(Col(label(s), "date") for s in SorStatus),
            Col("Advarsel", max_width=60)]
    rows = []
    for p in o.proposals:
        rows.append([p.id, p.title, label(p.kind), p.current_name, p.concept_code,
                     p.proposed_name, p.related_codes, label(p.status), p.status_since,
                     *(p.step_date(s) for s in SorStatus),
                     "; ".join(proposal_alerts(p, rounds, o.today, o.sds_weeks))])
    return Sheet("SOR-forslag", "tblSorForslag", cols, rows)


def round_sheet(o: SorOverview) -> Sheet:
    titles = {p.id: p.title for p in o.proposals}
    cols = [Col("Høringsrunde", max_width=48), Col("Modtagere", max_width=40),
            Col("Forslag", max_width=60), Col("Sendt", "date"), Col("Frist", "date"),
            Col("Besvaret", "date"), Col("Høringssvar", "int"), Col("Advarsel", max_width=40)]
    rows = [[r.title, ", ".join(r.recipients), "; ".join(titles.get(i, "") for i in r.proposal_ids),
             r.sent_on, r.deadline, r.answered_on, len(r.responses), r.alert(o.today, o.sds_weeks)]
            for r in o.rounds]
    return Sheet("SOR-høringsrunder", "tblSorRunder", cols, rows)


def response_sheet(o: SorOverview) -> Sheet:
    cols = [Col("Høringsrunde", max_width=48), Col("Organisation", max_width=30),
            Col("Modtaget", "date"), Col("Holdning", max_width=26), Col("Gælder", max_width=40),
            Col("Svar", max_width=60)]
    rows = [[r.title, x.respondent, x.received_on, label(x.position) if x.position else "",
             x.proposal_title or "Hele runden", x.text]
            for r in o.rounds for x in r.responses]
    return Sheet("SOR-høringssvar", "tblSorSvar", cols, rows)


def sor_sheets(data: OverviewData) -> list[Sheet]:
    o = data.sor
    if o is None:
        return []
    return [proposal_sheet(o), round_sheet(o), response_sheet(o)]
