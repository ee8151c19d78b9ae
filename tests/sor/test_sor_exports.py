"""SOR in the overview workbook and the Word summary for SDS, opened again with openpyxl
and python-docx; expected values are the seed's facts typed here, not the product's."""

from __future__ import annotations

import datetime as dt

import pytest
from docx import Document
from openpyxl import load_workbook

from kkrdesk.cli import main
from kkrdesk.core.enums import SorStatus
from kkrdesk.export.overview_xlsx import export_overview
from kkrdesk.export.sor_docx import export_sor_summary
from kkrdesk.services.sor import proposals as sor
from kkrdesk.services.overview.gather import overview_data, sor_overview

D18 = dt.date(2025, 6, 18)
RENAME = "Hjemmesygepleje omdøbes til kommunal sygepleje"


@pytest.fixture
def workbook(demo_store, tmp_path):
    path = tmp_path / "oversigt.xlsx"
    export_overview(overview_data(demo_store, today=D18), path)
    return load_workbook(path)


def _table(ws) -> list[dict]:
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def test_proposal_sheet_holds_codes_as_text_and_step_dates_as_dates(workbook):
    ws = workbook["SOR-forslag"]
    assert list(ws.tables) == ["tblSorForslag"]
    rows = {r["Forslag"]: r for r in _table(ws)}
    assert len(rows) == 5
    r = rows[RENAME]
    assert r["Type"] == "Omdøbning" and r["Nuværende navn"] == "Hjemmesygepleje"
    assert r["Nuværende kode"] == "550621000005101"  # text, all 15 digits
    assert r["Foreslået navn"] == "Kommunal sygepleje" and r["Status"] == "Sendt til SDS"
    assert r["I høring"] == dt.datetime(2025, 5, 6) and r["Input modtaget"] == dt.datetime(2025, 5, 30)
    assert r["Sendt til SDS"] == dt.datetime(2025, 6, 3) and r["Godkendt"] is None
    assert r["Advarsel"].startswith("Intet svar fra SDS efter 2 uger")
    header = [c.value for c in ws[1]]
    date_cell = ws.cell(2, header.index("Sendt til SDS") + 1)
    assert date_cell.is_date and date_cell.number_format == "dd-mm-yyyy"
    question = rows["Nye enhedstypers forhold til »bostøtte« og »bosted«"]
    assert question["Status"] == "Input modtaget" and question["Sendt til SDS"] is None


@pytest.mark.parametrize("status", [SorStatus.APPROVED, SorStatus.REJECTED, SorStatus.RELEASED])
def test_a_proposal_sds_has_decided_no_longer_warns_of_no_answer(demo_store, tmp_path, status):
    pid = next(p.id for p in sor.list_proposals(demo_store) if p.title == RENAME)
    on, today = dt.date(2025, 6, 12), D18
    if status == SorStatus.RELEASED:  # released only in a March or September SNOMED release
        sor.add_step(demo_store, pid, SorStatus.APPROVED, on, today=D18)
        on, today = dt.date(2025, 9, 1), dt.date(2025, 9, 2)
    sor.add_step(demo_store, pid, status, on, today=today)
    path = tmp_path / "oversigt.xlsx"
    export_overview(overview_data(demo_store, today=today), path)
    rows = {r["Forslag"]: r for r in _table(load_workbook(path)["SOR-forslag"])}
    assert not rows[RENAME]["Advarsel"]  # SDS has answered: nothing to chase
    # a proposal in the same round still waiting on SDS keeps its warning
    waiting = [r for r in rows.values() if r["Status"] == "Sendt til SDS"]
    assert waiting and all(r["Advarsel"].startswith("Intet svar fra SDS") for r in waiting)


def test_round_and_response_sheets(workbook):
    rounds = _table(workbook["SOR-høringsrunder"])
    assert [(r["Modtagere"], r["Sendt"], r["Frist"], r["Besvaret"], r["Høringssvar"]) for r in rounds] == [
        ("KKR-digitaliseringsnetværket, KKR, KL", dt.datetime(2025, 5, 6), dt.datetime(2025, 5, 30),
         dt.datetime(2025, 5, 30), 8),
        ("Sundhedsdatastyrelsen (SDS)", dt.datetime(2025, 6, 3), None, None, 0)]
    responses = _table(workbook["SOR-høringssvar"])
    # the deck's "Input fra KKR og KL", point by point: four proposals, from each of the two
    assert [(r["Organisation"], r["Modtaget"], r["Holdning"]) for r in responses] == [
        (org, dt.datetime(2025, 5, 30), None) for _ in range(4) for org in ("KKR", "KL")]
    for ws in (workbook["SOR-høringsrunder"], workbook["SOR-høringssvar"]):
        assert not any(isinstance(c.value, str) and c.value.startswith("=")
                       for row in ws.iter_rows() for c in row)


