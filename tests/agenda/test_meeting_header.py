"""The Dagsorden tab's meeting header keeps one line for the title and one for the
details, whatever the meeting: going from one meeting to the next with the arrow keys,
the agenda under the header stays where it is (it used to move up and down with the
length of each meeting's title and place). A text too long for the window ends in "…",
and its tool tip holds the whole text."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from kkrdesk.services.agenda import meetings
from kkrdesk.ui.agenda.tab import AgendaTab

LONG_TITLE = ("Ekstraordinært møde i KKR-digitaliseringsnetværket om kommunernes "
              "identitetssløring, sundhedsjournalen og de nye SOR-enhedstyper")
LONG_PLACE = "KL, Weidekampsgade 10, 2300 København S, mødelokale 3 på 2. sal, indgang fra gården"


@pytest.fixture
def narrow_window(shown_laptop_window, demo_store):
    meetings.create_meeting(demo_store, date=dt.date(2025, 9, 3), title=LONG_TITLE,
                            place=LONG_PLACE, start_time=dt.time(9), end_time=dt.time(12))
    win = shown_laptop_window
    win.resize(900, 700)  # a small window: the header has little room beside its buttons
    win.refresh()
    QApplication.processEvents()
    return win


def _agenda_top(win) -> int:
    tab = win.findChild(AgendaTab)
    return tab.view.mapTo(win, QPoint(0, 0)).y()


def test_the_agenda_stays_put_from_meeting_to_meeting(narrow_window, qtbot):
    win = narrow_window
    box = win.meeting_box
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Home)
    tops, titles = set(), []
    for _ in range(box.count()):
        qtbot.keyClick(box, Qt.Key.Key_Down)
        QApplication.processEvents()
        tops.add(_agenda_top(win))
        titles.append(win.findChild(AgendaTab).title.text())
    assert len(set(titles)) >= 2 and any(LONG_TITLE in t for t in titles)
    assert len(tops) == 1, tops


def test_a_long_header_ends_in_an_ellipsis_with_the_whole_text_as_tool_tip(narrow_window):
    win = narrow_window
    tab = win.findChild(AgendaTab)
    win.ctx.select_meeting(meetings.find_by_date(win.ctx.store, dt.date(2025, 9, 3)).id)
    QApplication.processEvents()
    title, subtitle = tab.title, tab.subtitle
    assert title.text().startswith(LONG_TITLE)  # the whole text, for whoever reads it
    assert title.toolTip() == title.text()
    assert LONG_PLACE in subtitle.toolTip()
    # what is painted: one line that fits, ending in "…"
    for label in (title, subtitle):
        painted = QLabelText.painted(label)
        assert painted.endswith("…")
        assert label.fontMetrics().horizontalAdvance(painted) <= label.width()
        assert label.height() < 2 * label.fontMetrics().lineSpacing()


def test_a_short_header_is_shown_whole_without_tool_tip(shown_laptop_window):
    tab = shown_laptop_window.findChild(AgendaTab)
    QApplication.processEvents()
    assert tab.title.text() == "Møde i KKR-digitaliseringsnetværket – onsdag d. 18. juni 2025"
    assert QLabelText.painted(tab.title) == tab.title.text()
    assert tab.title.toolTip() == ""


class QLabelText:
    @staticmethod
    def painted(label) -> str:
        """The text the QLabel itself holds and paints (not the Python ``text()``)."""
        from PySide6.QtWidgets import QLabel

        return QLabel.text(label)
