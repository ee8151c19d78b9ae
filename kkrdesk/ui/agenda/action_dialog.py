"""Aktionspunkt: Hvad / Hvem / Hvornår / Status."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QPlainTextEdit

from kkrdesk.ui.i18n import translate
from kkrdesk.core.enums import ActionStatus
from kkrdesk.ui.labels import label
from kkrdesk.ui.editor_value import plain_text
from kkrdesk.ui.date_edit import DateEdit
from kkrdesk.ui.form_dialog import FormDialog
from kkrdesk.views.agenda import ActionView
from PySide6.QtCore import QT_TRANSLATE_NOOP


class ActionDialog(FormDialog):
    def __init__(self, people: list[str], action: ActionView | None = None, parent=None):
        super().__init__(QT_TRANSLATE_NOOP("Form", "Redigér aktionspunkt") if action else QT_TRANSLATE_NOOP("Form", "Nyt aktionspunkt"), parent)
        self.what = QPlainTextEdit()
        self.what.setPlaceholderText(translate("ActionDialog", "Hvad skal gøres?"))
        self.what.setMaximumHeight(90)
        self.what.setTabChangesFocus(True)  # Tab goes on to Hvem, as in every other form
        self.who = QComboBox()
        self.who.setEditable(True)
        self.who.addItem("")
        self.who.addItems(people)
        self.who.lineEdit().setPlaceholderText(translate("ActionDialog", "Navn eller organisation"))
        self.due = DateEdit(name="Hvornår")
        self.status = QComboBox()
        for st in ActionStatus:
            self.status.addItem(label(st), st.value)
        self.form.addRow(translate("ActionDialog", "Hvad"), self.what)
        self.form.addRow(translate("ActionDialog", "Hvem"), self.who)
        self.form.addRow(translate("ActionDialog", "Hvornår"), self.due)
        self.form.addRow(translate("ActionDialog", "Status"), self.status)
        if action:
            self.what.setPlainText(action.what)
            self.who.setCurrentText(action.who)
            self.due.set_date(action.due)
            self.status.setCurrentIndex(self.status.findData(action.status.value))
        self.resize(460, 260)

    def validate(self) -> dict:
        what = plain_text(self.what).strip()
        if not what:
            raise ValueError("Skriv hvad der skal gøres.")
        due = self.due.date()
        return {"what": what, "who_text": self.who.currentText().strip(), "due": due,
                "status": ActionStatus(self.status.currentData())}
