"""Issue 23, item 6: Tab moves through each pane in the order a reader's eye does, top
to bottom and left to right, and leaves a list for the next control (the arrow keys
move inside it). On main Tab walked the cells of every read-only list one by one, so
the control after the SOR-forslag, Projekter or Deltagere list could not be reached."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QTabWidget, QWidget


def _rect(w, root) -> tuple[int, int, int, int]:
    p = w.mapTo(root, QPoint(0, 0))
    return p.x(), p.y(), w.width(), w.height()


def _focusable(root) -> list[QWidget]:
    """What Tab should reach in ``root``, in visual order (a spin box's or combo box's
    own line edit is reached through it; a tab widget through its tab bar)."""
    found = [w for w in root.findChildren(QWidget)
             if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
             and not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))
             and not isinstance(w, QTabWidget)]
    return sorted(found, key=lambda w: (_rect(w, root)[1], _rect(w, root)[0]))


def _walk(root, first, limit=80) -> list[QWidget]:
    first.setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    for _ in range(limit):
        now = QApplication.focusWidget()
        if now is None or not root.isAncestorOf(now) or (seen and now is seen[0]):
            break
        seen.append(now)
        QTest.keyClick(now, Qt.Key.Key_Tab)
    return seen


def _out_of_order(seq, root) -> list:
    wrong = []
    for a, b in zip(seq, seq[1:]):
        (ax, ay, _aw, ah), (bx, by, _bw, bh) = _rect(a, root), _rect(b, root)
        same_row = by < ay + ah and ay < by + bh
        if not ((same_row and bx > ax) or (not same_row and by > ay)):
            wrong.append((a.accessibleName() or type(a).__name__, b.accessibleName() or type(b).__name__))
    return wrong


def _panes(window):
    """(name, pane) for each pane of each tab, shown, with a record selected."""
    from PySide6.QtTest import QTest as T

    agenda = window.tab(0)
    window.tabs.setCurrentWidget(agenda)
    agenda.view.setCurrentIndex(agenda.model.index(0, 0))
    for i in range(agenda.side.count()):
        agenda.side.setCurrentIndex(i)
        yield f"Dagsorden / {agenda.side.tabText(i)}", agenda.side.currentWidget()
    sor = window.tab(1)
    window.tabs.setCurrentWidget(sor)
    sor.list_view.setCurrentIndex(sor.list_view.model().index(0, 0))
    yield "SOR-forslag / listen", sor.list_view.parentWidget()
    yield "SOR-forslag / forslaget", sor.form
    projects = window.tab(2)
    window.tabs.setCurrentWidget(projects)
    yield "Projekter / listen", projects.view.parentWidget()
    projects.pages.setCurrentWidget(projects.general)
    yield "Projekter / Stamdata", projects.general
    people = window.tab(3)
    window.tabs.setCurrentWidget(people)
    T.qWait(10)
    yield "Deltagere", people


@pytest.fixture
def window(laptop_window):
    laptop_window.refresh()
    laptop_window.show()
    laptop_window.activateWindow()
    QTest.qWaitForWindowActive(laptop_window, 1000)
    return laptop_window


def test_tab_follows_the_visual_order_of_every_pane(window):
    problems = {}
    for name, pane in _panes(window):
        wanted = _focusable(pane)
        seq = _walk(pane, wanted[0])
        if len(seq) != len(set(seq)):
            trap = next(w for w in seq if seq.count(w) > 1)
            problems[name] = f"Tab stays in {trap.accessibleName() or type(trap).__name__}"
            continue
        wrong = _out_of_order(seq, pane)
        missed = [w.accessibleName() or type(w).__name__ for w in wanted if w not in seq]
        if wrong or missed:
            problems[name] = {"out of order": wrong, "never reached": missed}
    assert not problems, problems
