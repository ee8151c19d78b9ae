"""Status and history of the selected proposal: where it stands, a button per sensible
next step, »Ret seneste trin …«, the timeline, and the meetings where the proposal
was discussed (one click jumps to the agenda item)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from kkrdesk.ui.i18n import shown, translate
from kkrdesk.ui.dates import short_date
from kkrdesk.core.enums import SorStatus
from kkrdesk.ui.labels import label
from kkrdesk.services.sor import proposals as sor
from kkrdesk.ui.sor.list_model import STATUS_COLOURS
from kkrdesk.ui.sor.timeline import TimelineView
from kkrdesk.views.sor import ProposalView, Waiting

ITEM_ROLE = Qt.ItemDataRole.UserRole


class StatusPane(QWidget):
    step_requested = Signal(object)  # SorStatus
    correct_requested = Signal()
    copy_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.now = QLabel()
        self.now.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.steps = QHBoxLayout()
        self.steps.setContentsMargins(0, 0, 0, 0)
        self.step_buttons: dict[SorStatus, QPushButton] = {}
        self.correct_button = QPushButton(translate("StatusPane", "Ret seneste trin …"))
        self.correct_button.setToolTip(translate("StatusPane", "Et forkert trin rettes med et nyt trin; historikken bevares"))
        self.correct_button.clicked.connect(self.correct_requested.emit)
        self.copy_button = QPushButton(translate("StatusPane", "Kopiér forløb"))
        self.timeline = TimelineView()
        self.copy_button.clicked.connect(self.timeline.copy_all)
        layout = QVBoxLayout(self)
        layout.addWidget(self.now)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("StatusPane", "Næste trin:")))
        row.addLayout(self.steps)
        row.addStretch(1)
        row.addWidget(self.correct_button)
        row.addWidget(self.copy_button)
        layout.addLayout(row)
        layout.addWidget(self.timeline, 1)
        self.show_proposal(None)

    def show_proposal(self, p: ProposalView | None, waits: Waiting | None = None) -> None:
        """``waits``: whom the status waits on and until when (red once that has passed)."""
        self.setEnabled(p is not None)
        self.timeline.show_proposal(p)
        for b in self.step_buttons.values():
            self.steps.removeWidget(b)  # at once: showing again before Qt deletes it adds none
            b.hide()
            b.deleteLater()
        self.step_buttons.clear()
        if p is None:
            self.now.setText(translate("StatusPane", "Vælg et forslag."))
            self.correct_button.setEnabled(False)
            return
        since = (" " + translate("StatusPane", "siden {day}").format(day=short_date(p.status_since))
                 if p.status_since else "")
        due = ""
        if waits is not None:
            colour = "#9c1c12; font-weight: bold" if waits.overdue else "#374151"
            due = f" – <span style='color:{colour}'>{shown(waits.text)}</span>"
        status = f"<b style='color:{STATUS_COLOURS[p.status]}'>{label(p.status)}</b>"
        self.now.setText(translate("StatusPane", "Status: {status}").format(status=status)
                         + f"{since}{due}")

        options = sor.next_steps(p)
        for status in options:
            b = QPushButton(f"{label(status)} …")
            b.setObjectName(f"step_{status.value}")
            b.clicked.connect(lambda _=False, s=status: self.step_requested.emit(s))
            self.steps.addWidget(b)
            self.step_buttons[status] = b
        if not options:
            b = QPushButton(translate("StatusPane", "(forløbet er afsluttet)"))
            b.setEnabled(False)
            self.steps.addWidget(b)
            self.step_buttons[SorStatus.RELEASED] = b
        self.correct_button.setEnabled(bool(sor.correction_targets(p)))


class MeetingsPane(QWidget):
    """Agenda items the proposal is linked to; double-click or »Gå til punktet« jumps."""

    jump = Signal(int)  # agenda item id
    link_requested = Signal()
    unlink_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("sor_meetings")
        self.go_button = QPushButton(translate("MeetingsPane", "Gå til punktet"))
        self.link_button = QPushButton(translate("MeetingsPane", "Knyt til dagsordenspunkt …"))
        self.unlink_button = QPushButton(translate("MeetingsPane", "Fjern tilknytning"))
        row = QHBoxLayout()
        for b in (self.go_button, self.link_button, self.unlink_button):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        hint = QLabel(translate("MeetingsPane", "Møder, hvor forslaget har været på dagsordenen:"))
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.list.itemDoubleClicked.connect(lambda it: self.jump.emit(it.data(ITEM_ROLE)))
        self.list.itemActivated.connect(lambda it: self.jump.emit(it.data(ITEM_ROLE)))
        self.go_button.clicked.connect(lambda: (it := self.list.currentItem()) and self.jump.emit(it.data(ITEM_ROLE)))
        self.link_button.clicked.connect(self.link_requested.emit)
        self.unlink_button.clicked.connect(
            lambda: (it := self.list.currentItem()) and self.unlink_requested.emit(it.data(ITEM_ROLE)))

    def show_proposal(self, p: ProposalView | None) -> None:
        self.list.clear()
        self.setEnabled(p is not None)
        for m in p.meetings if p else ():
            item = QListWidgetItem(f"{short_date(m.meeting_date)}  {m.meeting_title} – {m.item_title}")
            item.setData(ITEM_ROLE, m.item_id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        has = self.list.count() > 0
        self.go_button.setEnabled(has)
        self.unlink_button.setEnabled(has)
