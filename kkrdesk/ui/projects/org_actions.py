"""The Projekter tab's organisation steps: new group, add a member (a person or an
organisation of the register, or a new person), paste a list of names, change a role,
replace a member, remove. Each asks in a dialog, checks with the service before it
closes, and is one undo step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from kkrdesk.ui.i18n import translate, shown
from kkrdesk.ui.dates import join_and, short_date
from kkrdesk.core.enums import Role
from kkrdesk.ui.labels import label
from kkrdesk.core.errors import KkrDeskError, ValidationError
from kkrdesk.services.projects import organisation as project_org
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.projects import commands as C
from kkrdesk.ui.projects.dialogs import Field, PartDialog, ask, person_picker, picked, tell
from kkrdesk.ui.undo import push
from kkrdesk.views.projects import PROJECT_GROUP_KINDS, GroupView, SeatView
from PySide6.QtCore import QT_TRANSLATE_NOOP


def _seat_dialog():
    """The seat dialog's module (the register's people and the seats' names), imported
    at the first step on a seat, not with the wing."""
    from kkrdesk.ui.projects import seat_dialog

    return seat_dialog


def connect(pane, tab) -> None:
    """The organisation pane's steps, on the tab's current project; a new group is
    selected at once, so its members go straight in."""
    def project_id() -> int | None:
        return tab.project.id if tab.project else None

    def group(made: int | None) -> None:
        if made is not None:
            pane.select_group(made)

    pane.add_group.connect(lambda: project_id() and group(new_group(tab, tab.ctx, project_id())))
    pane.add_seat.connect(lambda g: project_id() and add_seat(tab, tab.ctx, project_id(), g))
    pane.paste_names.connect(lambda g: project_id() and paste_seats(tab, tab.ctx, project_id(), g))
    pane.change_role.connect(lambda g, s: change_role(tab, tab.ctx, g, s))
    pane.replace_seat.connect(lambda g, s: replace_seat(tab, tab.ctx, g, s))
    pane.remove.connect(lambda g, s: remove(tab, tab.ctx, g, s))


def new_group(parent: QWidget, ctx: AppContext, project_id: int) -> int | None:
    kinds = tuple((label(k), k) for k in PROJECT_GROUP_KINDS)
    dialog = PartDialog(QT_TRANSLATE_NOOP("Form", "Ny gruppe"), (Field("kind", QT_TRANSLATE_NOOP("Form", "Type"), "choice", choices=kinds),
                                      Field("name", QT_TRANSLATE_NOOP("Form", "Navn"), "line", QT_TRANSLATE_NOOP("Form", "valgfrit, fx Arbejdsgruppe om test"))),
                        {}, lambda v: None, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    v = dialog.result_values
    cmd = C.add_group(ctx.store, project_id, v["kind"], v["name"])
    return cmd.result if push(ctx.undo_stack, cmd, parent) else None


def add_seat(parent: QWidget, ctx: AppContext, project_id: int, group: GroupView) -> int | None:
    """Tilføj medlem …: a holder of the register, or a new person made with the seat."""
    from kkrdesk.views.seat_list import Holder, SeatChoice

    dialog = _seat_dialog().SeatDialog(ctx, group, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    v = dialog.result_values
    if isinstance(v["holder"], Holder):
        h, role = v["holder"], Role(v["role"])
        choice = SeatChoice(h, role, group.id, start_date=v["start_date"])
        cmd = C.add_seats(ctx.store, project_id, [choice],
                          translate("org_actions", "Tilføj {name} (ny person) som {role} i {name2}").format(name=C.short(h.name, 30), role=label(role).lower(), name2=group.name.lower()), dialog.confirmed)
        return cmd.result.seats[0] if push(ctx.undo_stack, cmd, parent) else None
    cmd = C.add_seat(ctx.store, group.id, v["holder_text"], group.name, **dialog.seat_kwargs(v))
    return cmd.result if push(ctx.undo_stack, cmd, parent) else None


def change_role(parent: QWidget, ctx: AppContext, group: GroupView, seat: SeatView) -> bool:
    dialog = PartDialog(f"Rolle for {seat.holder}", (Field("role", QT_TRANSLATE_NOOP("Form", "Rolle"), "choice",
                                                            choices=_seat_dialog().ROLE_CHOICES),),
                        {"role": seat.role}, lambda v: None, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_values["role"] == seat.role:
        return False
    role = Role(dialog.result_values["role"])
    confirmed = False
    try:
        project_org.check_role(ctx.store, seat.id, role)
    except project_org.NeedsConfirmation as exc:
        if not _seat_dialog().confirm(parent, shown(exc)):
            return False
        confirmed = True
    except KkrDeskError as exc:
        QMessageBox.warning(parent, translate("org_actions", "Skift rolle"), shown(exc))
        return False
    return push(ctx.undo_stack, C.set_role(ctx.store, seat.id, seat.holder, role, confirmed), parent)


def replace_seat(parent: QWidget, ctx: AppContext, group: GroupView, seat: SeatView) -> bool:
    """Erstat: a person or an organisation takes the seat over from a date."""
    box = person_picker(_seat_dialog().holders(ctx), "Skriv en del af navnet …")
    state = {"confirmed": False}  # one organisation as formand and projektejer, asked once
    dialog = PartDialog(translate("org_actions", "Erstat {holder} i {name}").format(holder=seat.holder, name=group.name.lower()),
                        (Field("successor", QT_TRANSLATE_NOOP("Form", "Ny person eller organisation"), "custom"),
                         Field("on", QT_TRANSLATE_NOOP("Form", "Fra"), "date", QT_TRANSLATE_NOOP("Form", "fx 01-09-2025"))),
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
            if not _seat_dialog().confirm(parent, shown(exc)):
                raise ValidationError(shown(exc), field="successor") from None
            state["confirmed"] = True
        return
    try:
        replacements.check_replace(ctx.store, seat.id, [successor], v["on"])
    except ValidationError as exc:
        raise ValidationError(shown(exc), field="on" if exc.field == "date" else "successor") from None


def remove(parent: QWidget, ctx: AppContext, group: GroupView, seat: SeatView | None) -> bool:
    if seat is None:
        if group.seats and not ask(parent, "Slet gruppe", translate("org_actions", "Slet {name} med {n} medlemmer? (Kan fortrydes.)").format(name=group.name.lower(), n=len(group.seats))):
            return False
        return push(ctx.undo_stack, C.delete_group(ctx.store, group.id, group.name), parent)
    if seat.end_date is not None:
        tell(parent, "Fjern", translate("org_actions", "{holder} sad i gruppen til {end_date}; historikken bevares.").format(holder=seat.holder, end_date=short_date(seat.end_date)))
        return False
    return push(ctx.undo_stack, C.delete_seat(ctx.store, seat.id, seat.holder), parent)


def paste_seats(parent: QWidget, ctx: AppContext, project_id: int, group: GroupView | None) -> bool:
    """Indsæt navne …: a pasted list becomes seats (and new people) in one step. Its
    modules are imported at the first paste, not with the wing."""
    from kkrdesk.services.projects import seat_match
    from kkrdesk.ui.projects.seat_paste_dialog import SeatPasteDialog

    register = seat_match.load_register(ctx.store, project_id)
    names = {gid: name for gid, _kind, name in register.groups}
    done: list = []

    def save(choices: list[SeatChoice]) -> KkrDeskError | None:
        if not choices:
            return KkrDeskError("Der er ingen navne at tilføje.")
        groups = list(dict.fromkeys(names.get(c.group_id) or label(c.group) for c in choices))
        text = translate("org_actions", "Indsæt {n} navne i {groups}").format(n=len(choices), groups=join_and([g.lower() for g in groups]))
        confirmed = False
        while True:
            refused: list[KkrDeskError] = []
            cmd = C.add_seats(ctx.store, project_id, choices, text, confirmed)
            if push(ctx.undo_stack, cmd, on_refusal=refused.append):
                done.append(cmd.result)
                return None
            if confirmed or not isinstance(refused[0], project_org.NeedsConfirmation) \
                    or not _seat_dialog().confirm(dialog, str(refused[0])):
                return refused[0]
            confirmed = True

    dialog = SeatPasteDialog(register, group.id if group else None, save, parent)
    dialog.exec()
    return bool(done)
