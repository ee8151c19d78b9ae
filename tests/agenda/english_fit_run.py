"""The item pane of the English window at a laptop's 1366×768, in a process of its own
(the English translator is installed for the whole process):

    python english_fit_run.py DB

``PAGE [item, page, scrolls sideways, content's least width, pane's width]`` for every
item of the shown meeting and every page of the item pane, laid out as the window is
drawn (``--screenshot``'s way: resized and grabbed)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "reliability"), str(HERE.parent)]

from gui_driver import emit  # noqa: E402


def main(db: Path) -> int:
    from PySide6.QtWidgets import QApplication, QScrollArea, QTabWidget

    from kkrdesk.ui.app import Session
    from kkrdesk.ui.qt_setup import application, set_language_override

    app = application()
    set_language_override(app, "en")
    session = Session(app, interactive=False)
    if not session.open(db, create=False):
        return 2
    window = session.window
    window.resize(1366, 768)
    window.show()
    QApplication.processEvents()
    tab = window.agenda_tab
    pages = tab.findChildren(QTabWidget)[0]
    for row in range(tab.model.rowCount()):
        tab.view.setCurrentIndex(tab.model.index(row, 0))
        for page in range(pages.count()):
            pages.setCurrentIndex(page)
            QApplication.processEvents()
            window.grab()  # laid out and painted as on the screen
            for area in tab.findChildren(QScrollArea):
                if area.isVisibleTo(window):
                    emit("PAGE", [row, pages.tabText(page), area.horizontalScrollBar().isVisible(),
                                  area.widget().minimumSizeHint().width(), area.viewport().width()])
    emit("ALIVE", "")
    session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
