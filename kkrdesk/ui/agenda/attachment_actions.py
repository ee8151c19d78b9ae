"""Bilag on the selected agenda item: attach files (kept inside the database), remove
one (undoable), and "Udsend mødepakke …": the Word document with its bilag in a .zip."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kkrdesk.ui.i18n import translate, shown
from kkrdesk.core.errors import KkrDeskError
from kkrdesk.core.file_names import dated_name
from kkrdesk.services.agenda import attachments, meetings
from kkrdesk.ui.agenda.commands import item_name as cmds_item_name
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.undo import ServiceCommand


class AttachmentActions:
    def __init__(self, ctx: AppContext, parent: QWidget, push: Callable, current_item: Callable):
        self.ctx, self.parent, self._push, self._current_item = ctx, parent, push, current_item

    def attach(self, paths: list[str] | None = None) -> int:
        """Attach files to the selected item (each its own undoable step); returns how many.
        Each file is checked and read first: one that is refused is explained and never
        becomes a step in the Rediger menu."""
        item = self._current_item()
        if item is None:
            return 0
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(
                self.parent, translate("attachment_actions", "Vedhæft bilag til {named}").format(named=cmds_item_name(item)), str(Path.home()),
                "Alle filer (*)")
        store, done = self.ctx.store, 0
        for path in paths:
            try:
                name, data = attachments.read_file(store, path)
            except KkrDeskError as exc:
                QMessageBox.warning(self.parent, translate("AttachmentActions", "Vedhæft bilag"), shown(exc))
                continue
            if self._push(self._command(item, name, data)):
                done += 1
        return done

    def _command(self, item, name: str, data: bytes) -> ServiceCommand:
        store, state = self.ctx.store, {"data": data}

        def do():
            if "snap" in state:
                return attachments.restore(store, state["snap"])
            return attachments.add_bytes(store, item.id, name, state.pop("data"))

        def undo(att_id):
            state["snap"] = attachments.delete(store, att_id)

        return ServiceCommand(translate("attachment_actions", "Vedhæft »{name}« til {named}").format(name=name[:40], named=cmds_item_name(item)), do, undo)

    def remove(self, attachment_id: int, label: str) -> None:
        store = self.ctx.store
        self._push(ServiceCommand(translate("attachment_actions", "Fjern {label}").format(label=label), lambda: attachments.delete(store, attachment_id),
                                  lambda snap: attachments.restore(store, snap)))


def export_package(parent: QWidget, ctx: AppContext, path: Path | None = None,
                   ask_save_path=None) -> Path | None:
    """The mødepakke, as ``kkrdesk export pakke`` writes it: the agenda, once the meeting
    is held the referat as Word and PDF, and every bilag, in one .zip."""
    if ctx.meeting_id is None:
        QMessageBox.information(parent, translate("attachment_actions", "Udsend mødepakke"), translate("attachment_actions", "Vælg et møde først."))
        return None
    from kkrdesk.ui import export_actions as ex

    detail = meetings.get_detail(ctx.store, ctx.meeting_id)
    if path is None:
        path = ex.ask_save_path(parent, ctx, translate("attachment_actions", "Udsend mødepakke"),
                                dated_name("Mødepakke", detail.meeting.date, "zip"),
                                translate("attachment_actions", "Mødepakke (*.zip)"))
        if path is None:
            return None
    title = translate("attachment_actions", "Udsend mødepakke")
    try:  # read here: the package is written on a worker thread, which reads no database
        bilag = [(att, attachments.read(ctx.store, att.id)[1])
                 for item in detail.flat_items() for att in item.attachments]
    except KkrDeskError as exc:
        QMessageBox.warning(parent, title, shown(exc))
        return None
    # the package's names and index are Danish: its documents are Danish too
    template, options = ex.word_template(ctx), dataclasses.replace(ex.document_options(ctx), lang="da")

    def write() -> Path:
        from kkrdesk.export.meeting_package import meeting_package

        written, _names = meeting_package(detail, bilag, path, template, options)
        return written

    return ex.write_export(parent, ctx, title, write, background=True, told=
                           lambda written: translate("attachment_actions", "Mødepakke gemt: {written} ({n} bilag)").format(written=written, n=len(bilag)))
