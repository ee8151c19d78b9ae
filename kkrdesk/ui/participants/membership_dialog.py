"""Add or edit one membership: group, role, appointed by, from, to, remark."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox


from kkrdesk.core.enums import GroupKind, Role
from kkrdesk.core.errors import ValidationError
from kkrdesk.services.participants import memberships
from kkrdesk.ui.editor_value import plain_text
from kkrdesk.ui.form_dialog import dialog_frame, form_layout
from kkrdesk.ui.participants.widgets import (
    DateField, FieldsDialog, appointer_combo, fill_roles, note_edit, role_combo,
)
from kkrdesk.views.participants import MembershipFields
from kkrdesk.ui.i18n import translate


class MembershipDialog(FieldsDialog):
    def __init__(self, store, person_name: str, fields: MembershipFields | None = None,
                 group_kind: GroupKind | None = None, parent=None):
        super().__init__(parent)
        editing = fields is not None
        self.setWindowTitle(
            translate("MembershipDialog", "Ret medlemskab – {name}").format(name=person_name)
            if editing else
            translate("MembershipDialog", "Nyt medlemskab – {name}").format(name=person_name))

        f = fields or MembershipFields()
        self.group = QComboBox()
        for g in memberships.list_groups(store):
            self.group.addItem(g.name, g.id)
        self.group.setEnabled(not editing)
        roles = memberships.NETWORK_ROLES if (group_kind or GroupKind.NETWORK) == GroupKind.NETWORK \
            else tuple(Role)
        self.role = role_combo(f.role, roles)
        self.group.currentIndexChanged.connect(self._group_changed)
        self._groups = {g.id: g.kind for g in memberships.list_groups(store)}
        self.appointed_by = appointer_combo(f.appointed_by)
        self.start = DateField(f.start_date, field="start_date", name="Fra")
        self.end = DateField(f.end_date, field="end_date", name="Til")
        self.notes = note_edit(f.notes, max_height=80)
        form = form_layout((translate("MembershipDialog", "&Gruppe:"), self.group), (translate("MembershipDialog", "&Rolle:"), self.role),
                           (translate("MembershipDialog", "&Udpeget af:"), self.appointed_by), (translate("MembershipDialog", "&Fra:"), self.start),
                           (translate("MembershipDialog", "&Til:"), self.end), (translate("MembershipDialog", "&Bemærkning:"), self.notes))
        self.error, self.buttons = dialog_frame(self, form, QT_TRANSLATE_NOOP("Form", "Gem"))
        self._widgets = {"start_date": self.start, "end_date": self.end, "role": self.role,
                         "appointed_by": self.appointed_by}

    def _group_changed(self) -> None:
        kind = self._groups.get(self.group.currentData())
        roles = memberships.NETWORK_ROLES if kind == GroupKind.NETWORK else tuple(Role)
        fill_roles(self.role, self.role.currentData(), roles)

    def group_id(self) -> int | None:
        return self.group.currentData()

    def values(self) -> MembershipFields:
        start, end = self.start.date(), self.end.date()
        if start and end and end < start:
            raise ValidationError("Til-datoen ligger før Fra-datoen.", field="end_date")
        return MembershipFields(self.role.currentData(), self.appointed_by.currentText(),
                                start, end, plain_text(self.notes))
