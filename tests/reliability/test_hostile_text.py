"""Hostile text through every service that takes text, and then through every export:
the service stores exactly what ``hostile.kept`` says (or refuses it with a Danish
sentence when it is blank where required or too long), every exported file opens
again (python-docx, openpyxl) and holds the text, and no workbook cell is a formula.

A wing that adds an exporter (SOR, projects) appends an ``Exporter`` to EXPORTERS and,
if it adds fields, a ``Field`` to FIELDS."""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from hostile import LONG, examples, excel_shows, hostile, kept, shown
from reliability.killing import tally
from kkrdesk.core.errors import ValidationError
from kkrdesk.services.agenda import presenters
from kkrdesk.services.agenda import items as agenda
from kkrdesk.services.agenda import meetings
from kkrdesk.services.participants import memberships
from kkrdesk.services.agenda import minutes
from kkrdesk.services.participants import people as participants
from kkrdesk.services.projects import portfolio as projects
from kkrdesk.services.sor import proposals as sor
from kkrdesk.services.database import open_memory
from kkrdesk.views.projects import ProjectFields

JUNE18 = dt.date(2025, 6, 18)
SOAK = int(os.environ.get("KKRDESK_SOAK", "0") or 0) > 1


@dataclass(frozen=True)
class Field:
    name: str
    limit: int           # the most characters the field takes (the product's promise)
    single_line: bool
    required: bool


FIELDS = [
    Field("meeting_title", 200, False, True), Field("place", 300, False, False),
    Field("item_title", 2000, True, True), Field("description", 50_000, False, False),
    Field("notes", 50_000, False, False), Field("decision", 50_000, False, False),
    Field("sub_point", 2000, True, False), Field("presenter", 200, True, False),
    Field("action", 5000, False, True), Field("who", 200, True, False),
    Field("topic", 2000, False, True), Field("person", 200, True, True),
    Field("person_title", 200, True, False), Field("appointed_by", 100, True, False),
    Field("membership_note", 50_000, False, False),
    # SOR proposals
    Field("sor_title", 300, True, True), Field("sor_current_name", 200, True, False),
    Field("sor_proposed_name", 200, True, False), Field("sor_definition", 50_000, False, False),
    Field("sor_rationale", 50_000, False, False), Field("sor_open_questions", 50_000, False, False),
    # projects
    Field("project_name", 300, True, True), Field("project_description", 50_000, False, False),
]
SOR_FIELDS = {"sor_current_name": "current_name", "sor_proposed_name": "proposed_name",
              "sor_definition": "definition", "sor_rationale": "rationale",
              "sor_open_questions": "open_questions"}
BY_NAME = {f.name: f for f in FIELDS}
PLACEHOLDER = "Erstatning"  # used where a required field was refused, so the rest goes on
MAKES_A_ROW = {"appointed_by"}  # refused, it is entered again as PLACEHOLDER too


def _type(store, values: dict[str, str]) -> tuple[int, dict[str, str], set[str]]:
    """Enter ``values`` through the services, one call per field as the window does.
    Returns the meeting id, what must be stored per field, and the refused fields."""
    refused: set[str] = set()
    want: dict[str, str] = {}

    def attempt(name: str, call: Callable[[str], object]):
        f = BY_NAME[name]
        expected = kept(values[name], single_line=f.single_line)
        try:
            result = call(values[name])
        except ValidationError as exc:
            assert (f.required and not expected) or len(expected) > f.limit, \
                f"{name}: {expected[:80]!r} refused: {exc}"
            assert "\n" not in str(exc)
            refused.add(name)
            return call(PLACEHOLDER) if f.required or name in MAKES_A_ROW else None
        assert expected or not f.required
        assert len(expected) <= f.limit, f"{name}: {len(expected)} characters accepted"
        want[name] = expected
        return result

    mid = attempt("meeting_title", lambda t: meetings.create_meeting(store, date=JUNE18, title=t))
    attempt("place", lambda t: meetings.update_meeting(store, mid, place=t))
    iid = attempt("item_title", lambda t: agenda.insert_item(store, mid, title=t))
    for name in ("description", "notes", "decision"):
        attempt(name, lambda t, name=name: agenda.update_item(store, iid, **{name: t}))
    attempt("sub_point", lambda t: agenda.set_sub_points(store, iid, [t]))
    attempt("presenter", lambda t: presenters.set_presenters(store, iid, [presenters.PresenterInput(t)]))
    aid = attempt("action", lambda t: minutes.add_action(store, mid, t))
    attempt("who", lambda t: minutes.update_action(store, aid, who_text=t))
    attempt("topic", lambda t: meetings.add_topic(store, mid, t))
    pid = attempt("person", lambda t: participants.add_person(store, participants.PersonFields(name=t)))
    attempt("person_title", lambda t: participants.update_person(
        store, pid, participants.PersonFields(name=participants.get_person(store, pid).name, title=t)))
    attempt("appointed_by", lambda t: memberships.add_membership(
        store, pid, memberships.MembershipFields(appointed_by=t, start_date=dt.date(2024, 1, 1))))
    mship = memberships.memberships_of_person(store, pid)[0].id
    attempt("membership_note", lambda t: memberships.update_membership(store, mship, memberships.MembershipFields(
        appointed_by=memberships.membership_fields(store, mship).appointed_by,
        start_date=dt.date(2024, 1, 1), notes=t)))
    proposal = attempt("sor_title", lambda t: sor.create_proposal(store, title=t, on=JUNE18))
    for name, column in SOR_FIELDS.items():
        attempt(name, lambda t, column=column: sor.update_proposal(store, proposal, **{column: t}))
    project = attempt("project_name", lambda t: projects.create_project(store, ProjectFields(name=t)))
    attempt("project_description", lambda t: projects.update_project(
        store, project, ProjectFields(name=projects.get_project(store, project).name, description=t)))
    return mid, want, refused


