"""Project organisation: the groups (styregruppe, projektgruppe, arbejdsgrupper) with
their seats and roles, as a tree. Former holders stay visible, greyed, with the date
their seat passed on."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from kkrdesk.ui.dates import short_date
from kkrdesk.ui.labels import label
from kkrdesk.ui.projects.pane_hints import HintAbove, organisation_hint
from kkrdesk.views.projects import GroupView, ProjectView, SeatView
from kkrdesk.ui.i18n import translate

GROUP_ROLE = Qt.ItemDataRole.UserRole + 10
SEAT_ROLE = Qt.ItemDataRole.UserRole + 11


class OrgPane(QWidget):
    add_group = Signal()
    add_seat = Signal(object)  # GroupView
    paste_names = Signal(object)  # GroupView | None: the group selected, if any
    change_role = Signal(object, object)  # GroupView, SeatView
    replace_seat = Signal(object, object)
    remove = Signal(object, object)  # GroupView, SeatView | None (None: the group)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([translate("OrgPane", "Gruppe / medlem"), translate("OrgPane", "Rolle"), translate("OrgPane", "Organisation")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setAlternatingRowColors(True)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.tree.itemDoubleClicked.connect(lambda *_: self._role())
        self.buttons = {}
        row = QHBoxLayout()
        for key, text, slot in (
            ("group", translate("OrgPane", "Ny gruppe …"), self.add_group.emit),
            ("seat", translate("OrgPane", "Tilføj medlem …"), self._seat),
            ("paste", translate("OrgPane", "Indsæt navne …"), self._paste),
            ("role", translate("OrgPane", "Skift rolle …"), self._role),
            ("replace", translate("OrgPane", "Erstat …"), self._replace),
            ("remove", translate("OrgPane", "Fjern"), self._remove),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
            self.buttons[key] = b
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addLayout(row)
        self.empty = HintAbove(self.tree)
        lay.addWidget(self.empty, 1)
        self._enable()

    def show_project(self, p: ProjectView | None, today: dt.date | None = None) -> None:
        today = today or dt.date.today()
        keep = self.selected()
        self.tree.clear()
        bold = QFont()
        bold.setBold(True)
        for g in (p.groups if p else ()):
            top = QTreeWidgetItem([g.name, "", f"{len([s for s in g.seats if s.is_current(today)])} medlemmer"])
            top.setFont(0, bold)
            top.setData(0, GROUP_ROLE, g)
            self.tree.addTopLevelItem(top)
            for s in g.seats:
                org = s.organisation if s.person_name else ""
                text = s.holder
                if not s.is_current(today):
                    text += translate("org_pane", " (til {end_date})").format(end_date=short_date(s.end_date))
                elif s.replaces_name:
                    text += translate("org_pane", " (efter {replaces_name})").format(replaces_name=s.replaces_name)
                it = QTreeWidgetItem([text, label(s.role), org])
                it.setData(0, GROUP_ROLE, g)
                it.setData(0, SEAT_ROLE, s)
                if not s.is_current(today):
                    for c in range(3):
                        it.setForeground(c, QColor("#8a8a8a"))
                top.addChild(it)
            top.setExpanded(True)
        self.tree.resizeColumnToContents(1)
        self.tree.resizeColumnToContents(2)
        self.empty.show_hint(organisation_hint(p))
        if keep is not None:
            self.select_seat(*keep)
        self._enable()

    def selected(self) -> tuple[GroupView, SeatView | None] | None:
        it = self.tree.currentItem()
        if it is None:
            return None
        return it.data(0, GROUP_ROLE), it.data(0, SEAT_ROLE)

    def select_seat(self, group: GroupView, seat: SeatView | None = None) -> None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.data(0, GROUP_ROLE).id != group.id:
                continue
            if seat is None:
                self.tree.setCurrentItem(top)
                return
            for k in range(top.childCount()):
                if top.child(k).data(0, SEAT_ROLE).id == seat.id:
                    self.tree.setCurrentItem(top.child(k))
                    return

    def select_group(self, group_id: int) -> None:
        for i in range(self.tree.topLevelItemCount()):
            if self.tree.topLevelItem(i).data(0, GROUP_ROLE).id == group_id:
                self.tree.setCurrentItem(self.tree.topLevelItem(i))

    def _enable(self) -> None:
        sel = self.selected()
        seat = sel[1] if sel else None
        self.buttons["seat"].setEnabled(sel is not None)
        for key in ("role", "replace"):
            self.buttons[key].setEnabled(seat is not None and seat.end_date is None)
        self.buttons["remove"].setEnabled(sel is not None)

    def _seat(self) -> None:
        sel = self.selected()
        if sel:
            self.add_seat.emit(sel[0])

    def _paste(self) -> None:
        sel = self.selected()
        self.paste_names.emit(sel[0] if sel else None)

    def _role(self) -> None:
        sel = self.selected()
        if sel and sel[1] is not None:
            self.change_role.emit(*sel)

    def _replace(self) -> None:
        sel = self.selected()
        if sel and sel[1] is not None:
            self.replace_seat.emit(*sel)

    def _remove(self) -> None:
        sel = self.selected()
        if sel:
            self.remove.emit(*sel)
