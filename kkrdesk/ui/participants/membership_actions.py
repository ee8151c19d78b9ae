"""Undoable membership steps: add, edit, end, delete, replace a member, and the
welcome-slide text for a meeting."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout,
    QWidget,
)

from kkrdesk.ui.i18n import translate, shown
from kkrdesk.core.danish import long_date  # the welcome slide is a Danish document
from kkrdesk.core.enums import Role
from kkrdesk.core.errors import KkrDeskError
from kkrdesk.services.agenda import meetings
from kkrdesk.services.participants import memberships, replacements, welcome
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.participants.actions import creation, deletion, new_person, run_safely
from kkrdesk.ui.undo import ServiceCommand, push
from kkrdesk.views.participants import MembershipFields
from kkrdesk.ui.accessible import NamedDialog


def do_add_membership(ctx: AppContext, person_id: int, person_name: str, fields: MembershipFields,
                      group_id: int | None = None, parent: QWidget | None = None) -> int | None:
    cmd = creation(ctx, translate("membership_actions", "Nyt medlemskab for »{name}«").format(
        name=person_name[:60]),
                   lambda: memberships.add_membership(ctx.store, person_id, fields, group_id),
                   lambda mid: memberships.delete_memberships(ctx.store, [mid]))
    return cmd.result if push(ctx.undo_stack, cmd, parent) else None


def do_edit_membership(ctx: AppContext, membership_id: int, person_name: str,
                       fields: MembershipFields, parent: QWidget | None = None,
                       text: str | None = None) -> bool:
    cmd = ServiceCommand(
        text or translate("membership_actions", "Ret medlemskab for »{name}«").format(
            name=person_name[:60]),
        lambda: memberships.update_membership(ctx.store, membership_id, fields),
        lambda old: run_safely(ctx, lambda: memberships.update_membership(ctx.store, membership_id, old)))
    return push(ctx.undo_stack, cmd, parent)


def do_end_membership(ctx: AppContext, membership_id: int, person_name: str, on: dt.date,
                      parent: QWidget | None = None) -> bool:
    f = memberships.membership_fields(ctx.store, membership_id)
    return do_edit_membership(ctx, membership_id, person_name,
                              MembershipFields(f.role, f.appointed_by, f.start_date, on, f.notes),
                              parent, text=translate("membership_actions", "Afslut medlemskab for "
                                                     "»{name}«").format(name=person_name[:60]))


def do_delete_membership(ctx: AppContext, membership_id: int, person_name: str,
                         parent: QWidget | None = None) -> bool:
    cmd = deletion(ctx, translate("membership_actions", "Slet medlemskab for »{name}«").format(
        name=person_name[:60]),
                   lambda: memberships.delete_memberships(ctx.store, [membership_id]))
    return push(ctx.undo_stack, cmd, parent)


def do_replace(ctx: AppContext, membership_id: int, successor_ids: list[int], on: dt.date,
               appointed_by: str | None = None, role: Role | None = None, note: str = "",
               parent: QWidget | None = None) -> replacements.ReplaceResult | None:
    state: dict = {}

    def do():
        if "result" in state:
            snap = state.pop("snap", None)
            if snap is not None:  # None: the undo was refused, nothing to put back
                replacements.redo_replace(ctx.store, state["result"], snap)
        else:
            state["result"] = replacements.replace_member(
                ctx.store, membership_id, successor_ids, on, appointed_by=appointed_by,
                role=role, note=note)
            cmd.setText(_replace_text(state["result"]))
        return state["result"]

    def undo(result):
        state["snap"] = run_safely(ctx, lambda: replacements.undo_replace(ctx.store, result))

    cmd = ServiceCommand("Erstat medlem", do, undo)
    return cmd.result if push(ctx.undo_stack, cmd, parent) else None


def _replace_text(r: replacements.ReplaceResult) -> str:
    new = " og ".join(r.new_names)
    return translate("membership_actions", "Erstat »{old}« med »{new}«").format(
        old=r.old_name, new=new)[:120]


def add_membership(parent: QWidget, ctx: AppContext, person_id: int, person_name: str) -> int | None:
    from kkrdesk.ui.participants.membership_dialog import MembershipDialog

    dialog = MembershipDialog(ctx.store, person_name, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return do_add_membership(ctx, person_id, person_name, dialog.result_fields,
                             dialog.group_id(), parent)


def edit_membership(parent: QWidget, ctx: AppContext, view) -> bool:
    from kkrdesk.ui.participants.membership_dialog import MembershipDialog

    fields = memberships.membership_fields(ctx.store, view.id)
    group_kind = next((g.kind for g in memberships.list_groups(ctx.store) if g.id == view.group_id),
                      None)
    dialog = MembershipDialog(ctx.store, view.person_name or view.organisation, fields,
                              group_kind, parent)
    dialog.group.setCurrentIndex(max(dialog.group.findData(view.group_id), 0))
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_fields == fields:
        return False
    return do_edit_membership(ctx, view.id, view.person_name or view.organisation,
                              dialog.result_fields, parent)


def replace_member(parent: QWidget, ctx: AppContext, view) -> replacements.ReplaceResult | None:
    from kkrdesk.ui.participants.replace_dialog import ReplaceDialog

    dialog = ReplaceDialog(ctx.store, view, new_person=lambda w: new_person(w, ctx), parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    result = do_replace(ctx, view.id, parent=parent, **dialog.result_values)
    if result is not None:  # e.g. the person's project seats: offered to the successors too
        v = dialog.result_values
        for hook in ctx.after_replace:  # see AppContext.after_replace
            hook(parent, ctx, view.person_id, result.old_name, v["successor_ids"],
                 " og ".join(result.new_names), v["on"])
    return result


def welcome_text_for(ctx: AppContext, meeting_id: int | None) -> tuple[str, str]:
    """(heading, text) of the welcome slide for the meeting (the next one if None)."""
    if meeting_id is None:
        upcoming = [m for m in meetings.list_meetings(ctx.store) if m.date >= dt.date.today()]
        if not upcoming:
            lines = welcome.welcome_lines(ctx.store, None, dt.date.today())
            return translate("membership_actions", "Nye medlemmer"), welcome.welcome_text(lines)
        meeting_id = upcoming[-1].id
    m = next(m for m in meetings.list_meetings(ctx.store) if m.id == meeting_id)
    lines = welcome.welcome_lines_for_meeting(ctx.store, meeting_id)
    return (translate("membership_actions", "Velkomst – mødet {day}").format(day=long_date(m.date)),
            welcome.welcome_text(lines))



def show_welcome_text(parent: QWidget, ctx: AppContext) -> QDialog | None:
    try:
        heading, text = welcome_text_for(ctx, ctx.meeting_id)
    except KkrDeskError as exc:
        QMessageBox.warning(parent, translate("membership_actions", "Velkomsttekst"), shown(exc))
        return None
    dialog = NamedDialog(parent)
    dialog.setWindowTitle(translate("membership_actions", "Velkomsttekst til dagsordenen"))
    edit = QPlainTextEdit(text or "Ingen nye medlemmer siden sidste møde.")
    edit.setReadOnly(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("membership_actions", "Luk"))
    copy = buttons.addButton(translate("membership_actions", "Kopiér"), QDialogButtonBox.ButtonRole.ActionRole)
    copy.clicked.connect(lambda: QApplication.clipboard().setText(edit.toPlainText()))
    buttons.rejected.connect(dialog.reject)
    lay = QVBoxLayout(dialog)
    lay.addWidget(QLabel(f"<b>{heading}</b>"))
    lay.addWidget(edit)
    lay.addWidget(buttons)
    dialog.resize(640, 280)
    dialog.text = edit
    dialog.open()
    return dialog
