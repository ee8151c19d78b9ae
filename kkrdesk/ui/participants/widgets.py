"""What the participant dialogs share: a date field that accepts what a Dane types (and
may be empty), the role choice, the "udpeget af" choice, a name box that searches as
you type, the field for a remark, and a refused value shown at its field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QPlainTextEdit, QWidget

from kkrdesk.ui.i18n import translate, shown
from kkrdesk.core.enums import Role
from kkrdesk.ui.labels import label
from kkrdesk.core.errors import ValidationError
from kkrdesk.services.participants.memberships import NETWORK_ROLES
from kkrdesk.services.participants.people import REGIONS, kkr_of
from kkrdesk.ui.date_edit import DateEdit
from kkrdesk.ui.accessible import NamedDialog

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
    box.lineEdit().setPlaceholderText(translate("widgets", "fx KKR Nordjylland"))
    return box


def note_edit(text: str = "", *, placeholder: str = "", max_height: int | None = None,
              min_height: int | None = None) -> QPlainTextEdit:
    """A few lines of remark in a form; Tab moves on to the next field instead of being
    typed, as in every other field of the dialog."""
    edit = QPlainTextEdit(text)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    if max_height is not None:
        edit.setMaximumHeight(max_height)
    if min_height is not None:
        edit.setMinimumHeight(min_height)
    return edit


def search_combo(placeholder: str) -> QComboBox:
    """An editable list whose completer finds any part of a name ("Nørgaard", "Aalborg"),
    never adding what is typed as a new entry."""
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.lineEdit().setPlaceholderText(placeholder)
    completer = QCompleter(box.model(), box)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    box.setCompleter(completer)
    return box


def show_error(lbl: QLabel, exc: ValidationError, widgets: dict[str, QWidget]) -> None:
    lbl.setText(shown(exc))
    lbl.show()
    widget = widgets.get(exc.field or "")
    if widget is not None:
        widget.setFocus()


class FieldsDialog(NamedDialog):
    """A dialog whose ``values()`` checks the fields with the service's own rules: a
    refusal keeps it open with the message shown and the field at fault focused, so
    nothing typed is lost. Subclasses set ``error`` and ``_widgets`` (field -> widget)."""

    error: QLabel
    _widgets: dict[str, QWidget]

    def values(self):
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.result_fields = self.values()
        except ValidationError as exc:
            show_error(self.error, exc, self._widgets)
            return
        super().accept()
