"""Danish throughout (issue 22, items 11 and 12): redo is »Omgør«, the word Danish Windows
and Qt's own text fields use, in every menu; and Qt's own file dialog names a folder
»Mappe« (a text Qt 6 moved where its Danish translation has none; the side bar's
»Computer« is the Danish word already), with »Annuller« on its cancel button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMenu, QPushButton, QTreeView

import kkrdesk
from kkrdesk.ui.qt_setup import application


def all_texts(menu: QMenu) -> list[str]:
    """Every entry of ``menu`` and of its submenus, as shown (accelerators stripped)."""
    texts = []
    for action in menu.actions():
        texts.append(action.text().replace("&", ""))
        if action.menu() is not None:
            texts += all_texts(action.menu())
    return texts


def test_every_menu_says_omgoer_for_redo(qtbot, laptop_window):
    application()  # Qt's own texts in Danish, as at start
    win = laptop_window
    win.refresh()  # the meeting box picks a meeting, as at start
    win.show()
    qtbot.waitExposed(win)
    tab = win.agenda_tab
    assert tab.toolbar.isEnabled()
    new_item = tab.toolbar.widgetForAction(tab.actions_by_name["insert"])  # »Nyt punkt«
    qtbot.mouseClick(new_item, Qt.MouseButton.LeftButton)
    win.undo_action.trigger()  # Rediger > Fortryd: now there is something to redo
    texts = [t for action in win.menuBar().actions() for t in all_texts(action.menu())]
    field = all_texts(win.sor_tab.search.createStandardContextMenu())  # a text field's own menu
    assert not [t for t in texts + field if "Gentag" in t], texts + field
    assert "Omgør Indsæt punkt »Nyt punkt«" in texts  # Rediger > Omgør, naming the step
    assert any(t.startswith("Omgør") for t in field), field


def test_no_other_word_for_redo_in_the_program():
    root = Path(kkrdesk.__file__).parent
    found = [str(p.relative_to(root)) for p in root.rglob("*.py") if "Gentag" in p.read_text("utf-8")]
    assert found == []


def _rows(view, column: int = 0) -> list[str]:
    model, root = view.model(), view.rootIndex()
    return [str(model.index(r, column, root).data()) for r in range(model.rowCount(root))]


def test_qt_s_file_dialog_names_folders_and_the_computer_in_danish(qtbot, tmp_path):
    application()
    (tmp_path / "Bilag").mkdir()
    (tmp_path / "Referat 18-06-2025.docx").write_bytes(b"")
    dialog = QFileDialog(None, "Eksportér referat", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # what Linux without a desktop shows
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    files = dialog.findChild(QTreeView, "treeView")
    qtbot.waitUntil(lambda: "Bilag" in _rows(files))
    kinds = dict(zip(_rows(files), _rows(files, 2)))  # the Type column
    assert kinds["Bilag"] == "Mappe"
    assert not set(kinds.values()) & {"Folder", "File Folder", "Drive", "Unknown"}
    assert "Annuller" in {b.text() for b in dialog.findChildren(QPushButton)}
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuller"
