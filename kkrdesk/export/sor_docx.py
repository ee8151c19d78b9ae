"""A Word summary of the chosen SOR proposals for Sundhedsdatastyrelsen (SDS), from the
same template and styles as the minutes:

    export_sor_summary(overview, "sor.docx", template=None)

Addressed to SDS in its header. A short table of the proposals; then the course they
share (the dated steps and the consultation rounds, with the answers given to a whole
round) once, not under every proposal; then one section per proposal: kind, current
name and code, proposed name and related codes, each code with its name, status, its
definition, rationale and open questions, the answers (høringssvar) about it, and its
own steps where they differ from the shared course. Internal notes stay out."""

from __future__ import annotations

from pathlib import Path

from kkrdesk.core.danish import join_and, long_date, short_date
from kkrdesk.core.enums import label
from kkrdesk.export import docx_template as T
from kkrdesk.export import sor_course as C
from kkrdesk.export.atomic import ExportError
from kkrdesk.export.docx_blocks import Writer, blocks, clean
from kkrdesk.views.agenda import DocumentOptions
from kkrdesk.views.sor import INACTIVE_NOTE, ProposalView, ResponseView, SorOverview

ADDRESSEE = "SDS – Sundhedsdatastyrelsen"
SUMMARY_HEADERS = ("Nr.", "Forslag", "Type", "Status", "Siden")
SUMMARY_WIDTHS = (0.06, 0.44, 0.18, 0.17, 0.15)


def build_sor_summary(o: SorOverview, template: str | Path | None = None, author: str = ""):
    if not o.proposals:
        raise ExportError("Der er ingen forslag at eksportere.")
    doc = T.open_template(template, T.MINUTES_STYLES)
    w = Writer(doc, T.MINUTES_STYLES)
    w.para(T.SENDER, T.NETWORK)
    w.para(T.TITLE, "SOR-forslag")
    w.para(T.SUBTITLE, "Forslag til nye SOR-enhedstyper og SOR-specialekoder")
    w.info("Til", [ADDRESSEE])
    w.info("Fra", [T.NETWORK])
    w.info("Dato", [long_date(o.today)])
    w.info("Forslag", [f"{len(o.proposals)}"])
    w.para(T.HEADING, "Oversigt")
    w.table(SUMMARY_HEADERS, (
        (f"{n}.", p.title, label(p.kind), C.status(p.status, p.status_since),
         short_date(p.status_since)) for n, p in enumerate(o.proposals, start=1)), SUMMARY_WIDTHS)
    shared = C.shared_course(o.proposals)
    C.course_section(w, o, shared)
    names = dict(o.code_names)
    for n, p in enumerate(o.proposals, start=1):
        _proposal(w, n, p, names, o, shared)
    day = short_date(o.today)
    T.set_properties(doc, f"SOR-forslag – {T.NETWORK} {day}",
                     f"Resumé af {len(o.proposals)} SOR-forslag til Sundhedsdatastyrelsen",
                     author.strip() or DocumentOptions().author)
    return doc


def named(code: str, names: dict[str, str]) -> str:
    """"Hjemmesygepleje (speciale) – 658161000005107"; the bare code when unknown."""
    code = clean(code)
    return f"{names[code]} – {code}" if code in names else code


def _current(p: ProposalView, names: dict[str, str]) -> str:
    """"Hjemmesygepleje – 550621000005101 (Hjemmesygeplejeenhed (enhedstype))": the name
    the proposal uses, and the code's name in the register where that differs."""
    name, code = clean(p.current_name), clean(p.concept_code)
    if not (name and code):
        return name or named(code, names)
    registered = names.get(code, "")
    same = registered.casefold().startswith(name.casefold() + " (") and INACTIVE_NOTE not in registered
    return f"{name} – {code}" + (f" ({registered})" if registered and not same else "")


def _proposal(w: Writer, n: int, p: ProposalView, names: dict[str, str], o: SorOverview,
              shared: tuple | None) -> None:
    w.para(T.HEADING, f"{n}. {clean(p.title) or '(uden titel)'}")
    w.labelled(T.TEXT, "Type: ", label(p.kind))
    if current := _current(p, names):
        w.labelled(T.TEXT, "Nuværende navn og kode: ", current)
    if clean(p.proposed_name):
        w.labelled(T.TEXT, "Foreslået navn: ", clean(p.proposed_name))
    if p.related_codes.split():
        w.labelled(T.TEXT, "Relaterede koder: ",
                   "; ".join(named(c, names) for c in p.related_codes.split()))
    since = f" siden {short_date(p.status_since)}" if p.status_since else ""
    w.labelled(T.TEXT, "Status: ", C.status(p.status, p.status_since) + since)
    for heading, text in (("Definition", p.definition), ("Begrundelse", p.rationale),
                          ("Åbne spørgsmål", p.open_questions)):
        parts = blocks(text)
        if parts:
            w.para(T.SUBHEADING, heading)
            for block in parts:
                w.para(T.BODY, block)
    answers = [x for r in o.rounds if p.id in r.proposal_ids for x in r.responses
               if x.proposal_id == p.id]
    if answers:
        w.para(T.SUBHEADING, "Høringssvar")
        for who, text in grouped(answers):
            w.labelled(T.BODY, f"{who}: ", text)
    if shared is None or C.steps(p) != shared:
        C.history_table(w, p, "Forløb")


def grouped(answers: list[ResponseView]) -> list[tuple[str, str]]:
    """("KKR og KL (30-05-2025)", text): the same answer from several, said once."""
    order: dict[tuple, list[str]] = {}
    for x in answers:
        key = (clean(x.text), x.received_on, x.position)
        order.setdefault(key, []).append(clean(x.respondent))
    out = []
    for (text, day, position), who in order.items():
        extra = [v for v in (short_date(day) if day else "", label(position) if position else "") if v]
        head = join_and(who) + (f" ({', '.join(extra)})" if extra else "")
        out.append((head, text or "(uden tekst)"))
    return out


def export_sor_summary(o: SorOverview, path: str | Path, template: str | Path | None = None,
                       author: str = "") -> Path:
    """Write the summary to ``path`` atomically; ExportError (Danish) leaves any earlier
    file as it was. ``author``: the secretariat as the agenda and referat name it."""
    return T.save(build_sor_summary(o, template, author), path)
