"""The agenda parser on the seed's agenda slide (broken lines, times apart from their
titles), on numbered agendas with kind markers, on the ways Danes write times and
presenters; and hypothesis: it never crashes and accounts for every line."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from hypothesis import given, settings, strategies as st

from kkrdesk.core.enums import ItemKind
from kkrdesk.imports.agenda_parser import parse_lines, parse_text
from kkrdesk.imports.parsed_agenda import slots
from agenda_import_helpers import (
    ANNOUNCEMENTS, NUMBERED, PRESENTERS, SEED_SLIDE, SLOTS, SUB_POINTS, TITLES, minutes, seed_text,
)

K = ItemKind


def _who(item):
    return [(p.name, p.organisation) for p in item.presenters]


def test_the_seed_agenda_slide_becomes_the_18_june_agenda():
    agenda = parse_text(seed_text())
    assert [i.title for i in agenda.items] == TITLES
    when = slots(agenda)
    assert [when[id(i)] for i in agenda.items] == [(minutes(a), minutes(b)) for a, b in SLOTS]
    assert [_who(i) for i in agenda.items] == PRESENTERS
    meddelelser = agenda.items[1]
    assert [(c.title, _who(c)) for c in meddelelser.children] == [(t, [w]) for t, w in ANNOUNCEMENTS]
    assert all(c.kind == K.ANNOUNCEMENT for c in meddelelser.children)
    assert {k: [p.text for p in agenda.items[k].sub_points] for k in range(11)
            if agenda.items[k].sub_points} == SUB_POINTS
    assert agenda.next_meeting_date == dt.date(2025, 11, 5)
    assert [i.kind for i in agenda.items][:3] == [K.WELCOME, K.ANNOUNCEMENT, K.ANNOUNCEMENT]
    assert (agenda.items[5].kind, agenda.items[10].kind) == (K.BREAK, K.ANY_OTHER_BUSINESS)
    assert agenda.unread == []


def _shape(agenda):
    return [(i.title, i.kind, i.duration_min, _who(i), [p.text for p in i.sub_points],
             [(c.title, _who(c)) for c in i.children]) for i in agenda.items], agenda.next_meeting_date


@pytest.mark.parametrize("name,width", [("seed", w) for w in (35, 45, 55, 65, 75, 85)]
                         + [("numbered", w) for w in (35, 45, 55)])
def test_pdf_style_text_broken_where_the_line_was_full_gives_the_same_agenda(name, width):
    """PDF text keeps neither soft line breaks nor blank lines: titles, names and
    organisations are broken anywhere, without the slide's trailing spaces."""
    text = seed_text() if name == "seed" else NUMBERED
    broken = [part for line in text.split("\n") for part in textwrap.wrap(line, width)]
    assert len(broken) > len([x for x in text.split("\n") if x.strip()])  # something was broken
    agenda = parse_lines(broken)
    assert _shape(agenda) == _shape(parse_text(text)) and agenda.unread == []


def test_times_that_stood_apart_from_their_titles_are_paired_in_order_and_say_so():
    agenda = parse_text(seed_text())
    paired = [i.title for i in agenda.items if any("parret" in d for d in i.doubts)]
    assert paired == [TITLES[3], TITLES[4], TITLES[9], TITLES[10]]
    lines = seed_text().split("\n")
    masking = agenda.items[3]
    assert sorted(lines[n].strip() for n in masking.lines) == sorted(
        ["13:00 – 13:20", lines[masking.lines[-1]].strip()])
    assert "Aalborg" in lines[agenda.items[8].lines[0]] and lines[agenda.items[8].lines[1]] == "Kommune"


def test_a_numbered_agenda_with_kind_markers_and_no_times():
    agenda = parse_text(NUMBERED)
    assert [(i.title, i.kind) for i in agenda.items] == [
        ("Godkendelse af dagsorden", K.DECISION), ("Meddelelser fra formanden", K.ANNOUNCEMENT),
        ("Drøftelse af netværkets årshjul", K.DISCUSSION),
        ("Behandling af høringssvar om SOR-enhedstyper", K.DECISION),
        ("Pause", K.BREAK), ("Erfaringer med dosispakket medicin", K.ANNOUNCEMENT),
        ("Eventuelt", K.ANY_OTHER_BUSINESS)]
    assert [i.duration_min for i in agenda.items] == [15, 15, 15, 20, 15, 15, 10]
    flagged = [i.title for i in agenda.items if any("Ingen tid" in d for d in i.doubts)]
    assert "Behandling af høringssvar om SOR-enhedstyper" not in flagged and len(flagged) == 6
    when = slots(agenda)
    assert when[id(agenda.items[1])] == (12 * 60 + 15, 12 * 60 + 30)  # 12.00 by default


def test_the_ways_times_are_written():
    agenda = parse_lines([
        "kl. 9.00 til 9.30 Morgenmad", "9:30-10:15 Oplæg v. Anne Hansen, Aarhus Kommune",
        "10.15 – 10.30: Pause", "Kl. 10.30—11.00 Eventuelt",
    ])
    assert [(i.title, i.start_min, i.end_min, i.duration_min) for i in agenda.items] == [
        ("Morgenmad", 540, 570, 30), ("Oplæg", 570, 615, 45), ("Pause", 615, 630, 15),
        ("Eventuelt", 630, 660, 30)]


def test_start_times_only_take_their_duration_from_the_next_start():
    agenda = parse_lines(["13.00 Velkomst", "13.20 Drøftelse af budget", "14.00 Eventuelt"])
    assert [i.duration_min for i in agenda.items] == [20, 40, 10]
    assert any("Ingen tid" in d for d in agenda.items[2].doubts)


