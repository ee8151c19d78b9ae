"""Tilføj gæst: pick one of the agenda's presenters (offered first, with their
organisation) or anyone in Deltagere, or type a name and an organisation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QVBoxLayout,
)

from kkrdesk.ui.i18n import translate
from kkrdesk.services.agenda.guests import GuestChoice
from kkrdesk.ui.form_dialog import name_cancel
from kkrdesk.ui.accessible import NamedDialog


class GuestDialog(NamedDialog):
    def __init__(self, choices: list[GuestChoice], parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("GuestDialog", "Tilføj gæst"))
        self.person_id: int | None = None
        self._chosen: GuestChoice | None = None
        self.list = QListWidget()
        for choice in choices:
            item = QListWidgetItem(choice.text)
            item.setData(Qt.ItemDataRole.UserRole, choice)
            self.list.addItem(item)
        self.list.currentItemChanged.connect(self._picked)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("GuestDialog", "Fornavn Efternavn"))
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(translate("GuestDialog", "fx Danske Patienter"))
        self.name.textEdited.connect(self._typed)
        self.organisation.textEdited.connect(self._typed)
        form = QFormLayout()
        form.addRow(translate("GuestDialog", "Navn"), self.name)
        form.addRow(translate("GuestDialog", "Organisation"), self.organisation)
        hint = QLabel(translate("GuestDialog", "Oplægsholdere på dagsordenen står øverst. En ny gæst bliver ikke "
                      "medlem af netværket."))
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("GuestDialog", "Tilføj"))
        name_cancel(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("GuestDialog", "Vælg en oplægsholder eller en person fra Deltagere:")))
        layout.addWidget(self.list, 1)
        layout.addWidget(QLabel(translate("GuestDialog", "… eller skriv gæsten:")))
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.resize(460, 420)
        self._update()

    def _picked(self, item: QListWidgetItem | None) -> None:
        choice = item.data(Qt.ItemDataRole.UserRole) if item else None
        if choice is None:
            return
        self._chosen = choice
        self.name.setText(choice.name)
        self.organisation.setText(choice.organisation)
        self.person_id = choice.person_id
        self._update()

    def _typed(self) -> None:
        c = self._chosen
        if c is None or (self.name.text().strip(), self.organisation.text().strip()) != (
                c.name, c.organisation):
            self.person_id, self._chosen = None, None
            self.list.blockSignals(True)
            self.list.clearSelection()
            self.list.setCurrentRow(-1)
            self.list.blockSignals(False)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.name.text().strip()))

    @property
    def values(self) -> tuple[str, str, int | None]:
        return self.name.text().strip(), self.organisation.text().strip(), self.person_id
