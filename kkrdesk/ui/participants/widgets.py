"""Small input widgets shared by the participant dialogs: a date field that accepts
what a Dane types (and may be empty), the role choice and the "udpeget af" choice."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox

from kkrdesk.core.enums import Role, label
from kkrdesk.services.participants.memberships import NETWORK_ROLES
from kkrdesk.services.participants.people import REGIONS, kkr_of
from kkrdesk.ui.date_edit import DateEdit

APPOINTERS = ("KL", *(kkr_of(r) for r in REGIONS), *REGIONS)


class DateField(DateEdit):
    """The app's date field (typed the Danish way, or picked in the calendar)."""

    def __init__(self, value: dt.date | None = None, *, optional: bool = True,
                 field: str = "date", name: str = "Dato", parent=None):
        super().__init__(value, name=name, optional=optional, field=field, parent=parent)


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
