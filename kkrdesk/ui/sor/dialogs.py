"""Dialogs of the SOR wing: a new proposal, the next status step, a correction of the
latest step, a code for the reference list, and the agenda item to link. OK checks
with the service's rules; a refused value is named in red and its field marked, and
the dialog stays open with everything typed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit

from kkrdesk.ui.i18n import translate, shown
from kkrdesk.core import sor_rules
from kkrdesk.ui.dates import short_date
from kkrdesk.core.enums import SorCodeKind, SorProposalKind, SorStatus
from kkrdesk.ui.labels import label
from kkrdesk.core.errors import KkrDeskError, ValidationError
from kkrdesk.services.sor import proposals as sor
from kkrdesk.ui.editor_value import plain_text
from kkrdesk.ui.form_dialog import FormDialog
from kkrdesk.ui.sor.fields import BAD_BORDER, CodeEdit, DateEdit, code_problem
from kkrdesk.views.sor import ProposalView
from PySide6.QtCore import QT_TRANSLATE_NOOP


class SorDialog(FormDialog):
    """FormDialog that also marks the field a ValidationError names."""

    def __init__(self, title: str, parent=None):
        super().__init__(title, parent)
        self.fields: dict[str, object] = {}

    def add(self, name: str, widget, row_label: str | None = None):
        self.fields[name] = widget
        self.form.addRow(translate("Form", row_label or name), widget)  # the name stays the key
        return widget

    def accept(self) -> None:
        for w in self.fields.values():
            if w.styleSheet() == BAD_BORDER:
                w.setStyleSheet("")
        try:
            self.result_values = self.validate()
        except (ValueError, KkrDeskError) as exc:
            self.show_error(shown(exc))
            widget = self.fields.get(getattr(exc, "field", None) or "")
            if widget is not None:
                if isinstance(widget, QLineEdit):
                    widget.setStyleSheet(BAD_BORDER)
                widget.setFocus()
            return
        self.done(1)


def note_edit(placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(80)
    return edit


class NewProposalDialog(SorDialog):
    def __init__(self, today: dt.date | None = None, parent=None):
        super().__init__(QT_TRANSLATE_NOOP("Form", "Nyt SOR-forslag"), parent)
        self.today = today or dt.date.today()
        self.title = self.add(QT_TRANSLATE_NOOP("Form", "Titel"), QLineEdit())
        self.title.setPlaceholderText(translate("NewProposalDialog", "fx Ny enhedstype: lettilgængelige tilbud"))
        self.title.setMinimumWidth(380)
        self.kind = self.add(QT_TRANSLATE_NOOP("Form", "Type"), QComboBox())
        for k in SorProposalKind:
            self.kind.addItem(label(k), k.value)
        self.created = self.add(QT_TRANSLATE_NOOP("Form", "Udkast fra"), DateEdit("Udkast fra", optional=False))
        self.created.set_date(self.today)
        self.created.setToolTip(translate("NewProposalDialog", "Datoen for forløbets første trin, Udkast"))

    def validate(self) -> dict:
        values = sor.clean_fields({"title": self.title.text()})
        on = self.created.date()
        if on > self.today:
            raise ValidationError(translate("dialogs", "Datoen {on} ligger i fremtiden.").format(on=short_date(on)), field="Udkast fra")
        return {"title": values["title"], "kind": SorProposalKind(self.kind.currentData()), "on": on}


class StepDialog(SorDialog):
    """The next status step: its date (not before the last step) and a note."""

    def __init__(self, p: ProposalView, status: SorStatus, today: dt.date, parent=None,
                 start: dt.date | None = None):
        super().__init__(translate("dialogs", "Status: {status}").format(status=label(status)), parent)
        self.p, self.status, self.today = p, status, today
        last = p.status_since
        self.form.addRow(translate("StepDialog", "Forslag"), _wrapped(p.title))
        self.form.addRow(translate("StepDialog", "Fra"), _wrapped(label(p.status) + (" " + translate("StepDialog", "(siden {day})").format(day=short_date(last)) if last else "")))
        self.date = self.add(QT_TRANSLATE_NOOP("Form", "Dato"), DateEdit("Dato", optional=False))
        self.date.set_date(start or today)  # the date the proposal's rounds give, if any
        self.note = self.add(QT_TRANSLATE_NOOP("Form", "Bemærkning"), note_edit(_note_hint(status)))

    def validate(self) -> dict:
        on = self.date.date()
        steps = [sor_rules.Step(h.id, h.status, h.changed_on, h.corrects_id) for h in self.p.history]
        sor_rules.check_step(steps, self.status, on, self.today)
        return {"status": self.status, "on": on, "note": plain_text(self.note)}


class CorrectionDialog(SorDialog):
    """Correct the latest step: what it should have been, when, and why."""

    def __init__(self, p: ProposalView, today: dt.date, parent=None):
        super().__init__(QT_TRANSLATE_NOOP("Form", "Ret seneste statustrin"), parent)
        self.p, self.today = p, today
        latest = [h for h in p.history if not h.corrected][-1]
        self.step_id = latest.id
        self.form.addRow(translate("CorrectionDialog", "Forslag"), _wrapped(p.title))
        self.form.addRow(translate("CorrectionDialog", "Seneste trin"), _wrapped(f"{label(latest.status)} ({short_date(latest.changed_on)})"))
        self.status = self.add(QT_TRANSLATE_NOOP("Form", "Ret til"), QComboBox())
        for s in sor.correction_targets(p):
            self.status.addItem(label(s), s.value)
        self.date = self.add(QT_TRANSLATE_NOOP("Form", "Dato"), DateEdit("Dato", optional=False))
        self.date.set_date(latest.changed_on if latest.changed_on <= today else today)
        self.note = self.add(QT_TRANSLATE_NOOP("Form", "Begrundelse"), note_edit("Hvorfor trinnet var forkert …"))

    def validate(self) -> dict:
        if self.status.currentData() is None:
            raise ValidationError("Trinnet kan ikke rettes.", field="Ret til")
        status = SorStatus(self.status.currentData())
        on = self.date.date()
        steps = [sor_rules.Step(h.id, h.status, h.changed_on, h.corrects_id) for h in self.p.history]
        sor_rules.check_correction(steps, self.step_id, status, on, self.today)
        return {"step_id": self.step_id, "status": status, "on": on,
                "note": plain_text(self.note)}


class CodeDialog(SorDialog):
    """Add a unit type or specialty code to the reference list."""

    def __init__(self, code: str = "", name: str = "", parent=None):
        super().__init__(QT_TRANSLATE_NOOP("Form", "Tilføj kode til referencelisten"), parent)
        self.code = self.add(QT_TRANSLATE_NOOP("Form", "Kode"), CodeEdit())
        self.code.setText(code)
        self.name = self.add(QT_TRANSLATE_NOOP("Form", "Navn"), QLineEdit(name))
        self.name.setMinimumWidth(300)
        self.kind = self.add(QT_TRANSLATE_NOOP("Form", "Art"), QComboBox())
        for k in SorCodeKind:
            self.kind.addItem(label(k), k.value)

    def validate(self) -> dict:
        code = self.code.text().strip()
        if problem := code_problem(code) or ("" if code else "Koden skal udfyldes."):
            raise ValidationError(problem, field="Kode")
        if not self.name.text().strip():
            raise ValidationError("Navnet skal udfyldes.", field="Navn")
        return {"code": code, "name": self.name.text(), "kind": SorCodeKind(self.kind.currentData())}


class ItemChoiceDialog(SorDialog):
    """Pick an agenda item (newest meeting first), narrowed by typing."""

    def __init__(self, choices: list[tuple[int, str]], title: str, parent=None):
        super().__init__(title, parent)
        self.search = self.add(QT_TRANSLATE_NOOP("Form", "Søg"), QLineEdit())
        self.search.setPlaceholderText(translate("ItemChoiceDialog", "Skriv for at afgrænse …"))
        self.list = self.add(QT_TRANSLATE_NOOP("Form", "Punkt"), QListWidget())
        self.list.setMinimumSize(520, 260)
        for item_id, text in choices:
            row = QListWidgetItem(text)
            row.setData(256, item_id)
            self.list.addItem(row)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.search.textChanged.connect(self._narrow)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())

    def _narrow(self, text: str) -> None:
        words = text.casefold().split()
        first = None
        for i in range(self.list.count()):
            row = self.list.item(i)
            hide = not all(w in row.text().casefold() for w in words)
            row.setHidden(hide)
            if not hide and first is None:
                first = row
        if first is not None:
            self.list.setCurrentItem(first)

    def validate(self) -> dict:
        row = self.list.currentItem()
        if row is None or row.isHidden():
            raise ValidationError("Vælg et dagsordenspunkt.", field="Punkt")
        return {"item_id": row.data(256), "text": row.text()}


def _wrapped(text: str):
    from PySide6.QtWidgets import QLabel

    lbl = QLabel(text)
    lbl.setWordWrap(True)
    return lbl


def _note_hint(status: SorStatus) -> str:
    return {
        SorStatus.IN_CONSULTATION: "fx Sendt til KKR-digitaliseringsnetværket (frist 30. maj)",
        SorStatus.INPUT_RECEIVED: "fx Input fra KKR og KL",
        SorStatus.SENT_TO_SDS: "fx Tilrettet forslag sendt til SDS",
        SorStatus.APPROVED: "fx Godkendt af SDS; kommer med i næste release",
        SorStatus.RELEASED: "fx Udmeldt i SNOMED-releasen",
    }.get(status, "Bemærkning (valgfri)")
