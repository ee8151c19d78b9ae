"""The Excel overview: real tables, frozen headers, filters, widths, Danish dates,
no formulas, contact data only on request, atomic writes, the CLI."""

from __future__ import annotations

import datetime as dt
import os
import stat

import pytest
from openpyxl import load_workbook

from kkrdesk.cli import main
from kkrdesk.core.enums import Role
from kkrdesk.export.atomic import ExportError
from kkrdesk.export.overview_xlsx import export_overview
from kkrdesk.services.overview.gather import overview_data
from kkrdesk.export.xlsx_common import MAX_CELL, Col, Sheet, safe_text, write_workbook
from kkrdesk.services.participants import memberships
from kkrdesk.services.participants import people as participants
from kkrdesk.services.participants.people import PersonFields

D18 = dt.date(2025, 6, 18)
SHEETS = ["Medlemmer", "Medlemshistorik", "Fremmøde", "Fremmøde pr. person",
          "Fremmøde pr. organisation", "SOR-forslag", "SOR-høringsrunder", "SOR-høringssvar",
          "Projekter", "Milepæle", "Projektorganisation", "Finansiering",
          "Møder", "Opfølgning"]


def _rows(ws):
    return [list(r) for r in ws.iter_rows(values_only=True)]


@pytest.fixture
def workbook(demo_store, tmp_path):
    path = tmp_path / "oversigt.xlsx"
    result = export_overview(overview_data(demo_store, today=D18), path)
    return result, load_workbook(path)


def test_every_sheet_is_one_real_table_with_frozen_header_and_widths(workbook):
    result, wb = workbook
    assert wb.sheetnames == SHEETS
    assert [t for t, _ in result.sheets] == SHEETS and result.rows == sum(n for _, n in result.sheets)
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2"
        (table,) = ws.tables.values()
        header = [c.value for c in ws[1]]
        assert table.ref == f"A1:{ws.cell(1, len(header)).column_letter}{max(ws.max_row, 2)}"
        assert [c.name for c in table.tableColumns] == header
        assert table.autoFilter.ref == table.ref and table.tableStyleInfo.showRowStripes
        for letter in (ws.cell(1, i).column_letter for i in range(1, len(header) + 1)):
            assert 6 <= ws.column_dimensions[letter].width <= 60
        assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)


def test_members_and_history_show_who_replaced_whom_on_the_same_row(workbook):
    _, wb = workbook
    members = _rows(wb["Medlemmer"])
    assert members[0][:8] == ["Navn", "Titel", "Organisation", "Region", "KKR", "Rolle",
                              "Udpeget af", "Fra"]
    assert "E-mail" not in members[0] and "Telefon" not in members[0]
    kristina = next(r for r in members if r[0] == "Kristina Farsinsen")
    assert kristina[2] == "Aalborg Kommune" and kristina[4] == "KKR Nordjylland"
    assert kristina[7] == dt.datetime(2025, 6, 18) and kristina[-1] == "Niels Rygaard"
    assert {r[0] for r in members[1:]} == {"Kristina Farsinsen", "Niels Vingborg",
                                           "Poul Erik Kristensen", "Sudarvili Vaithialingam"}
    history = _rows(wb["Medlemshistorik"])
    head = history[0]
    vivi = next(r for r in history if r[0] == "Vivi Orthmann")
    assert vivi[head.index("Afløst af")] == "Niels Vingborg og Sudarvili Vaithialingam"
    assert vivi[head.index("Status")] == "Tidligere"
    assert vivi[head.index("Til")] == dt.datetime(2025, 6, 18)
    niels = next(r for r in history if r[0] == "Niels Vingborg")
    assert niels[head.index("Har overtaget pladsen efter")] == "Vivi Orthmann"
    ws = wb["Medlemshistorik"]
    col = head.index("Fra") + 1
    dated = [ws.cell(r, col) for r in range(2, ws.max_row + 1) if ws.cell(r, col).value]
    assert dated and all(c.is_date and c.number_format == "dd-mm-yyyy" for c in dated)


