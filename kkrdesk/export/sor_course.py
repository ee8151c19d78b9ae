"""The course of the SOR proposals in the Word summary: their dated steps and the
consultation rounds. Proposals sent together share one course; it is written once
("Forløb og høringsrunder"), with each round's proposals by number and the answers given
to a whole round, instead of the same tables under every proposal; a proposal whose
steps differ gets its own."""

from __future__ import annotations

from kkrdesk.core import sor_rules
from kkrdesk.core.danish import join_and, short_date
from kkrdesk.core.enums import SorStatus, label
from kkrdesk.export import docx_template as T
from kkrdesk.export.docx_blocks import Writer, clean
from kkrdesk.views.sor import ProposalView, RoundView, SorOverview

HISTORY_HEADERS = ("Dato", "Status", "Bemærkning")
HISTORY_WIDTHS = (0.14, 0.22, 0.64)
ROUND_HEADERS = ("Høringsrunde", "Forslag", "Modtagere", "Sendt", "Frist", "Besvaret")
ROUND_WIDTHS = (0.25, 0.1, 0.25, 0.13, 0.13, 0.14)


def status(value: SorStatus, on) -> str:
    text = label(value)
    return f"{text} ({sor_rules.release_name(on)})" if value == SorStatus.RELEASED and on else text


def steps(p: ProposalView) -> tuple:
    """The proposal's steps as they read in the table: what two proposals share."""
    return tuple(_rows(p))


def shared_course(proposals) -> tuple | None:
    """The course most proposals have step for step (two or more of them, or the only
    one), or None when no two share one."""
    groups: dict[tuple, int] = {}
    for p in proposals:
        groups[steps(p)] = groups.get(steps(p), 0) + 1
    course, count = max(groups.items(), key=lambda kv: kv[1])
    return course if count >= 2 or len(proposals) == 1 else None


def _rows(p: ProposalView) -> list[tuple[str, str, str]]:
    by_id = {h.id: h for h in p.history}
    rows = []
    for h in p.history:
        note = clean(h.note)
        if h.corrects_id in by_id:
            note = f"Rettelse af »{label(by_id[h.corrects_id].status)}«" + (f": {note}" if note else "")
        if h.corrected:
            note = (note + " " if note else "") + "(rettet senere)"
        rows.append((short_date(h.changed_on), status(h.status, h.changed_on), note))
    return rows


def history_table(w: Writer, p: ProposalView, heading: str) -> None:
    w.para(T.SUBHEADING, heading)
    w.table(HISTORY_HEADERS, _rows(p), HISTORY_WIDTHS)


def _numbers(r: RoundView, o: SorOverview) -> str:
    numbers = [str(n) for n, p in enumerate(o.proposals, start=1) if p.id in r.proposal_ids]
    return ", ".join(numbers) if len(numbers) < len(o.proposals) or len(numbers) == 1 else (
        f"1–{len(numbers)}")


def _answer(r: RoundView) -> str:
    """The Besvaret cell in the words of the Høringsrunder pane: SDS answers a round by
    deciding every proposal in it, not with a reply of its own."""
    if r.answered_on:
        return short_date(r.answered_on)
    return "Afgjort af SDS" if r.decided else "Ikke besvaret"


def _recipients(r: RoundView) -> str:
    """One recipient per line: a list joined with commas can wrap inside a long name and
    leave a comma first on the next line."""
    return "\n".join(clean(x) for x in r.recipients if clean(x)) or clean(r.recipient)


def course_section(w: Writer, o: SorOverview, shared: tuple | None) -> None:
    """"Forløb og høringsrunder": the shared steps (when the proposals share them) and
    every round once, with the proposals it asked about and its round-wide answers."""
    if shared is None and not o.rounds:
        return
    w.para(T.HEADING, "Forløb og høringsrunder")
    if shared is not None:
        sharing = [str(n) for n, p in enumerate(o.proposals, start=1) if steps(p) == shared]
        heading = ("Forløb" if len(o.proposals) == 1 else "Fælles forløb for alle forslag"
                   if len(sharing) == len(o.proposals) else
                   f"Fælles forløb for forslag {join_and(sharing)}")
        w.para(T.SUBHEADING, heading)
        w.table(HISTORY_HEADERS, shared, HISTORY_WIDTHS)
    if o.rounds:
        w.para(T.SUBHEADING, "Høringsrunder")
        w.table(ROUND_HEADERS, ((r.title, _numbers(r, o), _recipients(r), short_date(r.sent_on),
                                 short_date(r.deadline), _answer(r)) for r in o.rounds),
                ROUND_WIDTHS)
    for r in o.rounds:
        whole = [x for x in r.responses if x.proposal_id is None]
        for x in whole:
            day = f" ({short_date(x.received_on)})" if x.received_on else ""
            w.labelled(T.BODY, f"{clean(x.respondent)}{day}, {clean(r.title)}: ",
                       clean(x.text) or "(uden tekst)")
