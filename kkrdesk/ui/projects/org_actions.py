"""The Projekter tab's organisation steps: new group, add a member (a person from the
register or an organisation), change a role, replace a member, remove. Each asks in a
dialog, checks with the service before it closes, and is one undo step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from kkrdesk.core.danish import short_date
from kkrdesk.core.enums import Role, label
from kkrdesk.core.errors import KkrDeskError, ValidationError
from kkrdesk.services.participants import people as participants
from kkrdesk.services.projects import organisation as project_org
from kkrdesk.services.projects import portfolio as projects
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.projects import commands as C
from kkrdesk.ui.projects.dialogs import Field, PartDialog, ask, person_picker, picked, tell
from kkrdesk.ui.undo import push
from kkrdesk.views.projects import PROJECT_GROUP_KINDS, PROJECT_ROLES, GroupView, SeatView

ROLE_CHOICES = tuple((label(r), r) for r in PROJECT_ROLES)


def _holders(ctx: AppContext) -> list[tuple[str, object]]:
    people = [(f"{p.name} ({p.organisation})" if p.organisation else p.name, ("person", p.id))
              for p in participants.list_people(ctx.store)]
    orgs = [(name, ("org", oid)) for oid, name in projects.owners(ctx.store)]
    return people + orgs


def new_group(parent: QWidget, ctx: AppContext, project_id: int) -> int | None:
    kinds = tuple((label(k), k) for k in PROJECT_GROUP_KINDS)
    dialog = PartDialog("Ny gruppe", (Field("kind", "Type", "choice", choices=kinds),
                                      Field("name", "Navn", "line", "valgfrit, fx Arbejdsgruppe om test")),
                        {}, lambda v: None, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    v = dialog.result_values
    cmd = C.add_group(ctx.store, project_id, v["kind"], v["name"])
    return cmd.result if push(ctx.undo_stack, cmd, parent) else None


class SeatDialog(PartDialog):
    """Who (a person or an organisation, found by any part of the name) and the role.
    One organisation as both formand and projektejer is asked about before OK closes."""

    def __init__(self, ctx: AppContext, group: GroupView, parent=None):
        picker = person_picker(_holders(ctx), "Skriv en del af navnet …")
        super().__init__(f"Tilføj medlem til {group.name.lower()}",
                         (Field("holder", "Person eller organisation", "custom"),
                          Field("role", "Rolle", "choice", choices=ROLE_CHOICES),
                          Field("start_date", "Fra", "date", "valgfri, fx 01-08-2025")),
                         {}, self._check, parent, custom={"holder": picker})
        self.ctx, self.group, self.confirmed, self.picker = ctx, group, False, picker

    def values(self) -> dict:
        holder = self.picker.currentText()
        out = super().values()
        who = picked(self.picker)
        if who is None:
            raise ValidationError("Vælg en person eller organisation fra registret." if holder.strip()
                                  else "Vælg en person eller en organisation.", field="holder")
        out["holder"] = who
        out["holder_text"] = holder.split(" (")[0]
        return out

    def seat_kwargs(self, v: dict) -> dict:
        kind, hid = v["holder"]
        return dict(person_id=hid if kind == "person" else None,
                    organisation_id=hid if kind == "org" else None,
                    role=v["role"], start_date=v["start_date"], confirmed=self.confirmed)

    def _check(self, v: dict) -> None:
        try:
            project_org.check_seat(self.ctx.store, self.group.id, **self.seat_kwargs(v))
        except project_org.NeedsConfirmation as exc:
            if not _confirm(self, str(exc)):
                raise
            self.confirmed = True


def _confirm(parent: QWidget, text: str) -> bool:
    return ask(parent, "Bekræft rolle", text)


def add_seat(parent: QWidget, ctx: AppContext, group: GroupView) -> int | None:
    dialog = SeatDialog(ctx, group, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    v = dialog.result_values
    cmd = C.add_seat(ctx.store, group.id, v["holder_text"], group.name, **dialog.seat_kwargs(v))
    return cmd.result if push(ctx.undo_stack, cmd, parent) else None


def change_role(parent: QWidget, ctx: AppContext, group: GroupView, seat: SeatView) -> bool:
    dialog = PartDialog(f"Rolle for {seat.holder}", (Field("role", "Rolle", "choice",
                                                            choices=ROLE_CHOICES),),
                        {"role": seat.role}, lambda v: None, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_values["role"] == seat.role:
        return False
    role = Role(dialog.result_values["role"])
    confirmed = False
    try:
        project_org.check_role(ctx.store, seat.id, role)
    except project_org.NeedsConfirmation as exc:
        if not _confirm(parent, str(exc)):
            return False
        confirmed = True
    except KkrDeskError as exc:
        QMessageBox.warning(parent, "Skift rolle", str(exc))
        return False
    return push(ctx.undo_stack, C.set_role(ctx.store, seat.id, seat.holder, role, confirmed), parent)


def replace_seat(parent: QWidget, ctx: AppContext, group: GroupView, seat: SeatView) -> bool:
    """Erstat: a person or an organisation takes the seat over from a date."""
    box = person_picker(_holders(ctx), "Skriv en del af navnet …")
    state = {"confirmed": False}  # one organisation as formand and projektejer, asked once
    dialog = PartDialog(f"Erstat {seat.holder} i {group.name.lower()}",
                        (Field("successor", "Ny person eller organisation", "custom"),
                         Field("on", "Fra", "date", "fx 01-09-2025")),
                        {"on": dt.date.today()}, lambda v: _check_replace(parent, ctx, seat, v, state),
                        parent, custom={"successor": box})
    base_values = dialog.values

    def values():
        text = box.currentText()
        out = base_values()
        out["successor"] = picked(box)
        out["name"] = text.split(" (")[0]
        return out

    dialog.values = values
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    v = dialog.result_values
    kind, successor = v["successor"]
    if kind == "org":
        cmd = C.replace_seat_with_org(ctx.store, seat.id, seat.holder, successor, v["on"], v["name"],
                                      state["confirmed"])
    else:
        cmd = C.replace_seat(ctx.store, seat.id, seat.holder, [successor], v["on"], v["name"])
    return push(ctx.undo_stack, cmd, parent)


def _check_replace(parent: QWidget, ctx: AppContext, seat: SeatView, v: dict, state: dict) -> None:
    from kkrdesk.services.participants import replacements

    if v.get("successor") is None:
        raise ValidationError("Vælg den person eller organisation, der overtager pladsen.",
                              field="successor")
    if v.get("on") is None:
        raise ValidationError("Datoen mangler.", field="on")
    kind, successor = v["successor"]
    if kind == "org":
        try:
            project_org.check_org_successor(ctx.store, seat.id, successor, v["on"],
                                            confirmed=state["confirmed"])
        except project_org.NeedsConfirmation as exc:
            if not _confirm(parent, str(exc)):
                raise ValidationError(str(exc), field="successor") from None
            state["confirmed"] = True
        return
    try:
        replacements.check_replace(ctx.store, seat.id, [successor], v["on"])
    except ValidationError as exc:
        raise ValidationError(str(exc), field="on" if exc.field == "date" else "successor") from None


def remove(parent: QWidget, ctx: AppContext, group: GroupView, seat: SeatView | None) -> bool:
    if seat is None:
        if group.seats and not ask(parent, "Slet gruppe", f"Slet {group.name.lower()} med "
                                   f"{len(group.seats)} medlemmer? (Kan fortrydes.)"):
            return False
        return push(ctx.undo_stack, C.delete_group(ctx.store, group.id, group.name), parent)
    if seat.end_date is not None:
        tell(parent, "Fjern", f"{seat.holder} sad i gruppen til "
                                f"{short_date(seat.end_date)}; historikken bevares.")
        return False
    return push(ctx.undo_stack, C.delete_seat(ctx.store, seat.id, seat.holder), parent)
