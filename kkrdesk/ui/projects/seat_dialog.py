"""The seat dialog (Tilføj medlem …): who holds the seat, in which role, from when. Who
is a person or an organisation of the register, found by any part of the name, or a new
person (»Ny person …«: name and organisation from the register) made with the seat in
one step. One organisation as both formand and projektejer is asked about before OK
closes."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from kkrdesk.ui.i18n import translate, shown
from kkrdesk.core.enums import Role
from kkrdesk.ui.labels import label
from kkrdesk.core.errors import ValidationError
from kkrdesk.services.participants import people as participants
from kkrdesk.services.projects import organisation as project_org
from kkrdesk.services.projects import portfolio as projects
from kkrdesk.services.projects import seat_paste
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.projects.dialogs import Field, PartDialog, ask, person_picker, picked
from kkrdesk.views.projects import PROJECT_ROLES, GroupView
from kkrdesk.views.seat_list import Holder
from PySide6.QtCore import QT_TRANSLATE_NOOP

ROLE_CHOICES = tuple((label(r), r) for r in PROJECT_ROLES)
NOT_FOUND = "»{}« findes ikke i registret. Vælg fra listen, eller opret personen med »Ny person …«."


def holders(ctx: AppContext) -> list[tuple[str, object]]:
    """The register's people ("Name (Organisation)") and organisations, for a picker."""
    people = [(f"{p.name} ({p.organisation})" if p.organisation else p.name, ("person", p.id))
              for p in participants.list_people(ctx.store)]
    orgs = [(name, ("org", oid)) for oid, name in projects.owners(ctx.store)]
    return people + orgs


def confirm(parent: QWidget, text: str) -> bool:
    return ask(parent, "Bekræft rolle", text)


class SeatDialog(PartDialog):
    def __init__(self, ctx: AppContext, group: GroupView, parent=None):
        self.picker = person_picker(holders(ctx), "Skriv en del af navnet …")
        self.new_button = QPushButton(translate("SeatDialog", "Ny person …"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("SeatDialog", "Fornavn Efternavn"))
        self.organisation = person_picker([(n, oid) for oid, n in projects.owners(ctx.store)],
                                          "Skriv en del af navnet (valgfri) …")
        self.back_button = QPushButton(translate("SeatDialog", "Vælg fra registret"))
        super().__init__(translate("seat_dialog", "Tilføj medlem til {name}").format(name=group.name.lower()),
                         (Field("holder", QT_TRANSLATE_NOOP("Form", "Person eller organisation"), "custom"),
                          Field("name", QT_TRANSLATE_NOOP("Form", "Ny person"), "custom"),
                          Field("organisation", QT_TRANSLATE_NOOP("Form", "Organisation"), "custom"),
                          Field("role", QT_TRANSLATE_NOOP("Form", "Rolle"), "choice", choices=ROLE_CHOICES),
                          Field("start_date", QT_TRANSLATE_NOOP("Form", "Fra"), "date", QT_TRANSLATE_NOOP("Form", "valgfri, fx 01-08-2025"))),
                         {"role": Role.MEMBER}, self._check, parent,  # most seats are Medlem
                         custom={"holder": _row(self.picker, self.new_button),
                                 "name": _row(self.name, self.back_button),
                                 "organisation": self.organisation})
        self.widgets["holder"], self.widgets["name"] = self.picker, self.name
        self.ctx, self.group, self.confirmed = ctx, group, False
        self.setMinimumWidth(600)  # a long name and its button side by side, whole
        self.new_button.clicked.connect(lambda: self.set_new_person(True))
        self.back_button.clicked.connect(lambda: self.set_new_person(False))
        self.set_new_person(False)

    @property
    def new_person(self) -> bool:
        return self.form.isRowVisible(self.name.parentWidget())

    def set_new_person(self, on: bool) -> None:
        """Switch between a holder of the register and a new person (the name typed in
        the picker comes along)."""
        typed = self.picker.currentText().strip()
        if on and not self.name.text() and picked(self.picker) is None:
            self.name.setText(typed)
        self.clear_errors()
        self.form.setRowVisible(self.picker.parentWidget(), not on)
        for w in (self.name.parentWidget(), self.organisation):
            self.form.setRowVisible(w, on)
        (self.name if on else self.picker).setFocus()

    def values(self) -> dict:
        out = super().values()
        if self.new_person:
            org_text = self.organisation.currentText().strip()
            org_id = picked(self.organisation) if org_text else None
            if org_text and org_id is None:
                raise ValidationError(translate("seat_dialog", "Ukendt organisation »{org_text}«; vælg en fra listen.").format(org_text=org_text[:60]),
                                      field="organisation")
            out["holder"] = Holder("new", self.name.text().strip(), None, org_id,
                                   org_text if org_id else "")
            return out
        who, typed = picked(self.picker), self.picker.currentText().strip()
        if who is None:
            raise ValidationError(NOT_FOUND.format(typed[:60]) if typed
                                  else "Vælg en person eller en organisation.", field="holder")
        out["holder"] = who
        out["holder_text"] = typed.split(" (")[0]
        return out

    def seat_kwargs(self, v: dict) -> dict:
        kind, hid = v["holder"]
        return dict(person_id=hid if kind == "person" else None,
                    organisation_id=hid if kind == "org" else None,
                    role=v["role"], start_date=v["start_date"], confirmed=self.confirmed)

    def _check(self, v: dict) -> None:
        try:
            if self.new_person:
                h = v["holder"]
                seat_paste.check_new_person(self.ctx.store, self.group.id, h.name, h.organisation_id,
                                            v["role"], v["start_date"], self.confirmed)
            else:
                project_org.check_seat(self.ctx.store, self.group.id, **self.seat_kwargs(v))
        except project_org.NeedsConfirmation as exc:
            if not confirm(self, shown(exc)):
                raise
            self.confirmed = True


def _row(field: QWidget, button: QPushButton) -> QWidget:
    row = QWidget()
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(field, 1)
    lay.addWidget(button)
    return row
