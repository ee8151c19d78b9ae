"""The selected agenda item: presenters, sub-points and description (planning), and
notes and decision (minutes). Every field saves itself (ui/autosave.py) as one
undoable step."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter, QFormLayout, QFrame, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from kkrdesk.ui.flow_layout import FlowLayout, flow_row
from kkrdesk.ui.i18n import translate
from kkrdesk.core.enums import ItemKind
from kkrdesk.services.agenda.minutes import STANDARD_DECISIONS
from kkrdesk.ui.autosave import Autosave, AutoSaveText
from kkrdesk.ui.dates import clock
from kkrdesk.views.agenda import ItemView



def actual_text(item: ItemView) -> str:
    """"Faktisk tid 10.05–10.32" (kept by the chair's live view), in the window's language;
    "" before the item began."""
    if item.actual_start is None:
        return ""
    if item.actual_end is None:
        return translate("ItemPane", "Faktisk tid fra {start}").format(start=clock(item.actual_start.time()))
    return translate("ItemPane", "Faktisk tid {start}–{end}").format(
        start=clock(item.actual_start.time()), end=clock(item.actual_end.time()))

class ItemPane(QWidget):
    """Emits ``edit(field, value)`` for the tab to turn into an undo command."""

    edit = Signal(str, object)
    choose = Signal(str, object)  # a deliberate choice: its own undo step
    welcome_requested = Signal()
    attach_requested = Signal()
    remove_attachment = Signal(int, str)  # id, "Bilag 3.1: …"

    def __init__(self, minutes_mode: bool, parent=None):
        super().__init__(parent)
        self.minutes_mode = minutes_mode
        self.item: ItemView | None = None
        self.link_sections: list[QWidget] = []
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        form = QFormLayout()
        layout = QVBoxLayout(self._scrolling_inner())
        layout.addWidget(self.heading)
        layout.addLayout(form)
        if minutes_mode:
            self._build_minutes(form)
        else:
            self._build_planning(form)
        self._form = form
        self.show_item(None)

    def _scrolling_inner(self) -> QWidget:
        """The widget the form goes in. The form scrolls inside the pane, so on a
        768-pixel-high screen the link sections at its foot (SOR-forslag, Projekter) stay
        reachable instead of being cut off."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        scroll.setWidget(inner)
        outer.addWidget(scroll)
        return inner

    def _build_minutes(self, form: QFormLayout) -> None:
        """Referat: the proposal to read out, the notes, the decision with the standard
        decisions one click away."""
        # "Faktisk tid 10.05–10.32", as the chair's live view kept it
        self.actual_label = QLabel()
        self.actual_label.setAccessibleName(translate("ItemPane", "Faktisk tid"))
        self.actual_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.actual_label)
        self.notes = self._text("notes", "Referat af punktet …")
        self.decision = self._text("decision", "Beslutning …")
        self.decision.setMaximumHeight(80)
        buttons = FlowLayout()  # wraps in a narrow pane, never scrolls sideways
        self.standard_buttons = []
        for text in STANDARD_DECISIONS:  # the referat is Danish: the button says it in English
            b = QPushButton(translate("Decision", text))
            b.setToolTip(translate("ItemPane", "Skriver beslutningen i referatet (på dansk)"))

            b.clicked.connect(lambda _=False, t=text: self._standard(t))
            buttons.addWidget(b)
            self.standard_buttons.append(b)
        self.proposal_label = QLabel()
        self.proposal_label.setWordWrap(True)
        self.proposal_label.setStyleSheet("font-style: italic;")
        form.addRow(translate("ItemPane", "Indstilling"), self.proposal_label)
        form.addRow(translate("ItemPane", "Referat"), self.notes)
        form.addRow(translate("ItemPane", "Beslutning"), self.decision)
        form.addRow("", buttons)

    def _build_planning(self, form: QFormLayout) -> None:
        """Punkt: presenters, sub-points (with the welcome lines for a Velkomst),
        description, proposal and bilag."""
        self._build_presenters()
        self.sub_points = AutoSaveText("Ét underpunkt pr. linje", name="agenda.sub_points",
                                       commit=lambda t: self.edit.emit("sub_points", t.splitlines()),
                                       record=self._record)
        self.description = self._text("description", translate("ItemPane", "Sagens baggrund til dagsordenen (valgfri)"))
        self.description.setMaximumHeight(90)
        self.proposal = self._text("proposal", translate("ItemPane", "Sekretariatet indstiller, at netværket …"))
        self.proposal.setMaximumHeight(60)
        self.welcome_button = QPushButton(translate("ItemPane", "Indsæt velkomst af nye medlemmer"))
        self.welcome_button.setToolTip(translate("ItemPane", "Tilføj »… som har overtaget pladsen efter …« for de "
                                       "medlemmer, der er kommet til siden forrige møde"))
        self.welcome_button.clicked.connect(self.welcome_requested.emit)
        form.addRow(translate("ItemPane", "Oplægsholdere"), self.presenters)
        form.addRow(translate("ItemPane", "Underpunkter"), self.sub_points)
        form.addRow("", self.welcome_button)
        form.addRow(translate("ItemPane", "Sagsfremstilling"), self.description)
        form.addRow(translate("ItemPane", "Indstilling"), self.proposal)
        form.addRow(translate("ItemPane", "Bilag"), self._make_bilag())

    def _build_presenters(self) -> None:
        self.presenters = QLineEdit()
        self.presenters.setPlaceholderText(translate("ItemPane", "Navn, Organisation; Navn, Organisation"))
        # one completer for the field's life; set_people updates its list in place
        self._people = QStringListModel(self)
        completer = QCompleter(self._people, self.presenters)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.presenters.setCompleter(completer)
        self.presenters_autosave = Autosave(
            self.presenters, lambda t: self.edit.emit("presenters", t), name="agenda.presenters",
            record=self._record)

    def _text(self, field: str, placeholder: str) -> AutoSaveText:
        return AutoSaveText(placeholder, name=f"agenda.{field}",
                            commit=lambda t: self.edit.emit(field, t), record=self._record)

    def _record(self) -> int | None:
        """The item the fields show: a save kept while the server is away names it."""
        return self.item.id if self.item is not None else None

    def add_link_section(self, label: str, widget: QWidget) -> None:
        """A section from another wing (the proposals or projects an item presents). The
        main window wires it; the widget gets ``show_item(item_id | None)`` on every change
        of item, so the agenda wing never imports the others."""
        self.link_sections.append(widget)
        self._form.addRow(label, widget)
        widget.show_item(self.item.id if self.item else None)

    def _make_bilag(self) -> QWidget:
        self.bilag = QListWidget()
        self.bilag.setMaximumHeight(64)
        self.attach_button = QPushButton(translate("ItemPane", "Vedhæft …"))
        self.attach_button.setToolTip(translate("ItemPane", "Vedhæft filer (fx præsentationen); de gemmes i databasen"))
        self.attach_button.clicked.connect(self.attach_requested.emit)
        self.remove_button = QPushButton(translate("ItemPane", "Fjern"))
        self.remove_button.clicked.connect(self._remove_selected)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bilag)
        layout.addLayout(flow_row(self.attach_button, self.remove_button))
        return box

    def _remove_selected(self) -> None:
        entry = self.bilag.currentItem()
        if entry is not None:
            self.remove_attachment.emit(*entry.data(Qt.ItemDataRole.UserRole))

    def set_people(self, names: list[str]) -> None:
        """The presenter picker's names. Never a new completer: a refresh may come while
        its popup is handling a pick, and replacing it there deletes the popup."""
        if not self.minutes_mode and self._people.stringList() != names:
            self._people.setStringList(names)

    def show_item(self, item: ItemView | None) -> None:
        switching = self.item is None or item is None or item.id != self.item.id
        if self.item is not None and switching:
            self.commit()  # save what was typed for the item we leave
        self.item = item
        self.setEnabled(item is not None)
        if item is None:
            self.heading.setText(translate("ItemPane", "Vælg et punkt på dagsordenen."))
        else:
            self.heading.setText(item.numbered_title)
        for section in self.link_sections:
            section.show_item(item.id if item else None)
        load = (lambda w, t: w.reset(t)) if switching else (lambda w, t: w.load(t))
        if self.minutes_mode:
            self.actual_label.setText(actual_text(item) if item else "")
            self.actual_label.setVisible(bool(item and item.actual_text))
            self.proposal_label.setText((item.proposal if item else "") or "–")
            load(self.notes, item.notes if item else "")
            load(self.decision, item.decision if item else "")
        else:
            text = "; ".join(p.text for p in item.presenters) if item else ""
            load(self.presenters_autosave, text)  # another's change (undo, the tree's editor)
            load(self.sub_points, "\n".join(item.sub_points) if item else "")
            self.welcome_button.setVisible(item is not None and item.kind == ItemKind.WELCOME)
            load(self.description, item.description if item else "")
            load(self.proposal, item.proposal if item else "")
            self.bilag.clear()
            for att in (item.attachments if item else ()):
                name = translate("ItemPane", "Bilag {number}: {name}").format(number=att.number,
                                                                            name=att.filename)
                entry = QListWidgetItem(f"{name} ({att.size_text})")
                entry.setData(Qt.ItemDataRole.UserRole, (att.id, name))
                self.bilag.addItem(entry)
            self.bilag.setVisible(self.bilag.count() > 0)

    def commit(self) -> None:
        if self.minutes_mode:
            self.notes.commit()
            self.decision.commit()
        else:
            self.presenters_autosave.commit()
            self.sub_points.commit()
            self.description.commit()
            self.proposal.commit()

    def _standard(self, text: str) -> None:
        self.decision.commit()  # whatever was typed first is its own step
        self.decision.reset(text)
        self.choose.emit("decision", text)
