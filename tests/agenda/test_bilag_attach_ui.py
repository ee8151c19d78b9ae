"""Issue 18, defect 8, through the item pane's »Vedhæft …« button (the file dialog is
the OS's, so it is replaced by the paths it would return): a spoofing name is shown
clean, the open database is refused with a message, a Latin-1 name is attached, and a
refused file leaves no step in the Rediger menu."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from kkrdesk.services.agenda import meetings


def bilag_rows(path) -> list[tuple]:
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("select id, item_id, filename, size from attachment").fetchall()
    finally:
        conn.close()

WEBINAR = "Forslag til afholdelse af webinar om, hvordan kommuner kan teste korrespondancemeddelelser"


@pytest.fixture
def pane(agenda_tab, monkeypatch):
    """The Punkt pane on the webinar item (number 9); ``pane.pick(paths)`` clicks the
    attach button with the dialog returning ``paths``; ``pane.warnings`` collects
    the messages shown."""
    from kkrdesk.ui.agenda import attachment_actions

    tab = agenda_tab
    row = [i.title for i in tab.detail.items].index(WEBINAR)
    tab.view.setCurrentIndex(tab.model.index(row, 0))
    tab.side.setCurrentWidget(tab.item_pane)
    warnings: list[str] = []
    monkeypatch.setattr(attachment_actions.QMessageBox, "warning",
                        lambda parent, title, text: warnings.append(text))
    chosen: list[str] = []
    monkeypatch.setattr(attachment_actions.QFileDialog, "getOpenFileNames",
                        lambda *a, **k: (list(chosen), ""))

    def pick(qtbot, paths):
        chosen[:] = [str(p) for p in paths]
        qtbot.mouseClick(tab.item_pane.attach_button, Qt.MouseButton.LeftButton)

    tab.pick, tab.warnings = pick, warnings
    return tab


def listed(tab) -> list[str]:
    bilag = tab.item_pane.bilag
    return [bilag.item(i).text() for i in range(bilag.count())]


def test_a_spoofing_name_is_attached_and_shown_clean(qtbot, pane, tmp_path):
    path = tmp_path / "Faktura\u202efdp.exe"
    path.write_bytes(b"MZ")
    pane.pick(qtbot, [path])
    assert listed(pane) == ["Bilag 8.1: Fakturafdp.exe (1 kB)"]
    assert pane.ctx.undo_stack.undoText() == "Vedhæft »Fakturafdp.exe« til punkt 8"


def test_the_open_database_is_refused_and_leaves_no_undo_step(qtbot, pane, demo_store, tmp_path):
    db = demo_store.path
    os.link(db, tmp_path / "kopi.sqlite")
    good = tmp_path / "Program.pdf"
    good.write_bytes(b"%PDF-1.4")
    before = bilag_rows(db)
    pane.pick(qtbot, [db, f"{db}-wal", tmp_path / "kopi.sqlite", good])
    assert pane.warnings == [
        "»demo.sqlite« er den database, KKR Desk har åben; den kan ikke vedhæftes som bilag.",
        "»demo.sqlite-wal« er en hjælpefil til den åbne database (demo.sqlite); den kan ikke "
        "vedhæftes som bilag.",
        "»kopi.sqlite« er den database, KKR Desk har åben; den kan ikke vedhæftes som bilag."]
    assert listed(pane) == ["Bilag 8.1: Program.pdf (1 kB)"]
    assert pane.ctx.undo_stack.count() == 1
    pane.ctx.undo_stack.undo()
    assert listed(pane) == [] and bilag_rows(db) == before


def test_a_latin1_name_is_attached_and_undone_and_redone(qtbot, pane, demo_store, june18, tmp_path):
    folder = tmp_path / "bilag"
    folder.mkdir()
    with open(os.fsencode(folder) + b"/M\xf8de \xe6ndret.pdf", "wb") as f:
        f.write(b"%PDF-1.4 latin")
    [name] = os.listdir(folder)  # what Python and a file dialog hand over: surrogates
    pane.pick(qtbot, [folder / name])
    assert pane.warnings == [] and listed(pane) == ["Bilag 8.1: M\ufffdde \ufffdndret.pdf (1 kB)"]
    stack = pane.ctx.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Vedhæft »M\ufffdde \ufffdndret.pdf« til punkt 8"
    stack.undo()
    assert listed(pane) == []
    stack.redo()
    assert listed(pane) == ["Bilag 8.1: M\ufffdde \ufffdndret.pdf (1 kB)"]
    item = next(i for i in meetings.get_detail(demo_store, june18).flat_items() if i.title == WEBINAR)
    from kkrdesk.services.agenda import attachments

    assert attachments.read(demo_store, item.attachments[0].id)[1] == b"%PDF-1.4 latin"


def test_a_name_the_dialog_could_not_decode_is_refused_without_a_step(qtbot, pane, tmp_path):
    with open(os.fsencode(tmp_path) + b"/caf\xe9.pdf", "wb") as f:
        f.write(b"x")
    pane.pick(qtbot, [tmp_path / "caf\ufffd.pdf"])  # a name decoded with replacement
    assert pane.warnings == ["»caf\ufffd.pdf« findes ikke."]
    assert listed(pane) == [] and pane.ctx.undo_stack.count() == 0
