"""Word agenda and minutes: what a reader of the exported file sees. The helpers at the
top are shared with the other test_export_docx_*.py files."""

from __future__ import annotations

import datetime as dt

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Cm
from sqlalchemy import select

from kkrdesk.core.enums import (
    ActionStatus, AttendanceMode, AttendanceStatus, ItemKind, MeetingStatus,
)
from kkrdesk.export.agenda_docx import export_agenda
from kkrdesk.export.minutes_docx import export_minutes
from kkrdesk.services.agenda import meetings
from kkrdesk.views.agenda import (
    ActionView, AttendanceView, ItemView, MeetingDetail, MeetingSummary, PresenterView,
    TopicView,
)

from docx_reading import (  # noqa: F401 - the other test_export_docx_* files take them here too
    all_paragraphs, flat, index_of, list_formats, para, rows_of, template_style_names, texts,
)

JUNE18 = dt.date(2025, 6, 18)
NOV5 = dt.date(2025, 11, 5)

# -- helpers: a meeting without a database (the exporters are pure functions) ------------


def summary(day=JUNE18, **kw) -> MeetingSummary:
    base = dict(id=1, title="Møde i KKR-digitaliseringsnetværket", date=day,
                start_time=dt.time(12), end_time=dt.time(15), place="", online_url="",
                status=MeetingStatus.HELD, chair_id=1, chair_name="Poul Erik Kristensen")
    return MeetingSummary(**{**base, **kw})


def item_view(number="1", title="Velkomst", *, notes="", decision="", sub_points=(),
              children=(), parent_id=None, duration=10, item_id=1,
              presenters=(("Poul Erik Kristensen", "KL"),)) -> ItemView:
    return ItemView(
        id=item_id, parent_id=parent_id, number=number, title=title, kind=ItemKind.DISCUSSION,
        duration_min=duration, pinned_start=None, start_min=720, end_min=730, gap_before_min=0,
        presenters=tuple(PresenterView(None, n, o) for n, o in presenters),
        sub_points=tuple(sub_points), description="", notes=notes, decision=decision,
        children=tuple(children),
    )


def small_detail(*, title="Velkomst", notes="", decision="", what="Sende referat",
                 who="Sekretariatet", sub_point="Kort præsentationsrunde",
                 attendee="Kristina Farsinsen", topic="Kommunale prøvesvar") -> MeetingDetail:
    """One item with one sub-item (both carrying the texts), one action, one attendee."""
    child = item_view("1.a", title, notes=notes, decision=decision, parent_id=1, duration=0,
                      item_id=2, sub_points=(sub_point,))
    top = item_view("1", title, notes=notes, decision=decision, sub_points=(sub_point,),
                    children=(child,))
    action = ActionView(id=1, meeting_id=1, meeting_date=JUNE18, item_id=1, what=what,
                        who_person_id=None, who=who, due=NOV5, status=ActionStatus.OPEN,
                        closed_on=None)
    person = AttendanceView(person_id=2, name=attendee, organisation="Aalborg Kommune",
                            status=AttendanceStatus.PRESENT, mode=AttendanceMode.IN_PERSON,
                            substitute_for_id=None, substitute_for_name="", is_guest=False,
                            note="")
    return MeetingDetail(
        meeting=summary(), items=(top,), planned_end_min=900, overrun_min=0,
        total_duration_min=10, attendance=(person,), actions=(action,),
        topics=(TopicView(1, topic, NOV5, None),), next_meeting=summary(day=NOV5, id=2),
    )


