"""Undo/redo through QUndoStack. A command changes the domain through services, never
widgets; views follow through the store's change signal.

Every edit is saved at once: ``redo`` calls a service (one transaction), ``undo``
calls the service that reverses it. A command whose first ``redo`` fails shows the
message and is not kept on the stack (see ``push``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from kkrdesk.core.errors import KkrDeskError


class ServiceCommand(QUndoCommand):
    """An undoable step made of two callables. ``do`` may return a value that ``undo``
    needs (for example the id of a row it created): it is stored in ``self.result``."""

    def __init__(self, text: str, do: Callable[[], object], undo: Callable[[object], None]):
        super().__init__(text)
        self._do, self._undo = do, undo
        self.result: object = None
        self.error: KkrDeskError | None = None

    def redo(self) -> None:
        try:
            self.result = self._do()
            self.error = None
        except KkrDeskError as exc:
            self.error = exc
            self.setObsolete(True)

    def undo(self) -> None:
        self._undo(self.result)


def push(stack: QUndoStack, command: ServiceCommand, parent: QWidget | None = None) -> bool:
    """Run ``command`` through the stack; on a refused edit, tell the user and drop it.
    Returns True when the edit was made."""
    stack.push(command)
    if command.error is not None:
        if parent is not None:
            QMessageBox.warning(parent, "KKR Desk", str(command.error))
        return False
    return True
