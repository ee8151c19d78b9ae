"""The shapes issue 20 lists, each in a few lines as other people write them, with what a
person reading them expects (written out here by hand): list shapes, times, tables,
presenters, kinds, sub-items, outcomes, and texts that are no agenda."""

from __future__ import annotations

import pytest

from kkrdesk.cli import main
from kkrdesk.core.enums import ItemKind
from kkrdesk.imports.agenda_parser import parse_lines
from kkrdesk.imports.parsed_agenda import slots

K = ItemKind


def _titles(agenda):
    return [i.title for i in agenda.items]


def _starts(agenda):
    when = slots(agenda)
    return [f"{when[id(i)][0] // 60:02d}.{when[id(i)][0] % 60:02d}" for i in agenda.items]


def _who(item):
    return [(p.name, p.organisation) for p in item.presenters]


@pytest.mark.parametrize("lines,titles", [
    (["- Velkomst", "- Godkendelse af referat", "- Budget", "- Eventuelt"],
     ["Velkomst", "Godkendelse af referat", "Budget", "Eventuelt"]),
    (["Dagsorden", "1 Valg af dirigent", "2 Beretning", "3 Valg af revisor", "4 Eventuelt"],
     ["Valg af dirigent", "Beretning", "Valg af revisor", "Eventuelt"]),
    (["Punkt 1: Godkendelse af dagsorden", "Punkt 2: Budget", "Punkt 3: Eventuelt"],
     ["Godkendelse af dagsorden", "Budget", "Eventuelt"]),
    (["9.Valg af revisor", "10.Fastsættelse af kontingent", "11.Eventuelt"],
     ["Valg af revisor", "Fastsættelse af kontingent", "Eventuelt"]),
    (["## Dagsorden", "#### 1. Velkomst", "#### 2. Temaer", "#### 3. Eventuelt"], ["Velkomst", "Temaer", "Eventuelt"]),
])
def test_list_shapes_without_the_usual_punctuation(lines, titles):
    assert _titles(parse_lines(lines)) == titles


def test_times_in_brackets_durations_leading_the_line_and_names_in_brackets():
    agenda = parse_lines(["[16:45-16:50] **Velkomst**", "[16:50-17:20] **Budget**",
                          "* 15 min - Status på projektet [Anna Berg]", "* 10 min - Eventuelt"])
    assert _titles(agenda) == ["Velkomst", "Budget", "Status på projektet", "Eventuelt"]
    assert [i.duration_min for i in agenda.items] == [5, 30, 15, 10]
    assert _who(agenda.items[2]) == [("Anna Berg", "")]


def test_comma_times():
    agenda = parse_lines(["19,00 – 19,15 Velkomst", "19,15 – 19,45 Oplæg", "19,45 – 20,00 Pause"])
    assert _titles(agenda) == ["Velkomst", "Oplæg", "Pause"]
    assert _starts(agenda) == ["19.00", "19.15", "19.45"]
    assert [i.duration_min for i in agenda.items] == [15, 30, 15]


def test_a_time_range_on_its_own_line_after_its_title():
    """A table flattened to one cell a line: the point, its title, then its time."""
    agenda = parse_lines(["Dagsorden", "", "Pkt. 1", "", "Godkendelse af dagsorden", "", "18.30-18.40", "",
                          "Pkt. 2", "", "Spørgsmål fra salen", "", "18.40-19.10", "", "Pkt. 3", "", "Eventuelt",
                          "", "19.10-19.20"])
    assert _titles(agenda) == ["Godkendelse af dagsorden", "Spørgsmål fra salen", "Eventuelt"]
    assert _starts(agenda) == ["18.30", "18.40", "19.10"]
    assert [i.duration_min for i in agenda.items] == [10, 30, 10]


@pytest.mark.parametrize("header,start", [
    ("Bestyrelsesmøde tirsdag kl. 09:00 - 11:00", "09.00"), ("Generalforsamling kl 20 i klubhuset", "20.00"),
    ("Board meeting, Thursday at 6:30 PM", "18.30"), ("Møde 12. marts, kl. 1740-1950", "17.40"),
])
def test_the_meetings_start_in_its_header_starts_the_first_item(header, start):
    agenda = parse_lines([header, "", "Dagsorden", "1. Godkendelse af dagsorden", "2. Budget", "3. Eventuelt"])
    assert _starts(agenda)[0] == start


def test_durations_after_the_title_leave_the_title():
    agenda = parse_lines(["1. Velkomst (5 min)", "2. Oplæg om budget (~20 minutes)", "3. Debat 15 min.",
                          "4. Eventuelt"])
    assert _titles(agenda) == ["Velkomst", "Oplæg om budget", "Debat", "Eventuelt"]
    assert [i.duration_min for i in agenda.items][:3] == [5, 20, 15]


def test_a_table_pasted_from_word_is_one_item_per_row_with_its_columns():
    agenda = parse_lines(["Start\tMin.\tSlut\tPunkt\tAnsvarlig", "10.00\t10\t10.10\tVelkomst\tAnna Berg",
                          "10.10\t30\t10.40\tBudget 2026\tBo Hansen, KL", "10.40\t5\t10.45\tEventuelt\t"])
    assert _titles(agenda) == ["Velkomst", "Budget 2026", "Eventuelt"]
    assert [i.duration_min for i in agenda.items] == [10, 30, 5]
    assert [_who(i) for i in agenda.items] == [[("Anna Berg", "")], [("Bo Hansen", "KL")], []]