def test_presenters_several_people_groups_and_a_name_broken_over_two_lines():
    agenda = parse_lines([
        "1. Status på FK-OSS ved Sabina Hedefeld Leopold, KOMBIT og Jeanette Jensen, MedCom",
        "2. Meddelelser v. KOMBIT og MedCom",
        "3. Nyt fra regionen v. Poul Erik",
        "Kristensen, KL",
        "4. Eventuelt v. alle",
        "5. Social- og Boligstyrelsens udspil (Anne Hansen, Region Midtjylland)",
    ])
    assert [_who(i) for i in agenda.items] == [
        [("Sabina Hedefeld Leopold", "KOMBIT"), ("Jeanette Jensen", "MedCom")],
        [("", "KOMBIT"), ("", "MedCom")],
        [("Poul Erik Kristensen", "KL")],
        [("alle", "")],
        [("Anne Hansen", "Region Midtjylland")],  # "(Name, Org)" names the presenter (issue 20)
    ]
    assert agenda.items[4].title == "Social- og Boligstyrelsens udspil"


def test_bullets_sub_items_nested_points_and_next_meeting_topics():
    agenda = parse_lines([
        "1. Meddelelser (O)",
        "a) Nyt fra KL v. Poul Erik Kristensen, KL",
        "b) Status på FK-OSS",
        "2. Erfaringer med webinarer (D)",
        "– Hvad virkede",
        "o det tekniske",
        "- Hvad gør vi næste gang",
        "3. Eventuelt",
        "• Emner til næste møde den 5. november 2025:",
        "• Kommunale prøvesvar",
        "• Andet?",
    ])
    first, second, aob = agenda.items
    assert [c.title for c in first.children] == ["Nyt fra KL", "Status på FK-OSS"]
    assert [p.text for p in second.sub_points] == ["Hvad virkede", "det tekniske", "Hvad gør vi næste gang"]
    assert [t.text for t in agenda.topics] == ["Kommunale prøvesvar", "Andet?"]
    assert agenda.next_meeting_date == dt.date(2025, 11, 5)
    assert [p.text for p in aob.sub_points] == ["Emner til næste møde den 5. november 2025"]


def test_page_footers_headings_and_links_are_skipped_and_named():
    lines = ["Dagsorden 18. juni 2025", "12.00-12.30 Velkomst", "19-03-20243", "https://x.dk/a",
             "Noget helt andet", "12.30-13.00 Eventuelt"]
    agenda = parse_lines(lines)
    assert agenda.meeting_date == dt.date(2025, 6, 18)
    assert agenda.shown_skipped() == {0: "overskrift", 2: "sidetal eller sidefod", 3: "link"}
    assert agenda.unread == [4] and len(agenda.items) == 2


def test_text_without_an_agenda_gives_no_items():
    agenda = parse_text("Kære alle\n\nHusk at tilmelde jer inden fredag.\nMvh. Poul Erik")
    assert agenda.items == [] and len(agenda.unread) == 3


_FRAGMENTS = st.sampled_from([
    "12:00 – 12:10", "13.00-13.20", "kl. 9.00 til 9.30", "4.", "1.a", "2)", "a)", "•", "-", "o",
    "v.", "ved", "(B)", "(15 min.)", "til drøftelse", "Velkomst", "Pause", "Eventuelt",
    "Emner til næste møde den 5/11-2025", "Poul Erik Kristensen, KL og", "Aalborg", "Kommune",
    "og", "af", ",", "19-03-20243", "Agenda", "Meddelelser", "18. juni 2025", "\t", " ", "Ø",
    "(", ")", "99:99", "0.", "23.59-00.10", "http://x", "1)", "(O/D)",
])
_LINE = st.one_of(st.lists(_FRAGMENTS, max_size=6).map(" ".join), st.text(max_size=40))


@settings(max_examples=400, deadline=None)
@given(st.lists(_LINE, max_size=40))
def test_the_parser_never_crashes_and_accounts_for_every_line(lines):
    agenda = parse_lines(lines)
    places = agenda.used_lines() + list(agenda.skipped) + agenda.unread
    assert sorted(places) == list(range(len(lines)))  # each line exactly once
    for item in agenda.all_items():
        assert 0 <= item.duration_min <= 600 and item.title.strip()
    slots(agenda)  # the preview's slots can always be drawn


def test_numbering_styles_and_numbered_sub_items():
    agenda = parse_lines(["1) Velkomst", "2) Meddelelser", "2.a Nyt fra KL v. Poul Erik Kristensen, KL",
                          "2.b Status på FK-OSS (O)", "3) Eventuelt"])
    assert [i.title for i in agenda.items] == ["Velkomst", "Meddelelser", "Eventuelt"]
    assert [(c.title, c.kind) for c in agenda.items[1].children] == [
        ("Nyt fra KL", K.ANNOUNCEMENT), ("Status på FK-OSS", K.ANNOUNCEMENT)]
    assert [i.source_number for i in agenda.items] == [1, 2, 3]


def test_text_before_the_agenda_heading_is_skipped_and_said_so():
    """The deck's first two slides pasted together: the welcome slide comes first."""
    text = (SEED_SLIDE.parent / "seed_first_two_slides.txt").read_text(encoding="utf-8")
    agenda = parse_text(text)
    assert _shape(agenda) == _shape(parse_text(seed_text()))
    before = [n for n, why in agenda.shown_skipped().items() if why == "før overskriften"]
    assert any("Kristina Farsinsen" in agenda.lines[n] for n in before) and max(before) < 21
