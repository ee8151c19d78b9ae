"""The steering group's Word status report (opened with python-docx) and the projects'
sheets of the overview workbook (opened with openpyxl), checked against values written
here; the command line, which paints the timelines without QtWidgets."""

from __future__ import annotations

import datetime as dt

import subprocess
import sys

import pytest
from docx import Document
from openpyxl import load_workbook

from kkrdesk.cli import main
from kkrdesk.services.projects import portfolio as projects

MASKING = "Identitetssløring i kommunerne"
PROJECT_NAMES = [MASKING, "DP10 EOJ-data til Sundhedsjournalen",
                 "Digital understøttelse af lettilgængelige tilbud (LTT)", "Udrulning af FK-OSS"]


@pytest.fixture
def report(demo_store, tmp_path, qapp):
    from kkrdesk.export.status_docx import export_status, status_report
    from kkrdesk.services.projects import portfolio as projects

    title, chosen = projects.report_projects(demo_store)
    path = export_status(status_report(title, chosen, dt.date(2025, 10, 1)), tmp_path / "status.docx")
    return Document(str(path))


def _texts(doc):
    return [(p.style.name, p.text) for p in doc.paragraphs]


def test_status_report_author_is_the_secretariat_like_the_agenda(report):
    assert report.core_properties.author == "Sekretariatet for KKR-digitaliseringsnetværket"


def test_status_report_has_one_section_per_project_in_the_template_styles(report):
    texts = _texts(report)
    headings = [t for s, t in texts if s == "KKR Overskrift"]
    assert headings == PROJECT_NAMES
    assert ("KKR Titel", "Statusrapport") in texts
    assert ("KKR Mødeinfo", "Dato:\tonsdag d. 1. oktober 2025") in texts
    start = headings.index(MASKING)
    body = [t for _, t in texts]
    i = body.index(MASKING)
    section = body[i: body.index(PROJECT_NAMES[1])]
    assert "Fase:\tAnalyse" in section and "Status:\tGrøn (pr. 18-06-2025)" in section
    assert "Projektejer:\tMedCom" in section and "Dokumenter:\tForanalyse, PID" in section
    assert any(t.startswith("Foranalyse gennemført og PID er udarbejdet") for t in section)
    assert "Forsinket: 1. styregruppemøde" in section
    assert "Styregruppe: KL (formand), MedCom (projektejer), Aalborg Kommune (seniorbruger)" in section
    assert "Ingen risici registreret." in section and "Ingen beslutninger registreret." in section
    assert start == 0


def test_status_report_tables_and_pictures(report):
    milestones = report.tables[0]
    rows = [[c.text for c in r.cells] for r in milestones.rows]
    assert rows == [["Milepæl", "Planlagt", "Nået", "Status"],
                    ["Foranalyse gennemført og PID udarbejdet", "juni 2025", "18-06-2025", "Nået 18-06-2025"],
                    ["1. styregruppemøde", "august 2025", "", "Forsinket"]]
    history = [[c.text for c in r.cells] for r in report.tables[1].rows]
    assert [r[:2] for r in history] == [["Dato", "Status"], ["18-06-2025", "Grøn"], ["13-06-2025", "Grøn"]]
    pictures = report.inline_shapes
    assert len(pictures) == len(PROJECT_NAMES)
    from PySide6.QtGui import QImage

    blob = report.part.related_parts[pictures[0]._inline.graphic.graphicData.pic.blipFill.blip.embed].blob
    img = QImage.fromData(blob)
    assert img.width() > 1500 and img.height() > 500  # sharp enough for a slide


