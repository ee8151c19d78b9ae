"""Bilag on the selected agenda item: attach files (kept inside the database), remove
one (undoable), and "Udsend mødepakke …": the Word document with its bilag in a .zip."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kkrdesk.ui.i18n import translate
from kkrdesk.core.errors import KkrDeskError
from kkrdesk.core.file_names import dated_name
from kkrdesk.services.agenda import attachments, meetings
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
                self.parent, f"Vedhæft bilag til {item.named}", str(Path.home()),
                "Alle filer (*)")
        store, done = self.ctx.store, 0
        for path in paths:
            try:
                name, data = attachments.read_file(store, path)
            except KkrDeskError as exc:
                QMessageBox.warning(self.parent, translate("AttachmentActions", "Vedhæft bilag"), str(exc))
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

        return ServiceCommand(f"Vedhæft »{name[:40]}« til {item.named}", do, undo)

    def remove(self, attachment_id: int, label: str) -> None:
        store = self.ctx.store
        self._push(ServiceCommand(f"Fjern {label}", lambda: attachments.delete(store, attachment_id),
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
        path = ex.ask_save_path(parent, ctx, "Udsend mødepakke",
                                dated_name("Mødepakke", detail.meeting.date, "zip"),
                                "Mødepakke (*.zip)")
        if path is None:
            return None
    bilag: list = []  # read inside the write, so a refused read is one message too

    def write() -> Path:
        from kkrdesk.export.meeting_package import meeting_package

        bilag.extend((att, attachments.read(ctx.store, att.id)[1])
                     for item in detail.flat_items() for att in item.attachments)
        # the package's names and index are Danish: its documents are Danish too
        options = dataclasses.replace(ex.document_options(ctx), lang="da")
        written, _names = meeting_package(detail, bilag, path, ex.word_template(ctx), options)
        return written

    return ex.write_export(parent, ctx, "Udsend mødepakke", write,
                           lambda written: f"Mødepakke gemt: {written} ({len(bilag)} bilag)")