def test_a_programme_of_full_lines_is_not_merged_into_one_item():
    """PDF text keeps no blank lines: lines as long as the page is wide, each with its own
    presenter, are items of their own (main joined them all into the first)."""
    lines = ["Program"] + [f"Oplæg nummer {k} om digital sundhed og samarbejde i kommunerne v. Anna Berg, KL"
                           for k in range(1, 8)]
    agenda = parse_lines(lines)
    assert _titles(agenda) == [f"Oplæg nummer {k} om digital sundhed og samarbejde i kommunerne" for k in range(1, 8)]
    assert all(_who(i) == [("Anna Berg", "KL")] for i in agenda.items)


def test_presenters_as_people_write_them():
    agenda = parse_lines([
        "1. Beretning v/ Foreningens formand, Anna Berg", "2. Kaffe ved Kirken",
        "3. Status på projektet (Bo Hansen, Region Sjælland)", "4. Oplæg om økonomi", "Oplæg: Carl Holm",
        "5. Eventuelt", "v./ Dorte Lund"])
    assert [_who(i) for i in agenda.items] == [
        [("Anna Berg", "")], [], [("Bo Hansen", "Region Sjælland")], [("Carl Holm", "")], [("Dorte Lund", "")]]
    assert agenda.items[1].title == "Kaffe ved Kirken"


@pytest.mark.parametrize("line,kind", [
    ("Budget (B)", K.DECISION), ("Årshjul (D)", K.DISCUSSION), ("Nyt fra KL (O)", K.ANNOUNCEMENT),
    ("Ny strategi til beslutning", K.DECISION), ("Decision: new chair", K.DECISION), ("Frokost", K.BREAK),
    ("Lunch", K.BREAK), ("Morning coffee break", K.BREAK), ("Bevertning", K.BREAK), ("Evt", K.ANY_OTHER_BUSINESS),
    ("Övriga frågor", K.ANY_OTHER_BUSINESS), ("AOB", K.ANY_OTHER_BUSINESS), ("Approval of the agenda", K.DECISION),
    ("Godkendelse af dagsorden", K.DECISION), ("Verksamhetsberättelse", K.ANNOUNCEMENT),
])
def test_kinds_in_other_words_and_languages(line, kind):
    agenda = parse_lines(["Agenda", f"1. Velkomst", f"2. {line}", "3. Afslutning"])
    assert agenda.items[1].kind == kind


def test_sub_items_indented_or_lettered_are_sub_items_and_a_colon_swallows_nothing():
    agenda = parse_lines(["1. Formalia", "   1. Valg af dirigent", "   2. Valg af referent", "2. Valg:",
                          "A) Formand", "B) Kasserer", "3. Budget", "a. Drift", "b. Anlæg", "4. Eventuelt"])
    assert _titles(agenda) == ["Formalia", "Valg", "Budget", "Eventuelt"]
    assert [[c.title for c in i.children] for i in agenda.items] == [
        ["Valg af dirigent", "Valg af referent"], ["Formand", "Kasserer"], ["Drift", "Anlæg"], []]


def test_an_outcome_written_after_the_title_is_its_description():
    agenda = parse_lines(["Referat", "1. Godkendelse af referat – godkendt", "2. Budget 2026 – udsat", "3. Eventuelt"])
    assert _titles(agenda) == ["Godkendelse af referat", "Budget 2026", "Eventuelt"]
    assert agenda.items[1].description == "udsat"


@pytest.mark.parametrize("text", [
    "Marengs lagkage\n\n4 æggehvider\n2 kopper sukker\n1 kop kokos\n\nFyld:\nflødeskum\nmørk chokolade",
    "Spillemænd\n\n1. Til hende stod mine tanker hver en sommerlys nat;\n2. men vejen den bar til elven\n"
    "3. i det duggede orekrat.\n4. Hej, kender du gru og sange, kan du kogle den dejliges sind",
    "Indkøb\n- 2 kg mel\n- 3 pakker smør\n- 1 l mælk\n- 12 æg\n- 500 g sukker",
    "Kære alle\n\nTak for et godt møde i går. Vi ses igen efter sommerferien, hvor vi tager fat på budgettet.",
    "år;fangst;prognose\n2019;1200;1100\n2020;1300;1250\n2021;1280;1300\n2022;1400;1350",
])
def test_texts_that_are_no_agenda_are_refused_with_a_reason(text, demo_path, tmp_path, capsys):
    """Through the command line's dry run: refused with one Danish sentence, exit 1."""
    source = tmp_path / "tekst.txt"
    source.write_text(text, encoding="utf-8")
    assert main(["import", "agenda", "--db", str(demo_path), str(source), "--dry-run"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(("kkrdesk: Teksten ligner ikke en dagsorden: ", "kkrdesk: Teksten indeholder ingen"))
    assert err.count("\n") == 1