def add_minutes(store, meeting_id: int) -> None:
    """What the secretary records on 18 June (through the ORM: the minutes services are
    not what is tested here)."""
    from kkrdesk.core.models import ActionItem, Meeting, Person

    with store.transaction() as s:
        m = s.get(Meeting, meeting_id)
        people = {p.name: p for p in s.scalars(select(Person))}
        m.minute_taker = people["Jeanette Jensen"]
        m.place = "KL, Weidekampsgade 10, København S"
        items = {i.title: i for i in m.items}
        welcome = items["Velkomst"]
        welcome.notes = "Poul Erik Kristensen bød velkommen.\n\nDer var en kort præsentationsrunde."
        welcome.decision = "Netværket tog orienteringen til efterretning."
        fk = items["Aktuel status for FK-OSS"]
        fk.notes = "28 kommuner deltager i bølge 2."
        fk.decision = "Taget til efterretning."
        sor = next(i for i in m.items if i.title.startswith("Opfølgning på behov"))
        sor.decision = "Sekretariatet rykker SDS for svar."
        s.add(ActionItem(meeting_id=meeting_id, item_id=sor.id, what="Rykke SDS for svar",
                         who_text="Jeanette Jensen", due=dt.date(2025, 9, 1),
                         status=ActionStatus.OPEN))
        s.add(ActionItem(meeting_id=meeting_id, what="Sende referatet ud",
                         who_text="Sekretariatet", due=dt.date(2025, 6, 25),
                         status=ActionStatus.DONE))
        for a in m.attendance:
            if a.person.name == "Niels Vingborg":
                a.status = AttendanceStatus.APOLOGIES
            elif a.person.name == "Sudarvili Vaithialingam":
                a.status = AttendanceStatus.SUBSTITUTE
                a.substitute_for = people["Niels Vingborg"]
                a.mode = AttendanceMode.ONLINE


@pytest.fixture
def june_detail(demo_store, june18) -> MeetingDetail:
    return meetings.get_detail(demo_store, june18)


@pytest.fixture
def minutes_detail(demo_store, june18) -> MeetingDetail:
    add_minutes(demo_store, june18)
    return meetings.get_detail(demo_store, june18)


@pytest.fixture
def agenda_doc(june_detail, tmp_path):
    return docx.Document(str(export_agenda(june_detail, tmp_path / "dagsorden.docx")))


@pytest.fixture
def minutes_doc(minutes_detail, tmp_path):
    return docx.Document(str(export_minutes(minutes_detail, tmp_path / "referat.docx")))


# -- the agenda ---------------------------------------------------------------------------


def test_agenda_header_says_who_what_when_where(agenda_doc):
    head = texts(agenda_doc)[:8]
    assert head[0] == "KKR-digitaliseringsnetværket" and head[1] == "Dagsorden"
    joined = " ".join(head)
    for expected in ("onsdag d. 18. juni 2025", "kl. 12.00–15.00",
                     "Mødeleder:\tPoul Erik Kristensen, KL"):
        assert expected in joined, expected
    assert "Sted:\tIkke angivet" in joined  # no place known: the line says so (issue 21)


def test_agenda_items_with_slots_titles_presenters_and_sub_points(agenda_doc):
    body = texts(agenda_doc)
    n = body.index("kl. 12.00–12.10")
    assert body[n + 1] == "1.\tVelkomst"
    assert body[n + 2] == "v. Poul Erik Kristensen, KL"
    assert body[n + 3] == "Velkommen til nye deltagere i KKR-digitaliseringsnetværket"
    assert para(agenda_doc, "Kort præsentationsrunde").style.name == "KKR Underpunkt"
    assert para(agenda_doc, "Velkomst").style.name == "KKR Punkt"
    slots = [t for t in body if t.startswith("kl. ") and len(t) == len("kl. 12.00–12.10")]
    assert slots == [
        "kl. 12.00–12.10", "kl. 12.10–12.45", "kl. 12.45–13.00", "kl. 13.00–13.20",
        "kl. 13.20–13.35", "kl. 13.35–13.50", "kl. 13.50–14.05", "kl. 14.05–14.20",
        "kl. 14.20–14.35", "kl. 14.35–14.50", "kl. 14.50–15.00",
    ]
    assert "v. Poul Erik Kristensen, KL og Jeanette Jensen, MedCom" in body


def test_sub_items_sit_under_their_parent_with_their_presenters(agenda_doc):
    parent = index_of(agenda_doc, "2.\tMeddelelser")
    fk = index_of(agenda_doc, "2.a\tAktuel status for FK-OSS")
    last = index_of(agenda_doc, "2.d\tOrientering om forlængelse")
    assert parent < fk < last < index_of(agenda_doc, "3.\tOrientering vedr. rusmiddelområdet")
    assert texts(agenda_doc)[fk + 1] == "v. Sabina Hedefeld Leopold, KOMBIT"
    assert para(agenda_doc, "2.a\t").style.name == "KKR Delpunkt"


