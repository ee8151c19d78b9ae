"""A Word summary of the chosen SOR proposals for Sundhedsdatastyrelsen (SDS), from the
same template and styles as the minutes:

    export_sor_summary(overview, "sor.docx", template=None)

A short table of the proposals, then one section per proposal: kind, current name and
code, proposed name, related codes and status; its definition text, rationale and open
questions; its dated history and its consultation rounds. Internal notes stay out."""

from __future__ import annotations

from pathlib import Path

from kkrdesk.core import sor_rules
from kkrdesk.core.danish import long_date, short_date
from kkrdesk.core.enums import SorStatus, label
from kkrdesk.export import docx_template as T
from kkrdesk.export.atomic import ExportError
from kkrdesk.export.docx_blocks import Writer, blocks, clean
from kkrdesk.views.agenda import DocumentOptions
from kkrdesk.views.sor import ProposalView, RoundView, SorOverview

SUMMARY_HEADERS = ("Nr.", "Forslag", "Type", "Status", "Siden")
SUMMARY_WIDTHS = (0.06, 0.44, 0.18, 0.17, 0.15)
HISTORY_HEADERS = ("Dato", "Status", "Bemærkning")
HISTORY_WIDTHS = (0.14, 0.22, 0.64)
ROUND_HEADERS = ("Høringsrunde", "Modtagere", "Sendt", "Frist", "Besvaret")
ROUND_WIDTHS = (0.28, 0.30, 0.13, 0.13, 0.16)


def _status(status: SorStatus, on) -> str:
    text = label(status)
    return f"{text} ({sor_rules.release_name(on)})" if status == SorStatus.RELEASED and on else text


def _code(name: str, code: str) -> str:
    name, code = clean(name), clean(code)
    if name and code:
        return f"{name} ({code})"
    return name or code


def _recipients(r: RoundView) -> str:
    """One recipient per line: a list joined with commas can wrap inside a long name and
    leave a comma first on the next line."""
    return "\n".join(clean(x) for x in r.recipients if clean(x)) or clean(r.recipient)


def build_sor_summary(o: SorOverview, template: str | Path | None = None, author: str = ""):
    if not o.proposals:
        raise ExportError("Der er ingen forslag at eksportere.")
    doc = T.open_template(template, T.MINUTES_STYLES)
    w = Writer(doc, T.MINUTES_STYLES)
    w.para(T.SENDER, T.NETWORK)
    w.para(T.TITLE, "SOR-forslag")
    w.para(T.SUBTITLE, "Forslag til nye SOR-enhedstyper og SOR-specialekoder")
    w.info("Dato", [long_date(o.today)])
    w.info("Forslag", [f"{len(o.proposals)}"])
    w.para(T.HEADING, "Oversigt")
    w.table(SUMMARY_HEADERS, (
        (f"{n}.", p.title, label(p.kind), _status(p.status, p.status_since), short_date(p.status_since))
        for n, p in enumerate(o.proposals, start=1)), SUMMARY_WIDTHS)
    for n, p in enumerate(o.proposals, start=1):
        _proposal(w, n, p, [r for r in o.rounds if p.id in r.proposal_ids])
    day = short_date(o.today)
    T.set_properties(doc, f"SOR-forslag – {T.NETWORK} {day}",
                     f"Resumé af {len(o.proposals)} SOR-forslag til Sundhedsdatastyrelsen",
                     author.strip() or DocumentOptions().author)
    return doc


def _proposal(w: Writer, n: int, p: ProposalView, rounds: list[RoundView]) -> None:
    w.para(T.HEADING, f"{n}. {clean(p.title) or '(uden titel)'}")
    w.labelled(T.TEXT, "Type: ", label(p.kind))
    if current := _code(p.current_name, p.concept_code):
        w.labelled(T.TEXT, "Nuværende navn og kode: ", current)
    if clean(p.proposed_name):
        w.labelled(T.TEXT, "Foreslået navn: ", clean(p.proposed_name))
    if p.related_codes:
        w.labelled(T.TEXT, "Relaterede koder: ", ", ".join(p.related_codes.split()))
    since = f" siden {short_date(p.status_since)}" if p.status_since else ""
    w.labelled(T.TEXT, "Status: ", _status(p.status, p.status_since) + since)
    for heading, text in (("Definition", p.definition), ("Begrundelse", p.rationale),
                          ("Åbne spørgsmål", p.open_questions)):
        parts = blocks(text)
        if parts:
            w.para(T.SUBHEADING, heading)
            for block in parts:
                w.para(T.BODY, block)
    w.para(T.SUBHEADING, "Forløb")
    by_id = {h.id: h for h in p.history}
    rows = []
    for h in p.history:
        note = clean(h.note)
        if h.corrects_id in by_id:
            note = f"Rettelse af »{label(by_id[h.corrects_id].status)}«" + (f": {note}" if note else "")
        if h.corrected:
            note = (note + " " if note else "") + "(rettet senere)"
        rows.append((short_date(h.changed_on), _status(h.status, h.changed_on), note))
    w.table(HISTORY_HEADERS, rows, HISTORY_WIDTHS)
    if rounds:
        w.para(T.SUBHEADING, "Høringsrunder")
        w.table(ROUND_HEADERS, (
            (r.title, _recipients(r), short_date(r.sent_on), short_date(r.deadline),
             _answer(r)) for r in rounds), ROUND_WIDTHS)


def _answer(r: RoundView) -> str:
    """The Besvaret cell in the words of the Høringsrunder pane: SDS answers a round by
    deciding every proposal in it, not with a reply of its own."""
    if r.answered_on:
        return short_date(r.answered_on)
    return "Afgjort af SDS" if r.decided else "Ikke besvaret"


def export_sor_summary(o: SorOverview, path: str | Path, template: str | Path | None = None,
                       author: str = "") -> Path:
    """Write the summary to ``path`` atomically; ExportError (Danish) leaves any earlier
    file as it was. ``author``: the secretariat as the agenda and referat name it."""
    return T.save(build_sor_summary(o, template, author), path)
