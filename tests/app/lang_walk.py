"""The English window's walk, in a process of its own: the run is set to English as
``--lang en`` does, then access_walk's tour (every tab, every page of every tab widget,
every dialog the tabs' buttons and the window's menus open) reports each visible
interface text instead of the accessible names:

    python lang_walk.py DB

``TEXT [place, text]`` for every text seen (labels, buttons, group and tab titles, menu
entries, combo entries, placeholders, column headings, window titles). Cell contents
are data (the demo's Danish meetings and names), not interface, and are not reported."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "reliability"), str(HERE.parent), str(HERE)]

import access_walk  # noqa: E402
from gui_driver import emit  # noqa: E402


def texts(root) -> list[str]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton, QComboBox, QGroupBox, QHeaderView, QLabel, QLineEdit,
        QTabWidget, QWidget,
    )

    found = [root.windowTitle()] if root.isWindow() else []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root.window()):
            continue
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
    for text in texts(root):
        emit("TEXT", [place, text])


def menu_texts(window) -> None:
    def walk(menu, place):
        for action in menu.actions():
            if action.text():
                emit("TEXT", [place, action.text()])
            if action.menu() is not None:
                walk(action.menu(), f"{place} > {action.text()}")
    for action in window.menuBar().actions():
        emit("TEXT", ["menu", action.text()])
        if action.menu() is not None:
            walk(action.menu(), f"menu > {action.text()}")


def main(db: Path) -> int:
    from kkrdesk.ui.qt_setup import application, set_language_override

    set_language_override(application(), "en")
    access_walk.check = report  # the tour's look at each place and dialog
    original = access_walk.walk_menus

    def menus_then_dialogs(window):
        menu_texts(window)
        original(window)

    access_walk.walk_menus = menus_then_dialogs
    return access_walk.main(db, "")


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
