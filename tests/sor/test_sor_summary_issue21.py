"""Issue 21, point 9: the SOR summary fit to send to SDS: addressed to "SDS –
Sundhedsdatastyrelsen" in its header, the shared course (steps and rounds) written once
rather than under every proposal, the answers (høringssvar) under the proposal they are
about, and every code with its name (from resources/reference/sor_codes.csv)."""

from __future__ import annotations

import csv
import datetime as dt

import docx
from locations import ROOT

from kkrdesk.export.sor_docx import export_sor_summary
from kkrdesk.services.overview.gather import sor_overview

TODAY = dt.date(2025, 6, 18)


def _summary(store, tmp_path):
    path = export_sor_summary(sor_overview(store, TODAY), tmp_path / "sor.docx")
    doc = docx.Document(str(path))
    return doc, [p.text for p in doc.paragraphs]


def test_the_summary_is_addressed_to_sds(demo_store, tmp_path):
    _doc, lines = _summary(demo_store, tmp_path)
    head = lines[:lines.index("Oversigt")]
    assert "Til:\tSDS – Sundhedsdatastyrelsen" in head


def test_shared_rounds_and_steps_are_written_once(demo_store, tmp_path):
    doc, lines = _summary(demo_store, tmp_path)
    assert lines.count("Høringsrunder") == 1
    round_tables = [t for t in doc.tables if t.rows[0].cells[0].text == "Høringsrunde"]
    assert len(round_tables) == 1
    titles = [r.cells[0].text for r in round_tables[0].rows[1:]]
    assert titles == ["Forslag til nye SOR-enhedstyper og SOR-specialekoder",
                      "Tilrettet forslag til nye SOR-enhedstyper og SOR-specialekoder"]
    step_tables = [t for t in doc.tables if t.rows[0].cells[0].text == "Dato"]
    # four proposals share their four steps; the fifth (not sent to SDS) has its own three
    assert [len(t.rows) - 1 for t in step_tables] == [4, 3]
    assert "Fælles forløb for forslag 1, 2, 3 og 4" in lines


def test_answers_stand_under_their_proposal(demo_store, tmp_path):
    _doc, lines = _summary(demo_store, tmp_path)
    rename = lines.index("3. Hjemmesygepleje omdøbes til kommunal sygepleje")
    after = lines[rename:lines.index("4. Ny enhedstype: lettilgængelige tilbud")]
    assert "Høringssvar" in after
    answer = next(t for t in after if t.startswith("KKR og KL"))
    assert answer == ("KKR og KL (30-05-2025): Rettelse til eksisterende enhedstype: fra "
                      "hjemmesygepleje til kommunal sygepleje.")
    assert lines.count("Høringssvar") == 4  # the four proposals the input was about


def test_every_code_shown_has_its_name(demo_store, tmp_path):
    with (ROOT / "resources" / "reference" / "sor_codes.csv").open(encoding="utf-8") as fh:
        names = {r["kode"]: r["navn"] for r in csv.DictReader(fh)}
    _doc, lines = _summary(demo_store, tmp_path)
    related = next(t for t in lines if t.startswith("Relaterede koder: "))
    assert related == f"Relaterede koder: {names['658161000005107']} (speciale) – 658161000005107"
    for line in lines:
        for code in names:
            if code in line:
                assert names[code] in line, line
