"""Regressions from the review of the participant import: stray cells far below the data,
merged cells, oversized shared-string tables, title rows above the header, Næstformand,
Danish CSV errors, password-protected workbooks, Excel date serials, singular counts."""

from __future__ import annotations

import datetime as dt
import os
import time
import zipfile

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font

import kkrdesk.imports.participants_table as pt
import kkrdesk.imports.xlsx_guard as px
from kkrdesk.cli import main
from kkrdesk.core.enums import Role
from kkrdesk.core.errors import ValidationError
from kkrdesk.imports.participants_file import read_participants
from kkrdesk.services.participants import file_import as participant_import
from xlsx_helpers import rewrite_zip

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _book(path, rows, setup=None):
    wb = Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    if setup:
        setup(ws)
    wb.save(path)
    return path


_rewrite = rewrite_zip


# -- 1. a stray cell far below the data ----------------------------------------------------


@pytest.mark.parametrize("stray", ["bold", "space"])
def test_a_stray_cell_far_below_the_data_does_not_block_the_import(tmp_path, stray):
    def far(ws):
        if stray == "bold":
            ws["A60000"].font = Font(bold=True)
        else:
            ws["A60000"] = " "
    path = _book(tmp_path / "far.xlsx", [["Navn", "Organisation"], ["Dora Data", "Aarhus Kommune"]],
                 far)
    t0 = time.perf_counter()
    table = read_participants(path)
    assert time.perf_counter() - t0 < 5
    assert [r.values for r in table.rows] == [{"name": "Dora Data", "organisation": "Aarhus Kommune"}]


def test_empty_rows_between_people_are_not_counted_and_a_long_gap_ends_the_sheet(tmp_path, monkeypatch):
    monkeypatch.setattr("kkrdesk.imports.participants_table.MAX_ROWS", 3)

    def gaps(ws):
        for r in range(3, 600):
            ws.cell(r, 1).font = Font(bold=True)
        ws["A600"], ws["A601"] = "Bo", "Cai"
        ws["A5000"] = "Langt nede"  # after more than 1,000 empty rows: not part of the list
    table = read_participants(_book(tmp_path / "gaps.xlsx", [["Navn"], ["Anne"]], gaps))
    assert [(r.line, r.values["name"]) for r in table.rows] == [(2, "Anne"), (600, "Bo"), (601, "Cai")]


def test_a_stale_declared_size_does_not_cut_rows_or_columns(tmp_path):
    src = _book(tmp_path / "ok.xlsx", [["Navn", "Organisation", "E-mail"], ["Anne", "KL", "a@kl.dk"],
                                       ["Bo", "KL", "b@kl.dk"]])
    with zipfile.ZipFile(src) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml").decode()
    stale = sheet.replace('<dimension ref="A1:C3"/>', '<dimension ref="A1"/>')
    assert stale != sheet
    path = _rewrite(src, tmp_path / "stale.xlsx", {"xl/worksheets/sheet1.xml": stale.encode()})
    table = read_participants(path)
    assert [r.values["email"] for r in table.rows] == ["a@kl.dk", "b@kl.dk"]


# -- 2. merged cells ---------------------------------------------------------------------------


def test_merged_cells_give_every_row_the_value(store, tmp_path):
    def merge(ws):
        ws.merge_cells("B3:B4")  # "Aarhus Kommune" for both people
        ws.merge_cells("A1:C1")  # a title over the header
    path = _book(tmp_path / "merged.xlsx", [
        ["Deltagerliste, KKR juni 2025"], ["Navn", "Organisation", "Rolle"],
        ["Merged Person", "Aarhus Kommune", "medlem"], ["Merged Two", None, "suppleant"],
    ], merge)
    table = read_participants(path)
    assert [r.values["organisation"] for r in table.rows] == ["Aarhus Kommune", "Aarhus Kommune"]
    preview = participant_import.preview_import(store, table)
    assert not preview.invalid, preview.report_lines()


def test_a_merged_range_over_empty_rows_makes_no_people(tmp_path):
    def merge(ws):
        ws.merge_cells("B2:B9")
        ws.merge_cells("C2:D2")  # across: the value reaches the next column too
    path = _book(tmp_path / "m.xlsx", [["Navn", "Organisation", "Titel", "Udpeget af"],
                                        ["Anne", "KL", "Chef", None], ["Bo", None, None, None]], merge)
    rows = read_participants(path).rows
    assert [(r.line, r.values["organisation"]) for r in rows] == [(2, "KL"), (3, "KL")]
    assert rows[0].values["appointed_by"] == "Chef" and rows[1].values["title"] is None


