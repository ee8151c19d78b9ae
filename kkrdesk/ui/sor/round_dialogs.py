"""The consultation round dialog (title, recipients from the standard list or any
organisation in the register, proposals, sent/deadline/answered, notes) and the
response dialog (organisation among the round's recipients, date, position, text)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QVBoxLayout, QWidget,
)

from kkrdesk.core.danish import short_date
from kkrdesk.core.enums import ResponsePosition, label
from kkrdesk.core.errors import ValidationError
from kkrdesk.services.sor import rounds as sor_rounds
from kkrdesk.ui.autosave import plain_text
from kkrdesk.ui.sor.dialogs import SorDialog, note_edit
from kkrdesk.ui.sor.fields import DateEdit
from kkrdesk.views.sor import ProposalView, ResponseView, RoundView

ID_ROLE = Qt.ItemDataRole.UserRole


class RecipientPicker(QWidget):
    """The round's recipients: pick from the list (or type any name) and add."""

    def __init__(self, choices: list[str], chosen: list[str], parent=None):
        super().__init__(parent)
        self.box = QComboBox()
        self.box.setEditable(True)
        self.box.addItems(choices)
        self.box.setCurrentIndex(-1)
        self.box.lineEdit().setPlaceholderText("Vælg eller skriv en modtager …")
        completer = QCompleter(choices, self.box)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.box.setCompleter(completer)
        self.add_button = QPushButton("Tilføj")
        self.remove_button = QPushButton("Fjern")
        self.list = QListWidget()
        self.list.setMaximumHeight(90)
        self.list.addItems(chosen)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self.add_button.clicked.connect(self.add_typed)
        self.box.lineEdit().returnPressed.connect(self.add_typed)
        self.remove_button.clicked.connect(self._remove)

    def add_typed(self) -> None:
        name = self.box.currentText().strip()
        if name and name.casefold() not in {n.casefold() for n in self.names()}:
            self.list.addItem(name)
        self.box.setCurrentIndex(-1)
        self.box.setEditText("")

    def _remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]


class RoundDialog(SorDialog):
    def __init__(self, choices: list[str], proposals: list[ProposalView],
                 r: RoundView | None = None, preselect: int | None = None, parent=None):
        super().__init__("Ret høringsrunde" if r else "Ny høringsrunde", parent)
        self.r = r
        self.title = self.add("Titel", QLineEdit(r.title if r else ""))
        self.title.setMinimumWidth(420)
        if r is None and preselect is not None:
            p = next((x for x in proposals if x.id == preselect), None)
            self.title.setText(p.title if p else "")
        self.recipients = self.add("Modtagere", RecipientPicker(choices, list(r.recipients) if r else []))
        self.proposals = self.add("Forslag", QListWidget())
        self.proposals.setMaximumHeight(110)
        chosen = set(r.proposal_ids) if r else {preselect}
        for p in proposals:
            item = QListWidgetItem(p.title)
            item.setData(ID_ROLE, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.id in chosen else Qt.CheckState.Unchecked)
            self.proposals.addItem(item)
        self.sent = self.add("Sendt", DateEdit("Sendt"))
        self.deadline = self.add("Frist", DateEdit("Frist"))
        self.answered = self.add("Besvaret", DateEdit("Besvaret"))
        if r:
            self.sent.set_date(r.sent_on)
            self.deadline.set_date(r.deadline)
            self.answered.set_date(r.answered_on)
        self.notes = self.add("Noter", note_edit("Noter til runden (valgfri)"))
        if r:
            self.notes.setPlainText(r.notes)
        self.fields["Modtager"] = self.recipients.box

    def proposal_ids(self) -> list[int]:
        return [self.proposals.item(i).data(ID_ROLE) for i in range(self.proposals.count())
                if self.proposals.item(i).checkState() == Qt.CheckState.Checked]

    def validate(self) -> dict:
        if self.recipients.box.currentText().strip():
            self.recipients.add_typed()  # a name typed but not added yet counts
        values = dict(title=self.title.text(), recipients=self.recipients.names(),
                      proposal_ids=self.proposal_ids(), notes=plain_text(self.notes))
        sor_rounds.clean_round(values)
        dates = dict(sent_on=self.sent.date(), deadline=self.deadline.date(),
                     answered_on=self.answered.date())
        sor_rounds.check_dates(dates["sent_on"], dates["deadline"], dates["answered_on"])
        names = {n.casefold() for n in values["recipients"]}
        for x in self.r.responses if self.r else ():  # the service's rules, shown here
            if x.respondent.casefold() not in names:
                raise ValidationError(f"{x.respondent} har afgivet høringssvar og kan ikke fjernes "
                                      "som modtager.", field="Modtagere")
            if x.received_on and dates["sent_on"] and x.received_on < dates["sent_on"]:
                raise ValidationError(f"Svaret fra {x.respondent} ({short_date(x.received_on)}) "
                                      "ligger før den nye afsendelsesdato.", field="Sendt")
        return {**values, **dates}


class ResponseDialog(SorDialog):
    def __init__(self, r: RoundView, titles: dict[int, str], x: ResponseView | None = None,
                 today: dt.date | None = None, parent=None):
        super().__init__("Ret høringssvar" if x else "Nyt høringssvar", parent)
        self.round = r
        self.form.addRow("Høringsrunde", QLineEdit(r.title, readOnly=True))
        self.who = self.add("Organisation", QComboBox())
        self.who.addItems(list(r.recipients))
        if x:
            self.who.setCurrentIndex(max(0, self.who.findText(x.respondent, Qt.MatchFlag.MatchFixedString)))
        self.received = self.add("Modtaget", DateEdit("Modtaget"))
        self.received.set_date(x.received_on if x else (today or dt.date.today()))
        self.position = self.add("Holdning", QComboBox())
        self.position.addItem("(ikke angivet)", None)
        for pos in ResponsePosition:
            self.position.addItem(label(pos), pos.value)
        if x and x.position:
            self.position.setCurrentIndex(self.position.findData(x.position.value))
        self.proposal = self.add("Gælder", QComboBox())
        self.proposal.addItem("Hele runden", None)
        for pid in r.proposal_ids:
            self.proposal.addItem(titles.get(pid, f"Forslag {pid}"), pid)
        if x and x.proposal_id:
            self.proposal.setCurrentIndex(max(0, self.proposal.findData(x.proposal_id)))
        self.text = self.add("Svar", note_edit("Svarets indhold …"))
        self.text.setMaximumHeight(140)
        if x:
            self.text.setPlainText(x.text)

    def validate(self) -> dict:
        if not self.round.recipients:
            raise ValidationError("Runden har ingen modtagere; ret runden først.", field="Organisation")
        received = self.received.date()
        sent = self.round.sent_on
        if received and sent and received < sent:
            raise ValidationError(f"Svaret ({short_date(received)}) kan ikke være modtaget, før "
                                  f"runden blev sendt ({short_date(sent)}).", field="Modtaget")
        if received and not sent:
            raise ValidationError("Runden er ikke sendt endnu; udfyld først rundens »Sendt«.",
                                  field="Modtaget")
        pos = self.position.currentData()
        return dict(respondent=self.who.currentText(), received_on=received,
                    position=ResponsePosition(pos) if pos else None,
                    text=plain_text(self.text), proposal_id=self.proposal.currentData())
