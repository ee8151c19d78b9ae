"""Dialogs of the Projekter tab: one form for every part (status note, milestone,
financing, risk, decision) built from field specs, the new-project dialog and the
group-seat dialog. OK checks the values with the service first; a refused value is
explained in red under its own field, which keeps focus, and nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QCompleter, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QWidget,
)

from kkrdesk.ui.dates import month_year, short_date
from kkrdesk.core.dates import parse_date
from kkrdesk.core.enums import MilestoneStatus, Rag
from kkrdesk.ui.labels import label
from kkrdesk.core.errors import KkrDeskError, ValidationError
from kkrdesk.services.projects.parts import parse_day_or_month
from kkrdesk.ui.editor_value import plain_text
from kkrdesk.ui.form_dialog import dialog_frame, error_label
from kkrdesk.ui.i18n import translate, shown
from kkrdesk.ui.accessible import NamedDialog
from PySide6.QtCore import QT_TRANSLATE_NOOP

ERROR_STYLE = "border: 1px solid #b3261e;"


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: str = "line"  # line, text, date, daymonth, enum, level, check, amount, year, choice
    placeholder: str = ""
    enum: type | None = None
    choices: tuple[tuple[str, object], ...] = ()


PART_FIELDS: dict[str, tuple[Field, ...]] = {
    "note": (Field("noted_on", QT_TRANSLATE_NOOP("Form", "Dato"), "date", QT_TRANSLATE_NOOP("Form", "fx 18-06-2025")),
             Field("rag", QT_TRANSLATE_NOOP("Form", "Status"), "enum", enum=Rag),
             Field("text", QT_TRANSLATE_NOOP("Form", "Notat"), "text", QT_TRANSLATE_NOOP("Form", "Hvor står projektet?"))),
    "milestone": (Field("title", QT_TRANSLATE_NOOP("Form", "Milepæl"), "line", QT_TRANSLATE_NOOP("Form", "fx 1. styregruppemøde")),
                  Field("planned_on", QT_TRANSLATE_NOOP("Form", "Planlagt"), "daymonth", QT_TRANSLATE_NOOP("Form", "17-09-2025 eller august 2025")),
                  Field("actual_on", QT_TRANSLATE_NOOP("Form", "Nået"), "date", QT_TRANSLATE_NOOP("Form", "dato, når milepælen er nået")),
                  Field("status", QT_TRANSLATE_NOOP("Form", "Status"), "enum", enum=MilestoneStatus),
                  Field("notes", QT_TRANSLATE_NOOP("Form", "Bemærkning"), "text")),
    "financing": (Field("source", QT_TRANSLATE_NOOP("Form", "Kilde"), "line", QT_TRANSLATE_NOOP("Form", "fx ØA 2026")),
                  Field("model", QT_TRANSLATE_NOOP("Form", "Model"), "line", QT_TRANSLATE_NOOP("Form", "fx K-98-løsning")),
                  Field("amount_dkk", QT_TRANSLATE_NOOP("Form", "Beløb (kr.)"), "amount", QT_TRANSLATE_NOOP("Form", "valgfrit, fx 250.000")),
                  Field("year", QT_TRANSLATE_NOOP("Form", "År"), "year", QT_TRANSLATE_NOOP("Form", "fx 2026")),
                  Field("notes", QT_TRANSLATE_NOOP("Form", "Bemærkning"), "text")),
    "risk": (Field("title", QT_TRANSLATE_NOOP("Form", "Risiko"), "line"),
             Field("probability", QT_TRANSLATE_NOOP("Form", "Sandsynlighed"), "level"),
             Field("impact", QT_TRANSLATE_NOOP("Form", "Konsekvens"), "level"),
             Field("mitigation", QT_TRANSLATE_NOOP("Form", "Tiltag"), "text", QT_TRANSLATE_NOOP("Form", "Hvad gøres for at mindske risikoen?")),
             Field("is_open", QT_TRANSLATE_NOOP("Form", "Åben"), "check")),
    "decision": (Field("decided_on", QT_TRANSLATE_NOOP("Form", "Dato"), "date", QT_TRANSLATE_NOOP("Form", "fx 18-06-2025")),
                 Field("text", QT_TRANSLATE_NOOP("Form", "Beslutning"), "text"),
                 Field("decided_by", QT_TRANSLATE_NOOP("Form", "Truffet af"), "line", QT_TRANSLATE_NOOP("Form", "fx Styregruppen"))),
}
PART_TITLES = {"note": QT_TRANSLATE_NOOP("Form", "Statusnotat"), "milestone": QT_TRANSLATE_NOOP("Form", "Milepæl"), "financing": QT_TRANSLATE_NOOP("Form", "Finansiering"),
               "risk": QT_TRANSLATE_NOOP("Form", "Risiko"), "decision": QT_TRANSLATE_NOOP("Form", "Beslutning")}


class PartDialog(NamedDialog):
    """``check(values)`` raises ValidationError (with ``field``) for a refused value."""

    def __init__(self, title: str, fields: tuple[Field, ...], values: dict | None,
                 check: Callable[[dict], object], parent: QWidget | None = None,
                 custom: dict[str, QWidget] | None = None):
        super().__init__(parent)
        self.custom = custom or {}  # the caller's own widgets for "custom" fields
        self.setWindowTitle(translate("Form", title))  # marked QT_TRANSLATE_NOOP("Form", …)
        self.fields, self.check = fields, check
        self.form = QFormLayout()
        self.error, self.buttons = dialog_frame(self, self.form)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        for f in fields:
            w = self._widget(f)
            self.widgets[f.name] = w
            self.form.addRow(translate("Form", f.label) if f.kind != "check" else "", w)
            err = error_label()
            err.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what was typed
            self.errors[f.name] = err
            self.form.addRow("", err)
        self.result_values: dict | None = None
        self.set_values(values or {})
        self.resize(520, self.sizeHint().height())
        if fields:  # typing starts in the first field, not on OK
            self.widgets[fields[0].name].setFocus()

    def _widget(self, f: Field) -> QWidget:
        if f.kind == "custom":
            return self.custom[f.name]
        if f.kind == "text":
            w = QPlainTextEdit()
            w.setPlaceholderText(translate("Form", f.placeholder))
            w.setTabChangesFocus(True)
            w.setMinimumHeight(90)
            return w
        if f.kind in ("enum", "level", "choice"):
            w = QComboBox()
            if f.kind == "enum":
                for v in f.enum:
                    w.addItem(label(v), v)
            elif f.kind == "level":
                w.addItem("–", None)
                for n in range(1, 6):
                    w.addItem(str(n), n)
            else:
                for text, value in f.choices:
                    w.addItem(text, value)
            return w
        if f.kind == "check":
            return QCheckBox(translate("Form", f.label))
        w = QLineEdit()
        w.setPlaceholderText(translate("Form", f.placeholder))
        return w

    def set_values(self, values: dict) -> None:
        for f in self.fields:
            w, v = self.widgets[f.name], values.get(f.name)
            if f.kind == "custom":
                continue
            if f.kind == "text":
                w.setPlainText(v or "")
            elif f.kind in ("enum", "level", "choice"):
                w.setCurrentIndex(max(0, w.findData(v)))
            elif f.kind == "check":
                w.setChecked(bool(v) if f.name in values else True)
            elif f.kind == "date":
                w.setText(short_date(v) if v else "")
            elif f.kind == "daymonth":
                month = values.get("planned_month_only")
                w.setText((month_year(v) if month else short_date(v)) if v else "")
            elif f.kind == "amount":
                w.setText(f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
                          .removesuffix(",00") if v is not None else "")
            else:
                w.setText("" if v is None else str(v))

    def values(self) -> dict:
        """What is typed, read as the service wants it; ValidationError for a date
        that cannot be read."""
        out: dict = {}
        for f in self.fields:
            w = self.widgets[f.name]
            if f.kind == "custom":
                continue
            if f.kind == "text":
                out[f.name] = plain_text(w)
            elif f.kind == "enum":  # Qt hands a StrEnum back as a plain str
                out[f.name] = f.enum(w.currentData()) if w.currentData() is not None else None
            elif f.kind == "choice":
                out[f.name] = f.choices[w.currentIndex()][1] if w.currentIndex() >= 0 else None
            elif f.kind == "level":
                out[f.name] = w.currentData()
            elif f.kind == "check":
                out[f.name] = w.isChecked()
            elif f.kind == "date":
                text = w.text().strip()
                try:
                    out[f.name] = parse_date(text) if text else None
                except ValueError as exc:
                    raise ValidationError(shown(exc), field=f.name) from None
            elif f.kind == "daymonth":
                out[f.name], out["planned_month_only"] = parse_day_or_month(w.text())
            else:
                out[f.name] = w.text()
        return out

    def clear_errors(self) -> None:
        for name, err in self.errors.items():
            err.hide()
            self.widgets[name].setStyleSheet("")
        self.error.hide()

    def show_field_error(self, exc: KkrDeskError) -> None:
        name = getattr(exc, "field", None)
        if name == "amount":
            name = "amount_dkk"
        if name in self.errors:
            self.errors[name].setText(shown(exc))
            self.errors[name].show()
            self.widgets[name].setStyleSheet(ERROR_STYLE)
            self.widgets[name].setFocus()
        else:
            self.error.setText(shown(exc))
            self.error.show()

    def accept(self) -> None:
        self.clear_errors()
        try:
            values = self.values()
            self.check(values)
        except KkrDeskError as exc:
            self.show_field_error(exc)
            return
        self.result_values = values
        super().accept()


def new_project_dialog(check: Callable[[dict], object], parent: QWidget | None = None) -> PartDialog:
    return PartDialog(QT_TRANSLATE_NOOP("Form", "Nyt projekt"), (Field("name", QT_TRANSLATE_NOOP("Form", "Navn"), "line", QT_TRANSLATE_NOOP("Form", "Projektets navn")),
                                      Field("description", QT_TRANSLATE_NOOP("Form", "Beskrivelse"), "text")),
                      {}, check, parent)


def person_picker(entries: list[tuple[str, object]], placeholder: str) -> QComboBox:
    """An editable combo box that finds an entry by any part of its text."""
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for text, data in entries:
        box.addItem(text, data)
    box.setCurrentIndex(-1)
    box.lineEdit().setPlaceholderText(placeholder)
    completer = QCompleter(box.model(), box)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    box.setCompleter(completer)
    return box


def picked(box: QComboBox):
    """The data of the entry whose text is typed (None if it fits none)."""
    idx = box.findText(box.currentText().strip(), Qt.MatchFlag.MatchFixedString)
    return box.itemData(idx) if idx >= 0 else None



def ask(parent: QWidget | None, title: str, text: str, default_yes: bool = False) -> bool:
    """A Ja/Nej question shown as plain text (names typed by users are never read as HTML)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No)
    box.exec()
    return box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)


def tell(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
