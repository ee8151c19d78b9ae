"""Beside the import preview: the lines that were not understood (each can be made an
item), the presenters who are not in the register (tick to create them as new people;
the others stay names on their items), the lines skipped and why; and the one-line
summary under the tree."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from kkrdesk.ui.i18n import translate
from kkrdesk.ui.dates import short_date
from kkrdesk.services.agenda import file_import as agenda_import


def _list() -> QListWidget:
    widget = QListWidget()
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return widget


class ImportSidePanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumWidth(250)
        self.remove_button = QPushButton(translate("ImportSidePanel", "Udelad valgte række"))
        self.unread_box = QGroupBox(translate("ImportSidePanel", "Ikke forstået"))
        self.unread = _list()
        self.all_read = QLabel(translate("ImportSidePanel", "Alle linjer er brugt eller sprunget over."))
        self.all_read.setWordWrap(True)
        self.add_line_button = QPushButton(translate("ImportSidePanel", "Tilføj som punkt"))
        ul = QVBoxLayout(self.unread_box)
        ul.addWidget(self.all_read)
        ul.addWidget(self.unread, 1)
        ul.addWidget(self.add_line_button)
        self.people_box = QGroupBox(translate("ImportSidePanel", "Ukendte oplægsholdere"))
        note = QLabel(translate("ImportSidePanel", "Står som navn på punktet (gæst). Sæt kryds for at oprette som ny person."))
        note.setWordWrap(True)
        self.people = _list()
        pl = QVBoxLayout(self.people_box)
        pl.addWidget(note)
        pl.addWidget(self.people, 1)
        self.skipped = QLabel()
        self.skipped.setWordWrap(True)
        self.lay = lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.remove_button)
        lay.addWidget(self.unread_box, 1)
        lay.addWidget(self.people_box, 1)
        lay.addWidget(self.skipped)
        lay.addStretch(0)

    def show_agenda(self, agenda, register) -> None:
        self.remove_button.setEnabled(agenda is not None and bool(agenda.items))
        self.unread.clear()
        if agenda is None:
            self.unread_box.setTitle(translate("ImportSidePanel", "Ikke forstået"))
            self.people_box.hide()
            self.skipped.clear()
            for widget in (self.unread, self.add_line_button, self.all_read):
                widget.hide()
            return
        for n in agenda.unread:
            entry = QListWidgetItem(translate("import_panels", "Linje {n}: {n2}").format(n=n + 1, n2=agenda.lines[n].strip()))
            entry.setData(Qt.ItemDataRole.UserRole, n)
            self.unread.addItem(entry)
        self.unread_box.setTitle(translate("import_panels", "Ikke forstået ({n})").format(n=len(agenda.unread)))
        for widget in (self.unread, self.add_line_button):
            widget.setVisible(bool(agenda.unread))
        self.all_read.setVisible(not agenda.unread)
        self.lay.setStretchFactor(self.unread_box, 1 if agenda.unread else 0)  # an empty list takes no room
        self._show_people(agenda, register)
        runs = agenda.skipped_ranges()
        self.skipped.setText(("Sprunget over: " + ", ".join(runs[:6]) + (" …" if len(runs) > 6 else ""))
                             if runs else "")

    def _show_people(self, agenda, register) -> None:
        ticked = set(self.people_to_create())
        self.people.clear()
        unknown = agenda_import.unknown_presenters(register, agenda)
        for m in unknown:
            entry = QListWidgetItem(m.text + (f" – {m.note}" if m.note else ""))
            entry.setData(Qt.ItemDataRole.UserRole, m.key)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if m.key in ticked else Qt.CheckState.Unchecked)
            self.people.addItem(entry)
        self.people_box.setVisible(bool(unknown))

    def people_to_create(self) -> list[tuple[str, str]]:
        """(name, organisation) as written, of the unknown presenters ticked."""
        out = []
        for r in range(self.people.count()):
            entry = self.people.item(r)
            if entry.checkState() == Qt.CheckState.Checked:
                out.append(tuple(entry.data(Qt.ItemDataRole.UserRole)))
        return out


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def summary(agenda) -> str:
    """'11 punkter · 4 underpunkter som egne punkter · … · næste møde 05-11-2025'."""
    subs = sum(len(i.children) for i in agenda.items)
    points = sum(len(i.sub_points) for i in agenda.all_items())
    doubtful = len(agenda.doubtful_items())
    parts = [_count(len(agenda.items), "punkt", "punkter")]
    if subs:
        parts.append(_count(subs, "underpunkt", "underpunkter") + " som egne punkter")
    if points:
        parts.append(_count(points, "underpunkt", "underpunkter") + " som tekst")
    if doubtful:
        parts.append(translate("import_panels", "{doubtful} tvivlsomme (gule: se tekst og linjer under listen)").format(doubtful=doubtful))
    if agenda.unread:
        parts.append(_count(len(agenda.unread), "linje", "linjer") + " ikke forstået")
    if agenda.next_meeting_date or agenda.topics:
        when = short_date(agenda.next_meeting_date) if agenda.next_meeting_date else "uden dato"
        parts.append(translate("import_panels", "næste møde {when}").format(when=when) + (translate("import_panels", " med {n} emner").format(n=len(agenda.topics)) if agenda.topics else ""))
    if agenda.items:
        parts.append(f"ligner en dagsorden: {round(100 * agenda.confidence)} %")
    return " · ".join(parts)
