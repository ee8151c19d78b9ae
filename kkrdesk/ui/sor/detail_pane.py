"""The selected proposal's fields: kind, title, current name and code (picked from the
reference list or typed), proposed name, definition, rationale, open questions, related
codes and notes. Every field saves itself (ui/autosave.py) as one undoable step; a
refused value gets a Danish message under its field and stays as typed."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from kkrdesk.ui.i18n import translate, shown
from kkrdesk.core.enums import SorProposalKind
from kkrdesk.ui.labels import label
from kkrdesk.core.errors import ValidationError
from kkrdesk.services.sor import proposals as sor
from kkrdesk.ui.autosave import Autosave, AutoSaveText
from kkrdesk.ui.sor.fields import CodeCompleter, CodeEdit, FieldBox, RelatedCodeCompleter, code_problem
from kkrdesk.views.sor import INACTIVE_NOTE, ProposalView, SorCodeView

LINE_FIELDS = ("title", "current_name", "concept_code", "proposed_name", "related_codes")
TEXT_FIELDS = ("definition", "rationale", "open_questions", "notes")


class ProposalForm(QWidget):
    # proposal, field, value (already checked). The proposal is the one the field showed
    # when typed, even if the edit is saved as the user moves to another proposal.
    edit = Signal(object, str, object)
    code_picked = Signal(object, object)  # proposal, SorCodeView: name and code in one step
    add_code_requested = Signal(str, str)  # code, name typed so far

    def __init__(self, parent=None):
        super().__init__(parent)
        self.proposal: ProposalView | None = None
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind = QComboBox()
        for k in SorProposalKind:
            self.kind.addItem(label(k), k.value)
        self.kind.activated.connect(lambda _i: QTimer.singleShot(0, self, self._kind_chosen))
        self.title = QLineEdit()
        self.current_name = QLineEdit()
        self.current_name.setPlaceholderText(translate("ProposalForm", "Skriv eller vælg fra referencelisten"))
        self.completer = CodeCompleter(self.current_name)
        self.current_name.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._completion_chosen)
        self.concept_code = CodeEdit()
        self.add_code = QPushButton(translate("ProposalForm", "Tilføj kode …"))
        self.add_code.setToolTip(translate("ProposalForm", "Gem navn og kode i referencelisten, så de kan vælges igen"))
        self.add_code.clicked.connect(lambda: self.add_code_requested.emit(
            self.concept_code.text().strip(), self.current_name.text().strip()))
        self.proposed_name = QLineEdit()
        self.related_codes = QLineEdit()
        self.related_codes.setPlaceholderText(translate("ProposalForm", "Skriv kode eller navn; koder adskilt af mellemrum"))
        self.related_completer = RelatedCodeCompleter(self.related_codes)
        self.related_codes.setCompleter(self.related_completer)
        self.boxes: dict[str, FieldBox] = {}
        self.texts: dict[str, AutoSaveText] = {}
        self.binds: dict[str, Autosave] = {}
        form.addRow(translate("ProposalForm", "Type"), self.kind)
        for text, field in ((translate("ProposalForm", "Titel"), "title"), (translate("ProposalForm", "Nuværende navn"), "current_name"),
                            (translate("ProposalForm", "Nuværende kode"), "concept_code"), (translate("ProposalForm", "Foreslået navn"), "proposed_name")):
            self._line_row(form, text, field)
        for field, text, placeholder, height in (
            ("definition", translate("ProposalForm", "Definition"), translate("ProposalForm", "Definitionen af enhedstypen/specialet …"), 90),
            ("rationale", translate("ProposalForm", "Begrundelse"), translate("ProposalForm", "Hvorfor netværket foreslår ændringen …"), 70),
            ("open_questions", translate("ProposalForm", "Åbne spørgsmål"), translate("ProposalForm", "Hvad er endnu ikke afklaret …"), 60),
        ):
            self._text_row(form, field, text, placeholder, height)
        self._line_row(form, translate("ProposalForm", "Relaterede koder"), "related_codes")
        self._text_row(form, "notes", translate("ProposalForm", "Noter"), translate("ProposalForm", "Interne noter …"), 60)
        self.concept_code.problem.connect(self.boxes["concept_code"].set_error)
        self.concept_code.textChanged.connect(self._code_note)
        self.related_codes.textEdited.connect(self._related_typed)
        self.show_proposal(None)

    def _line_row(self, form, text: str, field: str) -> None:
        widget: QLineEdit = getattr(self, field)
        box = FieldBox(widget, self.add_code if field == "concept_code" else None)
        self.boxes[field] = box
        form.addRow(text, box)
        self.binds[field] = Autosave(widget, lambda v, f=field: self._save(f, v), name=f"sor.{field}",
                                     record=self._record)

    def _text_row(self, form, field, text, placeholder, height) -> None:
        edit = AutoSaveText(placeholder, commit=lambda v, f=field: self._save(f, v), name=f"sor.{field}",
                            record=self._record)
        edit.setMinimumHeight(min(height, 60))
        edit.setMaximumHeight(height)
        self.texts[field] = edit
        self.binds[field] = edit.autosave
        box = FieldBox(edit)
        self.boxes[field] = box
        form.addRow(text, box)

    def _record(self) -> int | None:
        """The proposal the fields show: a save kept while the server is away names it."""
        return self.proposal.id if self.proposal is not None else None

    # -- reference codes --------------------------------------------------------------

    def set_codes(self, codes: list[SorCodeView]) -> None:
        self.completer.set_codes(codes)
        self.related_completer.set_codes(codes)
        self._code_note(self.concept_code.text())

    def _code_note(self, text: str) -> None:
        """Say so under the code when it is one SNOMED CT has made inactive."""
        code = next((c for c in self.completer.codes if c.code == text.strip()), None)
        note = translate("detail_pane", "{name} ({code}) er {INACTIVE_NOTE}.").format(name=code.name, code=code.code, INACTIVE_NOTE=INACTIVE_NOTE) if code and code.inactive else ""
        self.boxes["concept_code"].set_note(note)

    def _completion_chosen(self, index: QModelIndex) -> None:
        """A pick from the popup: the name is in the field already (CodeCompleter), the
        code goes to its own field, and both are saved as one step once the popup has
        finished with the pick (saving refreshes the tab)."""
        code = self.completer.code_at(index)
        proposal = self.proposal
        if code is None or proposal is None:
            return
        self.current_name.setText(code.name)
        self.concept_code.setText(code.code)
        self.binds["current_name"].saved_as(code.name)
        self.binds["concept_code"].saved_as(code.code)
        QTimer.singleShot(0, self, lambda: self.code_picked.emit(proposal, code))

    # -- showing ----------------------------------------------------------------------

    def show_proposal(self, p: ProposalView | None) -> None:
        switching = self.proposal is None or p is None or p.id != self.proposal.id
        if self.proposal is not None and switching:
            self.commit()
        self.proposal = p
        self.setEnabled(p is not None)
        if switching:
            for box in self.boxes.values():
                box.set_error("")
        self.kind.setCurrentIndex(max(0, self.kind.findData(p.kind.value if p else "")))
        for field, bind in self.binds.items():
            value = getattr(p, field) if p else ""
            if switching:
                bind.reset(value)
            elif not bind.typing():
                bind.load(value)
                self.boxes[field].set_error("")

    def commit(self) -> None:
        for bind in self.binds.values():
            bind.commit()

    # -- editing ----------------------------------------------------------------------

    def _kind_chosen(self) -> None:
        if self.proposal is not None and self.kind.currentData() != self.proposal.kind.value:
            self.edit.emit(self.proposal, "kind", SorProposalKind(self.kind.currentData()))

    def _related_typed(self, text: str) -> None:
        bad = [c for c in text.replace(",", " ").replace(";", " ").split() if code_problem(c)]
        self.boxes["related_codes"].set_error(
            translate("detail_pane", "»{bad}« er ikke en SNOMED-kode (6-18 cifre).").format(bad=bad[0][:30]) if bad else "")

    def _save(self, field: str, value) -> bool:
        """Check with the service's own rules; on a refusal show why at the field."""
        if self.proposal is None:
            return False
        if field == "concept_code" and (problem := code_problem(value)):
            self.boxes[field].set_error(problem)  # kept as typed; nothing saved
            return False
        try:
            sor.clean_fields({field: value})
        except ValidationError as exc:
            self.boxes[field].set_error(shown(exc))
            return False
        self.boxes[field].set_error("")
        self.edit.emit(self.proposal, field, value)
        return True

    def focus_title(self) -> None:
        self.title.setFocus()
        self.title.selectAll()


class AlertBanner(QLabel):
    """Red line over the detail pane when a round is overdue or SDS has not answered."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet("background: #fde7e4; color: #9c1c12; padding: 6px; "
                           "border: 1px solid #e8a39b; border-radius: 3px;")
        self.hide()

    def set_alerts(self, alerts: list[str]) -> None:
        self.setText("\n".join(f"⚠ {shown(a)}" for a in alerts))

        self.setVisible(bool(alerts))
