"""The three parts of the Deltagere tab below the people list: a person's memberships,
the network's membership history with the history of one seat, and the attendance grid."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from kkrdesk.ui.i18n import translate
from kkrdesk.ui.dates import short_date
from kkrdesk.ui.labels import label
from kkrdesk.services.participants import attendance as attendance_overview
from kkrdesk.services.participants import memberships, replacements
from kkrdesk.services.participants import people as participants
from kkrdesk.ui.participants.attendance_grid_model import LEGEND, AttendanceGridModel, rate_text
from kkrdesk.ui.table_model import ROW_ROLE, Column, RowTableModel
from kkrdesk.ui.widgets import fit_columns, heading, sortable_table
from kkrdesk.ui.wrap_delegate import WrapDelegate
from PySide6.QtCore import QT_TRANSLATE_NOOP

_FORMER = QBrush(QColor("#777777"))


def _former(m):
    return None if m.is_current() else _FORMER


def _date_col(header: str, get, missing: str = "") -> Column:
    return Column(header, lambda m: short_date(get(m)),
                  sort=lambda m: get(m).isoformat() if get(m) else missing)


HISTORY_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Column", "Navn"), lambda m: m.person_name or m.organisation, foreground=_former),
    Column(QT_TRANSLATE_NOOP("Column", "Organisation"), lambda m: m.organisation, foreground=_former),
    Column(QT_TRANSLATE_NOOP("Column", "Rolle"), lambda m: label(m.role), foreground=_former),
    Column(QT_TRANSLATE_NOOP("Column", "Udpeget af"), lambda m: m.appointed_by, foreground=_former),
    _date_col(QT_TRANSLATE_NOOP("Column", "Fra"), lambda m: m.start_date),
    _date_col(QT_TRANSLATE_NOOP("Column", "Til"), lambda m: m.end_date, "9999"),
    Column(QT_TRANSLATE_NOOP("Column", "Har overtaget pladsen efter"), lambda m: m.replaces_name),
    Column(QT_TRANSLATE_NOOP("Column", "Afløst af"), lambda m: " og ".join(m.replaced_by_names)),
]

PERSON_MEMBERSHIP_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Column", "Gruppe"), lambda m: m.group_name, foreground=_former),
    Column(QT_TRANSLATE_NOOP("Column", "Rolle"), lambda m: label(m.role), foreground=_former),
    Column(QT_TRANSLATE_NOOP("Column", "Udpeget af"), lambda m: m.appointed_by, foreground=_former),
    _date_col(QT_TRANSLATE_NOOP("Column", "Fra"), lambda m: m.start_date),
    _date_col(QT_TRANSLATE_NOOP("Column", "Til"), lambda m: m.end_date, "9999"),
    Column(QT_TRANSLATE_NOOP("Column", "Har overtaget pladsen efter"), lambda m: m.replaces_name),
    Column(QT_TRANSLATE_NOOP("Column", "Afløst af"), lambda m: " og ".join(m.replaced_by_names)),
    Column(QT_TRANSLATE_NOOP("Column", "Bemærkning"), lambda m: m.notes.replace("\n", " ")[:200], tooltip=lambda m: m.notes[:2000]),
]

ORG_RATE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Column", "Organisation"), lambda o: o.organisation),
    Column(QT_TRANSLATE_NOOP("Column", "Personer"), lambda o: str(o.people), sort=lambda o: o.people, align_right=True,
           header_tip=QT_TRANSLATE_NOOP("Column", "Organisationens personer i netværket i perioden")),
    # Meetings count meetings, as in the workbook; person-attendances have their own columns.
    Column(QT_TRANSLATE_NOOP("Column", "Møder"), lambda o: str(o.meetings), sort=lambda o: o.meetings, align_right=True,
           header_tip=QT_TRANSLATE_NOOP("Column", "Møder, hvor organisationen var forventet")),
    Column(QT_TRANSLATE_NOOP("Column", "Forv."), lambda o: str(o.expected), sort=lambda o: o.expected, align_right=True,
           header_tip=QT_TRANSLATE_NOOP("Column", "Forventede fremmøder (personer × møder)")),
    Column(QT_TRANSLATE_NOOP("Column", "Deltog"), lambda o: str(o.attended), sort=lambda o: o.attended, align_right=True,
           header_tip=QT_TRANSLATE_NOOP("Column", "Fremmøder, hvor en person fra organisationen deltog")),
    Column("%", lambda o: rate_text(o.rate), sort=lambda o: -1 if o.rate is None else o.rate,
           align_right=True, header_tip=QT_TRANSLATE_NOOP("Column", "Fremmøde: deltog ud af forventede")),
]


def button(text: str, slot, tip: str = "") -> QPushButton:
    b = QPushButton(text)
    b.clicked.connect(slot)
    if tip:
        b.setToolTip(tip)
    return b


def selected_row(view):
    idx = view.currentIndex()
    if not idx.isValid() or not view.selectionModel().isSelected(idx):
        rows = view.selectionModel().selectedRows()
        if not rows:
            return None
        idx = rows[0]
    return idx.data(ROW_ROLE)


def select_where(view, proxy, predicate) -> bool:
    for r in range(proxy.rowCount()):
        idx = proxy.index(r, 0)
        row = idx.data(ROW_ROLE)
        if row is not None and predicate(row):
            view.selectRow(r)
            view.scrollTo(idx)
            return True
    return False


class MembershipPanel(QWidget):
    """The memberships of the person selected above, with their actions."""

    def __init__(self, tab, parent=None):
        super().__init__(parent)
        self.tab = tab
        self.title = heading(translate("MembershipPanel", "Medlemskaber"))
        self.model = RowTableModel(PERSON_MEMBERSHIP_COLUMNS, self)
        self.view, self.proxy = sortable_table(self.model, stretch_column=7)
        self.add_button = button(translate("MembershipPanel", "Nyt medlemskab …"), tab.add_membership)
        self.edit_button = button(translate("MembershipPanel", "Ret …"), tab.edit_membership)
        self.replace_button = button(translate("MembershipPanel", "Erstat medlem …"), tab.replace_selected_membership,
                                     translate("MembershipPanel", "Afslut medlemskabet og lad en eller flere overtage pladsen"))
        self.end_button = button(translate("MembershipPanel", "Afslut i dag"), tab.end_membership)
        self.delete_button = button(translate("MembershipPanel", "Slet"), tab.delete_membership)
        bar = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.replace_button, self.end_button,
                  self.delete_button):
            bar.addWidget(b)
        bar.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addLayout(bar)
        lay.addWidget(self.view)
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)
        self.person = None

    def show_person(self, store, person) -> None:
        self.person = person
        self.title.setText(translate("panels", "Medlemskaber – %1").replace("%1", person.name) if person else translate("panels", "Medlemskaber"))
        keep = getattr(self.selected(), "id", None)
        self.model.set_rows(memberships.memberships_of_person(store, person.id) if person else [])
        if keep is None or not select_where(self.view, self.proxy, lambda m: m.id == keep):
            if self.proxy.rowCount():
                self.view.selectRow(0)
        fit_columns(self.view)
        self.update_buttons()

    def selected(self):
        return selected_row(self.view)

    def update_buttons(self) -> None:
        m = self.selected()
        self.add_button.setEnabled(self.person is not None)
        for b in (self.edit_button, self.delete_button):
            b.setEnabled(m is not None)
        self.replace_button.setEnabled(m is not None and not m.replaced_by_names)
        self.end_button.setEnabled(m is not None and m.end_date is None)


class HistoryPanel(QWidget):
    """Every membership of the network, old and current; the selected seat's history."""

    def __init__(self, tab, parent=None):
        super().__init__(parent)
        self.model = RowTableModel(HISTORY_COLUMNS, self)
        self.view, self.proxy = sortable_table(self.model)
        self.seat = QLabel()
        self.seat.setWordWrap(True)
        self.seat.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.replace_button = button(translate("HistoryPanel", "Erstat medlem …"), tab.replace_history_membership,
                                     translate("HistoryPanel", "Afslut medlemskabet og lad en eller flere overtage pladsen"))
        self.welcome_button = button(translate("HistoryPanel", "Velkomsttekst …"), tab.show_welcome_text,
                                     translate("HistoryPanel", "Teksten til velkomstpunktet på det valgte møde"))
        bar = QHBoxLayout()
        bar.addWidget(self.replace_button)
        bar.addWidget(self.welcome_button)
        bar.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.seat)
        self._store = tab.ctx.store
        self.view.selectionModel().selectionChanged.connect(self._selected)

    def refresh(self, store, today: dt.date | None = None) -> None:
        keep = getattr(self.selected(), "id", None)
        self.model.set_rows(participants.list_memberships(store))
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        if keep is not None:
            select_where(self.view, self.proxy, lambda m: m.id == keep)
        fit_columns(self.view)
        self._selected()

    def selected(self):
        return selected_row(self.view)

    def _selected(self) -> None:
        m = self.selected()
        self.replace_button.setEnabled(m is not None and not m.replaced_by_names)
        if m is None:
            self.seat.setText(translate("HistoryPanel", "Vælg et medlemskab for at se pladsens historik."))
            return
        try:
            history = replacements.seat_history(self._store, m.id)
        except Exception:  # noqa: BLE001 - the row may just have been deleted
            self.seat.setText("")
            return
        self.seat.setText("Pladsens historik: " + replacements.seat_text(history))


class AttendancePanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = AttendanceGridModel(self)
        self.view, self.proxy = sortable_table(self.model)
        self.org_model = RowTableModel(ORG_RATE_COLUMNS, self)
        self.org_view, _ = sortable_table(self.org_model, stretch_column=0)
        for col in range(1, len(ORG_RATE_COLUMNS)):  # the figures as narrow as they are
            self.org_view.horizontalHeader().setSectionResizeMode(
                col, QHeaderView.ResizeMode.ResizeToContents)
        # a long organisation name wraps instead of widening the table; the figures never do
        self.org_view.setItemDelegateForColumn(0, WrapDelegate(self.org_view))
        self.org_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        legend = QLabel(translate("AttendanceGrid", LEGEND))
        legend.setWordWrap(True)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(heading(translate("AttendancePanel", "Fremmøde pr. person og møde")))
        ll.addWidget(self.view, 1)
        ll.addWidget(legend)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(heading(translate("AttendancePanel", "Pr. organisation")))
        rl.addWidget(self.org_view)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(split)

    def refresh(self, store, today: dt.date | None = None) -> None:
        grid = attendance_overview.attendance_grid(store, today)
        self.model.set_grid(grid)
        self.org_model.set_rows(list(grid.organisations))
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        fit_columns(self.view)
        fit_columns(self.org_view)
        self.org_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
