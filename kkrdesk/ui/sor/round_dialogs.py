"""The consultation round dialog: title, recipients (a tick per standard recipient, any
other organisation in the register or a typed name added), proposals, sent / deadline /
answered, notes. What it starts with follows from the chosen proposals and the context
(services/sor/defaults.py): drafts go to the network, proposals with input to SDS; the
sent date is the meeting's or today's, and the deadline follows the sent date by the
round's usual period until the user types one of its own."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from kkrdesk.ui.i18n import translate
from kkrdesk.ui.dates import short_date
from kkrdesk.core.errors import ValidationError
from kkrdesk.services.sor import defaults
from kkrdesk.services.sor import recipients as who_gets
from kkrdesk.services.sor import rounds as sor_rounds
from kkrdesk.ui.editor_value import plain_text
from kkrdesk.ui.sor.dialogs import SorDialog, note_edit
from kkrdesk.ui.sor.fields import DateEdit, TickList
from kkrdesk.views.sor import DEFAULT_ROUND_DAYS, DEFAULT_SDS_WEEKS, ProposalView, RoundView, is_sds
from PySide6.QtCore import QT_TRANSLATE_NOOP

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class RoundContext:
    """Where a new round is made: the day it starts as sent (a meeting's date, or the
    day it is registered), the usual periods, and how the register spells names."""

    sent_on: dt.date | None = None
    round_days: int = DEFAULT_ROUND_DAYS
    sds_weeks: int = DEFAULT_SDS_WEEKS
    aliases: dict = field(default_factory=dict)


class RecipientPicker(QWidget):
    """A tick per standard recipient and per recipient chosen already; any other name
    is picked or typed in the box and added ticked."""

    def __init__(self, choices: list[str], chosen: list[str], aliases: dict, parent=None):
        super().__init__(parent)
        self.aliases = aliases
        self.box = QComboBox()
        self.box.setEditable(True)
        self.box.addItems(choices)
        self.box.setCurrentIndex(-1)
        self.box.lineEdit().setPlaceholderText(translate("RecipientPicker", "Anden modtager: vælg eller skriv …"))
        completer = QCompleter(choices, self.box)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.box.setCompleter(completer)
        self.add_button = QPushButton(translate("RecipientPicker", "Tilføj"))
        self.list = TickList(rows=5)
        standard = choices[:len(who_gets.STANDARD_RECIPIENTS)]
        chosen = who_gets.unique(chosen, aliases)
        for name in who_gets.unique([*standard, *chosen], aliases):
            self.list.add(name, name, name in chosen)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add_typed)
        self.box.lineEdit().returnPressed.connect(self.add_typed)

    def add_typed(self) -> None:
        name = who_gets.canonical(self.box.currentText(), self.aliases)
        if name and not self.list.tick(name):
            self.list.add(name, name, True)
        self.box.setCurrentIndex(-1)
        self.box.setEditText("")

    def names(self) -> list[str]:
        return self.list.ticked()

    def set_names(self, names: list[str]) -> None:
        self.list.tick_only(names)


class RoundDialog(SorDialog):
    def __init__(self, choices: list[str], proposals: list[ProposalView],
                 r: RoundView | None = None, preselect: list[int] | int | None = None,
                 context: RoundContext | None = None, parent=None):
        super().__init__(QT_TRANSLATE_NOOP("Form", "Ret høringsrunde") if r else QT_TRANSLATE_NOOP("Form", "Ny høringsrunde"), parent)
        self.r, self.all = r, proposals
        self.context = context or RoundContext()
        wanted = set(r.proposal_ids) if r else set(_ids(preselect))
        chosen = [p for p in proposals if p.id in wanted]
        self.title = self.add(QT_TRANSLATE_NOOP("Form", "Titel"), QLineEdit(r.title if r else defaults.round_title(chosen)))
        self.title.setMinimumWidth(460)
        self.recipients = self.add(QT_TRANSLATE_NOOP("Form", "Modtagere"), RecipientPicker(
            choices, list(r.recipients) if r else defaults.round_recipients(chosen),
            self.context.aliases))
        self.proposals = self.add(QT_TRANSLATE_NOOP("Form", "Forslag"), TickList(rows=5))
        for p in proposals:
            self.proposals.add(p.title, p.id, p.id in wanted)
        self._dates(r)
        self.notes = self.add(QT_TRANSLATE_NOOP("Form", "Noter"), note_edit("Noter til runden (valgfri)"))
        self.notes.setPlainText(r.notes if r else "")
        self.fields["Modtager"] = self.recipients.box
        self._typed_title = r is not None
        self.title.textEdited.connect(lambda _t: setattr(self, "_typed_title", True))
        self.proposals.itemChanged.connect(lambda _i: self._proposals_changed())
        self.recipients.list.itemChanged.connect(lambda _i: self._follow_sent())

    def _dates(self, r: RoundView | None) -> None:
        self.sent = self.add(QT_TRANSLATE_NOOP("Form", "Sendt"), DateEdit("Sendt"))
        self.deadline = self.add(QT_TRANSLATE_NOOP("Form", "Frist"), DateEdit("Frist"))
        self.answered = self.add(QT_TRANSLATE_NOOP("Form", "Besvaret"), DateEdit("Besvaret"))
        self.sent.set_date(r.sent_on if r else self.context.sent_on)
        self.deadline.set_date(r.deadline if r else None)
        self.answered.set_date(r.answered_on if r else None)
        self._own_deadline = r is not None and r.deadline is not None
        self.deadline.textEdited.connect(lambda _t: setattr(self, "_own_deadline", True))
        self.sent.date_changed.connect(lambda _d: self._follow_sent())
        self._follow_sent()

    def _follow_sent(self) -> None:
        """The deadline follows the sent date until the user types one."""
        if self._own_deadline:
            return
        try:
            sent = self.sent.date()
        except ValidationError:
            return
        to_sds = any(is_sds(n) for n in self.recipients.names())
        self.deadline.set_date(defaults.round_deadline(
            sent, to_sds, self.context.round_days, self.context.sds_weeks))

    def _proposals_changed(self) -> None:
        if self.r is None and not self._typed_title:
            chosen = [p for p in self.all if p.id in self.proposal_ids()]
            self.title.setText(defaults.round_title(chosen))

    def proposal_ids(self) -> list[int]:
        return self.proposals.ticked()

    def validate(self) -> dict:
        if self.recipients.box.currentText().strip():
            self.recipients.add_typed()  # a name typed but not added yet counts
        values = dict(title=self.title.text(), recipients=self.recipients.names(),
                      proposal_ids=self.proposal_ids(), notes=plain_text(self.notes))
        sor_rounds.clean_round(values, self.context.aliases)
        dates = dict(sent_on=self.sent.date(), deadline=self.deadline.date(),
                     answered_on=self.answered.date())
        sor_rounds.check_dates(dates["sent_on"], dates["deadline"], dates["answered_on"])
        self._check_responses(values["recipients"], dates["sent_on"])
        return {**values, **dates}

    def _check_responses(self, names: list[str], sent: dt.date | None) -> None:
        """The service's rules, shown here so that nothing typed is lost."""
        aliases = self.context.aliases
        for x in self.r.responses if self.r else ():
            if not who_gets.is_among(x.respondent, names, aliases):
                raise ValidationError(translate("round_dialogs", "{respondent} har afgivet høringssvar og kan ikke fjernes som modtager.").format(respondent=x.respondent), field="Modtagere")
            if x.received_on and sent and x.received_on < sent:
                raise ValidationError(translate("round_dialogs", "Svaret fra {respondent} ({received_on}) ligger før den nye afsendelsesdato.").format(respondent=x.respondent, received_on=short_date(x.received_on)), field="Sendt")


def _ids(preselect: list[int] | int | None) -> list[int]:
    if preselect is None:
        return []
    return [preselect] if isinstance(preselect, int) else list(preselect)
