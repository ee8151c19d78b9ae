"""Small input widgets shared by the participant dialogs: a date field that accepts
what a Dane types (and may be empty), the role choice and the "udpeget af" choice."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLineEdit

from kkrdesk.core.danish import parse_date, short_date
from kkrdesk.core.enums import Role, label
from kkrdesk.core.errors import ValidationError
from kkrdesk.services.memberships import NETWORK_ROLES
from kkrdesk.services.participants import REGIONS, kkr_of

APPOINTERS = ("KL", *(kkr_of(r) for r in REGIONS), *REGIONS)


class DateField(QLineEdit):
    """A date typed as 18-06-2025, 18.6.2025 or 2025-06-18; empty when ``optional``."""

    def __init__(self, value: dt.date | None = None, *, optional: bool = True,
                 field: str = "date", name: str = "Dato", parent=None):
        super().__init__(short_date(value), parent)
        self.optional, self.field_name, self.label_text = optional, field, name
        self.setPlaceholderText("dd-mm-åååå" + (" (kan være tom)" if optional else ""))
        self.setMaximumWidth(190)

    def date(self) -> dt.date | None:
        text = self.text().strip()
        if not text:
            if self.optional:
                return None
            raise ValidationError(f"{self.label_text} skal udfyldes.", field=self.field_name)
        try:
            return parse_date(text)
        except ValueError as exc:
            raise ValidationError(f"{self.label_text}: {exc}", field=self.field_name) from None

    def set_date(self, value: dt.date | None) -> None:
        self.setText(short_date(value))


def role_combo(current: Role | None = None, roles=NETWORK_ROLES) -> QComboBox:
    box = QComboBox()
    fill_roles(box, current, roles)
    return box


def fill_roles(box: QComboBox, current: Role | None, roles) -> None:
    box.clear()
    for r in roles:
        box.addItem(label(r), r)
    if current is not None:
        idx = box.findData(current)
        if idx < 0:
            box.addItem(label(current), current)
            idx = box.count() - 1
        box.setCurrentIndex(idx)
    else:
        box.setCurrentIndex(max(box.findData(Role.MEMBER), 0))


def appointer_combo(current: str = "") -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.addItem("")
    box.addItems(list(APPOINTERS))
    box.setCurrentText(current)
    box.lineEdit().setPlaceholderText("fx KKR Nordjylland")
    return box
