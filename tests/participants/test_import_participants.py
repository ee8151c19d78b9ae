"""Import of participants: reading .xlsx/.csv, the validation report, all-or-nothing,
the CLI."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from openpyxl import Workbook

from kkrdesk.cli import main
from kkrdesk.core.enums import Role
from kkrdesk.core.errors import ValidationError
from kkrdesk.imports.participants_file import read_participants
from kkrdesk.services.participants import file_import as participant_import
from kkrdesk.services.participants import people as participants
from kkrdesk.services.database import open_database
from kkrdesk.services.participants.people import PersonFields

HEAD = ["Navn", "Organisation", "Rolle", "E-mail", "Telefon", "Fra"]


def xlsx(path, rows, head=HEAD, title="Deltagere"):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    ws.append(head)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_xlsx_with_danish_headers_and_real_dates(store, tmp_path):
    path = xlsx(tmp_path / "d.xlsx", [
        ["Kristina Farsinsen", "Aalborg Kommune", "medlem", "kf@aalborg.dk", 98765432,
         dt.datetime(2025, 6, 18)],
        ["Poul Erik Kristensen", "KL", "Sekretariat", None, None, "18.6.2025"],
        ["Sabina Hedefeld Leopold", "kombit", "oplægsholder/gæst", None, "+45 33 33 33 33", None],
    ])
    table = read_participants(path)
    assert table.kind == "xlsx" and table.sheet == "Deltagere" and len(table.rows) == 3
    preview = participant_import.preview_import(store, table)
    assert not preview.invalid, preview.report_lines()
    r = preview.rows
    assert (r[0].organisation, r[0].phone, r[0].start_date) == ("Aalborg Kommune", "98765432", dt.date(2025, 6, 18))
    assert r[1].role == Role.SECRETARIAT and r[1].start_date == dt.date(2025, 6, 18)
    assert r[2].organisation == "KOMBIT" and r[2].role == Role.PRESENTER
    result = participant_import.commit_import(store, table)
    people = {p.name: p for p in participants.list_people(store)}
    assert people["Kristina Farsinsen"].network_role == Role.MEMBER
    assert len(result.person_ids) == 3 and len(result.membership_ids) == 3


@pytest.mark.parametrize("sep", [";", ",", "\t"])
def test_csv_with_english_headers_and_any_separator(store, tmp_path, sep):
    path = tmp_path / "p.csv"
    path.write_text(sep.join(["name", "organisation", "role", "email", "phone", "from"]) + "\n"
                    + sep.join(["Anne Jensen", "Aarhus", "member", "a@aarhus.dk", "12345678",
                                "2025-01-31"]) + "\n", encoding="utf-8")
    preview = participant_import.preview_import(store, read_participants(path))
    (row,) = preview.rows
    assert row.ok and row.organisation == "Aarhus Kommune" and row.start_date == dt.date(2025, 1, 31)


def test_csv_from_danish_excel_in_windows_1252_and_utf16(store, tmp_path):
    p1 = tmp_path / "cp.csv"
    p1.write_bytes("Navn;Organisation\nSøren Ærø;Høje-Taastrup Kommune\n".encode("cp1252"))
    p2 = tmp_path / "u16.csv"
    p2.write_bytes("Navn\tOrganisation\nÅse Øst\tKL\n".encode("utf-16"))
    assert participant_import.preview_import(store, read_participants(p1)).rows[0].name == "Søren Ærø"
    assert read_participants(p2).rows[0].values == {"name": "Åse Øst", "organisation": "KL"}


def test_validation_report_names_every_problem(store, tmp_path):
    participants.add_person(store, PersonFields(
        "Anne Jensen", organisation_id=next(o.id for o in participants.list_organisations(store)
                                            if o.name == "Aarhus Kommune"), email="anne@x.dk"))
    path = tmp_path / "d.csv"
    path.write_text(
        "Navn;Organisation;Rolle;E-mail;Telefon;Fra;Afdeling\n"
        "Bo Berg;Aalborg;;bo@x.dk;;31-02-2025;IT\n"            # 2 bad date
        ";KL;;;;;\n"                                            # 3 missing name
        "Cai;Aalborg Kommmune;;;;;\n"                           # 4 unknown organisation
        "anne  jensen;Aarhus Kommune;;;;;\n"                    # 5 exists already
        "Dan;;boss;;;;\n"                                       # 6 unknown role
        "Bo Berg;Aalborg Kommune;;;;;\n"                        # 7 twice in the file
        "Eva;;;anne@x.dk;;;\n"                                  # 8 e-mail in use
        "Finn;;;finn;tlf;18-06-25;\n"                           # 9 bad e-mail and phone
        "Gitte;;;;;18-06-1800;\n"                               # 10 absurd year
        + ("X" * 300) + ";;;;;;\n",                             # 11 name too long
        encoding="utf-8")
    preview = participant_import.preview_import(store, read_participants(path))
    bad = {r.line: " ".join(r.problems) for r in preview.invalid}
    assert "ikke en dato" in bad[2]
    assert "Navn mangler" in bad[3]
    assert "Ukendt organisation »Aalborg Kommmune«" in bad[4]
    assert "Findes allerede: Anne Jensen, Aarhus Kommune" in bad[5]
    assert "Ukendt rolle »boss«" in bad[6]
    assert "Samme person som række 2" in bad[7]
    assert "bruges allerede af Anne Jensen" in bad[8]
    assert "e-mailadresse" in bad[9] and "telefonnummer" in bad[9]
    assert "urimelig" in bad[10]
    assert "for lang" in bad[11]
    assert len(bad) == 10 and preview.ignored_columns == ("Afdeling",)
    lines = preview.report_lines()
    assert lines[0] == "d.csv: 10 rækker, 0 gyldige, 10 med fejl."
    assert lines[1] == "Kolonner, der ikke bruges: Afdeling."
    before = len(participants.list_people(store))
    with pytest.raises(ValidationError, match="intet er importeret"):
        participant_import.commit_import(store, read_participants(path))
    assert len(participants.list_people(store)) == before
    with pytest.raises(ValidationError, match="ingen gyldige"):
        participant_import.commit_import(store, read_participants(path), skip_invalid=True)


def test_skip_invalid_imports_the_rest(store, tmp_path):
    path = xlsx(tmp_path / "d.xlsx", [["Ok Person", "KL"], [None, "KL"], ["Også ok", None]],
                head=["Navn", "Organisation"])
    result = participant_import.commit_import(store, read_participants(path), skip_invalid=True)
    assert len(result.person_ids) == 2 and [r.line for r in result.skipped] == [3]


@pytest.mark.parametrize("content, message", [
    (b"", "er tom"),
    (b"\n\n  \n", "er tom"),
    (b"Navn;Organisation\n", "ingen rækker"),
    (b"Fornavn;Efternavn\nA;B\n", "Kolonnen »Navn« mangler; fandt: Fornavn, Efternavn"),
    (b"Navn;name\nA;B\n", r"står to gange \(kolonne A og B\)"),
    (b"Navn;Navn\nA;B\n", "står to gange"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "ikke et regneark"),
    (b"%PDF-1.7\n", "ikke et regneark"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "gamle Excel-format"),
    (b"\x00\x01\x02binary", "hverken et regneark"),
    (b"PK\x03\x04garbage", "ikke et gyldigt Excel-regneark"),
])
def test_files_that_are_not_participant_lists(tmp_path, content, message):
    path = tmp_path / "fil.csv"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=message):
        read_participants(path)


def test_text_named_xlsx_and_missing_files(tmp_path):
    fake = tmp_path / "fake.xlsx"
    fake.write_text("Navn\nA\n")
    with pytest.raises(ValidationError, match="ikke et Excel-regneark"):
        read_participants(fake)
    with pytest.raises(ValidationError, match="findes ikke"):
        read_participants(tmp_path / "nope.csv")
    with pytest.raises(ValidationError, match="mappe"):
        read_participants(tmp_path)


def test_sheet_chosen_by_its_header(tmp_path):
    wb = Workbook()
    wb.active.title = "Forside"
    wb.active.append(["Deltagerliste 2025"])
    ws = wb.create_sheet("Liste")
    ws.append([])
    ws.append(["NAVN ", "E-Mail"])
    ws.append(["Anne", "a@x.dk"])
    wb.save(tmp_path / "d.xlsx")
    table = read_participants(tmp_path / "d.xlsx")
    assert table.sheet == "Liste" and table.rows[0].line == 3
    assert table.rows[0].values == {"name": "Anne", "email": "a@x.dk"}


def test_huge_files_are_refused(tmp_path, monkeypatch):
    import kkrdesk.imports.participants_file as pf
    import kkrdesk.imports.participants_table as pt

    path = tmp_path / "d.csv"
    path.write_text("Navn\n" + "A\n" * 30)
    monkeypatch.setattr(pt, "MAX_ROWS", 20)
    with pytest.raises(ValidationError, match="mere end 20 rækker"):
        read_participants(path)
    monkeypatch.setattr(pf, "MAX_FILE_BYTES", 10)
    with pytest.raises(ValidationError, match="for stor"):
        read_participants(path)


def test_a_2000_row_sheet_previews_and_commits_in_one_step(store, tmp_path):
    rows = [[f"Person {i:04d}", "Aarhus Kommune" if i % 2 else "Odense", "medlem",
             f"p{i}@x.dk", f"{20_000_000 + i}", dt.date(2025, 1, 1)] for i in range(2000)]
    path = xlsx(tmp_path / "stor.xlsx", rows)
    start = time.perf_counter()
    table = read_participants(path)
    preview = participant_import.preview_import(store, table)
    assert len(preview.valid) == 2000
    result = participant_import.commit_import(store, table)
    assert time.perf_counter() - start < 15
    assert len(result.person_ids) == 2000
    assert sum(p.is_current_member for p in participants.list_people(store)) == 2000


def test_cli_import_all_or_nothing(demo_path, tmp_path, capsys):
    good = xlsx(tmp_path / "god.xlsx", [["Ny Person", "Vejle Kommune", "medlem", None, None, "05-11-2025"]])
    bad = xlsx(tmp_path / "fejl.xlsx", [["Ny Anden", "KL"], ["Kristina Farsinsen", "Aalborg Kommune"],
                                        [None, "KL"]], head=["Navn", "Organisation"])
    assert main(["import", "participants", "--db", str(demo_path), str(bad)]) == 1
    out = capsys.readouterr()
    assert "Række 3: Findes allerede: Kristina Farsinsen, Aalborg Kommune." in out.out
    assert "Række 4: Navn mangler." in out.out and "Intet er importeret" in out.err
    assert main(["import", "participants", "--db", str(demo_path), str(good)]) == 0
    assert "Importeret: 1 person." in capsys.readouterr().out
    assert main(["import", "participants", "--db", str(demo_path), str(bad), "--skip-invalid"]) == 0
    out = capsys.readouterr().out
    assert "sprunget over: 2 rækker" in out
    with open_database(demo_path) as store:
        names = {p.name for p in participants.list_people(store)}
    assert {"Ny Person", "Ny Anden"} <= names
    (tmp_path / "tom.csv").write_bytes(b"")
    assert main(["import", "participants", "--db", str(demo_path), str(tmp_path / "tom.csv")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kkrdesk: ") and err.count("\n") == 1
    assert main(["import", "participants", str(good)]) == 2
