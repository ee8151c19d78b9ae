"""No file, however large or crafted, makes an import use more than 600 MB or 30 s.

Each file below is built to exhaust a reader (hundreds of MB of XML packed into a few MB,
a zip directory that lies, millions of elements, nesting thousands deep, a PDF stream
that unpacks to a gigabyte, a PDF of half a million tiny operators, a gigabyte on
standard input, a text that made the parser quadratic). A real ``kkrdesk import`` process
reads it; it must be refused with one Danish line naming the limit, within the bounds,
with the database unchanged. A long real agenda (60 pages in Word) still imports.
The bombs are built once per test run (some 10 s)."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document

from office_bombs import (deep_nesting, lie_about_size, many_elements, repeated, replace_part,
                          slide_shapes, word_paragraphs)
from offline_guard import guarded_argv
from pdf_bombs import flate_bomb_pdf, operator_bomb_pdf
from office_files import make_docx, make_pptx

MAX_MB = 600  # the bounds for any file
MAX_SECONDS = 30


@pytest.fixture(scope="session")
def bombs(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("bombs")
    docx = make_docx(d / "base.docx", ["Dagsorden", "12.00-12.10 Velkomst"])
    pptx = make_pptx(d / "base.pptx", ["Dagsorden", "12.00-12.10 Velkomst", "12.10-12.20 Eventuelt"])
    replace_part(docx, d / "docx-280.docx", "word/document.xml", word_paragraphs(280))
    replace_part(docx, d / "docx-70.docx", "word/document.xml", word_paragraphs(70))
    for declared, name in ((2_000, "docx-lie-2k.docx"), (60 << 20, "docx-lie-60m.docx")):
        lie_about_size(Path(shutil.copy(d / "docx-280.docx", d / name)), "word/document.xml", declared)
    replace_part(docx, d / "docx-elements.docx", "word/document.xml", many_elements(3_000_000))
    replace_part(docx, d / "docx-deep.docx", "word/document.xml", deep_nesting(100_000))
    replace_part(pptx, d / "pptx-280.pptx", "ppt/slides/slide1.xml", slide_shapes(280))
    lie_about_size(Path(shutil.copy(d / "pptx-280.pptx", d / "pptx-lie-60m.pptx")),
                   "ppt/slides/slide1.xml", 60 << 20)
    replace_part(pptx, d / "pptx-70.pptx", "ppt/slides/slide1.xml", slide_shapes(70))
    (d / "pdf-flate.pdf").write_bytes(flate_bomb_pdf(1024))
    (d / "pdf-operators.pdf").write_bytes(operator_bomb_pdf())
    with (d / "gigabyte.txt").open("wb") as fh:
        fh.truncate(1 << 30)  # sparse: costs no disk
    (d / "prose.txt").write_text("\n".join(
        ["Dagsorden 17. september 2025"]
        + [f"Dette er en lang beskrivelse nummer {k} af et emne, som fylder en linje i teksten her"
           for k in range(10_000)]), encoding="utf-8")
    return d


# A small parent starts the command and reports the kernel's account of it (wait4): the
# child's peak RSS starts from its parent's size when it is forked, and pytest is large.
_MEASURE = """
import json, os, subprocess, sys, time
args, out, err, stdin = json.loads(sys.argv[1])
with open(stdin or os.devnull, "rb") as fin, open(out, "wb") as fout, open(err, "wb") as ferr:
    start = time.monotonic()
    proc = subprocess.Popen(args, stdin=fin, stdout=fout, stderr=ferr)
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - start > 120:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.02)
print(json.dumps([os.waitstatus_to_exitcode(status), time.monotonic() - start, usage.ru_maxrss / 1024]))
"""


def run_measured(tmp_path: Path, *args, stdin: Path | None = None) -> tuple[int, str, str, float, float]:
    """(exit code, stdout, stderr, seconds, peak RSS in MB) of ``kkrdesk ARGS``, killed
    after 120 s."""
    import json
    import sys

    out, err = tmp_path / "stdout.txt", tmp_path / "stderr.txt"
    job = [guarded_argv(*map(str, args)), str(out), str(err), str(stdin) if stdin else None]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    report = subprocess.run([sys.executable, "-c", _MEASURE, json.dumps(job)], capture_output=True,
                            text=True, env=env, timeout=180, check=True)
    code, seconds, peak = json.loads(report.stdout)
    return code, out.read_text(encoding="utf-8"), err.read_text(encoding="utf-8"), seconds, peak


AGENDA_BOMBS = {  # file -> what its one line must say
    "docx-280.docx": "fylder urimeligt meget udpakket (over 150 MB",
    "docx-70.docx": "delen word/document.xml fylder 70 MB udpakket (højst 64 MB)",
    "docx-lie-2k.docx": "er beskadiget",
    "docx-lie-60m.docx": "over 1.000.000 tegn tekst",
    "docx-elements.docx": "over 100.000 XML-elementer i ét afsnit eller én tabelrække",
    "docx-deep.docx": "XML dybere end 128 niveauer",
    "pptx-280.pptx": "fylder urimeligt meget udpakket (over 150 MB",
    "pptx-70.pptx": "delen ppt/slides/slide1.xml fylder 70 MB udpakket (højst 64 MB)",
    "pptx-lie-60m.pptx": "over 10.000 figurer",
    "pdf-flate.pdf": "en strøm, der pakker sig ud til over 16 MB",
    "pdf-operators.pdf": "over 300.000 tekstoperationer",
    "prose.txt": "over 200 punkter og underpunkter",
}


def _refused_within_bounds(run, *words: str) -> None:
    code, out, err, seconds, peak = run
    assert code == 1, (code, out[-300:], err[-300:])
    assert err.startswith("kkrdesk: ") and err.count("\n") == 1, err[-500:]
    for word in words:
        assert word in err
    assert seconds < MAX_SECONDS and peak < MAX_MB, (seconds, peak)


@pytest.mark.parametrize("name", list(AGENDA_BOMBS))
def test_an_agenda_bomb_is_refused_in_seconds_and_megabytes(bombs, demo_path, tmp_path, name):
    before = demo_path.read_bytes()
    run = run_measured(tmp_path, "import", "agenda", "--db", demo_path, bombs / name,
                       "--date", "2025-09-17")
    _refused_within_bounds(run, AGENDA_BOMBS[name])
    assert demo_path.read_bytes() == before


def test_a_gigabyte_on_standard_input_is_not_read_whole(bombs, demo_path, tmp_path):
    before = demo_path.read_bytes()
    run = run_measured(tmp_path, "import", "agenda", "--db", demo_path, "-", "--date", "2025-09-17",
                       stdin=bombs / "gigabyte.txt")
    _refused_within_bounds(run, "»standard input« indeholder for meget tekst", "over 4 MB")
    assert run[4] < 150  # read no further than the limit
    assert demo_path.read_bytes() == before


def _sixty_pages(path: Path) -> Path:
    """A long real agenda: 40 items with times and presenters, three bullet points and a
    case text of 12 paragraphs under each (some 60 pages in Word), a table at the end."""
    doc = Document()
    doc.add_paragraph("Dagsorden for KKR-digitaliseringsnetværket 17. september 2025")
    for k in range(40):
        start = 9 * 60 + k * 15
        doc.add_paragraph(f"{start // 60:02d}.{start % 60:02d}-{(start + 15) // 60:02d}."
                          f"{(start + 15) % 60:02d} Punkt {k + 1} om digitalisering v. Anne Hansen, KL")
        for b in range(3):
            doc.add_paragraph(f"Underpunkt {b + 1} til punkt {k + 1}", style="List Bullet")
        for _ in range(12):
            doc.add_paragraph("Sagsfremstilling: " + "Netværket drøftede behovet for en fælles "
                              "tilgang, og sekretariatet har udarbejdet et oplæg. " * 4)
    table = doc.add_table(rows=30, cols=3)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"Række {r + 1}, kolonne {c + 1}"
    doc.save(path)
    return path


def test_a_sixty_page_word_agenda_still_imports(demo_path, tmp_path):
    source = _sixty_pages(tmp_path / "lang-dagsorden.docx")
    code, out, err, seconds, peak = run_measured(tmp_path, "import", "agenda", "--db", demo_path,
                                                 source, "--date", "2025-09-17")
    assert code == 0, err
    assert out.splitlines()[0].endswith(": 40 punkter.")
    assert "Mødet den 17-09-2025 er oprettet: 40 punkter og underpunkter importeret." in out
    assert seconds < MAX_SECONDS and peak < MAX_MB, (seconds, peak)


@pytest.fixture(scope="session")
def participant_bombs(tmp_path_factory) -> Path:
    from openpyxl import Workbook

    d = tmp_path_factory.mktemp("participant-bombs")
    wb = Workbook()
    wb.active.append(["Navn", "Organisation"])
    wb.active.append(["Anne Hansen", "KL"])
    wb.save(d / "base.xlsx")
    with zipfile.ZipFile(d / "base.xlsx") as zf:
        styles = zf.read("xl/styles.xml").decode()
    head, rest = styles.split("<cellXfs", 1)
    cell_formats = repeated(head + '<cellXfs count="1">',  # openpyxl reads styles.xml whole
                            lambda k: f'<xf numFmtId="{k % 50}" fontId="0" fillId="0" borderId="0" xfId="0"/>',
                            "</cellXfs>" + rest.split("</cellXfs>", 1)[1], 45)
    replace_part(d / "base.xlsx", d / "formater.xlsx", "xl/styles.xml", cell_formats)
    unit = "Søren\n".encode("utf-8") + "Søren\n".encode("cp1252")  # every other line Latin-1
    (d / "blandet.csv").write_bytes(b"Navn\n" + unit * (24_000_000 // len(unit)))
    (d / "semikolon.csv").write_bytes(b"Navn" + b";" * 26_000_000 + b"\nAnne Hansen\n")
    return d


PARTICIPANT_BOMBS = {
    "formater.xlsx": "delen xl/styles.xml fylder 45 MB udpakket (højst 16 MB)",
    "blandet.csv": "Filen har mere end 100.000 linjer",
    "semikolon.csv": "Linje 1 har over 10.000 felter",
}


@pytest.mark.parametrize("name", list(PARTICIPANT_BOMBS))
def test_a_participant_bomb_is_refused_in_seconds_and_megabytes(participant_bombs, demo_path,
                                                                 tmp_path, name):
    before = demo_path.read_bytes()
    run = run_measured(tmp_path, "import", "participants", "--db", demo_path, participant_bombs / name)
    _refused_within_bounds(run, PARTICIPANT_BOMBS[name])
    assert demo_path.read_bytes() == before


def test_a_deck_just_inside_the_limits_opens_within_the_bounds(demo_path, tmp_path):
    """python-pptx holds a whole deck: with 128 MB of pictures (of 150 allowed) and 940,000
    XML elements (of 1,000,000) it must still stay under the bounds."""
    base = make_pptx(tmp_path / "base.pptx", ["Dagsorden", "12.00-12.10 Velkomst", "12.10-12.20 Eventuelt"])
    deck = tmp_path / "tung.pptx"
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(deck, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "ppt/theme/theme1.xml":
                extensions = "".join(f'<a:ext uri="{k * 7919 % 1000003}"/>' for k in range(940_000))
                data = data.replace(b"</a:theme>", f"<a:extLst>{extensions}</a:extLst></a:theme>".encode())
            zout.writestr(info.filename, data)
        with zout.open("ppt/media/image99.bin", "w") as fh:  # packs some 40:1
            for _ in range(128 * 64):
                fh.write(os.urandom(400) + bytes(16384 - 400))
    code, out, err, seconds, peak = run_measured(tmp_path, "import", "agenda", "--db", demo_path,
                                                 deck, "--dry-run")
    assert code == 0, err
    assert "2 punkter" in out.splitlines()[0]
    assert seconds < MAX_SECONDS and peak < MAX_MB, (seconds, peak)
