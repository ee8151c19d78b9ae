"""The meetings' sheets of the overview workbook: Møder (date, status, chair, referent
and the referat's lifecycle) and Opfølgning (every action item across meetings, open
ones first, Hvornår as a date cell so overdue ones can be filtered)."""

from __future__ import annotations

from kkrdesk.export.xlsx_common import Col, Sheet
from kkrdesk.views.overview import OverviewData


def meeting_sheets(data: OverviewData) -> list[Sheet]:
    mo = data.meetings
    if mo is None:
        return []
    meeting_cols = [Col("Dato", "date"), Col("Titel", max_width=40), Col("Status"),
                    Col("Sted", max_width=34), Col("Mødeleder", max_width=28),
                    Col("Referent", max_width=28), Col("Referat"), Col("Udsendt", "date"),
                    Col("Godkendt", "date"), Col("Godkendt på mødet", "date")]
    meetings = [[m.date, m.title, m.status, m.place, m.chair, m.referent, m.minutes_status,
                 m.minutes_sent_on, m.minutes_approved_on, m.approved_by_meeting]
                for m in mo.meetings]
    action_cols = [Col("Møde", "date"), Col("Punkt", max_width=44), Col("Hvad", max_width=60),
                   Col("Hvem", max_width=28), Col("Hvornår", "date"), Col("Status"),
                   Col("Lukket", "date")]
    actions = [[a.meeting_date, a.item, a.what, a.who, a.due, a.status, a.closed_on]
               for a in mo.actions]
    return [Sheet("Møder", "tblMoeder", meeting_cols, meetings),
            Sheet("Opfølgning", "tblOpfoelgning", action_cols, actions)]
