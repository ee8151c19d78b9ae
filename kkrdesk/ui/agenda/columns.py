"""What each column of the agenda tree shows for one item: its text, the value its
in-place editor starts from, its tooltip and whether it can be edited. Kept apart from
the Qt model so the rules of a cell read as one table, and the model only answers Qt."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import Qt

from kkrdesk.ui.dates import EN_DASH, TIME_SEP, clock
from kkrdesk.ui.i18n import translate
from kkrdesk.ui.labels import label
from kkrdesk.ui.agenda.live_texts import presenters_line
from kkrdesk.views.agenda import ItemView

COL_NUMBER, COL_SLOT, COL_TITLE, COL_PRESENTERS, COL_KIND, COL_DURATION = range(6)
HEADERS = (QT_TRANSLATE_NOOP("Column", "Nr."), QT_TRANSLATE_NOOP("Column", "Tidspunkt"),
           QT_TRANSLATE_NOOP("Column", "Punkt"), QT_TRANSLATE_NOOP("Column", "Oplægsholder"),
           QT_TRANSLATE_NOOP("Column", "Type"), QT_TRANSLATE_NOOP("Column", "Minutter"))  # translated where shown
# the field an edit in a column changes (the tab turns it into an undo command)
FIELDS = {COL_TITLE: "title", COL_KIND: "kind", COL_DURATION: "duration_min",
          COL_SLOT: "pinned_start", COL_PRESENTERS: "presenters"}


def _flags(top: bool, column: int) -> Qt.ItemFlag:
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
    if top:
        flags |= Qt.ItemFlag.ItemIsDropEnabled
    editable = {COL_TITLE, COL_KIND, COL_DURATION, COL_PRESENTERS} | ({COL_SLOT} if top else set())
    if column in editable:
        flags |= Qt.ItemFlag.ItemIsEditable
    return flags


# [is a top-level item][column]: a sub-item is no drop target and has no clock time of its own
FLAGS = {top: tuple(_flags(top, c) for c in range(len(HEADERS))) for top in (False, True)}


def slot_text(item: ItemView, sep: str = TIME_SEP) -> str:
    if not item.has_own_slot:
        return ""
    return f"{clock(item.start_min, sep)}{EN_DASH}{clock(item.end_min, sep)}"


def gap_text(item: ItemView) -> str:
    if item.gap_before_min > 0:
        return translate("columns", "{gap_before_min} min. ledig tid før dette punkt").format(gap_before_min=item.gap_before_min)
    if item.gap_before_min < 0:
        return translate("columns", "{gap_before_min} min. overlap med punktet før").format(gap_before_min=-item.gap_before_min)
    return ""


def past_end(item: ItemView, meeting_end: dt.time) -> bool:
    """The item's own slot ends after the meeting does (shown in red)."""
    return item.has_own_slot and item.end_min > meeting_end.hour * 60 + meeting_end.minute


def display_text(item: ItemView, col: int, sep: str = TIME_SEP) -> str:
    """``sep``: the clock's separator, "." (12.00) or ":" (12:00)."""
    if col == COL_NUMBER:
        return item.number
    if col == COL_SLOT:
        pin = " " + translate("Column", "(låst)") if item.pinned_start else ""
        return slot_text(item, sep) + pin
    if col == COL_TITLE:
        return item.title
    if col == COL_PRESENTERS:
        return presenters_line(item)

    if col == COL_KIND:
        return label(item.kind)
    if col == COL_DURATION:
        return str(item.duration_min) if item.has_own_slot else ""
    return ""


def edit_value(item: ItemView, col: int, sep: str = TIME_SEP):
    """What the in-place editor starts from; an edit that leaves it so changes nothing."""
    if col == COL_TITLE:
        return item.title
    if col == COL_KIND:
        return item.kind.value
    if col == COL_DURATION:
        return item.duration_min
    if col == COL_SLOT:
        return clock(item.pinned_start, sep) if item.pinned_start else ""
    if col == COL_PRESENTERS:
        return "; ".join(p.text for p in item.presenters)
    return None


def tooltip(item: ItemView, col: int, ends_late: bool, sep: str = TIME_SEP) -> str | None:
    lines = []
    if col == COL_SLOT:
        if item.pinned_start:
            lines.append(translate("columns", "Låst til kl. {sep}").format(sep=clock(item.pinned_start, sep)))
        if gap := gap_text(item):
            lines.append(gap)
        if ends_late:
            lines.append("Punktet slutter efter mødets sluttidspunkt")
    if col == COL_TITLE:
        lines.append(item.title)
        lines += [f"• {p}" for p in item.sub_points]
    return "\n".join(lines) or None
