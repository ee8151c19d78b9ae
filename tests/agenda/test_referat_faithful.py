"""Issue 21, the referat a secretary sends unedited: the demo holds what the seed deck
says and nothing more (its summaries in their items, in its words), the header has a
Sted line, a break takes no number, a draft names what it lacks instead of claiming
"no follow-up agreed", and Word opens the file outside compatibility mode with a clean
navigation tree. Expected texts come from the deck (tests/data/seed_deck.txt) and from
reading the .docx XML, not from the exporter."""

from __future__ import annotations

import datetime as dt
import re
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from locations import DATA

from kkrdesk.core.enums import ItemKind
from kkrdesk.export.agenda_docx import export_agenda
from kkrdesk.export.minutes_docx import export_minutes
from kkrdesk.services.agenda import meetings

D18 = dt.date(2025, 6, 18)
DECK = (DATA / "seed_deck.txt").read_text(encoding="utf-8")


def _deck_words() -> set[str]:
    return {w for w in re.findall(r"\w+", DECK.casefold())}


def _june(store):
    return meetings.get_detail(store, meetings.find_by_date(store, D18).id)


def _lines(path) -> list[str]:
    return [p.text.replace("\u00a0", " ") for p in docx.Document(str(path)).paragraphs]


# -- 2. the demo holds what the deck says ------------------------------------------------


def test_demo_referat_has_no_person_or_text_the_deck_lacks(seed_demo_store):
    d = _june(seed_demo_store)
    m = d.meeting
    assert m.minute_taker_name == ""  # the deck names no referent
    assert d.attendance == ()  # nor who came or sent apologies
    assert d.actions == ()  # nor any action item
    assert m.minutes_sent_on is None  # nor a sending: the referat is a draft
    items = d.flat_items()
    assert all(not i.decision for i in items)  # the deck records no decision
    webinar = next(i for i in items if i.title.startswith("Forslag til afholdelse af webinar"))
    assert (webinar.notes, webinar.description, webinar.proposal) == ("", "", "")
    deck = _deck_words()
    for item in items:  # every word of every summary is a word of the deck
        unknown = {w for w in re.findall(r"\w+", item.notes.casefold())} - deck
        assert not unknown, (item.title, unknown)


def test_demo_items_carry_the_summaries_the_deck_gives_in_its_wording(seed_demo_store):
    notes = {i.title: i.notes for i in _june(seed_demo_store).flat_items()}

    def of(start: str) -> str:
        return next(text for title, text in notes.items() if title.startswith(start))

    assert "fjernet samtykkeboksen" in of("Orientering om etablering af ambassadørkorps")
    assert ("Tilrettet forslag sendt til SDS den 3. juni – foreløbig ikke modtaget svar"
            in of("Opfølgning på behov for nye SOR-enhedstyper"))
    assert "gennemført inden april 2026" in of("Nyt behandlingstilbud til børn og unge")
    fk = of("Aktuel status for FK-OSS")
    assert "44 kommuner valgte at deltage i parathedsanalysen" in fk
    assert "gennemførte" not in " ".join(notes.values())  # the deck says "valgte at deltage i"


def test_demo_referat_document_names_no_one_the_deck_does_not(seed_demo_store, tmp_path):
    text = "\n".join(_lines(export_minutes(_june(seed_demo_store), tmp_path / "r.docx")))
    for invented in ("Referent:", "havde meldt afbud", "Planlægge webinar", "Godkendt.",
                     "Taget til efterretning", "Sekretariatet indstiller"):
        assert invented not in text


# -- 1. Sted, 4. a draft says what it lacks ------------------------------------------------