def test_attendance_sheets(workbook):
    _, wb = workbook
    detail = _rows(wb["Fremmøde"])
    assert detail[0][:5] == ["Dato", "Møde", "Navn", "Organisation", "Status"]
    assert len(detail) == 12
    assert sorted(r[4] for r in detail[1:]) == ["Afbud"] + ["Deltog"] * 10  # Niels Vingborg
    people = _rows(wb["Fremmøde pr. person"])
    head = people[0]
    assert head[:3] == ["Navn", "Organisation", "Deltager som"]
    by_name = {r[0]: dict(zip(head, r)) for r in people[1:]}
    assert by_name["Kristina Farsinsen"]["Deltager som"] == "Medlem"
    assert by_name["Iben Søgaard"]["Deltager som"] == "Gæst"  # guests marked apart
    assert by_name["Kristina Farsinsen"]["Ikke registreret"] == 0
    rate = wb["Fremmøde pr. person"].cell(2, head.index("Fremmøde") + 1)
    assert rate.number_format == "0%"
    orgs = _rows(wb["Fremmøde pr. organisation"])
    assert orgs[-1][0] == "Aalborg Kommune"  # Danish order: Aa last
    head = orgs[0]
    assert head == ["Organisation", "Personer", "Møder", "Møder med fremmøde", "Personfremmøder",
                    "Fremmøde"]
    medcom = dict(zip(head, next(r for r in orgs if r[0] == "MedCom")))
    assert (medcom["Møder"], medcom["Personfremmøder"]) == (1, 5)  # one meeting, five people


def test_contact_data_only_when_asked_for(demo_store, tmp_path):
    pid = next(p.id for p in participants.list_people(demo_store) if p.name == "Niels Vingborg")
    participants.update_person(demo_store, pid, PersonFields(
        "Niels Vingborg", organisation_id=participants.get_person(demo_store, pid).organisation_id,
        email="nv@roskilde.dk", phone="12 34 56 78"))
    plain, full = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    export_overview(overview_data(demo_store, today=D18), plain)
    export_overview(overview_data(demo_store, include_contact=True, today=D18), full)
    text = lambda p: str([r for ws in load_workbook(p).worksheets for r in _rows(ws)])  # noqa: E731
    assert "nv@roskilde.dk" not in text(plain) and "12 34 56 78" not in text(plain)
    members = _rows(load_workbook(full)["Medlemmer"])
    row = next(r for r in members if r[0] == "Niels Vingborg")
    assert row[members[0].index("E-mail")] == "nv@roskilde.dk"
    assert row[members[0].index("Telefon")] == "12 34 56 78"


FORMULA_LIKE = ["=1+1", "+4512345678", "-2", "@SUM(A1:A2)", "=cmd|' /C calc'!A0", "＝1+1", "\tx",
                "#N/A", "#DIV/0!"]


def test_text_that_looks_like_a_formula_stays_text(store, tmp_path):
    for text in FORMULA_LIKE:
        pid = participants.add_person(store, PersonFields(text + " navn"))
        memberships.add_membership(store, pid, memberships.MembershipFields(Role.MEMBER, notes=text))
    path = tmp_path / "x.xlsx"
    export_overview(overview_data(store), path)
    risky = ("=", "+", "-", "@", "＝")
    wb = load_workbook(path)
    names = {c.value: c for c in wb["Medlemmer"]["A"][1:]}
    hist = wb["Medlemshistorik"]
    col = [c.value for c in hist[1]].index("Bemærkning") + 1
    notes = {hist.cell(r, col).value: hist.cell(r, col) for r in range(2, hist.max_row + 1)}
    for text in FORMULA_LIKE:
        name = (text + " navn").strip()
        cell = names[name]
        assert cell.data_type == "s" and cell.quotePrefix == name.startswith(risky), text
        note = notes[text.strip()]
        assert note.data_type == "s", text
        assert note.quotePrefix == (text.strip().startswith(risky) or text.startswith("#")), text


