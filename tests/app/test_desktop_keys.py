"""Issue 23, item 6: the standard keys of a desktop program, by tab, and none of them
ambiguous. On main Ctrl+N made a new database, Ctrl+E always exported the agenda,
Delete and F2 did nothing on the Projekter and Deltagere lists, and the Eksportér
menu gave D, S and P to two entries each."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from shiboken6 import isValid

from dialog_driving import drive

TABS = ("Dagsorden", "SOR-forslag", "Projekter", "Deltagere")


@pytest.fixture
def window(laptop_window, qtbot):
    laptop_window.refresh()
    laptop_window.show()
    for i in range(4):  # every tab built, as after a day's work
        laptop_window.tabs.setCurrentIndex(i)
    laptop_window.tabs.setCurrentIndex(0)
    laptop_window.activateWindow()
    QTest.qWaitForWindowActive(laptop_window, 1000)
    return laptop_window


def press(widget, keys: str) -> None:
    seq = QKeySequence(keys)[0]
    QTest.keyClick(widget, seq.key(), seq.keyboardModifiers())


def _scope(obj, context) -> tuple[str, QWidget]:
    """Where a binding listens: a whole window, a widget and its children, or one widget."""
    if isinstance(obj, QMenu):  # a menu's action listens in the window of its menu bar
        while isinstance(obj, QMenu) and obj.menuAction().associatedObjects():
            obj = obj.menuAction().associatedObjects()[0]
        return "window", obj.window()
    if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
        return "window", obj.window()
    kind = "subtree" if context == Qt.ShortcutContext.WidgetWithChildrenShortcut else "widget"
    return kind, obj


def bindings(window) -> list[tuple[str, object, str, QWidget]]:
    """(key, the action or shortcut, scope kind, scope widget) for every QAction
    and QShortcut of the window (one action shown in a toolbar and a view is one
    binding in two places)."""
    found = []
    for action in window.findChildren(QAction):
        if not isValid(action):  # enabled or not: it may be enabled later
            continue
        for widget in action.associatedObjects():
            if not isinstance(widget, QWidget):
                continue
            kind, scope = _scope(widget, action.shortcutContext())
            for key in action.shortcuts():
                found.append((key.toString(), action, kind, scope))
    for sc in window.findChildren(QShortcut):
        if sc.isEnabled():
            kind, scope = _scope(sc.parent(), sc.context())
            for key in sc.keys():
                found.append((key.toString(), sc, kind, scope))
    return found


def _contains(outer: tuple, inner: tuple) -> bool:
    (kind, scope), (_k, w) = outer, inner
    if kind == "widget":
        return w is scope
    return w is scope or scope.isAncestorOf(w)


def test_no_key_is_bound_twice_where_both_would_listen(window):
    rows = bindings(window)
    clashes = []
    for i, (key, what, kind, scope) in enumerate(rows):
        for key2, what2, kind2, scope2 in rows[i + 1:]:
            if key == key2 and what is not what2 and (
                    _contains((kind, scope), (kind2, scope2)) or _contains((kind2, scope2), (kind, scope))):
                clashes.append((key, _name(what), _name(what2)))
    assert not clashes, clashes
    keys = {k for k, *_ in rows}
    assert {"Ctrl+N", "Ctrl+Shift+N", "Ctrl+O", "Ctrl+E", "Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y",
            "Del", "F2", "Ctrl+F"} <= keys, sorted(keys)
    assert len({id(what) for _k, what, *_ in rows}) > 25


def _name(binding) -> str:
    if isinstance(binding, QAction):
        return binding.text()
    return f"QShortcut on {type(binding.parent()).__name__} {binding.parent().accessibleName()}"


def _mnemonic(text: str) -> str | None:
    i = text.replace("&&", "").find("&")
    return text.replace("&&", "")[i + 1].casefold() if i >= 0 else None


def _menus(menu):
    yield menu
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menus(action.menu())


def test_mnemonics_are_unique_within_each_menu(window):
    doubles = {}
    for top in [window.menuBar()] + [m for a in window.menuBar().actions() for m in _menus(a.menu())]:
        letters = [_mnemonic(a.text()) for a in top.actions() if a.isVisible() and not a.isSeparator()]
        letters = [x for x in letters if x]
        twice = {x for x in letters if letters.count(x) > 1}
        if twice:
            doubles[top.title() if isinstance(top, QMenu) else "menulinjen"] = sorted(twice)
    assert not doubles, doubles


def _dialog_title_after(qtbot, do) -> str:
    seen, problems = [], []
    drive(lambda d: seen.append(d.windowTitle()), problems)
    do()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert not problems, problems
    return seen[0]


@pytest.mark.parametrize("index, title", [(0, "Nyt møde"), (1, "Nyt SOR-forslag"),
                                          (2, "Nyt projekt"), (3, "Ny person")])
def test_ctrl_n_makes_the_tabs_new_record(window, qtbot, index, title):
    window.tabs.setCurrentIndex(index)
    assert _dialog_title_after(qtbot, lambda: press(window.tabs.currentWidget(), "Ctrl+N")) == title
    assert window.new_record_action.text().replace("&", "") == title + " …"


@pytest.mark.parametrize("index, title", [(0, "Eksportér dagsorden"), (1, "SOR-forslag til Word"),
                                          (2, "Eksportér statusrapport"), (3, "Eksportér oversigt")])
def test_ctrl_e_exports_the_tabs_document(window, qtbot, monkeypatch, index, title):
    """The first thing Ctrl+E shows is the tab's export: its save dialog, or (SOR) the
    choice of proposals before it."""
    from PySide6.QtWidgets import QFileDialog

    asked, problems = [], []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, t, *a, **k: (asked.append(t), ("", ""))[1]))
    if index == 1:  # (a pending drive would take the next test's dialog)
        drive(lambda d: asked.append(d.windowTitle()), problems)
    window.tabs.setCurrentIndex(index)
    press(window.tabs.currentWidget(), "Ctrl+E")
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)
    assert asked[0].startswith(title), asked


def test_ctrl_o_opens_and_ctrl_shift_n_makes_a_database(window):
    assert window.open_action.shortcut() == QKeySequence("Ctrl+O")
    assert window.new_action.shortcut() == QKeySequence("Ctrl+Shift+N")
    assert window.undo_action.shortcut() == QKeySequence("Ctrl+Z")
    assert {k.toString() for k in window.redo_action.shortcuts()} == {"Ctrl+Shift+Z", "Ctrl+Y"}


def test_delete_on_the_projects_list_asks_first(window, qtbot):
    tab = window.tab(2)
    window.tabs.setCurrentWidget(tab)
    before = tab.model.rowCount()
    tab.view.setCurrentIndex(tab.view.model().index(0, 0))
    tab.view.setFocus()
    for answer, left in ((QMessageBox.StandardButton.No, before),
                         (QMessageBox.StandardButton.Yes, before - 1)):
        asked, problems = [], []
        drive(lambda d, a=answer: (asked.append(d.windowTitle()), d.button(a).click()), problems)
        window.activateWindow()  # back from the question, as a user's window is
        QTest.qWaitForWindowActive(window, 1000)
        tab.view.setFocus()
        press(tab.view, "Del")
        qtbot.waitUntil(lambda: bool(asked))
        qtbot.waitUntil(lambda: tab.model.rowCount() == left)
        assert asked == ["Slet projekt"] and not problems


def test_delete_and_f2_on_the_people_list(window, qtbot, monkeypatch):
    tab = window.tab(3)
    window.tabs.setCurrentWidget(tab)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: (asked.append(a[1]), QMessageBox.StandardButton.No)[1]))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: asked.append(a[1])))
    tab.people_view.setCurrentIndex(tab.people_view.model().index(0, 0))
    tab.people_view.setFocus()
    press(tab.people_view, "Del")
    assert asked == ["Slet person"]
    assert _dialog_title_after(qtbot, lambda: press(tab.people_view, "F2")) == "Ret person"


def test_f2_on_a_project_opens_its_name_for_typing(window, qtbot):
    tab = window.tab(2)
    window.tabs.setCurrentWidget(tab)
    tab.view.setCurrentIndex(tab.view.model().index(0, 0))
    tab.view.setFocus()
    press(tab.view, "F2")
    assert tab.pages.currentWidget() is tab.general
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.general.name)
