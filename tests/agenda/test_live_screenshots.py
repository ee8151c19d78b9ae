"""The live view as a projector and a laptop show it: grabbed at 1920×1080 and
1366×768 in the moments that crowd it most (Meddelelser with its four sub-items and
their presenters, the agenda's longest title, an overrun, the end). Every line is
inside the window, no wrapped line is cut short, no line covers another, and the
type stays large. The PNGs are written to the test's folder to be looked at."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from kkrdesk.core.clock import ManualClock
from kkrdesk.services.agenda import live, meetings
from kkrdesk.ui.agenda.live_view import LiveView
from kkrdesk.ui.context import AppContext

SIZES = ((1920, 1080), (1366, 768))
LONGEST = ("Orientering om etablering af ambassadørkorps og udarbejdelse af "
           "e-læringsmateriale for Sundhedsjournalen")


def at(hh: int, mm: int) -> dt.datetime:
    return dt.datetime(2025, 6, 18, hh, mm)


# moment: (steps taken at these times, the clock shown, words that must be on screen)
MOMENTS = {
    "foer": ((), at(11, 55), ["Punkt 1 · Velkomst", "Mødet begynder kl. 12.00"]),
    "meddelelser": ((at(12, 3), at(12, 14)), at(12, 30),
                    ["Meddelelser", "2.d Orientering om forlængelse", "4 min. bagud"]),
    "laengste_titel": ((at(12, 3), at(12, 14), at(12, 50), at(13, 3), at(13, 24), at(13, 38),
                        at(13, 55)), at(14, 12), [LONGEST, "v. Iben Søgaard, MedCom",
                                                  "\u221202:00", "7 min. bagud"]),  # 14.12 - 14.05
    "slut": ((), at(15, 30),
             ["Mødet er slut", "Mødet sluttede kl. 15.12", "12 min. over tiden"]),
}


@pytest.fixture
def ctx(seed_demo_store):
    context = AppContext(seed_demo_store)
    yield context


def _take_steps(ctx, moment: str) -> int:
    mid = meetings.find_by_date(ctx.store, dt.date(2025, 6, 18)).id
    steps = MOMENTS[moment][0]
    if moment == "slut":  # eleven items, begun every quarter from 12.00, the last ends 15.12
        steps = tuple(at(12, 0) + dt.timedelta(minutes=15 * n) for n in range(11)) + (at(15, 12),)
    for when in steps:
        live.next_item(ctx.store, mid, when)
    return mid


def _clipped(view) -> list[str]:
    """The lines that are cut off, stick out of the window, or cover another line."""
    panel, faults, boxes = view.panel, [], []
    for name, label in panel.labels.items():
        if not label.isVisible():
            continue
        box = label.geometry()
        if not panel.rect().contains(box):
            faults.append(f"{name} outside the window: {box}")
        need = label.heightForWidth(box.width()) if label.wordWrap() else label.sizeHint().height()
        if box.height() < need:
            faults.append(f"{name} cut: {box.height()} < {need} px")
        if not label.wordWrap() and box.width() < label.sizeHint().width():
            faults.append(f"{name} cut: {box.width()} < {label.sizeHint().width()} px wide")
        boxes.append((name, box))
    for a_name, a in boxes:
        for b_name, b in boxes:
            if a_name < b_name and a.intersects(b):
                faults.append(f"{a_name} covers {b_name}")
    return faults


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("moment", list(MOMENTS))
def test_the_live_view_is_large_legible_and_whole(qtbot, ctx, moment, size, tmp_path):
    mid = _take_steps(ctx, moment)
    ctx.clock = ManualClock(MOMENTS[moment][1])
    view = LiveView(ctx, mid)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.panel.height() > size[1] * 0.8)
    shot = view.grab()
    path = tmp_path / f"mødeleder-{moment}-{size[0]}x{size[1]}.png"
    assert shot.save(str(path)) and (shot.width(), shot.height()) == size
    text = "\n".join(label.text() for label in view.panel.labels.values() if label.isVisible())
    for words in MOMENTS[moment][2]:
        assert words in text, (words, text)
    assert _clipped(view) == []
    height = size[1]
    big = view.panel.labels["title"].font().pixelSize()
    assert big >= 0.045 * height, f"the title is {big} px on a {height} px screen"
    if view.panel.labels["countdown"].isVisible():
        assert view.panel.labels["countdown"].font().pixelSize() >= 0.13 * height
    view.close()


def test_hand_keys_reach_the_view_not_its_buttons(qtbot, ctx):
    """The mouse buttons never take the focus: Space on the view moves on, it does not
    press a focused button twice."""
    mid = _take_steps(ctx, "foer")
    ctx.clock = ManualClock(at(12, 0))
    view = LiveView(ctx, mid)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in view.buttons.values())
    assert all(b.accessibleName() for b in view.buttons.values())
    assert all(label.accessibleName() for label in view.panel.labels.values())
