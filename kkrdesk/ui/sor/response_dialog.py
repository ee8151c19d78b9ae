"""The response dialog: which of the round's recipients answered (several at once, as
the deck's »Input fra KKR og KL«; one when a response is corrected), the date, position,
the proposal it is about and the text. The date starts at what the round says (its
answer, or its deadline once that has passed), and a response after the deadline closes
the round, so its proposals move on to »Input modtaget«."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from kkrdesk.ui.i18n import translate
from kkrdesk.ui.dates import short_date
from kkrdesk.core.enums import ResponsePosition
from kkrdesk.ui.labels import label
from kkrdesk.core.errors import ValidationError
from kkrdesk.services.sor import defaults
from kkrdesk.ui.editor_value import plain_text
from kkrdesk.ui.sor.dialogs import SorDialog, note_edit
from kkrdesk.ui.sor.fields import DateEdit, TickList
from kkrdesk.views.sor import ResponseView, RoundView
from PySide6.QtCore import QT_TRANSLATE_NOOP


class ResponseDialog(SorDialog):
    def __init__(self, r: RoundView, titles: dict[int, str], x: ResponseView | None = None,
                 today: dt.date | None = None, parent=None):
        super().__init__(QT_TRANSLATE_NOOP("Form", "Ret høringssvar") if x else QT_TRANSLATE_NOOP("Form", "Nyt høringssvar"), parent)
        self.round, self.x = r, x
        today = today or dt.date.today()
        self.form.addRow(translate("ResponseDialog", "Høringsrunde"), QLineEdit(r.title, readOnly=True))
        self.who = self.add(QT_TRANSLATE_NOOP("Form", "Organisation"), TickList(rows=4))
        for name in r.recipients:
            self.who.add(name, name, bool(x and x.respondent.casefold() == name.casefold())
                         or (x is None and len(r.recipients) == 1))
        self.received = self.add(QT_TRANSLATE_NOOP("Form", "Modtaget"), DateEdit("Modtaget"))
        self.received.set_date(x.received_on if x else defaults.response_date(r, today))
        self.position = self.add(QT_TRANSLATE_NOOP("Form", "Holdning"), QComboBox())
        self.position.addItem(translate("ResponseDialog", "(ikke angivet)"), None)
        for pos in ResponsePosition:
            self.position.addItem(label(pos), pos.value)
        if x and x.position:
            self.position.setCurrentIndex(self.position.findData(x.position.value))
        self.proposal = self.add(QT_TRANSLATE_NOOP("Form", "Gælder"), QComboBox())
        self.proposal.addItem(translate("ResponseDialog", "Hele runden"), None)
        for pid in r.proposal_ids:
            self.proposal.addItem(titles.get(pid, translate("response_dialog", "Forslag {pid}").format(pid=pid)), pid)
        if x and x.proposal_id:
            self.proposal.setCurrentIndex(max(0, self.proposal.findData(x.proposal_id)))
        self.text = self.add(QT_TRANSLATE_NOOP("Form", "Svar"), note_edit("Svarets indhold …"))
        self.text.setMaximumHeight(120)
        self.text.setPlainText(x.text if x else "")
        self.closes = QCheckBox(translate("ResponseDialog", "Runden er besvaret med dette svar (forslagene får »Input modtaget«)"))
        self.closes.setChecked(x is None and defaults.answers_round(r, today))
        self.closes.setVisible(x is None and r.answered_on is None)
        self.form.addRow("", self.closes)

    def validate(self) -> dict:
        if not self.round.recipients:
            raise ValidationError("Runden har ingen modtagere; ret runden først.", field="Organisation")
        who = self.who.ticked()
        if not who:
            raise ValidationError("Sæt flueben ved den eller de organisationer, der har svaret.",
                                  field="Organisation")
        if self.x is not None and len(who) > 1:
            raise ValidationError("Et rettet svar kommer fra én organisation.", field="Organisation")
        received = self._received()
        pos = self.position.currentData()
        values = dict(received_on=received, position=ResponsePosition(pos) if pos else None,
                      text=plain_text(self.text), proposal_id=self.proposal.currentData())
        if self.x is not None:
            return dict(respondent=who[0], **values)
        return dict(respondents=who, answers_round=self.closes.isVisible() and self.closes.isChecked(),
                    **values)

    def _received(self) -> dt.date | None:
        received = self.received.date()
        sent = self.round.sent_on
        if received and sent and received < sent:
            raise ValidationError(translate("response_dialog", "Svaret ({received}) kan ikke være modtaget, før runden blev sendt ({sent}).").format(received=short_date(received), sent=short_date(sent)), field="Modtaget")
        if received and not sent:
            raise ValidationError("Runden er ikke sendt endnu; udfyld først rundens »Sendt«.",
                                  field="Modtaget")
        return received
