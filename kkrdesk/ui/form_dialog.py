"""A small base for form dialogs: OK runs ``validate()``; a ValueError or
ValidationError is shown in the dialog in red and the dialog stays open, so nothing
typed is lost."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLayout, QVBoxLayout, QWidget

from kkrdesk.core.errors import KkrDeskError
from kkrdesk.ui.i18n import translate, shown
from kkrdesk.ui.accessible import NamedDialog

# every cancel button says this, as Qt's own Danish translation does (English: Cancel)
CANCEL = QT_TRANSLATE_NOOP("FormDialog", "Annuller")


def name_cancel(buttons: QDialogButtonBox) -> None:
    """The Cancel button says »Annuller«, with or without Qt's translation loaded."""
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("FormDialog", CANCEL))


class FormDialog(NamedDialog):
    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("Form", title))  # marked QT_TRANSLATE_NOOP("Form", …)
        self.form = QFormLayout()
        self.error, self.buttons = dialog_frame(self, self.form)
        self.result_values: dict | None = None
        self._keyboard_ready = False

    def showEvent(self, event) -> None:
        # The buttons are made before the subclass adds its fields, so Qt's tab chain
        # (creation order) would start on OK: put them after the last field and give
        # the first field the keyboard, once, when the dialog is first shown.
        super().showEvent(event)
        if not self._keyboard_ready:
            self._keyboard_ready = True
            fields = form_fields(self.form)
            if fields:
                buttons = self.buttons.buttons()
                for before, after in zip([fields[-1], *buttons], buttons):
                    QWidget.setTabOrder(before, after)
                focused = self.focusWidget()
                if focused is None or focused in buttons:
                    fields[0].setFocus(Qt.FocusReason.TabFocusReason)

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


def form_fields(form: QFormLayout) -> list[QWidget]:
    """The widgets of ``form``'s field column that take the keyboard, top to bottom."""
    found: list[QWidget] = []

    def walk(item) -> None:
        widget, layout = item.widget(), item.layout()
        if widget is not None and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled():
            found.append(widget)
        elif widget is None and isinstance(layout, QLayout):
            for i in range(layout.count()):
                walk(layout.itemAt(i))

    for row in range(form.rowCount()):
        for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
            item = form.itemAt(row, role)
            if item is not None:
                walk(item)
    return found


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
