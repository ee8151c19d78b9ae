"""What a user does in the Deltagere tab, each as one undoable step on the context's
QUndoStack: people, organisations, import, e-mail list, Excel overview.

Each ``do_*`` function makes the change without asking (tests call them); the others
open the dialog first. A creation is undone by deleting what it made and redone by
restoring exactly that (same ids), so later steps on the stack stay valid. Memberships
and replacements are in ``participants_membership_actions``."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from kkrdesk.ui.i18n import translate
from kkrdesk.core.enums import OrgKind
from kkrdesk.core.errors import KkrDeskError
from kkrdesk.services.participants import file_import as participant_import
from kkrdesk.services.participants import people as participants
from kkrdesk.ui import undo
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.export_feedback import show_export_note
from kkrdesk.ui.undo import ServiceCommand, push
from kkrdesk.views.participants import PersonFields

IMPORT_DIR_KEY = "participants/import_dir"


def _n(count: int) -> str:
    return f"{count:,}".replace(",", ".")


def run_safely(ctx: AppContext, fn: Callable[[], object]) -> object:
    """Undo steps run outside ``push``: report a refusal in the status bar."""
    try:
        return fn()
    except KkrDeskError as exc:
        ctx.message.emit(str(exc))
        return None


def creation(ctx: AppContext, text: str, create: Callable[[], object],
             remove: Callable[[object], participants.Snapshot]) -> ServiceCommand:
    """``undo.creation`` whose undo may be refused (the person has since been named in a
    held meeting): the rows stay, the status bar says why, and redo has nothing to do."""
    return undo.creation(text, create, lambda made: run_safely(ctx, lambda: remove(made)),
                         lambda snap: snap is not None and participants.restore_snapshot(ctx.store, snap))


def deletion(ctx: AppContext, text: str, remove: Callable[[], participants.Snapshot]) -> ServiceCommand:
    return undo.deletion(text, remove,
                         lambda snap: run_safely(ctx, lambda: participants.restore_snapshot(ctx.store, snap)))


# -- people ----------------------------------------------------------------------------


def do_add_person(ctx: AppContext, fields: PersonFields, parent: QWidget | None = None) -> int | None:
    try:
        name = participants.clean_person(fields).name
    except KkrDeskError as exc:
        if parent is not None:
            QMessageBox.warning(parent, "KKR Desk", str(exc))
        return None
    cmd = creation(ctx, f"Ny person »{name}«", lambda: participants.add_person(ctx.store, fields),
                   lambda pid: participants.delete_people(ctx.store, [pid]))
    return cmd.result if push(ctx.undo_stack, cmd, parent) else None


def do_edit_person(ctx: AppContext, person_id: int, fields: PersonFields,
                   parent: QWidget | None = None) -> bool:
    cmd = ServiceCommand(
        f"Ret person »{fields.name.strip()[:60]}«",
        lambda: participants.update_person(ctx.store, person_id, fields),
        lambda old: run_safely(ctx, lambda: participants.update_person(ctx.store, person_id, old)))
    return push(ctx.undo_stack, cmd, parent)


def do_delete_person(ctx: AppContext, person_id: int, name: str,
                     parent: QWidget | None = None) -> bool:
    cmd = deletion(ctx, f"Slet person »{name[:60]}«",
                   lambda: participants.delete_people(ctx.store, [person_id]))
    return push(ctx.undo_stack, cmd, parent)


def new_person(parent: QWidget, ctx: AppContext) -> int | None:
    from kkrdesk.ui.participants.person_dialog import PersonDialog

    dialog = PersonDialog(ctx.store, new_organisation=lambda w: new_organisation(w, ctx),
                          parent=parent)
    if dialog.exec() != PersonDialog.DialogCode.Accepted:
        return None
    return do_add_person(ctx, dialog.result_fields, parent)


def edit_person(parent: QWidget, ctx: AppContext, person_id: int) -> bool:
    from kkrdesk.ui.participants.person_dialog import PersonDialog

    try:
        fields = participants.person_fields(ctx.store, person_id)
    except KkrDeskError as exc:
        QMessageBox.warning(parent, "KKR Desk", str(exc))
        return False
    dialog = PersonDialog(ctx.store, fields, new_organisation=lambda w: new_organisation(w, ctx),
                          parent=parent)
    if dialog.exec() != PersonDialog.DialogCode.Accepted or dialog.result_fields == fields:
        return False
    return do_edit_person(ctx, person_id, dialog.result_fields, parent)


def delete_person(parent: QWidget, ctx: AppContext, person_id: int, name: str) -> bool:
    """Ask, saying plainly what else changes; a person in the history of a held meeting
    is not deleted (their membership is ended instead)."""
    try:
        usage = participants.person_usage(ctx.store, person_id)
    except KkrDeskError as exc:
        QMessageBox.warning(parent, translate("actions", "Slet person"), str(exc))
        return False
    if usage.held:
        QMessageBox.information(parent, translate("actions", "Slet person"), participants.refusal([name]))
        return False
    changes = usage.describe()
    text = f"Slet {name}?" + (f"\n\n{changes}" if changes else "") \
        + "\n\nDet kan fortrydes med Fortryd."
    answer = QMessageBox.question(parent, translate("actions", "Slet person"), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return do_delete_person(ctx, person_id, name, parent)


# -- organisations ---------------------------------------------------------------------


def do_add_organisation(ctx: AppContext, name: str, short_name: str = "",
                        kind: OrgKind = OrgKind.OTHER, region: str = "",
                        parent: QWidget | None = None) -> int | None:
    cmd = creation(ctx, f"Ny organisation »{name.strip()[:60]}«",
                   lambda: participants.add_organisation(ctx.store, name, short_name, kind, region),
                   lambda oid: participants.delete_organisation(ctx.store, oid))
    return cmd.result if push(ctx.undo_stack, cmd, parent) else None


def new_organisation(parent: QWidget, ctx: AppContext) -> int | None:
    from kkrdesk.ui.participants.person_dialog import OrganisationDialog

    dialog = OrganisationDialog(parent)
    if dialog.exec() != OrganisationDialog.DialogCode.Accepted:
        return None
    return do_add_organisation(ctx, parent=parent, **dialog.values())


# -- import ----------------------------------------------------------------------------


def read_import(ctx: AppContext, path: str | Path):
    """Read and check a file: (table, preview). Raises KkrDeskError with the reason."""
    from kkrdesk.imports.participants_file import read_participants

    table = read_participants(path)
    return table, participant_import.preview_import(ctx.store, table)


def do_import(ctx: AppContext, table, preview, skip_invalid: bool,
              parent: QWidget | None = None):
    count = len(preview.valid)
    cmd = creation(ctx, f"Importér {_n(count)} " + ("person" if count == 1 else "personer"),
                   lambda: participant_import.commit_import(ctx.store, table,
                                                            skip_invalid=skip_invalid),
                   lambda result: participants.delete_people(ctx.store, list(result.person_ids)))
    if not push(ctx.undo_stack, cmd, parent):
        return None
    done = len(cmd.result.person_ids)
    ctx.message.emit(f"{_n(done)} " + ("person er" if done == 1 else "personer er") + " importeret.")
    return cmd.result


def import_participants(parent: QWidget, ctx: AppContext, path: str | None = None):
    from kkrdesk.ui.participants.import_dialog import ImportDialog

    settings = ctx.settings()
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent, translate("actions", "Importér deltagere"), str(settings.value(IMPORT_DIR_KEY, "") or ""),
            translate("actions", "Regneark og CSV (*.xlsx *.csv *.txt);;Alle filer (*)"))
        if not path:
            return None
    settings.setValue(IMPORT_DIR_KEY, str(Path(path).parent))
    try:
        table, preview = read_import(ctx, path)
    except KkrDeskError as exc:
        QMessageBox.warning(parent, translate("actions", "Importér deltagere"), str(exc))
        return None
    dialog = ImportDialog(preview, parent)
    if dialog.exec() != ImportDialog.DialogCode.Accepted:
        return None
    return do_import(ctx, table, preview, dialog.skip_invalid, parent)


# -- e-mail list and the Excel overview ------------------------------------------------


def copy_emails(ctx: AppContext) -> str:
    """Put the current members' e-mail addresses on the clipboard, ready for Outlook."""
    emails, missing = participants.current_member_emails(ctx.store)
    if not emails:  # leave whatever the user copied before on the clipboard
        ctx.message.emit(translate("actions", "Ingen nuværende medlemmer har en e-mailadresse; intet er kopieret."))
        return ""
    text = participants.outlook_list(emails)
    QApplication.clipboard().setText(text)
    msg = f"{_n(len(emails))} " + ("e-mailadresse" if len(emails) == 1 else "e-mailadresser") \
        + " er kopieret."
    if missing:
        msg += f" Uden e-mail: {', '.join(missing[:5])}" + (" …" if len(missing) > 5 else "") + "."
    ctx.message.emit(msg)
    return text