def test_merged_ranges_are_found_in_a_utf16_sheet_too(tmp_path):
    src = _book(tmp_path / "ok.xlsx", [["Navn", "Organisation"], ["Anne", "KL"], ["Bo", None]],
                lambda ws: ws.merge_cells("B2:B3"))
    with zipfile.ZipFile(src) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml").decode()
    sheet = '<?xml version="1.0" encoding="UTF-16"?>' + sheet.split("?>", 1)[-1]
    path = _rewrite(src, tmp_path / "u16.xlsx", {"xl/worksheets/sheet1.xml": sheet.encode("utf-16")})
    assert px.check_zip(path) == {"xl/worksheets/sheet1.xml": [(2, 2, 2, 3)]}


# -- 3. shared strings ------------------------------------------------------------------------


def _with_shared_strings(tmp_path, entries) -> "os.PathLike":
    src = _book(tmp_path / "base.xlsx", [["Navn"], ["Anne"]])
    sst = (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN_NS}">'
           + "".join(f"<si><t>{e}</t></si>" for e in entries) + "</sst>").encode()
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN_NS}"><sheetData>'
             '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
             '<row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData></worksheet>').encode()
    with zipfile.ZipFile(src) as zf:
        types = zf.read("[Content_Types].xml").decode().replace(
            "</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        rels = zf.read("xl/_rels/workbook.xml.rels").decode().replace(
            "</Relationships>", '<Relationship Id="rIdSS" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>")
    return _rewrite(src, tmp_path / "sst.xlsx", {
        "xl/worksheets/sheet1.xml": sheet, "[Content_Types].xml": types.encode(),
        "xl/_rels/workbook.xml.rels": rels.encode()}, {"xl/sharedStrings.xml": sst})


def test_a_table_of_shared_strings_is_read(tmp_path):
    table = read_participants(_with_shared_strings(tmp_path, ["Navn", "Anne"]))
    assert table.rows[0].values == {"name": "Anne"}


def test_a_huge_shared_string_table_is_refused_before_it_is_read(tmp_path):
    # 22 MB of text that does not compress well (so not a zip bomb by ratio)
    path = _with_shared_strings(tmp_path, ["Navn", "Anne"] + [os.urandom(100).hex()
                                                              for _ in range(105_000)])
    assert path.stat().st_size < pt.MAX_FILE_BYTES
    t0 = time.perf_counter()
    with pytest.raises(ValidationError, match="urimeligt mange tekster"):
        read_participants(path)
    assert time.perf_counter() - t0 < 5
    assert px.MAX_UNCOMPRESSED <= 50 * 1024 * 1024 and px.MAX_SHARED_BYTES <= 20 * 1024 * 1024


def test_too_many_shared_strings_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(px, "MAX_SHARED_STRINGS", 50)
    path = _with_shared_strings(tmp_path, ["Navn", "Anne"] + [f"t{i}" for i in range(60)])
    with pytest.raises(ValidationError, match="over 50 forskellige tekster"):
        read_participants(path)


# -- 6. a title above the header --------------------------------------------------------------


def test_a_title_row_above_the_header_in_xlsx_and_csv(tmp_path):
    x = _book(tmp_path / "t.xlsx", [["Deltagerliste, KKR juni 2025"], [], ["Navn", "Organisation"],
                                    ["Anne Bo", "Aarhus Kommune"]])
    c = tmp_path / "t.csv"
    c.write_text("Deltagerliste, KKR juni 2025\n\nNavn;Organisation\nAnders And;Aarhus Kommune\n",
                 encoding="utf-8")
    for path, name in ((x, "Anne Bo"), (c, "Anders And")):
        table = read_participants(path)
        assert table.columns == ("name", "organisation")
        assert [r.values for r in table.rows] == [{"name": name, "organisation": "Aarhus Kommune"}]


def test_the_delimiter_is_the_one_that_splits_the_header(tmp_path):
    c = tmp_path / "d.csv"  # the title has a semicolon, the header commas
    c.write_text("Liste; juni\nNavn,Organisation,Noter;interne\nAnne,KL,x;y\n", encoding="utf-8")
    table = read_participants(c)
    assert table.columns == ("name", "organisation") and table.ignored == ("Noter;interne",)
    assert table.rows[0].values == {"name": "Anne", "organisation": "KL"}
    c.write_text("Navn\t;Organisation\t;x\nAnne\t;KL\t;y\n", encoding="utf-8")
    assert read_participants(c).columns == ("name", "organisation")  # ; splits it best


def test_no_header_in_the_first_ten_rows(tmp_path):
    c = tmp_path / "t.csv"
    c.write_text("".join(f"Linje {i};x\n" for i in range(12)) + "Navn;Organisation\nA;KL\n",
                 encoding="utf-8")
    with pytest.raises(ValidationError, match="»Navn« mangler; fandt: Linje 0, x"):
        read_participants(c)


# -- 7. Næstformand -------------------------------------------------------------------------------


def test_naestformand_is_an_unknown_role_not_a_chair(store, tmp_path):
    c = tmp_path / "r.csv"
    c.write_text("Navn;Rolle\nAnne;Næstformand\nBo;Formand\n", encoding="utf-8")
    preview = participant_import.preview_import(store, read_participants(c))
    anne, bo = preview.rows
    assert anne.problems == ("Ukendt rolle »Næstformand«; brug en af disse: formand, medlem, "
                             "suppleant, sekretariat, observatør, oplægsholder/gæst.",)
    assert bo.ok and bo.role == Role.CHAIR


# -- 8. CSV errors in Danish --------------------------------------------------------------------


def test_a_too_long_csv_field_is_reported_in_danish(tmp_path):
    c = tmp_path / "lang.csv"
    c.write_text("Navn;Noter\nAnne;" + "x" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        read_participants(c)
    assert str(err.value) == "Feltet i linje 2 er for langt (over 100.000 tegn)."


def test_a_nul_character_in_a_csv_file_is_reported_in_danish(tmp_path):
    c = tmp_path / "nul.csv"
    c.write_bytes(b"Navn;Organisation\n" + b"Anne;KL\n" * 2000 + b"Bo\x00;KL\n")
    with pytest.raises(ValidationError) as err:
        read_participants(c)
    assert str(err.value) == "Linje 2002 indeholder et NUL-tegn; filen er ikke en tekstfil."


# -- 9. password-protected workbooks -------------------------------------------------------------


def test_a_password_protected_xlsx_is_not_called_an_old_xls(tmp_path):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600
    protected = tmp_path / "beskyttet.xlsx"
    protected.write_bytes(ole)
    with pytest.raises(ValidationError, match="beskyttet med adgangskode"):
        read_participants(protected)
    renamed = tmp_path / "beskyttet.xls"  # the encrypted package is named inside the file
    renamed.write_bytes(ole + "EncryptedPackage".encode("utf-16-le") + b"\0" * 100)
    with pytest.raises(ValidationError, match="beskyttet med adgangskode"):
        read_participants(renamed)
    old = tmp_path / "gammel.xls"
    old.write_bytes(ole)
    with pytest.raises(ValidationError, match=r"gamle Excel-format \(.xls\)"):
        read_participants(old)


# -- 10. Excel date serials -------------------------------------------------------------------------


def test_excel_day_numbers_in_fra_are_dates(store, tmp_path):
    path = _book(tmp_path / "d.xlsx", [["Navn", "Fra"], ["Anne", 45826], ["Bo", 45826.0],
                                       ["Cai", "45826"], ["Dan", 12], ["Eva", 45826.5]])
    preview = participant_import.preview_import(store, read_participants(path))
    anne, bo, cai, dan, eva = preview.rows
    assert anne.start_date == bo.start_date == cai.start_date == dt.date(2025, 6, 18)
    assert anne.ok and bo.ok and cai.ok
    assert dan.problems == ("»12« i Fra er ikke en dato (skriv fx 18-06-2025).",)
    assert not eva.ok and eva.start_date is None


# -- 12. singular counts in the CLI ---------------------------------------------------------------


def test_cli_says_one_person_and_one_row(demo_path, tmp_path, capsys):
    path = _book(tmp_path / "en.xlsx", [["Navn", "Organisation"], ["Ny Person", "Vejle Kommune"],
                                        [None, "KL"]])
    assert main(["import", "participants", "--db", str(demo_path), "--skip-invalid", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith("Importeret: 1 person; sprunget over: 1 række (se ovenfor).")
