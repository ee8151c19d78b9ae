"""The smoother agenda tab: "Nyt underpunkt" opens the title editor, a new item's
duration follows its kind, Danish counts and command-line help."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QToolButton

from kkrdesk.core.enums import ItemKind
from kkrdesk.services.agenda import items as agenda
from kkrdesk.services.agenda import meetings
from kkrdesk.ui.agenda.columns import COL_DURATION, COL_TITLE


def _tool_button(tab, text):
    return next(b for b in tab.toolbar.findChildren(QToolButton) if b.text() == text)


def test_new_sub_item_opens_its_title_for_typing(qtbot, agenda_tab, demo_store):
    tab = agenda_tab
    row = [i.title for i in tab.detail.items].index("Meddelelser")
    tab.view.setCurrentIndex(tab.model.index(row, 0))
    qtbot.mouseClick(_tool_button(tab, "Nyt underpunkt"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.view.state() == QAbstractItemView.State.EditingState, timeout=2000)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Nyt fra KOMBIT")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Nyt fra KOMBIT" in [
        c.title for c in meetings.get_detail(demo_store, tab.ctx.meeting_id).items[row].children],
        timeout=3000)
    assert tab.current_item().title == "Nyt fra KOMBIT" and tab.current_item().parent_id is not None


def test_new_item_duration_follows_its_kind_until_set(store):
    mid = meetings.create_meeting(store, date=dt.date(2025, 9, 10))
    item = agenda.insert_item(store, mid, title="Nyt punkt")
    d = lambda: meetings.get_detail(store, mid).by_id[item]  # noqa: E731
    assert d().duration_min == 15
    agenda.update_item(store, item, kind=ItemKind.WELCOME)
    assert d().duration_min == 10
    old = agenda.update_item(store, item, kind=ItemKind.BREAK)
    assert d().duration_min == 15
    agenda.update_item(store, item, **old)  # undo puts kind and minutes back
    assert (d().kind, d().duration_min) == (ItemKind.WELCOME, 10)
    agenda.update_item(store, item, duration_min=25)  # set by hand: kept from now on
    agenda.update_item(store, item, kind=ItemKind.ANY_OTHER_BUSINESS)
    assert d().duration_min == 25


def test_one_meeting_is_one_møde(qtbot, store):
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.main_window import MainWindow

    meetings.create_meeting(store, date=dt.date(2025, 9, 10))
    window = MainWindow(AppContext(store))
    qtbot.addWidget(window)
    window.refresh()
    assert window.statusBar().currentMessage() == "1 møde i databasen"


def test_command_line_help_is_danish(capsys):
    import pytest

    from kkrdesk.cli.entry import main

    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "MAPPE" in out and "STI" in out
    assert " DIR" not in out and " PATH" not in out
    with pytest.raises(SystemExit):
        main(["demo", "--help"])
    assert "PATH" not in capsys.readouterr().out


def test_qt_file_dialogs_speak_danish(qtbot):
    """Qt's own file dialog (used where the desktop offers none) gets its words from
    the qtbase_da translation, which must be installed with Qt and loaded at start."""
    from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

    from kkrdesk.ui.app import application

    application()
    dialog = QFileDialog(None, "Eksportér referat")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {w.text() for w in dialog.findChildren(QLabel)}
    assert {"&Kig i:", "Filer af &type:", "&Filnavn:"} <= labels
    assert not any("Look in" in t or "Files of" in t for t in labels)
    assert "Annuller" in {b.text() for b in dialog.findChildren(QPushButton)}


def test_nothing_clipped_in_the_cell_editors_and_the_topic_dialog(qtbot, agenda_tab):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QInputDialog, QSpinBox

    from kkrdesk.ui.agenda.columns import COL_SLOT

    tab = agenda_tab
    index = tab.model.index(0, COL_DURATION)
    tab.view.setCurrentIndex(index)
    tab.view.edit(index)
    spin = next(w for w in tab.view.viewport().findChildren(QSpinBox) if w.isVisible())
    assert spin.width() >= spin.sizeHint().width()  # "15 min." whole, not "15 mir"
    tab.view.closePersistentEditor(index)
    slot_editor = tab.view.itemDelegateForColumn(COL_SLOT).createEditor(
        tab.view.viewport(), None, tab.model.index(0, COL_SLOT))
    hint = slot_editor.placeholderText()
    assert slot_editor.fontMetrics().horizontalAdvance(hint) + 12 <= tab.view.header().sectionSize(COL_SLOT)
    seen = []

    def look():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(5, look)
            return
        seen.append(dialog.width())
        dialog.reject()
    QTimer.singleShot(0, look)
    tab.followup_pane._new_topic()
    assert seen and seen[0] >= 500 and isinstance(QInputDialog, type)
