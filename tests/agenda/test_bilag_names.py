"""Issue 18, defect 8: a bilag's name reads as what the file is, the open database is
never a bilag, any name the OS gives is taken, and the mødepakke's names stay in their
folder and never collide. The expected names are written out by hand."""

from __future__ import annotations

import datetime as dt
import os
import zipfile

import pytest

from kkrdesk.core.errors import ValidationError
from kkrdesk.services.agenda import attachments
from kkrdesk.services.agenda import meetings

from date_cases import dump

# what a file is called -> the name the app keeps and shows
CLEANED = {
    "Faktura\u202efdp.exe": "Fakturafdp.exe",  # shows as "Fakturaexe.pdf" with U+202E
    "Dagsorden\n18-06\t2025\x07.pdf": "Dagsorden 18-06 2025.pdf",
    "\u200bBilag\u2066 A\u2069\ufeff\u00ad.docx": "Bilag A.docx",
    " \u00a0Præsentation \u2028\u2029 ny.pptx ": "Præsentation ny.pptx",
    "So\u0308ren\u200d\u200e.pdf": "S\u00f6ren.pdf",  # NFC: one composed ö
    "A" * 250 + ".pdf": "A" * 196 + ".pdf",  # 200 characters, the extension kept
    "\u202e\u200b": "bilag",
    "...": "bilag",
}


def _item(store, june18):
    return meetings.get_detail(store, june18).flat_items()[0]


def _names(store, june18):
    return [a.filename for a in _item(store, june18).attachments]


@pytest.mark.parametrize("raw", list(CLEANED))
def test_a_name_is_cleaned_on_the_way_in(demo_store, june18, tmp_path, raw):
    (tmp_path / raw).write_bytes(b"data")
    attachments.add_file(demo_store, _item(demo_store, june18).id, tmp_path / raw)
    assert _names(demo_store, june18)[-1] == CLEANED[raw]


def test_a_long_name_keeps_its_extension_within_255_bytes(demo_store, june18):
    item = _item(demo_store, june18)
    attachments.add_bytes(demo_store, item.id, "æ" * 200 + ".pdf", b"data")
    assert _names(demo_store, june18)[-1] == "æ" * 125 + ".pdf"  # 254 bytes in UTF-8


def test_a_latin1_file_name_is_attached_with_its_bytes(demo_store, june18, tmp_path):
    raw = os.fsencode(tmp_path) + b"/caf\xe9 m\xf8de.pdf"  # not UTF-8
    with open(raw, "wb") as f:
        f.write(b"%PDF-1.4 latin")
    [listed] = [n for n in os.listdir(tmp_path) if n.startswith("caf")]  # surrogate-escaped
    for path in (tmp_path / listed, raw):
        attachments.add_file(demo_store, _item(demo_store, june18).id, path)
    atts = _item(demo_store, june18).attachments
    assert [a.filename for a in atts[-2:]] == ["caf\ufffd m\ufffdde.pdf"] * 2
    assert attachments.read(demo_store, atts[-1].id) == ("caf\ufffd m\ufffdde.pdf", b"%PDF-1.4 latin")


def _database_doors(db):
    """name -> a path that is the open database or a file beside it, by some name."""
    (db.parent / "sub").mkdir()
    os.link(db, db.parent / "kopi.sqlite")
    os.symlink(db, db.parent / "genvej.sqlite")
    os.symlink(f"{db}-wal", db.parent / "genvej-wal")
    (db.parent / f"{db.name}-journal").write_bytes(b"")
    return {
        "demo.sqlite": db, "demo.sqlite-wal": f"{db}-wal", "demo.sqlite-shm": f"{db}-shm",
        "demo.sqlite.lock": f"{db}.lock", "demo.sqlite-journal": f"{db}-journal",
        "kopi.sqlite": db.parent / "kopi.sqlite", "genvej.sqlite": db.parent / "genvej.sqlite",
        "genvej-wal": db.parent / "genvej-wal", "via ..": db.parent / "sub" / ".." / db.name,
    }


@pytest.mark.sqlite_only("the database's own file")
def test_the_open_database_and_its_side_files_are_never_a_bilag(demo_store, june18):
    db = demo_store.path
    doors = _database_doors(db)
    before, item = dump(db), _item(demo_store, june18)
    for name, path in doors.items():
        with pytest.raises(ValidationError) as exc:
            attachments.add_file(demo_store, item.id, path)
        shown = os.path.basename(path)
        side = name.endswith(("-wal", "-shm", ".lock", "-journal"))
        assert str(exc.value) == (
            f"»{shown}« er en hjælpefil til den åbne database (demo.sqlite); den kan ikke "
            "vedhæftes som bilag." if side else
            f"»{shown}« er den database, KKR Desk har åben; den kan ikke vedhæftes som bilag.")
    assert dump(db) == before