def export_overview(parent: QWidget | None, ctx: AppContext, path: str | None = None,
                    include_contact: bool | None = None) -> Path | None:
    """Filer > Eksportér > Oversigt (Excel): ask for the file and whether to include
    e-mail and phone, write the workbook, report the result."""
    import datetime as dt

    from kkrdesk.core.file_names import dated_name
    from kkrdesk.export.overview_xlsx import export_overview as write
    from kkrdesk.services.overview.read import overview_of_store
    from kkrdesk.ui.export_actions import ask_contact, document_options, last_folder, remember_folder

    if path is None:
        suggested = str(last_folder(ctx) / dated_name("KKR-oversigt", dt.date.today(), "xlsx"))
        path, _ = QFileDialog.getSaveFileName(parent, translate("actions", "Eksportér oversigt"), suggested,
                                              translate("actions", "Excel-regneark (*.xlsx)"))
        if not path:
            return None
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    if include_contact is None:
        include_contact = ask_contact(
            parent, ctx, "Skal e-mailadresser og telefonnumre med i oversigten?\n\nDet er "
            "personoplysninger; tag dem kun med, hvis modtagerne må se dem.")
    remember_folder(ctx, Path(path))
    try:
        data = overview_of_store(ctx.store, include_contact=include_contact,
                                 sds_weeks=ctx.prefs.sds_weeks)
        data = dataclasses.replace(data, options=dataclasses.replace(
            data.options, lang=document_options(ctx).lang))
        result = write(data, path, author=document_options(ctx).author)
    except KkrDeskError as exc:
        if parent is not None:
            QMessageBox.warning(parent, translate("actions", "Eksportér oversigt"), str(exc))
        ctx.message.emit(str(exc))
        return None
    ctx.message.emit(f"Oversigten er gemt: {result.path} ({len(result.sheets)} ark, "
                     f"{_n(result.rows)} rækker)")
    show_export_note(parent, result.path)  # Åbn filen / Åbn mappen
    return result.path