def test_the_break_is_shown_plainly(agenda_doc):
    body = texts(agenda_doc)
    n = body.index("Pause")  # not numbered, as in the deck
    assert body[n - 1] == "kl. 13.35–13.50"
    assert para(agenda_doc, "Pause").style.name == "KKR Pause"
    assert body[n + 2] == "6.\tOrientering om etablering af ambassadørkorps og udarbejdelse af " \
        "e-læringsmateriale for Sundhedsjournalen (O)"
    assert not body[n + 1].startswith("v. ")  # no presenter line


def test_next_meeting_closes_the_agenda(agenda_doc):
    body = texts(agenda_doc)
    n = body.index("Næste møde")
    rest = " ".join(body[n:])
    assert "onsdag d. 5. november 2025" in rest and "Kommunale prøvesvar" in rest
    assert "Emner til næste møde" in rest


def test_next_meeting_date_falls_back_to_the_topics_target_date(tmp_path):
    d = small_detail()
    d = MeetingDetail(**{**d.__dict__, "next_meeting": None})
    doc = docx.Document(str(export_agenda(d, tmp_path / "a.docx")))
    assert "Dato:\tonsdag d. 5. november 2025" in texts(doc)


def test_every_paragraph_uses_a_template_style_and_the_page_is_a4(agenda_doc, minutes_doc):
    names = template_style_names()
    for doc in (agenda_doc, minutes_doc):
        used = {p.style.name for p in all_paragraphs(doc)}
        used |= {p.style.name for p in doc.sections[0].footer.paragraphs}
        assert used <= names and all(n.startswith("KKR ") for n in used), used - names
        runs = {r.style.name for p in all_paragraphs(doc) for r in p.runs if r.style is not None}
        assert runs <= names
        section = doc.sections[0]
        assert abs(section.page_width - Cm(21)) < Cm(0.1)
        assert abs(section.page_height - Cm(29.7)) < Cm(0.1)
        assert Cm(1.9) < section.left_margin < Cm(3.1)


def test_footer_numbers_the_pages_and_names_the_document(agenda_doc, minutes_doc):
    for doc, kind in ((agenda_doc, "Dagsorden"), (minutes_doc, "Foreløbigt referat")):
        footer = doc.sections[0].footer._element
        instr = [f.get(qn("w:instr")).split()[0] for f in footer.iter(qn("w:fldSimple"))]
        instr += [t.text.split()[0] for t in footer.iter(qn("w:instrText")) if t.text.strip()]
        assert {"PAGE", "NUMPAGES"} <= set(instr)
        text = "".join(t.text for t in footer.iter(qn("w:t")))
        assert "Side" in text and " af " in text
        assert text.startswith(f"{kind} – KKR-digitaliseringsnetværket 18-06-2025")
        assert doc.core_properties.title.startswith(kind)


# -- the minutes ----------------------------------------------------------------------------


def test_minutes_header_lists_chair_minute_taker_present_and_apologies(minutes_doc):
    body = texts(minutes_doc)
    assert body[1] == "Foreløbigt referat"  # sent 25 June, approved on 5 November
    header = "\n".join(body[:14])
    assert "Sted:\tKL, Weidekampsgade 10, København S" in header
    assert "Mødeleder:\tPoul Erik Kristensen, KL" in header
    assert "Referent:\tJeanette Jensen, MedCom" in header
    present = para(minutes_doc, "Deltagere:").text.split("\t", 1)[1].split("\n")
    assert "Kristina Farsinsen, Aalborg Kommune" in present
    assert ("Sudarvili Vaithialingam, Ringsted Kommune "
            "(stedfortræder for Niels Vingborg, online)") in present
    assert not any("Sabina" in p for p in present)  # guests are named apart
    body = texts(minutes_doc)
    n = body.index("Fremmøde og afbud")
    assert para(minutes_doc, "Fremmøde og afbud").style.name == "KKR Mellemrubrik"
    assert body[n + 1] == ("Niels Vingborg (Roskilde Kommune) havde meldt afbud, og Sudarvili "
                           "Vaithialingam (Ringsted Kommune, online) deltog i stedet.")
    assert body[n + 2].startswith("Som gæster deltog ")
    assert "Sabina Hedefeld Leopold (KOMBIT)" in body[n + 2]
    assert "Afbud:" not in " ".join(body[:n])  # the sentences say it


