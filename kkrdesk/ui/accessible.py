"""Accessible names for every control, in one place.

A screen reader (and Qt's accessibility tree) names a field by its accessible name,
else by a QLabel set as its buddy. Most of the app's fields stand beside a label that
says what they are, and every list stands under its pane's heading, so the name is
already on screen: ``name_controls`` walks a built widget tree once and gives each
control without a name the words a sighted user reads there (the label before it in
its layout, its form row's label, its placeholder, or the heading, group box or tab
page it stands in). Code that knows better names a control itself with
``setAccessibleName``; that is never overwritten. The main window calls this for each
tab as it is built; each of the app's dialogs is a ``NamedDialog``, and Qt's own are
named as they become active (``watch_dialogs``)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QBoxLayout, QComboBox,
    QDialog, QFormLayout, QGridLayout, QGroupBox, QHeaderView, QLabel, QLayout, QLineEdit,
    QPlainTextEdit, QStackedWidget, QTabWidget, QTextEdit, QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
            QAbstractItemView)


def is_internal(w: QWidget) -> bool:
    """Qt's own parts of a control, named (or read) through the control that holds
    them: a view's header sections and corner button, a spin box's or an editable
    combo box's line edit, a line edit's clear button, the toolbar's and menu bar's
    overflow buttons, and the popup list of a combo box or a completer."""
    name, parent = w.objectName(), w.parentWidget()
    if isinstance(w, QHeaderView) or name.startswith("qt_"):
        return True
    if isinstance(parent, (QAbstractSpinBox, QComboBox, QLineEdit)):
        return True
    # a combo box's popup list stands in a private frame; a completer's list is a window
    container = parent is not None and parent.metaObject().className() == "QComboBoxPrivateContainer"
    return container or (isinstance(w, QAbstractItemView) and w.isWindow())


def accessible_name(w: QWidget) -> str:
    """The name a screen reader announces (a combo box's name falls back to its current
    text on Linux, which says nothing of what it chooses: that does not count)."""
    if isinstance(w, QComboBox):
        buddy = _buddy_of(w)
        return w.accessibleName().strip() or (clean(buddy.text()) if buddy else "")
    iface = QAccessible.queryAccessibleInterface(w)
    name = iface.text(QAccessible.Text.Name) if iface is not None else ""
    return name.strip()


def unnamed(root: QWidget) -> list[QWidget]:
    """The controls under ``root`` (itself included) a screen reader could not name."""
    found = [root] if isinstance(root, CONTROLS) else []
    found += root.findChildren(QWidget)
    return [w for w in found if isinstance(w, CONTROLS) and not is_internal(w)
            and not accessible_name(w)]


def name_controls(root: QWidget) -> int:
    """Name every unnamed control under ``root`` from what stands beside it; returns
    how many it named."""
    return len(_name_all(root)[0])


def _name_all(root: QWidget) -> tuple[list[QWidget], list[QWidget]]:
    """(the controls named now, those nothing beside them names) under ``root``."""
    named, left = [], []
    for w in unnamed(root):
        text = _derived_name(w)
        if text:
            w.setAccessibleName(text)
            named.append(w)
        else:
            left.append(w)
    return named, left


def name_tab(tab: QWidget, title: str) -> None:
    """A tab's controls; its one list without a heading of its own (the agenda, the
    proposals, the projects) is named by the tab's title. One walk of the tab: it is
    built while the user waits for the click on its tab to show something."""
    lists = [v for v in _name_all(tab)[1] if isinstance(v, QAbstractItemView)]
    if len(lists) == 1:
        lists[0].setAccessibleName(title)


def clean(text: str) -> str:
    """Label text as a name: no mnemonic ampersand, no colon, no ellipsis, one line."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = " ".join(text.split())
    for tail in (":", "…", "..."):
        text = text.removesuffix(tail).rstrip()
    return text.split(" (Ctrl+")[0].split(" – ")[0].strip()


def _buddy_of(w: QWidget) -> QLabel | None:
    parent = w.parentWidget()
    if parent is None:
        return None
    for child in parent.children():  # as Qt looks: the labels beside it
        if isinstance(child, QLabel) and child.buddy() is w:
            return child
    return None


def _derived_name(w: QWidget) -> str:
    for find in (_form_label, _row_label, _placeholder, _filter_choice, _label_before, _heading):
        text = clean(find(w))
        if text:
            return text
    return ""


def _place(w: QWidget) -> tuple[QLayout, int] | None:
    """The layout holding ``w`` (directly) and its index there."""
    parent = w.parentWidget()
    if parent is None or parent.layout() is None:
        return None
    stack = [parent.layout()]
    while stack:
        layout = stack.pop()
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item.widget() is w:
                return layout, i
            if item.layout() is not None:
                stack.append(item.layout())
    return None


