"""The accessible-name walk, in a process of its own (a crash fails one named test):
every tab, every page of every tab widget in it, and every dialog the app opens through
its real buttons (each visible, enabled push or tool button of each page is clicked;
the dialog that opens is looked at and closed with Escape/reject) and through the
window's menus. Reports ``CONTROLS n`` per place, ``UNNAMED [place, class, object
name]`` for each control a screen reader could not name, ``DIALOG [place, button,
class, title]`` for each dialog seen.

    python access_walk.py DB [plant|tabs-only]

``plant`` adds one bare line edit to the SOR-forslag tab after it is built, as a
later change might, to prove the walk finds it; ``tabs-only`` skips the dialogs.

What is not walked, and why: Qt's own file dialogs (Qt's widgets, named by Qt; the
app cannot change them), and the in-place editors of the tables (they exist only
while a cell is edited and are named by the column's header)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "reliability"), str(HERE.parent)]

from gui_driver import click_row, emit, show_tab, start, wait  # noqa: E402

TABS = ("Dagsorden", "SOR-forslag", "Projekter", "Deltagere")
MAIN_LISTS = ("view", "list_view", "view", "people_view")


def check(root, place: str) -> None:
    from PySide6.QtWidgets import QWidget

    from kkrdesk.ui.accessible import CONTROLS, is_internal, unnamed

    controls = [w for w in [root, *root.findChildren(QWidget)]
                if isinstance(w, CONTROLS) and not is_internal(w)]
    emit("CONTROLS", [place, len(controls)])
    if os.environ.get("ACCESS_WALK_DUMP"):
        from kkrdesk.ui.accessible import accessible_name

        for w in controls:
            emit("NAME", [place, type(w).__name__, accessible_name(w)])
    for w in unnamed(root):
        emit("UNNAMED", [place, type(w).__name__, w.objectName(), type(w.parentWidget()).__name__])


class Closer:
    """While a button is clicked: every dialog, popup or new window that appears is
    checked once and closed."""

    def __init__(self, place: str, button: str, before: set):
        from PySide6.QtCore import QTimer

        self.place, self.button, self.before, self.seen = place, button, before, set()
        self.timer = QTimer()
        self.timer.setInterval(15)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
            return
        fresh = [w for w in QApplication.topLevelWidgets()
                 if w.isVisible() and id(w) not in self.before and isinstance(w, QDialog)]
        for dialog in fresh:
            if id(dialog) not in self.seen:
                self.seen.add(id(dialog))
                emit("DIALOG", [self.place, self.button, type(dialog).__name__, dialog.windowTitle()])
                if not isinstance(dialog, QFileDialog):  # Qt's own: see the module's note
                    check(dialog, f"{self.place} > {self.button} > {dialog.windowTitle()}")
            dialog.reject()

    def stop(self) -> None:
        for _ in range(3):
            wait(15)
            self.tick()
        self.timer.stop()


def visible_ids() -> set:
    from PySide6.QtWidgets import QApplication

    return {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}


def click_buttons(root, place: str, done: set) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractButton, QCheckBox, QRadioButton

    for b in root.findChildren(QAbstractButton):
        key = (place, b.text(), b.objectName())
        if (not b.isVisible() or not b.isEnabled() or isinstance(b, (QCheckBox, QRadioButton))
                or b.objectName().startswith(("qt_", "Scroll")) or not b.text() or key in done):
            continue
        done.add(key)
        closer = Closer(place, b.text(), visible_ids())
        QTest.mouseClick(b, Qt.MouseButton.LeftButton)
        closer.stop()


def walk_menus(window) -> None:
    """Dialogs of the window's menus (Filer > Importér dagsorden, the export settings,
    Hjælp): every action but those that only open a file dialog or quit."""
    from shiboken6 import isValid

    skip = {window.open_action, window.new_action, *window.recent_menu.actions()}  # open files
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    for menu in menus:
        if not isValid(menu):
            continue
        for action in _leaves(menu):
            if action in skip or not action.isEnabled() or action.text() in ("&Afslut", "&Quit"):
                continue
            closer = Closer("menu", action.text(), visible_ids())
            action.trigger()
            closer.stop()


def _leaves(menu):
    """The menu's actions, listed before any is triggered (Rediger is rebuilt when a
    database is open; a deleted action is passed over)."""
    from shiboken6 import isValid

    for action in list(menu.actions()):
        if not isValid(action):
            continue
        if action.menu() is not None:
            yield from _leaves(action.menu())
        elif not action.isSeparator():
            yield action


def pages(root):
    from PySide6.QtWidgets import QTabWidget

    yield "(first)"
    for tabs in root.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            wait(20)
            yield tabs.tabText(i)
        tabs.setCurrentIndex(0)


def main(db: Path, mode: str) -> int:
    session, window = start(db)
    done: set = set()
    for name, attr in zip(TABS, MAIN_LISTS):
        tab = show_tab(window, name)
        if mode == "plant" and name == "SOR-forslag":
            from PySide6.QtWidgets import QLineEdit

            tab.layout().addWidget(QLineEdit())
        view = getattr(tab, attr)
        if view.model().rowCount():
            click_row(view, 0)
        for page in pages(tab):
            check(tab, f"{name} / {page}")
            if mode == "":
                click_buttons(tab, f"{name} / {page}", done)
    if mode == "":
        walk_menus(window)
    check(window, "window")
    emit("ALIVE", mode)
    session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else ""))
