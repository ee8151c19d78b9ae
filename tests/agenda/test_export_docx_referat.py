"""The Word referat the municipal way: Word's own list numbering, Sagsfremstilling /
Indstilling / Beslutning in their own styles, item kinds (O)/(D)/(B) or written out,
headings kept with what follows, fresh document properties, an overrun noted."""

from __future__ import annotations

import dataclasses
import datetime as dt
import zipfile

import docx
from docx.oxml.ns import qn

from kkrdesk.core.enums import ItemKind
from kkrdesk.export.agenda_docx import export_agenda
from kkrdesk.export.minutes_docx import export_minutes
from kkrdesk.services.agenda import items as agenda
from kkrdesk.services.agenda import meetings
from kkrdesk.views.agenda import DocumentOptions

from test_export_docx import all_paragraphs, para, texts
from conftest import empty_next_meeting

PROPOSAL = "Sekretariatet indstiller, at netværket godkender, at der afholdes et webinar."
CASE = "MedCom har udarbejdet et forslag til et webinar om test af korrespondancemeddelelser."


def _prepare(store, mid) -> int:
    d = meetings.get_detail(store, mid)
    webinar = next(i for i in d.items if i.title.startswith("Forslag til afholdelse af webinar"))
    agenda.update_item(store, webinar.id, description=CASE, proposal=PROPOSAL,
                       decision="Godkendt")
    return webinar.id


def _items(doc):
    return [p for p in all_paragraphs(doc) if p.style.name in ("KKR Punkt", "KKR Delpunkt")]


def test_items_are_numbered_by_a_word_list(demo_store, june18, tmp_path):
    doc = docx.Document(str(export_agenda(meetings.get_detail(demo_store, june18), tmp_path / "a.docx")))
    items = _items(doc)
    assert len(items) == 10 + 4  # ten numbered items (not the break), four sub-items
    ids = set()
    for p in items:
        num = p._p.pPr.numPr
        assert num is not None, p.text
        ids.add(num.numId.val)
        assert num.ilvl.val == (1 if p.style.name == "KKR Delpunkt" else 0)
        assert not p.text[:1].isdigit()  # the number is Word's, not typed
    assert len(ids) == 1  # one list: moving an item in Word renumbers all
    numbering, list_id = doc.part.numbering_part.element, str(ids.pop())
    num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == list_id)
    abstract = next(a for a in numbering.findall(qn("w:abstractNum")) if a.get(qn("w:abstractNumId"))
                    == num.find(qn("w:abstractNumId")).get(qn("w:val")))
    levels = {lvl.get(qn("w:ilvl")): (lvl.find(qn("w:numFmt")).get(qn("w:val")),
                                      lvl.find(qn("w:lvlText")).get(qn("w:val")))
              for lvl in abstract.findall(qn("w:lvl"))}
    assert levels["0"] == ("decimal", "%1.") and levels["1"] == ("lowerLetter", "%1.%2")
    shown = texts(doc)
    assert "Pause" in shown and "2.a\tAktuel status for FK-OSS (O)" in shown
    assert shown[shown.index("Pause") + 2].startswith("6.\tOrientering om etablering af ambassadørkorps")


def test_case_proposal_and_decision_have_their_own_styles(demo_store, june18, tmp_path):
    _prepare(demo_store, june18)
    doc = docx.Document(str(export_minutes(meetings.get_detail(demo_store, june18), tmp_path / "r.docx")))
    body = texts(doc)
    case, proposal = para(doc, CASE), para(doc, PROPOSAL)
    assert case.style.name == "KKR Sagsfremstilling" and proposal.style.name == "KKR Indstilling"
    assert body[body.index(CASE) - 1] == "Sagsfremstilling"
    assert body[body.index(PROPOSAL) - 1] == "Indstilling"
    assert para(doc, "Sagsfremstilling").style.name == "KKR Rubrik"
    decision = para(doc, "Beslutning: Godkendt")
    assert decision.style.name == "KKR Beslutning"
    assert body.index(CASE) < body.index(PROPOSAL) < body.index("Beslutning: Godkendt")
    # the agenda shows the Indstilling, too
    doc = docx.Document(str(export_agenda(meetings.get_detail(demo_store, june18), tmp_path / "a.docx")))
    assert para(doc, PROPOSAL).style.name == "KKR Indstilling"


