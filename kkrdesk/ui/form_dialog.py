"""A small base for form dialogs: OK runs ``validate()``; a ValueError or
ValidationError is shown in the dialog in red and the dialog stays open, so nothing
typed is lost."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from kkrdesk.core.errors import KkrDeskError
from kkrdesk.ui.i18n import translate, shown

# every cancel button says this, as Qt's own Danish translation does (English: Cancel)
CANCEL = QT_TRANSLATE_NOOP("FormDialog", "Annuller")


def name_cancel(buttons: QDialogButtonBox) -> None:
    """The Cancel button says »Annuller«, with or without Qt's translation loaded."""
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("FormDialog", CANCEL))


class FormDialog(QDialog):
    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("Form", title))  # marked QT_TRANSLATE_NOOP("Form", …)
        self.form = QFormLayout()
        self.error, self.buttons = dialog_frame(self, self.form)
        self.result_values: dict | None = None

    def validate(self) -> dict:
        """Return the values, or raise ValueError/KkrDeskError with a Danish message."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.result_values = self.validate()
        except (ValueError, KkrDeskError) as exc:
            self.show_error(shown(exc))
            return
        super().accept()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def form_layout(*rows) -> QFormLayout:
    """A form of (label, field) rows, in order; a label may be text or a QLabel (with a
    buddy), a field a widget or a layout."""
    form = QFormLayout()
    for text, field in rows:
        form.addRow(text, field)
    return form


def error_label() -> QLabel:
    """The red line under a form where a refused value is explained."""
    label = QLabel()
    label.setStyleSheet("color: #b3261e;")
    label.setWordWrap(True)
    label.hide()
    return label


def dialog_frame(dialog: QDialog, form: QFormLayout, ok_text: str = "OK") -> tuple[QLabel, QDialogButtonBox]:
    """Lay out ``form``, an error line and OK/Annuller buttons wired to accept/reject."""
    error = error_label()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Form", ok_text))
    name_cancel(buttons)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(error)
    layout.addWidget(buttons)
    return error, buttons
