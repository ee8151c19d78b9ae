"""Add or edit a person; pick or add an organisation.

The dialogs only collect values and check them with the service's own rules (so the
message is the one the service would give); saving happens in participants_actions
through the undo stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget,
)

from kkrdesk.ui.i18n import translate
from kkrdesk.core.enums import OrgKind
from kkrdesk.ui.labels import label
from kkrdesk.core.errors import ValidationError
from kkrdesk.services.participants import people as participants
from kkrdesk.ui.editor_value import plain_text
from kkrdesk.ui.form_dialog import dialog_frame, form_layout
from kkrdesk.ui.participants.widgets import FieldsDialog, note_edit, search_combo, show_error
from kkrdesk.views.participants import PersonFields
from kkrdesk.ui.accessible import NamedDialog

NO_ORG = QT_TRANSLATE_NOOP("OrganisationPicker", "(ingen organisation)")


class OrganisationPicker(QWidget):
    """A searchable list of organisations (98 municipalities, 5 regions, national bodies
    and those the user added) and a button to add a new one."""

    def __init__(self, store, new_organisation: Callable[[QWidget], int | None] | None = None,
                 parent=None):
        super().__init__(parent)
        self._store = store
        self._new = new_organisation
        self.combo = search_combo(translate("OrganisationPicker", "Skriv for at søge …"))
        self.combo.setMinimumContentsLength(28)
        self.new_button = QPushButton(translate("OrganisationPicker", "Ny organisation …"))
        self.new_button.setEnabled(new_organisation is not None)
        self.new_button.clicked.connect(self._add)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.combo, 1)
        lay.addWidget(self.new_button)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        keep = self.organisation_id() if select is None else select
        self.combo.clear()
        self.combo.addItem(translate("OrganisationPicker", NO_ORG), None)
        for o in participants.list_organisations(self._store):
            self.combo.addItem(o.name, o.id)
        self.set_organisation_id(keep)

    def organisation_id(self) -> int | None:
        text = self.combo.currentText().strip()
        if not text or text == translate("OrganisationPicker", NO_ORG):
            return None
        idx = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if idx < 0:
            idx = self._only_match(text)
        return self.combo.itemData(idx)

    def _only_match(self, text: str) -> int:
        """The one organisation whose name holds what was typed (»Aalb«: Aalborg Kommune),
        as the list offered it; none or several is said at the field."""
        wanted = text.casefold()
        found = [i for i in range(1, self.combo.count()) if wanted in self.combo.itemText(i).casefold()]
        if len(found) == 1:
            return found[0]
        if not found:
            raise ValidationError(translate("person_dialog", "Ukendt organisation »{value}«; vælg en fra listen eller opret den med »Ny organisation …«.").format(value=text[:60]), field="organisation")
        names = ", ".join(self.combo.itemText(i) for i in found[:3]) + (" …" if len(found) > 3 else "")
        raise ValidationError(translate("person_dialog", "»{value}« passer på {n} organisationer ({names}); skriv mere af navnet eller vælg i listen.").format(
            value=text[:60], n=len(found), names=names), field="organisation")

    def set_organisation_id(self, org_id: int | None) -> None:
        # no organisation leaves the field empty (its hint shows) rather than holding the
        # words »(ingen organisation)«, which a click into it would type after
        idx = self.combo.findData(org_id) if org_id is not None else -1
        self.combo.setCurrentIndex(idx)
        if idx < 0:
            self.combo.setEditText("")

    def _add(self) -> None:
        org_id = self._new(self) if self._new else None
        if org_id is not None:
            self.reload(select=org_id)


class PersonDialog(FieldsDialog):
    def __init__(self, store, fields: PersonFields | None = None,
                 new_organisation: Callable[[QWidget], int | None] | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("person_dialog", "Ret person") if fields else translate("person_dialog", "Ny person"))
        f = fields or PersonFields("")
        self.name = QLineEdit(f.name)
        self.title_edit = QLineEdit(f.title)
        self.organisation = OrganisationPicker(store, new_organisation)
        self.organisation.set_organisation_id(f.organisation_id)
        self.email = QLineEdit(f.email)
        self.email.setPlaceholderText(translate("PersonDialog", "navn@kommune.dk"))
        self.phone = QLineEdit(f.phone)
        self.notes = note_edit(f.notes, min_height=70)
        form = form_layout((translate("PersonDialog", "&Navn:"), self.name), (translate("PersonDialog", "&Titel:"), self.title_edit),
                           (translate("PersonDialog", "&Organisation:"), self.organisation), ("&E-mail:", self.email),
                           (translate("PersonDialog", "Tele&fon:"), self.phone), (translate("PersonDialog", "N&oter:"), self.notes))
        self.error, self.buttons = dialog_frame(self, form, QT_TRANSLATE_NOOP("Form", "Gem"))
        self.resize(520, self.sizeHint().height())
        self._widgets = {"name": self.name, "title": self.title_edit, "email": self.email,
                         "phone": self.phone, "notes": self.notes,
                         "organisation": self.organisation.combo}

    def values(self) -> PersonFields:
        """The cleaned fields; ValidationError (with .field) when something is wrong."""
        return participants.clean_person(PersonFields(
            self.name.text(), self.title_edit.text(), self.organisation.organisation_id(),
            self.email.text(), self.phone.text(), plain_text(self.notes)))


class OrganisationDialog(NamedDialog):
    """A new organisation: name, short name, kind and region (KKR follows the region)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("OrganisationDialog", "Ny organisation"))
        self.name = QLineEdit()
        self.short_name = QLineEdit()
        self.kind = QComboBox()
        for kind in (OrgKind.NATIONAL, OrgKind.INTEREST, OrgKind.VENDOR, OrgKind.OTHER,
                     OrgKind.MUNICIPALITY, OrgKind.REGION):
            self.kind.addItem(label(kind), kind)
        self.region = QComboBox()
        self.region.addItem(translate("OrganisationDialog", "(ingen region)"), "")
        for r in participants.REGIONS:
            self.region.addItem(r, r)
        form = QFormLayout()
        form.addRow(translate("OrganisationDialog", "&Navn:"), self.name)
        form.addRow(translate("OrganisationDialog", "&Kort navn:"), self.short_name)
        form.addRow(translate("OrganisationDialog", "&Type:"), self.kind)
        form.addRow(translate("OrganisationDialog", "&Region:"), self.region)
        self.error, self.buttons = dialog_frame(self, form, "Opret")

    def values(self) -> dict:
        return dict(name=self.name.text(), short_name=self.short_name.text(),
                    kind=self.kind.currentData(), region=self.region.currentData())

    def accept(self) -> None:
        if not self.name.text().strip():
            show_error(self.error, ValidationError("Navn skal udfyldes.", field="name"),
                       {"name": self.name})
            return
        super().accept()
