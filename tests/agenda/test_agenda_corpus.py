"""Issue 20's measure: real agendas that nobody here wrote, read through the path the
window and the command line take (the file's source, parsed and judged; nothing
written), and scored against the expectations written by hand beside them
(``tests/data/agenda_corpus``, scored by ``agenda_corpus_score``). At least nine items
in ten fully right, at most 3 % invented, no real agenda refused, every non-agenda
refused, nothing crashes. The per-file table is printed (``pytest -s`` or on failure)."""

from __future__ import annotations

import json

import pytest

from agenda_corpus_score import CORPUS, by_group, corpus_files, score_corpus, table

RIGHT = 0.90  # items fully right: title, time or duration, presenters, kind, level
INVENTED = 0.03  # items the importer made that the agenda does not have


@pytest.fixture(scope="module")
def scored():
    scores, totals = score_corpus()
    report = table(scores, totals)
    report += f"\nby language: {by_group(scores, lambda s: s.language)}"
    report += f"\nby format: {by_group(scores, lambda s: s.form)}"
    print("\n" + report)
    return scores, totals, report


def test_the_corpus_is_what_the_issue_asks_for():
    """At least 30 real agendas in at least three languages, in all four formats, each
    with its source address and an expectation; non-agendas too."""
    data = [json.loads(p.with_name(p.name.split(".")[0] + ".expected.json").read_text("utf-8"))
            for p in corpus_files()]
    agendas = [d for d in data if d["is_agenda"]]
    assert len(agendas) >= 30 and len({d["language"] for d in agendas}) >= 3
    assert {"txt", "docx", "pptx", "pdf"} <= {d["format"] for d in agendas}
    assert all(d["source"].startswith(("http://", "https://")) for d in data)
    assert len(data) - len(agendas) >= 5 and (CORPUS / "README.md").exists()


def test_nine_in_ten_items_of_real_agendas_come_out_fully_right(scored):
    _, totals, report = scored
    assert totals.right_share >= RIGHT, report


def test_no_more_than_three_percent_of_the_items_are_invented(scored):
    _, totals, report = scored
    assert totals.invented_share <= INVENTED, report


def test_no_real_agenda_is_refused(scored):
    _, totals, report = scored
    assert totals.refused_agendas == [], report


def test_every_text_that_is_no_agenda_is_refused(scored):
    _, totals, report = scored
    assert totals.accepted_non_agendas == [], report


def test_nothing_crashes(scored):
    _, totals, report = scored
    assert totals.crashes == [], report
