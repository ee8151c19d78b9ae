"""A small base for form dialogs: OK runs ``validate()``; a ValueError or
ValidationError is shown in the dialog in red and the dialog stays open, so nothing
typed is lost."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from kkrdesk.core.errors import KkrDeskError


class FormDialog(QDialog):
    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.result_values: dict | None = None

    def validate(self) -> dict:
        """Return the values, or raise ValueError/KkrDeskError with a Danish message."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.result_values = self.validate()
        except (ValueError, KkrDeskError) as exc:
            self.show_error(str(exc))
            return
        super().accept()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