@pytest.mark.sqlite_only("a copy of the database file")
def test_a_copy_of_the_database_is_a_file_like_any_other(demo_store, june18, tmp_path):
    copy = tmp_path / "demo.sqlite.bak"
    copy.write_bytes(demo_store.path.read_bytes())
    attachments.add_file(demo_store, _item(demo_store, june18).id, copy)
    assert _names(demo_store, june18)[-1] == "demo.sqlite.bak"


@pytest.mark.sqlite_only("beside the database file")
def test_a_folder_a_pipe_and_a_missing_file_are_refused_in_danish(demo_store, june18, tmp_path):
    os.mkfifo(tmp_path / "rør")
    (tmp_path / "mappe.pdf").mkdir()
    before, item = dump(demo_store.path), _item(demo_store, june18)
    for name, message in (("rør", "»rør« er ikke en fil, der kan vedhæftes."),
                          ("mappe.pdf", "»mappe.pdf« er ikke en fil, der kan vedhæftes."),
                          ("væk.pdf", "»væk.pdf« findes ikke.")):
        with pytest.raises(ValidationError) as exc:
            attachments.add_file(demo_store, item.id, tmp_path / name)
        assert str(exc.value) == message
    assert dump(demo_store.path) == before


# -- the mødepakke -------------------------------------------------------------------------


def test_the_package_names_are_clean_stay_in_the_folder_and_never_collide(tmp_path):
    import docx

    from kkrdesk.export.meeting_package import write_package
    from kkrdesk.views.agenda import AttachmentView

    given = [("9.1", "Webinar.pdf"), ("9.1", "Webinar.pdf"), ("9.1", "webinar.PDF"),
             ("9.2", "../../etc/passwd"), ("9.3", "a\\b:c*?.docx"), ("9.4", "x\u202efdp.exe"),
             ("9.5", "Notat\n\r.txt"), ("9.6", "Ø" * 300 + ".pptx"), ("9.7", "\u200b"),
             ("", "..")]
    bilag = [(AttachmentView(i, number, name, 4), str(i).encode())
             for i, (number, name) in enumerate(given)]
    out = write_package(docx.Document(), "Referat 18-06-2025.docx", bilag, tmp_path / "p.zip")
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        z.extractall(tmp_path / "ud")
    assert names[:9] == [
        "Referat 18-06-2025.docx", "Bilag 9.1 - Webinar.pdf", "Bilag 9.1 - Webinar (2).pdf",
        "Bilag 9.1 - webinar (3).PDF", "Bilag 9.2 - .._.._etc_passwd",
        "Bilag 9.3 - a_b_c__.docx", "Bilag 9.4 - xfdp.exe", "Bilag 9.5 - Notat .txt",
        "Bilag 9.6 - " + "Ø" * 119 + ".pptx"]  # 255 bytes
    assert names[9:] == ["Bilag 9.7 -", "Bilag -"]
    assert len({n.casefold() for n in names}) == len(names) == len(given) + 1
    extracted = sorted(p.name for p in (tmp_path / "ud").iterdir())
    assert extracted == sorted(names) and all(len(n.encode()) <= 255 for n in names)


@pytest.mark.sqlite_only("edits the database file with sqlite3")
def test_a_name_an_older_version_kept_is_shown_and_packed_clean(demo_store, june18, tmp_path):
    import sqlite3

    item = _item(demo_store, june18)
    conn = sqlite3.connect(demo_store.path)
    conn.execute("insert into attachment (item_id, position, filename, size, added_on, data) "
                 "values (?, 9, ?, 1, ?, x'41')", (item.id, "Løn\u202efdp.exe\n", dt.date(2025, 1, 1)))
    conn.commit()
    conn.close()
    from kkrdesk.export.package_names import bilag_name

    att = _item(demo_store, june18).attachments[-1]
    assert att.label.endswith(": Lønfdp.exe") and bilag_name(att).endswith(" - Lønfdp.exe")
    assert attachments.read(demo_store, att.id) == ("Lønfdp.exe", b"A")
