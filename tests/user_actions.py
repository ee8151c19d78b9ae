"""A user at the keyboard and mouse, counted: every click and every key press is one
action, and a word typed into one field is one action (as tests/agenda/
test_rebuild_seed_count.py counts). Copying text from a slide in another program is one
action. Dialogs are driven while they are open (tests/dialog_driving.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QDialogButtonBox, QTabWidget

from dialog_driving import drive


class User:
    def __init__(self, qtbot):
        self.qtbot, self.actions, self.problems = qtbot, 0, []

    def click(self, widget, pos=None) -> None:
        self.actions += 1
        if pos is None:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)

    def type(self, widget, text: str) -> None:
        """Type into ``widget``, clicking into it first (one more action) unless it has
        the keyboard already."""
        if QApplication.focusWidget() is not widget:
            self.click(widget)
        self.actions += 1
        self.qtbot.keyClicks(widget, text)

    def key(self, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.actions += 1
        self.qtbot.keyClick(widget, key, modifier)

    def tab_key(self) -> None:
        """Tab from the field that has the focus to the next one."""
        self.key(self.focus(), Qt.Key.Key_Tab)

    def type_here(self, text: str) -> None:
        """Type into the field that has the focus."""
        self.type(self.focus(), text)

    @staticmethod
    def focus():
        """The widget with the keyboard focus, which must be in the open dialog if any."""
        widget, modal = QApplication.focusWidget(), QApplication.activeModalWidget()
        assert widget is not None, "nothing has the focus"
        assert modal is None or modal.isAncestorOf(widget), (widget, modal)
        return widget

    def copy(self, text: str) -> None:
        """Select and copy text in another program (a slide): one action."""
        self.actions += 1
        QApplication.clipboard().setText(text)

    def page(self, tabs: QTabWidget, name: str) -> None:
        """Click a tab by its name."""
        bar = tabs.tabBar()
        index = next(i for i in range(tabs.count()) if tabs.tabText(i) == name)
        self.click(bar, bar.tabRect(index).center())
        assert tabs.currentIndex() == index, name

    def pick(self, combo: QComboBox, text: str) -> None:
        """Open a list with a click and click the entry."""
        self.click(combo)
        view = combo.view()
        self.qtbot.waitUntil(view.isVisible, timeout=2000)
        self.qtbot.wait(QApplication.doubleClickInterval() + 20)  # a list ignores a too quick click
        index = view.model().index(combo.findText(text), 0)
        view.scrollTo(index)
        at = view.visualRect(index).center()
        self.qtbot.mouseMove(view.viewport(), at)  # the pointer goes there on its way
        self.click(view.viewport(), at)
        assert combo.currentText() == text, combo.currentText()

    def ok(self, dialog) -> None:
        self.click(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))

    def in_dialog(self, opener: QAbstractButton, fill) -> None:
        """Click ``opener`` and do ``fill(dialog)`` in the dialog it opens, once it has the
        keyboard (as a window manager gives a new dialog)."""
        def active(dialog):
            dialog.activateWindow()
            self.qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
            fill(dialog)
        drive(active, self.problems)
        self.click(opener)
        if self.problems:
            raise self.problems[0]
