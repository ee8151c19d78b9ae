"""Text as it enters: a CSV that mixes encodings is caught in the preview, naming the
line; the same name composed and decomposed is one person."""

from __future__ import annotations

import sqlite3

from kkrdesk.imports.participants_file import read_participants
from kkrdesk.services.agenda import presenters
from kkrdesk.services.agenda import meetings
from kkrdesk.services.participants import file_import as participant_import
from kkrdesk.services.participants import people as participants
from kkrdesk.services.participants.people import PersonFields
from test_participants_ui_path import drive, tab  # noqa: F401 - the Deltagere tab fixture
from kkrdesk.ui.participants import actions

COMPOSED = "S\u00f6ren Lund"        # ö as one code point
DECOMPOSED = "So\u0308ren Lund"     # o + combining diaeresis


def _mixed_csv(path):
    path.write_bytes("Navn;Organisation\n".encode("ascii")
                     + "Søren Ærø;KL\n".encode("utf-8")
                     + "Åse Østergård;KL\n".encode("latin-1")
                     + b"Bo Berg;KL\n")
    return path


def test_a_csv_mixing_utf8_and_latin1_is_caught_in_the_preview_naming_the_line(store, tmp_path):
    table = read_participants(_mixed_csv(tmp_path / "blandet.csv"))
    preview = participant_import.preview_import(store, table)
    by_line = {r.line: r for r in preview.rows}
    assert by_line[2].ok and by_line[4].ok
    assert not by_line[3].ok
    assert "Linje 3" in by_line[3].problems[0] and "tegnkodning" in by_line[3].problems[0]
    # Both lines read in their own encoding: no "SÃ¸ren" anywhere.
    assert [by_line[n].name for n in (2, 3)] == ["Søren Ærø", "Åse Østergård"]
    assert any(line.startswith("Række 3: Linje 3 har en anden tegnkodning") for line in preview.report_lines())
    # Nothing is imported while the row is flagged.
    assert len(preview.invalid) == 1


def test_a_csv_in_one_encoding_is_not_flagged(store, tmp_path):
    for encoding in ("utf-8", "cp1252"):
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes("Navn;Organisation\nSøren Ærø;KL\nÅse Østergård;KL\n".encode(encoding))
        preview = participant_import.preview_import(store, read_participants(path))
        assert [r.name for r in preview.rows] == ["Søren Ærø", "Åse Østergård"]
        assert not preview.invalid


def test_the_import_dialog_shows_the_mixed_line(tab, tmp_path):  # noqa: F811
    path = _mixed_csv(tmp_path / "blandet.csv")
    problems, seen = [], []

    def look(d):
        texts = [d.model.index(r, c).data() for r in range(d.model.rowCount())
                 for c in range(d.model.columnCount())]
        seen.extend(t for t in texts if isinstance(t, str) and "Linje 3" in t)
        assert not d.import_button.isEnabled()
    drive(look, problems)
    actions.import_participants(tab, tab.ctx, str(path))
    assert not problems and seen and "tegnkodning" in seen[0]
    assert tab.people.rowCount() == 0


def test_composed_and_decomposed_names_are_one_person(store, tmp_path):
    pid = participants.add_person(store, PersonFields(name=DECOMPOSED))
    assert participants.get_person(store, pid).name == COMPOSED
    path = tmp_path / "liste.csv"
    path.write_text(f"Navn\n{COMPOSED}\n", encoding="utf-8")
    preview = participant_import.preview_import(store, read_participants(path))
    assert preview.rows[0].problems and "Findes allerede" in preview.rows[0].problems[0]


def test_an_imported_decomposed_name_is_stored_composed(store, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text(f"Navn;Organisation\n{DECOMPOSED};KL\n", encoding="utf-8")
    participant_import.commit_import(store, read_participants(path))
    names = [p.name for p in participants.list_people(store)]
    assert names == [COMPOSED] and len(names[0]) == 10


def test_a_decomposed_presenter_links_to_the_composed_person(demo_store, june18, demo_path):
    pid = participants.add_person(demo_store, PersonFields(name=COMPOSED))
    item = meetings.get_detail(demo_store, june18).items[2]
    presenters.set_presenters(demo_store, item.id, [presenters.PresenterInput(DECOMPOSED)])
    with sqlite3.connect(f"file:{demo_path}?mode=ro", uri=True) as con:
        assert con.execute("SELECT person_id FROM presenter WHERE item_id = ?", (item.id,)).fetchall() == [(pid,)]