def test_item_kinds_short_or_written_out(demo_store, june18, tmp_path):
    detail = meetings.get_detail(demo_store, june18)
    short = texts(docx.Document(str(export_agenda(detail, tmp_path / "s.docx"))))
    assert "8.\tForslag til afholdelse af webinar om, hvordan kommuner kan teste " \
           "korrespondancemeddelelser (B)" in short
    assert "7.\tOpfølgning på behov for nye SOR-enhedstyper og SOR-specialekoder (D)" in short
    assert "1.\tVelkomst" in short and "Pause" in short  # no mark on standing items
    long = docx.Document(str(export_agenda(detail, tmp_path / "l.docx",
                                           options=DocumentOptions(kind_marks="long"))))
    title = para(long, "Forslag til afholdelse af webinar")
    assert not title.text.endswith("(B)")
    body = texts(long)
    n = next(i for i, t in enumerate(body) if "Forslag til afholdelse af webinar" in t)
    assert body[n + 1] == "Til beslutning · v. Tom Have Kristensen, Aalborg Kommune"


def test_headings_are_kept_with_what_follows(demo_store, june18, tmp_path):
    from kkrdesk.services.agenda import minutes

    wid = _prepare(demo_store, june18)
    minutes.add_action(demo_store, june18, "Planlægge webinaret", who_text="MedCom", item_id=wid)
    doc = docx.Document(str(export_minutes(meetings.get_detail(demo_store, june18), tmp_path / "r.docx")))
    styles = doc.styles
    for name in ("KKR Tid", "KKR Punkt", "KKR Oplægsholder", "KKR Rubrik", "KKR Delpunkt"):
        assert styles[name].paragraph_format.keep_with_next, name
    paragraphs = all_paragraphs(doc)
    follow = next(i for i, p in enumerate(paragraphs) if p.text.startswith("Opfølgning: Planlægge"))
    assert paragraphs[follow - 1].text == "Beslutning: Godkendt"
    assert paragraphs[follow - 1].paragraph_format.keep_with_next


def test_fresh_document_properties_without_template_leftovers(demo_store, june18, tmp_path):
    out = export_minutes(meetings.get_detail(demo_store, june18), tmp_path / "r.docx",
                         options=DocumentOptions(author="Sekretariatet, KL"))
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        app = z.read("docProps/app.xml").decode("utf-8")
    assert not any(n.startswith("customXml") for n in names)
    assert "Macintosh" not in app and "<Pages>" not in app and "KKR Desk" in app
    props = docx.Document(str(out)).core_properties
    assert props.author == "Sekretariatet, KL" and props.title.startswith("Foreløbigt referat")
    assert props.created.date() == dt.date.today()


def test_overrun_is_noted_where_the_agenda_runs_past_the_end(demo_store, june18, tmp_path):
    d = meetings.get_detail(demo_store, june18)
    aob = d.items[-1]
    agenda.update_item(demo_store, aob.id, duration_min=40)  # 14.50-15.30, meeting ends 15.00
    doc = docx.Document(str(export_agenda(meetings.get_detail(demo_store, june18), tmp_path / "a.docx")))
    body = texts(doc)
    note = body.index("Bemærk: dagsordenen løber her over mødets slut kl. 15.00.")
    assert body.index("10.\tEventuelt") < note
    assert d.meeting.end_time == dt.time(15)
    # an agenda that fits has no such line
    agenda.update_item(demo_store, aob.id, duration_min=10)
    fits = texts(docx.Document(str(export_agenda(meetings.get_detail(demo_store, june18),
                                                  tmp_path / "b.docx"))))
    assert not any(t.startswith("Bemærk: dagsordenen løber") for t in fits)


def test_kind_mark_options_are_plain_data():
    opts = DocumentOptions()
    assert opts.mark(ItemKind.ANNOUNCEMENT) == ("\u00a0(O)", "")  # glued to the title
    assert dataclasses.replace(opts, kind_marks="long").mark(ItemKind.DISCUSSION) == ("", "Til drøftelse")
    assert opts.mark(ItemKind.BREAK) == ("", "")


def test_next_meeting_time_only_once_that_meeting_has_an_agenda(demo_store, june18, tmp_path):
    from kkrdesk.services.agenda import lifecycle as meeting_lifecycle

    def closing(name):
        body = texts(docx.Document(str(export_agenda(meetings.get_detail(demo_store, june18),
                                                      tmp_path / name))))
        return body[body.index("Næste møde"):]

    empty_next_meeting(demo_store)
    before = closing("a.docx")
    assert "Dato:\tonsdag d. 5. november 2025" in before
    assert not any(t.startswith(("Tid:", "Sted:")) for t in before)  # not known yet
    meeting_lifecycle.new_from_previous(demo_store, june18, dt.date(2025, 11, 5))
    after = closing("b.docx")
    assert "Tid:\tkl. 12.00–15.00" in after  # the agenda is planned: its time stands