def _stored(store, mid: int) -> dict[str, str]:
    """What the read models give back, per field."""
    d = meetings.get_detail(store, mid)
    item = d.items[0]
    person = participants.list_people(store)[0]
    seat = memberships.memberships_of_person(store, person.id)[0]
    proposal = sor.list_proposals(store)[0]
    project = projects.list_projects(store)[0]
    return {"meeting_title": d.meeting.title, "place": d.meeting.place, "item_title": item.title,
            "description": item.description, "notes": item.notes, "decision": item.decision,
            "sub_point": (item.sub_points or ("",))[0],
            "presenter": item.presenters[0].text if item.presenters else "",
            "action": d.actions[0].what, "who": d.actions[0].who, "topic": d.topics[0].title,
            "person": person.name, "person_title": person.title, "appointed_by": seat.appointed_by,
            "membership_note": seat.notes,
            "sor_title": proposal.title, "project_name": project.name,
            "project_description": project.description,
            **{name: getattr(proposal, column) for name, column in SOR_FIELDS.items()}}


# -- the exporters ----------------------------------------------------------------------


def docx_text(path: Path) -> str:
    doc = docx.Document(str(path))
    paragraphs = [Paragraph(p, doc).text for p in doc.element.body.iter(qn("w:p"))]
    return shown(" ".join(paragraphs))


def xlsx_text(path: Path) -> str:
    wb = load_workbook(path)
    cells = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate} is a formula"
                if isinstance(cell.value, str):
                    assert not cell.value.startswith("=") or cell.quotePrefix, cell.coordinate
                    cells.append(excel_shows(cell.value))
    return shown(" ".join(cells))


@dataclass(frozen=True)
class Exporter:
    name: str
    write: Callable[[object, int, Path], Path]  # store, meeting id, target file
    read: Callable[[Path], str]                 # the file's text as a reader sees it
    fields: tuple[str, ...]                     # the typed fields the document shows
    cell_limit: int | None = None               # a longer text may end in "…" (Excel's cell)
    compare: Callable[[str], str] = shown        # how the typed text is looked for in read()
    slow_above: int | None = None                # longer texts only in `make soak` (time)


def _agenda(store, mid, path):
    from kkrdesk.export.agenda_docx import export_agenda
    return export_agenda(meetings.get_detail(store, mid), path)


def _minutes(store, mid, path):
    from kkrdesk.export.minutes_docx import export_minutes
    return export_minutes(meetings.get_detail(store, mid), path)


def _pdf(kind: str):
    def write(store, mid, path):
        from kkrdesk.export.pdf_export import export_pdf
        return export_pdf(meetings.get_detail(store, mid), kind, path)
    return write


def latin(text: str) -> str:
    """The letters and digits of ``text`` a PDF's font has (Danish included), in order."""
    return "".join(ch for ch in text if ch.isalnum() and ord(ch) < 0x250)


def _letter_marks(text: str) -> list[tuple[str, bool]]:
    """Each letter and digit the PDF's font has, and whether the text layer must hold
    it. A digit right after a character beyond Latin need not: Qt lays a digit (of no
    script of its own) out in the run of the script before it, so "൹3" can come out as
    two missing-glyph boxes (an unassigned code point before it does not do that); the
    next Latin letter ends the run."""
    out, foreign = [], False
    for ch in text:
        latin_ch = ord(ch) < 0x250
        if latin_ch and ch.isalpha():
            foreign = False
            out.append((ch, True))
        elif latin_ch and ch.isalnum():  # digits, ², ¼
            out.append((ch, not foreign))
        elif not latin_ch and not ch.isspace():
            foreign = True
    return out


def letters(text: str) -> str:
    """What a PDF's text layer gives back for sure: the letters and digits its font
    has, in order; spaces, emoji and scripts without glyphs go (see _letter_marks)."""
    return "".join(ch for ch, sure in _letter_marks(text) if sure)


def _letters_pattern(text: str) -> str:
    return "".join(re.escape(ch) + ("" if sure else "?") for ch, sure in _letter_marks(text))


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    assert len(reader.pages) >= 1
    return latin("".join(page.extract_text() or "" for page in reader.pages))


