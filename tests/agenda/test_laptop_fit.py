"""At a laptop's 1366×768 the agenda shows every title and presenter line whole (on more
lines where needed, never cut with »…«), and the Deltagere tab's attendance per
organisation fits its pane without scrolling sideways. Heights are measured with the
font's own word-wrapping metrics, not with the app's painter."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTabWidget

from kkrdesk.ui.agenda.columns import COL_PRESENTERS, COL_TITLE


def _every_index(model, column):
    stack = [model.index(r, column) for r in range(model.rowCount())]
    while stack:
        index = stack.pop()
        yield index
        first = index.siblingAtColumn(0)
        stack += [model.index(r, column, first) for r in range(model.rowCount(first))]


def test_every_title_and_presenter_line_is_shown_whole(qtbot, laptop_window, june18):
    win = laptop_window
    win.show()
    tab = win.agenda_tab
    win.ctx.select_meeting(june18)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    tab.view.expandAll()
    qtbot.wait(50)
    checked = 0
    for column in (COL_TITLE, COL_PRESENTERS):
        for index in _every_index(tab.model, column):
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            if not text:
                continue
            rect = tab.view.visualRect(index)
            font = index.data(Qt.ItemDataRole.FontRole) or tab.view.font()
            need = QFontMetrics(font).boundingRect(
                QRect(0, 0, rect.width() - 8, 10_000), Qt.TextFlag.TextWordWrap, text).height()
            assert rect.height() >= need, (text, rect.height(), need)
            checked += 1
    assert checked >= 20  # 15 titles and their presenters in the demo


def test_attendance_per_organisation_fits_without_scrolling_sideways(qtbot, tmp_path):
    from kkrdesk.demo.seed import write_demo
    from kkrdesk.services.database import open_database
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.main_window import MainWindow

    store = open_database(write_demo(tmp_path / "to-aar.sqlite", years=2))
    win = MainWindow(AppContext(store))
    qtbot.addWidget(win)
    win.refresh()
    win.resize(1366, 768)
    win.show()
    win.tabs.setCurrentIndex(3)
    pages = win.participants_tab.findChildren(QTabWidget)[0]
    pages.setCurrentIndex(pages.count() - 1)
    view = win.participants_tab.attendance.org_view
    qtbot.waitUntil(lambda: view.model().rowCount() > 20)
    qtbot.wait(50)
    header = view.horizontalHeader()
    assert header.length() <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
    store.close()
