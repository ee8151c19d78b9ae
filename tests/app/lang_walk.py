"""The English window's walk, in a process of its own: the run is set to English as
``--lang en`` does, then access_walk's tour (every tab, every page of every tab widget,
every dialog and confirmation the tabs' buttons and the window's menus open: settings,
import, export, delete, the chair's live view) reports each visible interface text
instead of the accessible names, and a search typed into the search field (Ctrl+F)
reports its results panel:

    python lang_walk.py DB [plant]

``TEXT [place, text]`` for every text seen: labels, buttons, group and tab titles, menu
entries, combo entries, placeholders, column headings, window titles, and each control's
accessible name and tool tip (what a screen reader says is interface too). Cell contents
of lists and tables are data (the demo's Danish meetings and names) and are not reported.
``plant`` adds one Danish label to the SOR-forslag tab, as a forgotten string would, to
prove the test finds it."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "reliability"), str(HERE.parent), str(HERE)]

import access_walk  # noqa: E402
from gui_driver import emit, wait  # noqa: E402

PLANTED = "Vis alle forslag fra i år"  # a Danish label no translation knows
SEARCH_WORD = "møde"


def texts(root) -> list[str]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton, QComboBox, QGroupBox, QHeaderView, QLabel, QLineEdit,
        QTabWidget, QWidget,
    )

    from kkrdesk.ui.accessible import CONTROLS, is_internal

    found = [root.windowTitle()] if root.isWindow() else []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root.window()):
            continue
        if isinstance(w, CONTROLS) and not is_internal(w):
            found += [w.accessibleName(), w.toolTip()]
        if isinstance(w, (QLabel, QAbstractButton)):
            found.append(w.text())
        elif isinstance(w, QGroupBox):
            found.append(w.title())
        elif isinstance(w, QLineEdit):
            found.append(w.placeholderText())
        elif isinstance(w, QTabWidget):
            found += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            found += [w.itemText(i) for i in range(min(w.count(), 30))]
        elif isinstance(w, QHeaderView) and w.model() is not None:  # column headings
            found += [str(w.model().headerData(c, w.orientation()) or "")
                      for c in range(w.count()) if w.orientation() == Qt.Orientation.Horizontal]
    return [t for t in found if t and t.strip()]


def report(root, place: str) -> None:
    from shiboken6 import isValid

    if isValid(root):
        for text in texts(root):
            emit("TEXT", [place, text])


def menu_texts(window) -> None:
    def walk(menu, place):
        for action in menu.actions():
            if action.text():
                emit("TEXT", [place, action.text()])
            if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
                emit("TEXT", [place, action.toolTip()])
            if action.menu() is not None:
                walk(action.menu(), f"{place} > {action.text()}")
    for action in window.menuBar().actions():
        emit("TEXT", ["menu", action.text()])
        if action.menu() is not None:
            walk(action.menu(), f"menu > {action.text()}")


def search(window) -> None:
    """Ctrl+F, a word, and the results panel's headings (the hits are data)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(window.search_field, SEARCH_WORD)
    for _ in range(40):
        wait(50)
        panel = getattr(window, "search", None)
        panel = getattr(panel, "panel", None)
        if panel is not None and panel.isVisible():
            break
    panel = window.search.panel
    model = panel.view.model()
    emit("TEXT", ["search", window.search_field.placeholderText()])
    for g in range(model.rowCount()):
        emit("HEADING", ["search", str(model.index(g, 0).data())])
    report(panel, "search")
    QTest.keyClick(window.search_field, Qt.Key.Key_Escape)


def main(db: Path, mode: str) -> int:
    from kkrdesk.ui.qt_setup import application, set_language_override

    set_language_override(application(), "en")
    access_walk.check = report  # the tour's look at each place and dialog
    original = access_walk.walk_menus

    def menus_then_dialogs(window):
        search(window)
        menu_texts(window)
        if mode == "plant":
            from PySide6.QtWidgets import QLabel

            sor = access_walk.show_tab(window, "SOR-forslag")
            planted = QLabel(PLANTED)
            sor.layout().addWidget(planted)
            planted.show()
            report(sor, "SOR-forslag / planted")
        original(window)

    access_walk.walk_menus = menus_then_dialogs
    return access_walk.main(db, "")


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else ""))
