"""Edits in the import preview: a title, a kind, minutes, presenters, and a time (the
item starts then: the first item's time is the meeting's start, a later one is pinned to
its clock time; a range sets the minutes too). Rows can be left out and lines not
understood made items. Every edit changes the parsed agenda in place; nothing is written
before the import, and nothing is kept if the preview is closed."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt

from kkrdesk.core.enums import ItemKind
from kkrdesk.core.validate import MAX_DURATION_MIN
from kkrdesk.imports.agenda_kind_words import wording_kind
from kkrdesk.imports.agenda_kinds import kind_and_duration
from kkrdesk.imports.agenda_markup import clean
from kkrdesk.imports.agenda_people import split_people, split_presenter
from kkrdesk.imports.parsed_agenda import ParsedItem, ParsedPoint, ParsedPresenter

COL_NUMBER, COL_SLOT, COL_TITLE, COL_KIND, COL_DURATION, COL_PRESENTERS, COL_LINES = range(7)
_SLOT = re.compile(r"^\s*(?:kl\.?\s*)?([01]?\d|2[0-3])[.:]([0-5]\d)(?:\s*[-–]\s*([01]?\d|2[0-3])[.:]([0-5]\d))?\s*$",
                   re.I)
_TIME_DOUBTS = ("Ingen tid angivet", "Tidspunktet kl.", "Tidsrummet kl.", "Der er et hul", "Der er et overlap",
                "Tiderne")


def parse_slot(text: str) -> tuple[int, int | None] | None:
    """'13.30' -> (810, None); '13.30–14.00' -> (810, 840); None for anything else."""
    m = _SLOT.match(str(text))
    if m is None:
        return None
    start = int(m.group(1)) * 60 + int(m.group(2))
    end = int(m.group(3)) * 60 + int(m.group(4)) if m.group(3) else None
    if end is not None and not start < end <= start + MAX_DURATION_MIN:
        return None
    return start, end


def slot_ok(value: object) -> bool:
    """A typed time worth saving while the editor is open (not half a time)."""
    return parse_slot(str(value)) is not None


class PreviewEdits:
    """The editing half of :class:`kkrdesk.ui.agenda.import_model.ImportPreviewModel`."""

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        obj, col = self.obj(index), index.column()
        if isinstance(obj, ParsedPoint):
            return self._set_point(index, obj, col, value)
        setters = {COL_TITLE: self._set_title, COL_KIND: self._set_kind, COL_DURATION: self._set_minutes,
                   COL_PRESENTERS: self._set_presenters, COL_SLOT: self._set_slot}
        if col not in setters or not setters[col](obj, value):
            return False
        self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(COL_LINES))
        if col in (COL_DURATION, COL_SLOT):
            self.refresh_slots()
        return True

    def _set_point(self, index: QModelIndex, point: ParsedPoint, col: int, value) -> bool:
        if col != COL_TITLE or not str(value).strip():
            return False
        point.text = " ".join(str(value).split())
        self.dataChanged.emit(index, index)
        return True

    def _set_title(self, item: ParsedItem, value) -> bool:
        text = " ".join(str(value).split())
        if text:
            item.title = text
        return bool(text)

    def _set_kind(self, item: ParsedItem, value) -> bool:
        try:
            item.kind = ItemKind(value)
        except ValueError:
            return False
        item.kind_source = "rettet"
        return True

    def _set_minutes(self, item: ParsedItem, value) -> bool:
        try:
            minutes = int(value)
        except (TypeError, ValueError):
            return False
        if not 0 <= minutes <= MAX_DURATION_MIN:
            return False
        item.duration_min, item.duration_source = minutes, "rettet"
        item.doubts = [d for d in item.doubts if not d.startswith("Ingen tid angivet")]
        return True

    def _set_presenters(self, item: ParsedItem, value) -> bool:
        item.presenters = [ParsedPresenter(n, o) for n, o in split_people(str(value))]
        return True

    def _set_slot(self, item: ParsedItem, value) -> bool:
        """A time typed for an item: the first item's is the meeting's start; a later
        one pins the item to its clock time. A range sets the minutes too."""
        slot = parse_slot(str(value))
        if slot is None or self.agenda is None or item not in self.agenda.items:
            return False
        start, end = slot
        item.start_min = start
        if end is not None:
            item.end_min, item.duration_min, item.duration_source = end, end - start, "rettet"
        item.doubts = [d for d in item.doubts if not d.startswith(_TIME_DOUBTS)]
        if item is self.agenda.items[0]:
            item.pinned_min = None
            self.start_min = self.agenda.meeting_start = start
            self.startEdited.emit(start)
        else:
            item.pinned_min = start
        return True

    def remove(self, index: QModelIndex) -> bool:
        """Leave a row out of the import; its lines become 'not understood'."""
        node = self.node(index)
        if node is None or self.agenda is None:
            return False
        obj, owner = node.obj, node.parent.obj if node.parent is not self.root else None
        lines = obj.all_lines() if isinstance(obj, ParsedItem) else list(obj.lines)
        self.beginResetModel()
        if owner is None:
            self.agenda.items.remove(obj)
        elif isinstance(obj, ParsedPoint):
            owner.sub_points.remove(obj)
        else:
            owner.children.remove(obj)
        self.agenda.unread = sorted(set(self.agenda.unread) | set(lines))
        self.build()
        self.endResetModel()
        return True

    def add_line_as_item(self, line: int) -> QModelIndex:
        """Make a line that was not understood an item of its own, at the end."""
        if self.agenda is None or line not in self.agenda.unread:
            return QModelIndex()
        text = clean(self.agenda.lines[line])
        title, who = split_presenter(text)
        title, kind, minutes = kind_and_duration(title)
        item = ParsedItem(title=title or text, lines=[line], kind=kind or wording_kind(title)
                          or ItemKind.DISCUSSION, duration_min=minutes or 15,
                          duration_source="angivet" if minutes else "standard")
        item.presenters = [ParsedPresenter(n, o) for n, o in split_people(who or "")]
        if not minutes:
            item.doubts.append("Ingen tid angivet; varigheden er sat til 15 min.")
        self.beginResetModel()
        self.agenda.unread.remove(line)
        self.agenda.items.append(item)
        self.build()
        self.endResetModel()
        return self.index(len(self.agenda.items) - 1, COL_TITLE)
