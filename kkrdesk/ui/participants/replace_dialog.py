"""Replace a member: who takes over the seat (one or more people), from when, appointed
by whom, with which role and remark. Shows the welcome-slide line as it will read.

Picking a name in "Overtages af" adds the person at once (Tilføj is there for a typed
name too). Erstat checks the replacement with the service before the dialog closes, so
a refused date or a successor who already holds a seat is shown here, with nothing
typed lost."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QWidget,
)

from kkrdesk.ui.i18n import translate, shown
from kkrdesk.ui.dates import join_and
from kkrdesk.ui.labels import label
from kkrdesk.core.errors import KkrDeskError, ValidationError
from kkrdesk.services.participants import people as participants
from kkrdesk.services.participants import replacements
from kkrdesk.ui.editor_value import plain_text
from kkrdesk.ui.form_dialog import dialog_frame, form_layout
from kkrdesk.ui.participants.widgets import (
    DateField, appointer_combo, note_edit, role_combo, search_combo, show_error,
)
from kkrdesk.ui.accessible import NamedDialog


def holder_text(name: str, organisation: str) -> str:
    return ", ".join(x for x in (name, organisation) if x)


class ReplaceDialog(NamedDialog):
    def __init__(self, store, old, new_person: Callable[[QWidget], int | None] | None = None,
                 today: dt.date | None = None, parent=None):
        """``old`` is the MembershipView of the seat being handed over."""
        super().__init__(parent)
        self._store, self.old, self._new_person = store, old, new_person
        self.setWindowTitle(translate("ReplaceDialog", "Erstat medlem – {name}").format(
            name=old.person_name or old.organisation))
        seat = QLabel(
            f"<b>{holder_text(old.person_name, old.organisation)}</b><br>{label(old.role)}"
            + (translate("ReplaceDialog", ", udpeget af {who}").format(who=old.appointed_by)
               if old.appointed_by else ""))
        seat.setTextFormat(Qt.TextFormat.RichText)
        pick, listrow = self._build_person_box(), self._build_successors()
        self._build_seat_fields(today)
        who = QLabel(translate("ReplaceDialog", "&Overtages af:"))
        who.setBuddy(self.person_box)
        form = form_layout((translate("ReplaceDialog", "Pladsen:"), seat), (who, pick), ("", listrow), (translate("ReplaceDialog", "&Fra (dato):"), self.date),
                           (translate("ReplaceDialog", "&Udpeget af:"), self.appointed_by), (translate("ReplaceDialog", "&Rolle:"), self.role),
                           (translate("ReplaceDialog", "&Bemærkning:"), self.note), (translate("ReplaceDialog", "Velkomsttekst:"), self.preview))
        self.error, self.buttons = dialog_frame(self, form, "Erstat")
        self.resize(600, self.sizeHint().height())
        self._people: dict[int, tuple[str, str]] = {}
        self.reload_people()

    def _build_person_box(self) -> QHBoxLayout:
        """The name box with its completer (any part of a name), Tilføj and Ny person."""
        self.person_box = search_combo("Skriv et navn …")
        self.add_button = QPushButton(translate("ReplaceDialog", "Tilføj"))
        self.add_button.clicked.connect(self.add_selected)
        self.person_box.activated.connect(self._picked)
        self.person_box.lineEdit().installEventFilter(self)  # Return adds, not Erstat
        self.new_button = QPushButton(translate("ReplaceDialog", "Ny person …"))
        self.new_button.setEnabled(self._new_person is not None)
        self.new_button.clicked.connect(self._create_person)
        pick = QHBoxLayout()
        pick.addWidget(self.person_box, 1)
        pick.addWidget(self.add_button)
        pick.addWidget(self.new_button)
        return pick

    def _build_successors(self) -> QHBoxLayout:
        self.successors = QListWidget()
        self.successors.setMaximumHeight(90)
        self.remove_button = QPushButton(translate("ReplaceDialog", "Fjern"))
        self.remove_button.clicked.connect(self._remove)
        listrow = QHBoxLayout()
        listrow.addWidget(self.successors, 1)
        listrow.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        return listrow

    def _build_seat_fields(self, today: dt.date | None) -> None:
        """The new seats' date, appointer, role and remark (as the old seat's), and the
        welcome line as it will read."""
        self.date = DateField(today or dt.date.today(), optional=False, name="Dato")
        self.appointed_by = appointer_combo(self.old.appointed_by)
        self.role = role_combo(self.old.role)
        self.note = note_edit(placeholder="fx »Den officielle udpegning er nu på plads.«",
                              max_height=70)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("color: #444;")

    def reload_people(self) -> None:
        self.person_box.clear()
        self._people = {}
        for p in participants.list_people(self._store):
            if p.id == self.old.person_id:
                continue
            self._people[p.id] = (p.name, p.organisation)
            self.person_box.addItem(holder_text(p.name, p.organisation), p.id)
        self.person_box.setCurrentIndex(-1)
        self._update_preview()

    def successor_ids(self) -> list[int]:
        return [self.successors.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.successors.count())]

    def add_person(self, person_id: int) -> None:
        if person_id in self.successor_ids() or person_id not in self._people:
            return
        item = QListWidgetItem(holder_text(*self._people[person_id]))
        item.setData(Qt.ItemDataRole.UserRole, person_id)
        self.successors.addItem(item)
        self._list_changed()

    def _person_in_box(self) -> int | None:
        """The person whose name is in the box (None for an empty box)."""
        text = self.person_box.currentText().strip()
        if not text:
            return None
        idx = self.person_box.findText(text, Qt.MatchFlag.MatchFixedString)
        if idx >= 0:
            return self.person_box.itemData(idx)
        key = text.casefold()  # part of one name only ("Nørgaard") is enough
        hits = [i for i in range(self.person_box.count())
                if key in self.person_box.itemText(i).casefold()]
        if len(hits) == 1:
            return self.person_box.itemData(hits[0])
        if hits:
            raise ValidationError(translate("replace_dialog", "»{value}« passer på flere personer; vælg den rigtige fra listen.").format(value=text[:60]), field="successors")
        raise ValidationError(translate("replace_dialog", "»{value}« er ikke på listen; vælg en person fra listen, eller opret en med »Ny person …«.").format(value=text[:60]), field="successors")

    def _clear_box(self) -> None:
        self.person_box.setCurrentIndex(-1)
        self.person_box.setEditText("")

    def add_selected(self) -> None:
        try:
            pid = self._person_in_box()
        except ValidationError as exc:
            show_error(self.error, exc, {"successors": self.person_box})
            return
        if pid is not None:
            self.add_person(pid)
            self._clear_box()

    def _picked(self, index: int) -> None:
        """A name chosen in the list (or its completer): add that person at once."""
        if index >= 0 and self.person_box.itemData(index) is not None:
            self.add_person(self.person_box.itemData(index))
            QTimer.singleShot(0, self._clear_box)  # after the completer has set its text

    def eventFilter(self, obj, event) -> bool:
        if (obj is self.person_box.lineEdit() and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.person_box.currentText().strip()):
            self.add_selected()
            return True
        return super().eventFilter(obj, event)

    def _create_person(self) -> None:
        pid = self._new_person(self) if self._new_person else None
        if pid is not None:
            self.reload_people()
            self.add_person(pid)

    def _remove(self) -> None:
        for item in self.successors.selectedItems():
            self.successors.takeItem(self.successors.row(item))
        self._list_changed()

    def _list_changed(self) -> None:
        self.error.clear()
        self.error.hide()
        self._update_preview()

    def _update_preview(self) -> None:
        names = [holder_text(*self._people[i]) for i in self.successor_ids() if i in self._people]
        if not names:
            self.preview.setText(translate("ReplaceDialog", "(vælg, hvem der overtager pladsen)"))
            return
        who = join_and(names)
        old = holder_text(self.old.person_name, self.old.organisation)
        self.preview.setText(translate("ReplaceDialog", "{who}, som har overtaget pladsen efter "
                                       "{old}").format(who=who, old=old))


    def values(self) -> dict:
        ids = self.successor_ids()
        if not ids:
            raise ValidationError("Vælg mindst én person, der overtager pladsen.",
                                  field="successors")
        return dict(successor_ids=ids, on=self.date.date(),
                    appointed_by=self.appointed_by.currentText(), role=self.role.currentData(),
                    note=plain_text(self.note))

    def accept(self) -> None:
        try:
            if not self.successor_ids() and (pid := self._person_in_box()) is not None:
                self.add_person(pid)  # a name shown in the box but not yet added
            values = self.values()
            replacements.check_replace(self._store, self.old.id, **values)
        except ValidationError as exc:
            show_error(self.error, exc, {"successors": self.person_box, "date": self.date,
                                         "role": self.role, "appointed_by": self.appointed_by})
            return
        except KkrDeskError as exc:  # the seat or a person was deleted meanwhile
            show_error(self.error, ValidationError(shown(exc)), {})
            return
        self.result_values = values
        super().accept()