def _paragraphs(path) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in Document(str(path)).paragraphs]


def test_word_summary_one_section_per_proposal_in_the_template_styles(demo_store, tmp_path):
    path = export_sor_summary(sor_overview(demo_store, D18), tmp_path / "sor.docx")
    paras = _paragraphs(path)
    assert ("KKR Titel", "SOR-forslag") in paras
    headings = [t for s, t in paras if s == "KKR Overskrift"]
    assert headings == ["Oversigt", "Forløb og høringsrunder",
                        "1. Kommunikationsenhed – præciseret definition",
                        "2. Egen specialekode til kommunikationsenhed", f"3. {RENAME}",
                        "4. Ny enhedstype: lettilgængelige tilbud",
                        "5. Nye enhedstypers forhold til »bostøtte« og »bosted«"]
    text = "\n".join(t for _s, t in paras)
    assert ("Enhedstypen dækker kommunale organisationer, som håndterer udstyr og teknologiske "
            "hjælpemidler til brug for kommunikation, samt specialundervisning til børn og voksne.") in text
    assert ("Nuværende navn og kode: Hjemmesygepleje – 550621000005101 "
            "(Hjemmesygeplejeenhed (enhedstype))") in text
    assert "Specialekode: egen eller »børn og unge«?" in text
    assert {t for s, t in paras if s == "KKR Mellemrubrik"} >= {"Definition", "Begrundelse",
                                                                "Åbne spørgsmål", "Forløb",
                                                                "Høringsrunder"}
    assert "Ønske om et samlet overblik" not in text  # internal notes stay out
    doc = Document(str(path))
    history = doc.tables[1]  # the course shared by the four sent, after the summary table
    assert [c.text for c in history.rows[0].cells] == ["Dato", "Status", "Bemærkning"]
    assert [(r.cells[0].text, r.cells[1].text) for r in history.rows[1:]] == [
        ("06-05-2025", "Udkast"), ("06-05-2025", "I høring"), ("30-05-2025", "Input modtaget"),
        ("03-06-2025", "Sendt til SDS")]
    summary = doc.tables[0]
    assert [r.cells[3].text for r in summary.rows[1:]] == ["Sendt til SDS"] * 4 + ["Input modtaget"]
    assert doc.core_properties.title.startswith("SOR-forslag")


def test_word_summary_lists_each_recipient_on_its_own_line(demo_store, tmp_path):
    """A comma-joined list wraps inside »KKR-digitaliseringsnetværket« in the narrow
    column and puts », KKR, KL« first on the next line; one recipient a line never does."""
    doc = Document(str(export_sor_summary(sor_overview(demo_store, D18), tmp_path / "sor.docx")))
    rounds = doc.tables[2]  # the rounds, once, after the summary and the shared course
    assert [c.text for c in rounds.rows[0].cells][:3] == ["Høringsrunde", "Forslag", "Modtagere"]
    assert [r.cells[2].text.split("\n") for r in rounds.rows[1:]] == [
        ["KKR-digitaliseringsnetværket", "KKR", "KL"], ["Sundhedsdatastyrelsen (SDS)"]]
    cells = [r.cells[2].text for t in doc.tables if t.rows[0].cells[0].text == "Høringsrunde"
             for r in t.rows[1:]]
    assert cells and not any(line.lstrip().startswith(",") for c in cells for line in c.split("\n"))


def test_cli_export_sor_with_status(demo_path, tmp_path, capsys):
    out = tmp_path / "sor.docx"
    assert main(["export", "sor", "--db", str(demo_path), "-o", str(out),
                 "--status", "input modtaget"]) == 0
    assert "(1 forslag)" in capsys.readouterr().out
    headings = [t for s, t in _paragraphs(out) if s == "KKR Overskrift"]
    assert headings == ["Oversigt", "Forløb og høringsrunder",
                        "1. Nye enhedstypers forhold til »bostøtte« og »bosted«"]
    assert main(["export", "sor", "--db", str(demo_path), "-o", str(out), "--status", "sent_to_sds"]) == 0
    assert "(4 forslag)" in capsys.readouterr().out