def test_minutes_carry_notes_and_decisions_under_their_items(minutes_doc):
    body = texts(minutes_doc)
    welcome = body.index("1.\tVelkomst")
    notes = body.index("Poul Erik Kristensen bød velkommen.")
    assert welcome < notes < body.index("Der var en kort præsentationsrunde.")
    decision = para(minutes_doc, "Beslutning: Netværket tog orienteringen til efterretning.")
    assert decision.style.name == "KKR Beslutning"
    assert decision.runs[0].text == "Beslutning: " and decision.runs[0].style.name == "KKR Fremhævet"
    fk = index_of(minutes_doc, "2.a\tAktuel status for FK-OSS")
    assert body[fk + 2] == "Bilag 2.a.1: Status på udrulning af FK OSS, juni 2025.docx"  # the demo's
    assert body[fk + 3] == "28 kommuner deltager i bølge 2."
    assert body[fk + 4] == "Beslutning: Taget til efterretning."
    assert index_of(minutes_doc, "2.b\t") > fk + 4


def test_minutes_action_table(minutes_doc):
    assert "Opfølgningspunkter" in texts(minutes_doc)
    table = minutes_doc.tables[0]
    rows = rows_of(table)
    assert rows[0] == ["Hvad", "Hvem", "Hvornår", "Status"]
    assert ["Rykke SDS for svar", "Jeanette Jensen", "01-09-2025", "Åben"] in rows
    assert ["Sende referatet ud", "Sekretariatet", "25-06-2025", "Lukket"] in rows
    assert table.style.name == "KKR Tabel"


def test_tables_do_not_clip_widths_fill_the_text_width_and_header_repeats(minutes_doc):
    table = minutes_doc.tables[0]
    tbl = table._tbl
    assert tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    widths = [col.w for col in tbl.tblGrid.gridCol_lst]
    section = minutes_doc.sections[0]
    text_width = section.page_width - section.left_margin - section.right_margin
    assert abs(sum(widths) - text_width) < Cm(0.05)
    assert min(widths) >= Cm(1.8)  # "Hvornår" and "05-11-2025" fit without breaking
    for row in table.rows:
        for cell, col_width in zip(row.cells, widths, strict=True):
            assert cell.width == col_width
    first = table.rows[0]._tr
    assert first.trPr is not None and first.trPr.find(qn("w:tblHeader")) is not None


def test_earlier_open_actions_get_their_own_table(demo_store, june18, tmp_path):
    from kkrdesk.core.models import ActionItem

    with demo_store.transaction() as s:
        s.add(ActionItem(meeting_id=june18, what="Følge op på SOR-svar", who_text="MedCom",
                         due=dt.date(2025, 9, 1), status=ActionStatus.IN_PROGRESS))
    nov = meetings.find_by_date(demo_store, NOV5).id
    doc = docx.Document(str(export_minutes(meetings.get_detail(demo_store, nov),
                                           tmp_path / "nov.docx")))
    assert "Der er endnu ikke registreret opfølgningspunkter." in texts(doc)  # a draft
    assert "Åbne opfølgningspunkter fra tidligere møder" in texts(doc)
    rows = rows_of(doc.tables[0])
    assert rows[0] == ["Møde", "Hvad", "Hvem", "Hvornår", "Status"]
    assert ["18-06-2025", "Følge op på SOR-svar", "MedCom", "01-09-2025", "I gang"] in rows


def test_minutes_end_with_next_meeting_and_its_topics(minutes_doc):
    body = texts(minutes_doc)
    n = body.index("Næste møde")
    assert n > index_of(minutes_doc, "Hvad")
    assert "Emner til næste møde" in body[n:] and "Kommunale prøvesvar" in body[n:]