def _form_label(w: QWidget) -> str:
    """The label of the form row ``w`` stands in, also when it is wrapped in a small box
    of its own (an editor with its error line) up to two levels down."""
    node = w
    for _ in range(3):
        place = _place(node)
        if place and isinstance(place[0], QFormLayout):
            label = place[0].labelForField(node)
            if isinstance(label, QLabel) and label.text().strip():
                return label.text()
        node = node.parentWidget()
        if node is None or isinstance(node, (QDialog, QTabWidget, QStackedWidget)):
            break
    return ""


def _label_before(w: QWidget) -> str:
    """A label right before ``w`` in a row or column (a grid: left of it), made its
    buddy: Qt derives the name from it, and a mnemonic in it then works too."""
    label = _label_widget_before(w)
    if label is None:
        return ""
    if not label.buddy():
        label.setBuddy(w)
    return label.text()


def _row_label(w: QWidget) -> str:
    """A label left of ``w`` in its row (a field's label, not a heading above it)."""
    place = _place(w)
    horizontal = place is not None and (
        isinstance(place[0], QGridLayout) or isinstance(place[0], QBoxLayout)
        and place[0].direction() in (QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.RightToLeft))
    return _label_before(w) if horizontal else ""


def _filter_choice(w: QWidget) -> str:
    """A filter's choice list ("Alle faser", "Rød" …) is named by its first entry, the
    one that shows everything: »Filter: Alle faser«."""
    if isinstance(w, QComboBox) and w.property("kkrdesk_filter") and w.count():
        return f"Filter: {w.itemText(0)}"
    return ""


def _label_widget_before(w: QWidget) -> QLabel | None:
    place = _place(w)
    if place is None:
        return None
    layout, i = place
    before = None
    if isinstance(layout, QGridLayout):
        row, col, _rs, _cs = layout.getItemPosition(i)
        item = layout.itemAtPosition(row, col - 1) if col else None
        before = item.widget() if item else None
    elif isinstance(layout, QBoxLayout) and i > 0:
        before = layout.itemAt(i - 1).widget()
    if isinstance(before, QLabel) and _label_like(before.text()):
        return before
    return None


def _label_like(text: str) -> bool:
    """A label or heading, not a sentence of help or an empty pane's explanation."""
    text = text.split(" – ")[0].strip()  # a heading may name the record it shows after a dash
    return bool(text) and len(text) <= 60 and "\n" not in text and not text.endswith(".")


def _placeholder(w: QWidget) -> str:
    """A field's grey hint (not a read-only view's, which says why it is empty)."""
    if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)) and not w.isReadOnly():
        return w.placeholderText()
    return ""


def _heading(w: QWidget) -> str:
    """What the pane ``w`` stands in is called: the label above it (or above the box
    holding it), a group box's title, or the title of its tab page."""
    node = w
    while node is not None and not node.isWindow():
        text = _heading_above(node)
        if text:
            return text
        parent = node.parentWidget()
        if isinstance(parent, QGroupBox) and parent.title():
            return parent.title()
        if (isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget)
                and _only_view(w, node)):
            tabs = parent.parentWidget()
            return tabs.tabText(tabs.indexOf(node))
        node = parent
    return ""


def _only_view(w: QWidget, page: QWidget) -> bool:
    """A tab page's title names a list only when it is the page's one list."""
    views = [v for v in page.findChildren(QAbstractItemView) if not is_internal(v)]
    return isinstance(w, QAbstractItemView) and views == [w]


def _heading_above(node: QWidget) -> str:
    """The nearest heading above ``node`` in its column, past rows of buttons and lines
    of help text, but not past another control."""
    place = _place(node)
    if place is None or not isinstance(place[0], QBoxLayout):
        return ""
    layout, i = place
    for j in range(i - 1, -1, -1):
        before = layout.itemAt(j).widget()
        if isinstance(before, QLabel) and _label_like(before.text()):
            return before.text()
        if before is not None and not isinstance(before, QLabel):
            return ""
    return ""


class NamedDialog(QDialog):
    """The app's dialogs: their controls are named as the dialog is shown, before a
    screen reader announces it (``name_controls``; controls a dialog adds later are
    named when it is shown again)."""

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        name_controls(self)


class DialogNamer(QObject):
    """Names the controls of Qt's own dialogs (a message box, an input dialog) as they
    become the active window: they are no NamedDialog.

    Not an application event filter: that put every event of the whole app (some 3,400
    for one click on a tab) through Python, which cost 10-12 ms on a wing's first
    opening and a little on every key press and paint."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        app.focusWindowChanged.connect(self._activated)

    def _activated(self, _window) -> None:
        dialog = QApplication.activeWindow()
        if isinstance(dialog, QDialog) and not isinstance(dialog, NamedDialog):
            name_controls(dialog)


def watch_dialogs(app: QApplication) -> None:
    if app.property("kkrdesk_dialog_namer"):
        return
    DialogNamer(app)
    app.setProperty("kkrdesk_dialog_namer", True)
