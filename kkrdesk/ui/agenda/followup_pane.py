"""Opfølgning: this meeting's action items, open ones from earlier meetings, and the
topics recorded for the next meeting."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QInputDialog, QLabel, QListWidget, QListWidgetItem, QPushButton,
    QVBoxLayout, QWidget,
)

from kkrdesk.ui.i18n import translate
from kkrdesk.ui.dates import short_date
from kkrdesk.ui.labels import label
from kkrdesk.ui.table_model import ROW_ROLE, Column, RowTableModel
from kkrdesk.ui.widgets import fit_columns, heading, sortable_table, wrap_rows
from kkrdesk.views.agenda import ActionView, MeetingDetail
from PySide6.QtCore import QT_TRANSLATE_NOOP

ID_ROLE, TITLE_ROLE = 256, 257
ACTION_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Column", "Hvad"), lambda a: a.what.replace("\n", " "), tooltip=lambda a: a.what),
    Column(QT_TRANSLATE_NOOP("Column", "Hvem"), lambda a: a.who, tooltip=lambda a: a.who),
    Column(QT_TRANSLATE_NOOP("Column", "Hvornår"), lambda a: short_date(a.due), sort=lambda a: a.due.isoformat() if a.due else "9999"),
    Column(QT_TRANSLATE_NOOP("Column", "Status"), lambda a: label(a.status)),
]
EARLIER_COLUMNS = [Column(QT_TRANSLATE_NOOP("Column", "Møde"), lambda a: short_date(a.meeting_date),
                          sort=lambda a: a.meeting_date.isoformat())] + ACTION_COLUMNS


def _snug(view) -> None:
    """The date and status columns as narrow as their text (the header's sort-arrow room
    given to Hvad instead), so a long word in Hvad fits on its line."""
    header = view.horizontalHeader()
    fm = header.fontMetrics()
    model = view.model()
    for c in range(header.count()):
        if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch:
            continue
        title = model.headerData(c, Qt.Orientation.Horizontal)
        need = max(view.sizeHintForColumn(c), fm.horizontalAdvance(title) + 12) + 6
        header.resizeSection(c, min(header.sectionSize(c), need))


class FollowUpPane(QWidget):
    """Signals carry what the user asked for; the tab makes the undo commands."""

    add_action = Signal()
    edit_action = Signal(object)  # ActionView
    delete_action = Signal(object)
    close_action = Signal(object)
    add_topic = Signal(str)
    edit_topic = Signal(int, str)
    delete_topic = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.actions = RowTableModel(ACTION_COLUMNS, self)
        self.action_view, _ = sortable_table(self.actions, stretch_column=0)
        self.action_view.doubleClicked.connect(lambda _i: self._with_action(self.edit_action))
        self.earlier = RowTableModel(EARLIER_COLUMNS, self)
        self.earlier_view, _ = sortable_table(self.earlier, stretch_column=1)
        for view in (self.action_view, self.earlier_view):
            wrap_rows(view)
        self.topics = QListWidget()
        self.topics.itemDoubleClicked.connect(lambda _i: self._edit_topic())

        def row(*buttons):
            box = QHBoxLayout()
            for text, slot in buttons:
                b = QPushButton(text)
                b.clicked.connect(slot)
                box.addWidget(b)
            box.addStretch(1)
            return box

        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("FollowUpPane", "Aktionspunkter fra dette møde")))
        layout.addLayout(row((translate("FollowUpPane", "Nyt …"), self.add_action.emit),
                             (translate("FollowUpPane", "Redigér …"), lambda: self._with_action(self.edit_action)),
                             (translate("FollowUpPane", "Luk"), lambda: self._with_action(self.close_action)),
                             (translate("FollowUpPane", "Slet"), lambda: self._with_action(self.delete_action))))
        layout.addWidget(self.action_view, 2)
        layout.addWidget(heading(translate("FollowUpPane", "Åbne aktionspunkter fra tidligere møder")))
        layout.addLayout(row((translate("FollowUpPane", "Luk"), lambda: self._with_action(self.close_action, self.earlier_view))))
        layout.addWidget(self.earlier_view, 2)
        layout.addWidget(heading(translate("FollowUpPane", "Emner til næste møde")))
        self.next_label = QLabel()
        layout.addWidget(self.next_label)
        layout.addLayout(row((translate("FollowUpPane", "Nyt emne …"), self._new_topic), (translate("FollowUpPane", "Redigér …"), self._edit_topic),
                             (translate("FollowUpPane", "Slet"), self._delete_topic)))
        layout.addWidget(self.topics, 1)

    def show_detail(self, detail: MeetingDetail | None) -> None:
        self.actions.set_rows(detail.actions if detail else [])
        self.earlier.set_rows(detail.earlier_open_actions if detail else [])
        for view in (self.action_view, self.earlier_view):
            # Hvad takes what the short columns leave; it and Hvem wrap onto more lines
            # rather than end in "…" on a laptop screen
            fit_columns(view, max_width=95)
            _snug(view)
        self.topics.clear()
        for t in (detail.topics if detail else ()):
            item = QListWidgetItem(t.title + ("  " + translate("followup_pane", "(sat på dagsordenen)")
                                              if t.carried_to_item_id else ""))
            item.setData(ID_ROLE, t.id)
            item.setData(TITLE_ROLE, t.title)
            self.topics.addItem(item)
        nxt = detail.next_meeting if detail else None
        self.next_label.setText(
            translate("followup_pane", "Næste møde: {day}").format(day=short_date(nxt.date)) if nxt
            else translate("followup_pane", "Næste møde er ikke oprettet endnu."))


    def _with_action(self, signal, view=None) -> None:
        view = view or self.action_view
        index = view.currentIndex()
        action: ActionView | None = index.data(ROW_ROLE) if index.isValid() else None
        if action is not None:
            signal.emit(action)

    def _ask_topic(self, text: str = "") -> tuple[str, bool]:
        """The topic in a dialog wide enough for a real title (QInputDialog's 200 px is not)."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(translate("FollowUpPane", "Emne til næste møde"))
        dialog.setLabelText(translate("FollowUpPane", "Emne:"))
        dialog.setTextValue(text)
        dialog.resize(520, dialog.sizeHint().height())
        ok = bool(dialog.exec())
        return dialog.textValue(), ok

    def _new_topic(self) -> None:
        text, ok = self._ask_topic()
        if ok and text.strip():
            self.add_topic.emit(text)

    def _current_topic(self) -> tuple[int, str] | None:
        item = self.topics.currentItem()
        return (item.data(ID_ROLE), item.data(TITLE_ROLE)) if item else None

    def _edit_topic(self) -> None:
        cur = self._current_topic()
        if cur:
            text, ok = self._ask_topic(cur[1])
            if ok and text.strip():
                self.edit_topic.emit(cur[0], text)

    def _delete_topic(self) -> None:
        cur = self._current_topic()
        if cur:
            self.delete_topic.emit(cur[0])
