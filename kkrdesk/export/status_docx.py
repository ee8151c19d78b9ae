"""The status report for a steering group as a Word document: one section per project
with phase, RAG status, the latest status note, the timeline picture, milestones,
status history, risks, decisions, organisation and financing. Same template and
named styles as the minutes (``docx_template``); text passes through ``clean``.

    export_status(report, "status.docx", template=None)

The pictures are PNG bytes in the read model; ``status_report`` paints them with
``timeline_paint`` (QtGui only, never QtWidgets)."""

from __future__ import annotations

import io
from pathlib import Path

from kkrdesk.core.danish import long_date, month_year, short_date
from kkrdesk.core.enums import MilestoneStatus, Rag, label
from kkrdesk.export import docx_template as T
from kkrdesk.export.docx_blocks import Writer, blocks, clean
from kkrdesk.export.painting import painted
from kkrdesk.views.agenda import DocumentOptions
from kkrdesk.views.projects import MilestoneView, ProjectView, StatusReport

MILESTONE_HEADERS = ("Milepæl", "Planlagt", "Nået", "Status")
MILESTONE_WIDTHS = (0.52, 0.18, 0.14, 0.16)
NOTE_HEADERS = ("Dato", "Status", "Statusnotat")
NOTE_WIDTHS = (0.14, 0.1, 0.76)
RISK_HEADERS = ("Risiko", "Sandsynlighed", "Konsekvens", "Tiltag", "Åben")
RISK_WIDTHS = (0.3, 0.14, 0.13, 0.33, 0.1)
DECISION_HEADERS = ("Dato", "Beslutning", "Truffet af")
DECISION_WIDTHS = (0.14, 0.62, 0.24)


def _planned(m: MilestoneView) -> str:
    if m.planned_on is None:
        return "ikke fastlagt"
    return month_year(m.planned_on) if m.planned_month_only else short_date(m.planned_on)


def _milestone_status(m: MilestoneView, day) -> str:
    """"Forsinket", "Planlagt", "Nået 18-06-2025": what was reached is dated (or says
    that its date was never given)."""
    if m.is_overdue(day):
        return "Forsinket"
    if m.status == MilestoneStatus.REACHED or (m.actual_on and m.status != MilestoneStatus.CANCELLED):
        return f"Nået {short_date(m.actual_on)}" if m.actual_on else "Nået (dato ikke angivet)"
    return label(m.status)


def contradiction(p: ProjectView, day) -> str:
    """A warning when the latest status is green while milestones are late ("" else): a
    steering group should not read "Grøn" over a row of red diamonds without a word."""
    late = p.overdue(day)
    if p.rag != Rag.GREEN or not late:
        return ""
    open_ = [m for m in p.milestones if not m.is_done]
    share = (f"alle {len(open_)} udestående milepæle er forsinket" if len(late) == len(open_)
             else f"{len(late)} af {len(open_)} udestående milepæle er forsinket")
    return (f"Status er grøn (pr. {short_date(p.latest.noted_on)}), men {share}. "
            "Statusnotatet bør opdateres.")


def _head(w: Writer, p: ProjectView, day, first: bool) -> None:
    head = w.para(T.HEADING, clean(p.name))
    head.paragraph_format.page_break_before = not first
    latest = p.latest
    w.info("Fase", [label(p.phase)])
    w.info("Status", [f"{label(p.rag)} (pr. {short_date(latest.noted_on)})" if latest
                      else "Ikke angivet"])
    if p.owner:
        w.info("Projektejer", [clean(p.owner)])
    if p.documents:
        w.info("Dokumenter", [", ".join(clean(d) for d in p.documents)])
    if warning := contradiction(p, day):
        w.labelled(T.TEXT, "Bemærk: ", warning)
    for block in blocks(p.description):
        w.para(T.TEXT, block)
    w.para(T.SUBHEADING, "Seneste status")
    if latest:
        for block in blocks(latest.text) or [""]:
            w.para(T.TEXT, block)
    else:
        w.para(T.TEXT, "Der er endnu ikke skrevet et statusnotat.")


def _timeline_and_milestones(w: Writer, p: ProjectView, picture: bytes | None, day) -> None:
    from docx.shared import Emu

    if picture:
        w.para(T.SUBHEADING, "Tidslinje")
        para = w.para(T.TEXT)
        para.add_run().add_picture(io.BytesIO(picture), width=Emu(T.text_width_emu(w.doc)))
    w.para(T.SUBHEADING, "Milepæle")
    if not p.milestones:
        w.para(T.TEXT, "Ingen milepæle registreret.")
        return
    w.table(MILESTONE_HEADERS, ((m.title, _planned(m), short_date(m.actual_on),
                                 _milestone_status(m, day)) for m in p.milestones),
            MILESTONE_WIDTHS)
    late = p.overdue(day)
    if late:
        w.labelled(T.TEXT, "Forsinket: ", ", ".join(clean(m.title) for m in late))


