"""The selected agenda item: presenters, sub-points and description (planning), and
notes and decision (minutes). Every change saves itself as one undoable step."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCompleter, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QFrame, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from kkrdesk.core.enums import ItemKind
from kkrdesk.services.minutes import STANDARD_DECISIONS
from kkrdesk.views.agenda import ItemView
from kkrdesk.ui.autosave import PAUSE_MS, AutoSaveText


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
        # The form scrolls inside the pane, so on a 768-pixel-high screen the link sections
        # at its foot (SOR-forslag, Projekter) stay reachable instead of being cut off.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        scroll.setWidget(inner)
        outer.addWidget(scroll)
        layout = QVBoxLayout(inner)
        layout.addWidget(self.heading)
        form = QFormLayout()
        layout.addLayout(form)
        if minutes_mode:
            self.notes = AutoSaveText("Referat af punktet …")
            self.notes.committed.connect(lambda t: self.edit.emit("notes", t))
            self.decision = AutoSaveText("Beslutning …")
            self.decision.setMaximumHeight(80)
            self.decision.committed.connect(lambda t: self.edit.emit("decision", t))
            buttons = QHBoxLayout()
            self.standard_buttons = []
            for text in STANDARD_DECISIONS:
                b = QPushButton(text)
                b.clicked.connect(lambda _=False, t=text: self._standard(t))
                buttons.addWidget(b)
                self.standard_buttons.append(b)
            buttons.addStretch(1)
            self.proposal_label = QLabel()
            self.proposal_label.setWordWrap(True)
            self.proposal_label.setStyleSheet("font-style: italic;")
            form.addRow("Indstilling", self.proposal_label)
            form.addRow("Referat", self.notes)
            form.addRow("Beslutning", self.decision)
            form.addRow("", buttons)
        else:
            self.presenters = QLineEdit()
            self.presenters.setPlaceholderText("Navn, Organisation; Navn, Organisation")
            self.presenters.editingFinished.connect(self._presenters_done)
            # saved by itself after a pause in typing, like the text fields below
            self._presenters_timer = QTimer(self)
            self._presenters_timer.setSingleShot(True)
            self._presenters_timer.setInterval(PAUSE_MS)
            self._presenters_timer.timeout.connect(self._presenters_done)
            self.presenters.textEdited.connect(self._presenters_timer.start)
            self._presenters_shown = self._presenters_seen = ""
            self._presenters_echo = False
            self.sub_points = AutoSaveText("Ét underpunkt pr. linje")
            self.sub_points.committed.connect(lambda t: self.edit.emit("sub_points", t.splitlines()))
            self.description = AutoSaveText("Sagens baggrund til dagsordenen (valgfri)")
            self.description.setMaximumHeight(90)
            self.description.committed.connect(lambda t: self.edit.emit("description", t))
            self.proposal = AutoSaveText("Sekretariatet indstiller, at netværket …")
            self.proposal.setMaximumHeight(60)
            self.proposal.committed.connect(lambda t: self.edit.emit("proposal", t))
            self.welcome_button = QPushButton("Indsæt velkomst af nye medlemmer")
            self.welcome_button.setToolTip("Tilføj »… som har overtaget pladsen efter …« for de "
                                           "medlemmer, der er kommet til siden forrige møde")
            self.welcome_button.clicked.connect(self.welcome_requested.emit)
            form.addRow("Oplægsholdere", self.presenters)
            form.addRow("Underpunkter", self.sub_points)
            form.addRow("", self.welcome_button)
            form.addRow("Sagsfremstilling", self.description)
            form.addRow("Indstilling", self.proposal)
            form.addRow("Bilag", self._make_bilag())
        self._form = form
        self.show_item(None)

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
        self.attach_button = QPushButton("Vedhæft …")
        self.attach_button.setToolTip("Vedhæft filer (fx præsentationen); de gemmes i databasen")
        self.attach_button.clicked.connect(self.attach_requested.emit)
        self.remove_button = QPushButton("Fjern")
        self.remove_button.clicked.connect(self._remove_selected)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bilag)
        row = QHBoxLayout()
        row.addWidget(self.attach_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _remove_selected(self) -> None:
        entry = self.bilag.currentItem()
        if entry is not None:
            self.remove_attachment.emit(*entry.data(Qt.ItemDataRole.UserRole))

    def set_people(self, names: list[str]) -> None:
        if not self.minutes_mode:
            completer = QCompleter(names, self.presenters)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.presenters.setCompleter(completer)

    def show_item(self, item: ItemView | None) -> None:
        switching = self.item is None or item is None or item.id != self.item.id
        if self.item is not None and switching:
            self.commit()  # save what was typed for the item we leave
        self.item = item
        self.setEnabled(item is not None)
        if item is None:
            self.heading.setText("Vælg et punkt på dagsordenen.")
        else:
            self.heading.setText(f"{item.number}. {item.title}")
        for section in self.link_sections:
            section.show_item(item.id if item else None)
        load = (lambda w, t: w.reset(t)) if switching else (lambda w, t: w.load(t))
        if self.minutes_mode:
            self.proposal_label.setText((item.proposal if item else "") or "–")
            load(self.notes, item.notes if item else "")
            load(self.decision, item.decision if item else "")
        else:
            text = "; ".join(p.text for p in item.presenters) if item else ""
            typing = self.presenters.text() != self._presenters_shown
            echo, self._presenters_echo = self._presenters_echo, False
            if switching or (text != self._presenters_seen and not typing and not echo):
                self._presenters_timer.stop()
                self.presenters.setText(text)  # another's change (undo, the tree's editor)
                self._presenters_shown = text
            self._presenters_seen = text
            load(self.sub_points, "\n".join(item.sub_points) if item else "")
            self.welcome_button.setVisible(item is not None and item.kind == ItemKind.WELCOME)
            load(self.description, item.description if item else "")
            load(self.proposal, item.proposal if item else "")
            self.bilag.clear()
            for att in (item.attachments if item else ()):
                entry = QListWidgetItem(f"{att.label} ({att.size_text})")
                entry.setData(Qt.ItemDataRole.UserRole, (att.id, att.label))
                self.bilag.addItem(entry)
            self.bilag.setVisible(self.bilag.count() > 0)

    def commit(self) -> None:
        if self.minutes_mode:
            self.notes.commit()
            self.decision.commit()
        else:
            self._presenters_done()
            self.sub_points.commit()
            self.description.commit()
            self.proposal.commit()

    def _presenters_done(self) -> None:
        self._presenters_timer.stop()
        text = self.presenters.text()
        if self.item is not None and text != self._presenters_shown:
            self._presenters_shown = text
            self._presenters_echo = True  # the refresh that follows shows it tidied: keep as typed
            self.edit.emit("presenters", text)

    def _standard(self, text: str) -> None:
        self.decision.commit()  # whatever was typed first is its own step
        self.decision.reset(text)
        self.choose.emit("decision", text)