def test_referat_header_has_a_sted_line(seed_demo_store, demo_store, tmp_path):
    lines = _lines(export_minutes(_june(seed_demo_store), tmp_path / "r.docx"))
    assert "Sted:\tIkke angivet" in lines  # the deck gives no place: the line says so
    mid = meetings.find_by_date(demo_store, D18).id
    meetings.update_meeting(demo_store, mid, place="KL, Weidekampsgade 10, København S")
    lines = _lines(export_minutes(meetings.get_detail(demo_store, mid), tmp_path / "s.docx"))
    assert "Sted:\tKL, Weidekampsgade 10, København S" in lines
    head = lines[:lines.index("Sted:\tKL, Weidekampsgade 10, København S")]
    assert "Dato:\tonsdag d. 18. juni 2025" in head and "Tid:\tkl. 12.00–15.00" in head


def test_a_draft_says_what_is_missing_instead_of_no_follow_up_agreed(seed_demo_store, tmp_path):
    lines = _lines(export_minutes(_june(seed_demo_store), tmp_path / "r.docx"))
    assert lines[1] == "Udkast til referat"
    assert "Mangler:\tsted, referent, fremmøde og beslutning på punkt 8" in lines
    assert "Fremmøde:\tIkke registreret" in lines
    assert "Der blev ikke aftalt nye opfølgningspunkter på mødet." not in lines
    assert "Der er endnu ikke registreret opfølgningspunkter." in lines


def test_a_sent_referat_without_actions_says_none_were_agreed(demo_store, tmp_path):
    """Once sent (the secretary has vouched for it), no action item means none agreed."""
    from kkrdesk.services.agenda import minutes

    mid = meetings.find_by_date(demo_store, D18).id
    for action in meetings.get_detail(demo_store, mid).actions:
        minutes.delete_action(demo_store, action.id)
    lines = _lines(export_minutes(meetings.get_detail(demo_store, mid), tmp_path / "r.docx"))
    assert "Der blev ikke aftalt nye opfølgningspunkter på mødet." in lines
    assert not any(t.startswith("Mangler:") for t in lines)


# -- 3. a break takes no number ----------------------------------------------------------


def test_breaks_are_not_numbered(seed_demo_store, tmp_path):
    d = _june(seed_demo_store)
    assert [(i.number, i.kind == ItemKind.BREAK) for i in d.items][4:7] == [
        ("5", False), ("", True), ("6", False)]
    assert d.items[-1].number == "10"
    doc = docx.Document(str(export_agenda(d, tmp_path / "a.docx")))
    pause = next(p for p in doc.paragraphs if p.text == "Pause")
    num = pause._p.pPr.find(qn("w:numPr"))
    assert num is not None and num.find(qn("w:numId")).get(qn("w:val")) == "0"  # off


# -- 6. compatibility mode and navigation pane ---------------------------------------------


def _outline(doc) -> list[tuple[int, str]]:
    """(level, text) of every paragraph Word's navigation pane shows."""
    levels = {}
    for style in doc.styles:
        ppr = style.element.find(qn("w:pPr"))
        el = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
        if el is not None:
            levels[style.name] = int(el.get(qn("w:val")))
    out = []
    for p in doc.paragraphs:
        own = p._p.pPr.find(qn("w:outlineLvl")) if p._p.pPr is not None else None
        level = int(own.get(qn("w:val"))) if own is not None else levels.get(p.style.name)
        if level is not None and level < 9 and p.text.strip():
            out.append((level, p.text))
    return out


@pytest.mark.parametrize("kind", ["agenda", "minutes"])
def test_word_opens_the_file_in_current_mode_with_a_clean_tree(seed_demo_store, tmp_path, kind):
    export = export_agenda if kind == "agenda" else export_minutes
    path = export(_june(seed_demo_store), tmp_path / f"{kind}.docx")
    settings = zipfile.ZipFile(path).read("word/settings.xml").decode("utf-8")
    assert re.search(r'w:name="compatibilityMode"[^>]*w:val="15"', settings)
    tree = _outline(docx.Document(str(path)))
    assert tree[0][0] == 0  # a level-1 heading first: the document's title
    for (before, _), (level, text) in zip(tree, tree[1:]):
        assert level <= before + 1, text  # never a level skipped
    items = [t for level, t in tree if level == 1]
    assert items[0] == "Velkomst" and len(items) == 10