def _sor(store, mid, path):
    from kkrdesk.export.sor_docx import export_sor_summary
    from kkrdesk.services.overview.gather import sor_overview
    return export_sor_summary(sor_overview(store, JUNE18), path)


def _status(store, mid, path):
    from kkrdesk.export.status_docx import export_status, status_report
    title, chosen = projects.report_projects(store, None)
    return export_status(status_report(title, chosen, JUNE18), path)


def _overview(store, mid, path):
    from kkrdesk.export.overview_xlsx import export_overview
    from kkrdesk.services.overview.gather import overview_data
    export_overview(overview_data(store, include_contact=True), path)
    return Path(path)


EXPORTERS = [
    Exporter("agenda.docx", _agenda, docx_text,
             ("meeting_title", "place", "item_title", "description", "sub_point", "presenter")),
    Exporter("minutes.docx", _minutes, docx_text,
             ("meeting_title", "place", "item_title", "description", "notes", "decision", "sub_point",
              "presenter", "action", "who", "topic")),
    Exporter("overview.xlsx", _overview, xlsx_text,
             ("person", "person_title", "appointed_by", "membership_note", "sor_title",
              "sor_current_name", "sor_proposed_name", "project_name", "project_description"),
             cell_limit=32_767 // 2),
    Exporter("sor.docx", _sor, docx_text, ("sor_title", *SOR_FIELDS)),
    Exporter("status.docx", _status, docx_text, ("project_name", "project_description")),
    # 50,000 characters make a 28-page PDF in about 15 s: only in `make soak`.
    Exporter("agenda.pdf", _pdf("agenda"), pdf_text, ("meeting_title", "item_title", "sub_point"),
             compare=letters, slow_above=5000),
    Exporter("minutes.pdf", _pdf("minutes"), pdf_text, ("item_title", "notes", "decision", "action"),
             compare=letters, slow_above=5000),
]


def _subsequence(want: str, whole: str) -> bool:
    rest = iter(whole)
    return all(ch in rest for ch in want)


def holds(whole: str, text: str, ex: Exporter) -> bool:
    want = ex.compare(text)
    if want in whole:
        return True
    if ex.compare is letters and re.search(_letters_pattern(text), whole):
        return True  # with the digits a missing glyph's run may have taken
    if ex.compare is letters and len(want) > 1000:  # over pages: a page's header and footer
        return _subsequence(want, whole)           # come between its parts, in order
    if ex.cell_limit is not None and len(text) > ex.cell_limit:  # cut to fit a cell, marked "…"
        return ex.compare(text[:ex.cell_limit // 2]) in whole and "…" in whole
    return False


def check_everything(values: dict[str, str]) -> None:
    store = open_memory()
    try:
        mid, want, refused = _type(store, values)
        stored = _stored(store, mid)
        for name, text in want.items():
            assert stored[name] == text, f"{name}: stored {stored[name][:80]!r}, typed {text[:80]!r}"
        with tempfile.TemporaryDirectory() as folder:
            longest = max(map(len, want.values()), default=0)
            for ex in EXPORTERS:
                if ex.slow_above and longest > ex.slow_above and not SOAK:
                    continue
                path = ex.write(store, mid, Path(folder) / ex.name)
                whole = ex.read(path)  # opens again, or raises
                assert "\x00" not in whole
                for name in ex.fields:
                    if name in want and want[name]:
                        assert holds(whole, want[name], ex), \
                            f"{ex.name} lacks {name}: {want[name][:80]!r}"
        tally("hostile text", 0, len(values) * (1 + len(EXPORTERS)))
    finally:
        store.close()


field_values = st.fixed_dictionaries({f.name: hostile for f in FIELDS})


@settings(max_examples=examples(8), deadline=None, suppress_health_check=list(HealthCheck))
@given(values=field_values)
@example(values={f.name: "Sören \x00\x1b[31m =SUM(A1) \ud800 \u202eomvendt\u202c 👩\u200d👩\u200d👧 \r\nslut"
                 for f in FIELDS})
@example(values={f.name: LONG[:50_000] for f in FIELDS})
@example(values={f.name: LONG for f in FIELDS})
@example(values={f.name: "\x00\x01\x02 \ufffe" for f in FIELDS})
@example(values={f.name: "ÊM\U000769f3Q\u0d793 og 47" for f in FIELDS})  # found by hypothesis
def test_hostile_text_through_every_service_and_export(qapp, values):
    check_everything(values)


def test_the_expectation_is_the_products_only_by_agreement(monkeypatch):
    """If the product's sanitiser dropped every letter "a", this suite would say so."""
    from kkrdesk.core import validate

    real = validate.strip_controls
    monkeypatch.setattr(validate, "strip_controls", lambda text: real(text).replace("a", ""))
    with pytest.raises(AssertionError):
        check_everything({f.name: "Referat af mødet" for f in FIELDS})