def test_long_text_is_cut_at_excels_limit_and_special_text_survives(store, tmp_path):
    pid = participants.add_person(store, PersonFields("Ærø \u202eRTL 😀 _x0041_"))
    memberships.add_membership(store, pid, memberships.MembershipFields(
        Role.MEMBER, notes="😀" * 25_000))
    path = tmp_path / "x.xlsx"
    export_overview(overview_data(store), path)
    wb = load_workbook(path)
    assert wb["Medlemmer"].cell(2, 1).value == "Ærø \u202eRTL 😀 _x005F_x0041_"  # Excel shows _x0041_
    head = [c.value for c in wb["Medlemshistorik"][1]]
    note = wb["Medlemshistorik"].cell(2, head.index("Bemærkning") + 1).value
    assert note.endswith("…") and len(note.encode("utf-16-le")) // 2 <= MAX_CELL


def test_safe_text_drops_what_xml_cannot_carry():
    assert safe_text("a\x00b\x0bc\ud800d\r\ne") == "abcd\ne"
    assert safe_text(12) == "12"


def test_empty_database_still_gives_valid_tables(store, tmp_path):
    path = tmp_path / "tom.xlsx"
    result = export_overview(overview_data(store), path)
    assert result.rows == 0
    for ws in load_workbook(path).worksheets:
        (table,) = ws.tables.values()
        assert table.ref.endswith("2")  # header and one empty row


def test_sheet_and_table_names_are_checked(tmp_path):
    with pytest.raises(ValueError):
        write_workbook(tmp_path / "x.xlsx", [Sheet("A/B", "T", [Col("x")])])
    with pytest.raises(ValueError):
        write_workbook(tmp_path / "x.xlsx", [Sheet("A", "T 1", [Col("x")])])
    with pytest.raises(ValueError):
        write_workbook(tmp_path / "x.xlsx", [Sheet("A", "T", [Col("x"), Col("X")])])


def test_failed_export_leaves_the_old_file(demo_store, tmp_path, monkeypatch):
    (tmp_path / "ud").mkdir()
    path = tmp_path / "ud" / "oversigt.xlsx"
    path.write_bytes(b"old")
    import kkrdesk.export.overview_xlsx as ov

    def boom(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ov, "write_workbook", boom)
    with pytest.raises(ExportError):
        export_overview(overview_data(demo_store), path)
    assert path.read_bytes() == b"old" and os.listdir(path.parent) == ["oversigt.xlsx"]


def test_wrong_suffix_and_unwritable_folder(demo_store, tmp_path):
    with pytest.raises(ExportError, match=r"\.xlsx"):
        export_overview(overview_data(demo_store), tmp_path / "oversigt.csv")
    locked = tmp_path / "låst"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:  # refused by the folder's mode bits, even for root
        with pytest.raises(ExportError, match="skrivebeskyttet"):
            export_overview(overview_data(demo_store), locked / "x.xlsx")
        assert not (locked / "x.xlsx").exists()
    finally:
        locked.chmod(stat.S_IRWXU)


def test_cli_export_overview(demo_path, tmp_path, capsys):
    out = tmp_path / "oversigt.xlsx"
    assert main(["export", "overview", "--db", str(demo_path), "-o", str(out)]) == 0
    assert f"{len(SHEETS)} ark" in capsys.readouterr().out and load_workbook(out).sheetnames == SHEETS
    assert main(["export", "overview", "--db", str(demo_path), "-o", str(out), "--with-contact"]) == 0
    assert "E-mail" in [c.value for c in load_workbook(out)["Medlemmer"][1]]
    assert main(["export", "overview", "--db", str(tmp_path / "nope.sqlite"), "-o", str(out)]) == 1
    assert main(["export", "overview", "--db", str(demo_path),
                 "-o", str(tmp_path / "mangler" / "x.xlsx")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and "Traceback" not in err
    assert main(["export", "overview", "--db", str(demo_path)]) == 2
