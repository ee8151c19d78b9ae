"""»Indsæt flere …« and Ctrl+V in the proposal list: the preview of what was pasted
(ui/sor/paste_dialog.py), then one undo step that makes every proposal; the new ones
are selected in the list, ready to be sent in a round together."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kkrdesk.services.sor import codes as sor_codes
from kkrdesk.ui import undo
from kkrdesk.ui.sor import commands as C
from kkrdesk.ui.sor.actions import SorTab
from kkrdesk.ui.sor.paste_dialog import PasteDialog


def paste(tab: SorTab, from_clipboard: bool) -> None:
    """From the clipboard (Ctrl+V) or an empty box to paste into (the button)."""
    text = QApplication.clipboard().text() if from_clipboard else ""
    dialog = PasteDialog(sor_codes.list_codes(tab.ctx.store), tab.today, text, tab)
    if not dialog.exec() or dialog.result_values is None:
        return
    values = dialog.result_values
    command = C.create_proposals(tab.ctx.store, values["rows"], values["on"])
    if undo.push(tab.ctx.undo_stack, command, tab):
        tab.show_records(command.result)