def _records(w: Writer, p: ProjectView) -> None:
    """Status history, risks and decisions: each a table, or a line saying there is none."""
    if len(p.notes) > 1:
        w.para(T.SUBHEADING, "Statushistorik")
        w.table(NOTE_HEADERS, ((short_date(n.noted_on), label(n.rag), n.text)
                               for n in reversed(p.notes)), NOTE_WIDTHS)
    w.para(T.SUBHEADING, "Risici")
    if p.risks:
        w.table(RISK_HEADERS, ((r.title, str(r.probability or "–"), str(r.impact or "–"),
                                r.mitigation, "Åben" if r.is_open else "Lukket") for r in p.risks),
                RISK_WIDTHS)
    else:
        w.para(T.TEXT, "Ingen risici registreret.")
    w.para(T.SUBHEADING, "Beslutninger")
    if p.decisions:
        w.table(DECISION_HEADERS, ((short_date(d.decided_on), d.text, d.decided_by)
                                   for d in p.decisions), DECISION_WIDTHS)
    else:
        w.para(T.TEXT, "Ingen beslutninger registreret.")


def _organisation_and_financing(w: Writer, p: ProjectView, day) -> None:
    if p.groups:
        w.para(T.SUBHEADING, "Organisation")
        for g in p.groups:
            seats = [s for s in g.seats if s.end_date is None or s.end_date > day]
            people = ", ".join(
                f"{clean(s.holder)}" + (f", {clean(s.organisation)}" if s.person_name and s.organisation else "")
                + f" ({label(s.role).lower()})" for s in seats)
            w.labelled(T.BULLET, f"{clean(g.name)}: ", people or "ingen medlemmer")
    if p.financing:
        w.para(T.SUBHEADING, "Finansiering")
        for f in p.financing:
            amount = f"{f.amount_dkk:,.0f} kr.".replace(",", ".") if f.amount_dkk is not None else ""
            bits = [x for x in (clean(f.model), amount, str(f.year) if f.year else "", clean(f.notes)) if x]
            w.labelled(T.BULLET, f"{clean(f.source)}" + (": " if bits else ""), " · ".join(bits))


def _section(w: Writer, p: ProjectView, picture: bytes | None, day, first: bool) -> None:
    _head(w, p, day, first)
    _timeline_and_milestones(w, p, picture, day)
    _records(w, p)
    _organisation_and_financing(w, p, day)


def status_report(title: str, projects, day) -> StatusReport:
    """The report's read model with each project's timeline painted (QtGui, offscreen)."""
    from kkrdesk.export.timeline_paint import timeline_data, timeline_png

    # "whole": the project's own dates; a today far beyond them is an arrow at the edge,
    # not a stretch of empty axis
    pictures = painted(lambda: tuple(timeline_png(timeline_data(p), day, 960, 340, 2.5,
                                                  span="whole") for p in projects))
    return StatusReport(title, day, tuple(projects), pictures)


def build_status(report: StatusReport, template: str | Path | None = None, author: str = ""):
    doc = T.open_template(template, T.MINUTES_STYLES)
    w = Writer(doc, T.MINUTES_STYLES)
    w.para(T.SENDER, T.NETWORK)
    w.para(T.TITLE, "Statusrapport")
    w.para(T.SUBTITLE, clean(report.title))
    w.info("Dato", [long_date(report.day)])
    names = [clean(p.name) for p in report.projects]
    w.info("Projekter", names or ["Ingen"])
    for n, (p, pic) in enumerate(zip(report.projects, report.pictures, strict=True)):
        _section(w, p, pic, report.day, first=n == 0)
    T.set_properties(doc, f"Statusrapport – {clean(report.title)}",
                     f"Status pr. {short_date(report.day)}", author.strip() or DocumentOptions().author)
    return doc


def export_status(report: StatusReport, path: str | Path,
                  template: str | Path | None = None, author: str = "") -> Path:
    """Write the report to ``path`` atomically; ExportError with a Danish reason.
    ``author``: the secretariat as the agenda and referat name it."""
    return T.save(build_status(report, template, author), path)