def test_overview_workbook_has_the_project_sheets(demo_store, tmp_path):
    from kkrdesk.export.overview_xlsx import export_overview
    from kkrdesk.services.overview.gather import overview_data

    path = export_overview(overview_data(demo_store, today=dt.date(2025, 10, 1)),
                           tmp_path / "o.xlsx").path
    wb = load_workbook(path)
    ws = wb["Projekter"]
    head = head_p = [c.value for c in ws[1]]
    rows = {r[0]: dict(zip(head, r)) for r in ws.iter_rows(min_row=2, values_only=True)}
    assert list(rows) == PROJECT_NAMES
    m = rows[MASKING]
    assert (m["Fase"], m["Status"], m["Projektejer"], m["Forsinkede milepæle"]) == (
        "Analyse", "Grøn", "MedCom", 1)
    assert m["Status pr."] == dt.datetime(2025, 6, 18)
    ms = wb["Milepæle"]
    head = [c.value for c in ms[1]]
    first = next(dict(zip(head, r)) for r in ms.iter_rows(min_row=2, values_only=True)
                 if r[1] == "1. styregruppemøde")
    assert first["Planlagt"] == dt.datetime(2025, 8, 1) and first["Kun måned"] == "Ja"
    assert first["Planlagt (tekst)"] == "august 2025" and first["Forsinket"] == "Ja"
    cell = next(row[2] for row in ms.iter_rows(min_row=2) if row[1].value == "1. styregruppemøde")
    # Excel shows "august 2025", in Danish whatever its own language ([$-406]: da-DK)
    assert cell.is_date and cell.number_format == "[$-406]mmmm yyyy"
    kickoff = next(row[2] for row in ms.iter_rows(min_row=2)
                   if row[1].value == "Kickoff med it-leverandører om knapløsning til DNHF")
    assert kickoff.value == dt.datetime(2025, 9, 17) and kickoff.number_format == "dd-mm-yyyy"
    nxt = next(r[head_p.index("Næste milepæl planlagt")] for r in ws.iter_rows(min_row=2)
               if r[0].value == MASKING)
    assert nxt.value == dt.datetime(2025, 8, 1) and nxt.is_date and nxt.number_format == "[$-406]mmmm yyyy"
    org = [r for r in wb["Projektorganisation"].iter_rows(min_row=2, values_only=True) if r[0] == MASKING]
    assert ("Styregruppe", "KL", "KL", "Formand") in [r[1:5] for r in org]
    assert ("Projektgruppe", "Jørgen Hougaard", None, "Projektleder") in [r[1:5] for r in org]
    fin = list(wb["Finansiering"].iter_rows(min_row=2, values_only=True))
    assert (MASKING, "ØA 2026", "K-98-løsning", None, 2026) in [r[:5] for r in fin]
    assert {t for ws in wb for t in ws.tables} >= {"tblProjekter", "tblMilepaele",
                                                     "tblProjektorganisation", "tblFinansiering"}


def test_cli_status_for_one_project_never_loads_qtwidgets(demo_path, tmp_path):
    out = tmp_path / "styregruppe.docx"
    code = ("import sys; from kkrdesk.cli import main; "
            f"rc = main(['export', 'status', '--db', {str(demo_path)!r}, '-o', {str(out)!r}, "
            "'--project', 'identitet', '--author', 'Sekretariatet, KL']); "
            "assert 'PySide6.QtWidgets' not in sys.modules, 'QtWidgets loaded'; sys.exit(rc)")
    env = {k: v for k, v in __import__("os").environ.items() if k != "QT_QPA_PLATFORM"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr
    assert "Statusrapporten er gemt" in proc.stdout
    doc = Document(str(out))
    assert [p.text for p in doc.paragraphs if p.style.name == "KKR Overskrift"] == [MASKING]
    assert doc.core_properties.author == "Sekretariatet, KL"
    assert len(doc.inline_shapes) == 1


def test_cli_status_refuses_an_unknown_project_in_one_line(demo_path, tmp_path, capsys):
    out = tmp_path / "x.docx"
    assert main(["export", "status", "--db", str(demo_path), "-o", str(out), "--project", "Ukendt"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "intet projekt, der hedder »Ukendt«" in err and not out.exists()
    assert main(["export", "status", "--db", str(demo_path), "-o", str(tmp_path / "x.pdf")]) == 1
    assert ".docx" in capsys.readouterr().err


def test_cli_status_names_the_projects_a_short_name_fits_and_refuses_an_empty_one(
        demo_path, tmp_path, capsys):
    out = tmp_path / "x.docx"
    assert main(["export", "status", "--db", str(demo_path), "-o", str(out), "--project", "d"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "»d« passer på flere projekter" in err
    assert "»DP10 EOJ-data til Sundhedsjournalen«" in err
    assert "»Digital understøttelse af lettilgængelige tilbud (LTT)«" in err
    assert "Udrulning af FK-OSS" not in err and "intet projekt" not in err and not out.exists()
    for blank in ("", "  "):
        assert main(["export", "status", "--db", str(demo_path), "-o", str(out), "--project", blank]) == 2
        err = capsys.readouterr().err.strip()
        assert err.count("\n") == 0 and "--project er tom" in err and not out.exists()


def test_status_in_the_export_menu(qtbot, demo_store, tmp_path):
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.export_actions import export_status

    ctx = AppContext(demo_store)
    path = export_status(None, ctx, tmp_path / "menu.docx")
    assert path.exists() and len(Document(str(path)).inline_shapes) == len(PROJECT_NAMES)
    fkoss = projects.find_by_name(demo_store, "Udrulning af FK-OSS")
    one = Document(str(export_status(None, ctx, tmp_path / "one.docx", project=(fkoss.id, fkoss.name))))
    assert [p.text for p in one.paragraphs if p.style.name == "KKR Overskrift"] == [fkoss.name]
    assert ("KKR Undertitel", fkoss.name) in _texts(one)