def test_sor_summary_author_is_the_secretariat_like_the_agenda(demo_path, tmp_path):
    out = tmp_path / "sor.docx"
    assert main(["export", "sor", "--db", str(demo_path), "-o", str(out)]) == 0
    assert Document(str(out)).core_properties.author == "Sekretariatet for KKR-digitaliseringsnetværket"
    assert main(["export", "sor", "--db", str(demo_path), "-o", str(out), "--author", "Sekretariatet, KL"]) == 0
    assert Document(str(out)).core_properties.author == "Sekretariatet, KL"


def test_cli_export_sor_refusals_leave_the_old_file(demo_path, tmp_path, capsys):
    out = tmp_path / "sor.docx"
    out.write_bytes(b"old")
    assert main(["export", "sor", "--db", str(demo_path), "-o", str(out), "--status", "godkendt"]) == 1
    err = capsys.readouterr().err
    assert "ingen SOR-forslag med status »Godkendt«" in err and "Traceback" not in err
    assert main(["export", "sor", "--db", str(demo_path), "-o", str(out), "--status", "måske"]) == 2
    assert "ukendt status »måske«" in capsys.readouterr().err
    assert main(["export", "sor", "--db", str(demo_path), "-o", str(tmp_path / "sor.txt")]) == 1
    assert ".docx" in capsys.readouterr().err
    assert out.read_bytes() == b"old"


def test_hostile_text_stays_text_in_both_files(demo_store, tmp_path):
    from kkrdesk.services.sor import proposals as sor

    pid = sor.create_proposal(demo_store, title='=HYPERLINK("http://x","klik")',
                              on=dt.date(2025, 6, 1))
    sor.update_proposal(demo_store, pid, definition="Linje 1\x0b\x00\n\nLinje 2 <b>&amp;</b> 🙂 שלום")
    export_overview(overview_data(demo_store, today=D18), tmp_path / "o.xlsx")
    ws = load_workbook(tmp_path / "o.xlsx")["SOR-forslag"]
    cell = next(c for c in ws["B"] if c.value and "HYPERLINK" in str(c.value))
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("http://x","klik")'
    path = export_sor_summary(sor_overview(demo_store, D18), tmp_path / "s.docx")
    text = "\n".join(p.text for p in Document(str(path)).paragraphs)
    assert "Linje 2 <b>&amp;</b> 🙂 שלום" in text and '=HYPERLINK("http://x","klik")' in text


def test_window_export_writes_the_chosen_proposals(qtbot, demo_store, tmp_path):
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.sor.export import export_summary
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    ctx = AppContext(demo_store)
    ctx.settings().setValue("export/author", "Sekretariatet, Region")  # the template settings
    written = export_summary(parent, ctx, [3], tmp_path / "valgte.docx", ask=False)
    assert Document(str(written)).core_properties.author == "Sekretariatet, Region"
    headings = [t for s, t in _paragraphs(written) if s == "KKR Overskrift"]
    assert headings == ["Oversigt", "Forløb og høringsrunder", f"1. {RENAME}"]


def test_word_summary_says_decided_for_a_round_sds_has_decided_in_full(demo_store, tmp_path):
    """SDS never answers a round as such; once it has decided every proposal sent to it,
    the summary says so (as the Høringsrunder pane does) instead of »Ikke besvaret«."""
    sent = [p.id for p in sor.list_proposals(demo_store) if p.status == SorStatus.SENT_TO_SDS]
    assert len(sent) == 4
    for pid in sent:
        sor.add_step(demo_store, pid, SorStatus.APPROVED, dt.date(2025, 6, 12), today=D18)
    doc = Document(str(export_sor_summary(sor_overview(demo_store, D18), tmp_path / "sor.docx")))
    rows = [[c.text for c in r.cells] for t in doc.tables if t.rows[0].cells[0].text == "Høringsrunde"
            for r in t.rows[1:]]
    sds = [r for r in rows if r[2] == "Sundhedsdatastyrelsen (SDS)"]
    assert sds and all(r[-1] == "Afgjort af SDS" for r in sds)
    assert "Ikke besvaret" not in {r[-1] for r in rows}
