"""The selected proposal's consultation rounds and, under them, the responses of the
selected round. Overdue rounds and rounds SDS has not answered stand out in red."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from kkrdesk.ui.i18n import translate
from kkrdesk.ui.dates import short_date
from kkrdesk.ui.labels import label
from kkrdesk.ui.empty_hint import EmptyHint
from kkrdesk.ui.sor.list_model import WARN_BG, WARN_FG, date_sort
from kkrdesk.ui.table_model import ROW_ROLE, Column, RowTableModel
from kkrdesk.ui.widgets import fit_columns, sortable_table
from kkrdesk.views.sor import DEFAULT_SDS_WEEKS, ResponseView, RoundView
from PySide6.QtCore import QT_TRANSLATE_NOOP


class RoundModel(RowTableModel):
    def __init__(self, today: dt.date, parent=None):
        self.today, self.weeks = today, DEFAULT_SDS_WEEKS
        super().__init__(self._columns(), parent)

    def alert(self, r: RoundView) -> str:
        return r.alert(self.today, self.weeks)

    def _columns(self) -> list[Column]:
        def bg(r):
            return WARN_BG if self.alert(r) else None

        def state(r: RoundView) -> str:
            if r.answered_on:
                return translate("rounds_pane", "Besvaret {answered_on}").format(answered_on=short_date(r.answered_on))
            if alert := self.alert(r):
                return alert
            if r.decided:
                return "Afgjort af SDS"
            return "Afventer svar" if r.sent_on else "Ikke sendt"

        return [
            Column(QT_TRANSLATE_NOOP("Column", "Høringsrunde"), lambda r: r.title, background=bg,
                   tooltip=lambda r: "\n".join(x for x in (r.title, r.notes) if x)),
            Column(QT_TRANSLATE_NOOP("Column", "Modtagere"), lambda r: r.recipient, background=bg, tooltip=lambda r: r.recipient),
            Column(QT_TRANSLATE_NOOP("Column", "Sendt"), lambda r: short_date(r.sent_on), sort=lambda r: date_sort(r.sent_on), background=bg),
            Column(QT_TRANSLATE_NOOP("Column", "Frist"), lambda r: short_date(r.deadline), sort=lambda r: date_sort(r.deadline), background=bg),
            Column(QT_TRANSLATE_NOOP("Column", "Status"), state, background=bg, tooltip=state,
                   foreground=lambda r: WARN_FG if self.alert(r) else None),
            Column(QT_TRANSLATE_NOOP("Column", "Svar"), lambda r: str(len(r.responses)), sort=lambda r: len(r.responses),
                   background=bg, align_right=True),
        ]


NO_ROUNDS = ("Forslaget har ingen høringsrunder endnu. Opret en med »Ny høringsrunde …« – "
             "markér først flere forslag i listen, hvis de skal i høring sammen.")
NO_RESPONSES = "Ingen høringssvar endnu. Registrér et med »Nyt høringssvar …«, når det kommer."

RESPONSE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Column", "Organisation"), lambda x: x.respondent),
    Column(QT_TRANSLATE_NOOP("Column", "Modtaget"), lambda x: short_date(x.received_on), sort=lambda x: date_sort(x.received_on)),
    Column(QT_TRANSLATE_NOOP("Column", "Holdning"), lambda x: label(x.position) if x.position else "",
           foreground=lambda x: QColor("#b91c1c") if x.position and x.position.value == "against" else None),
    Column(QT_TRANSLATE_NOOP("Column", "Gælder"), lambda x: x.proposal_title or "Hele runden"),
    Column(QT_TRANSLATE_NOOP("Column", "Svar"), lambda x: " ".join(x.text.split()), tooltip=lambda x: x.text),
]


def _buttons(*names: str) -> tuple[QHBoxLayout, list[QPushButton]]:
    row = QHBoxLayout()
    buttons = [QPushButton(translate("RoundsPane", n)) for n in names]
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    return row, buttons


class RoundsPane(QWidget):
    new_round = Signal()
    edit_round = Signal(object)  # RoundView
    mark_sent = Signal(object)  # RoundView: sent today
    delete_round = Signal(object)
    new_response = Signal(object)  # RoundView
    edit_response = Signal(object, object)  # RoundView, ResponseView
    delete_response = Signal(object)  # ResponseView

    def __init__(self, today: dt.date, parent=None):
        super().__init__(parent)
        self.rounds = RoundModel(today, self)
        self.responses = RowTableModel(RESPONSE_COLUMNS, self)
        self.round_view, self.round_proxy = sortable_table(self.rounds, stretch_column=0)
        self.response_view, self.response_proxy = sortable_table(self.responses, stretch_column=4)
        self.round_view.setObjectName("sor_rounds")
        self.response_view.setObjectName("sor_responses")
        self.rounds_hint = EmptyHint(self.round_view)
        self.responses_hint = EmptyHint(self.response_view)
        self._lay_out()
        self._connect()
        self._update_buttons()

    def _lay_out(self) -> None:
        """The rounds with their buttons over the responses with theirs, split."""
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        row, (self.new_button, self.edit_button, self.sent_button, self.delete_button) = _buttons(
            QT_TRANSLATE_NOOP("RoundsPane", "Ny høringsrunde …"), QT_TRANSLATE_NOOP("RoundsPane", "Ret runde …"), QT_TRANSLATE_NOOP("RoundsPane", "Markér som sendt"), QT_TRANSLATE_NOOP("RoundsPane", "Slet runde"))
        self.sent_button.setToolTip(translate("RoundsPane", "Runden er sendt i dag; dens forslag kommer i høring"))
        tl.addLayout(row)
        tl.addWidget(self.round_view)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        self.response_heading = QLabel(translate("RoundsPane", "Høringssvar"))
        self.response_heading.setStyleSheet("font-weight: bold;")
        self.response_heading.setWordWrap(True)
        row, (self.new_resp_button, self.edit_resp_button, self.delete_resp_button) = _buttons(
            QT_TRANSLATE_NOOP("RoundsPane", "Nyt høringssvar …"), QT_TRANSLATE_NOOP("RoundsPane", "Ret svar …"), QT_TRANSLATE_NOOP("RoundsPane", "Slet svar"))
        bl.addWidget(self.response_heading)
        bl.addLayout(row)
        bl.addWidget(self.response_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        """Buttons, double-clicks, the current round and Delete in each table."""
        self.new_button.clicked.connect(self.new_round.emit)
        self.edit_button.clicked.connect(lambda: self._with_round(self.edit_round.emit))
        self.sent_button.clicked.connect(lambda: self._with_round(self.mark_sent.emit))
        self.delete_button.clicked.connect(lambda: self._with_round(self.delete_round.emit))
        self.new_resp_button.clicked.connect(lambda: self._with_round(self.new_response.emit))
        self.edit_resp_button.clicked.connect(self._edit_response)
        self.delete_resp_button.clicked.connect(
            lambda: (x := self.current_response()) and self.delete_response.emit(x))
        self.round_view.doubleClicked.connect(lambda _i: self._with_round(self.edit_round.emit))
        self.response_view.doubleClicked.connect(lambda _i: self._edit_response())
        self.round_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_responses())
        for view, slot in ((self.round_view, lambda: self._with_round(self.delete_round.emit)),
                           (self.response_view, self.delete_resp_button.click)):
            sc = QShortcut(QKeySequence.StandardKey.Delete, view)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)

    def current_round(self) -> RoundView | None:
        idx = self.round_view.currentIndex()
        return idx.data(ROW_ROLE) if idx.isValid() else None

    def current_response(self) -> ResponseView | None:
        idx = self.response_view.currentIndex()
        return idx.data(ROW_ROLE) if idx.isValid() else None

    def _with_round(self, emit) -> None:
        if (r := self.current_round()) is not None:
            emit(r)

    def _edit_response(self) -> None:
        r, x = self.current_round(), self.current_response()
        if r is not None and x is not None:
            self.edit_response.emit(r, x)

    def set_rounds(self, rounds: list[RoundView], weeks: int, enabled: bool) -> None:
        keep = self.current_round()
        self.rounds.weeks = weeks
        self.rounds.set_rows(rounds)
        fit_columns(self.round_view, 150)
        self.new_button.setEnabled(enabled)
        self.rounds_hint.set_text(NO_ROUNDS if enabled else "")
        row = next((i for i, r in enumerate(rounds) if keep and r.id == keep.id), 0 if rounds else -1)
        if row >= 0:
            self.round_view.selectRow(self.round_proxy.mapFromSource(self.rounds.index(row, 0)).row())
        self._show_responses()

    def select_round(self, round_id: int) -> None:
        for i, r in enumerate(self.rounds.rows()):
            if r.id == round_id:
                self.round_view.selectRow(self.round_proxy.mapFromSource(self.rounds.index(i, 0)).row())

    def _show_responses(self) -> None:
        r = self.current_round()
        keep = self.current_response()
        self.responses.set_rows(list(r.responses) if r else [])
        self.responses_hint.set_text(NO_RESPONSES if r else "")
        fit_columns(self.response_view, 200)
        if r is None:
            self.response_heading.setText(translate("RoundsPane", "Høringssvar"))
        else:
            to = ", ".join(r.recipients)
            self.response_heading.setText(translate("rounds_pane", "Høringssvar – {title} (sendt til {to})").format(title=r.title, to=to))
        if keep is not None:
            for i, x in enumerate(self.responses.rows()):
                if x.id == keep.id:
                    self.response_view.selectRow(i)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_round = self.current_round() is not None
        for b in (self.edit_button, self.delete_button, self.new_resp_button):
            b.setEnabled(has_round)
        r = self.current_round()
        self.sent_button.setEnabled(r is not None and r.sent_on is None)
        has_resp = bool(self.responses.rowCount())
        self.edit_resp_button.setEnabled(has_resp)
        self.delete_resp_button.setEnabled(has_resp)
