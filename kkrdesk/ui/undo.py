"""Undo/redo through QUndoStack. A command changes the domain through services, never
widgets; views follow through the store's change signal.

Every edit is saved at once: ``redo`` calls a service (one transaction), ``undo``
calls the service that reverses it. A step the database refuses (the first time in
``push``, or later from the Rediger menu) is reported and dropped from the stack,
so the stack never claims a state the data does not have."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from kkrdesk.core.errors import KkrDeskError

_error_handler: Callable[[str], None] | None = None


def set_error_handler(handler: Callable[[str], None] | None) -> None:
    """Where messages of steps that fail on undo or redo go (the main window)."""
    global _error_handler
    _error_handler = handler


class ServiceCommand(QUndoCommand):
    """An undoable step made of two callables. ``do`` may return a value that ``undo``
    needs (for example the id of a row it created): it is stored in ``self.result``."""

    def __init__(self, text: str, do: Callable[[], object], undo: Callable[[object], None]):
        super().__init__(text)
        self._do, self._undo = do, undo
        self.result: object = None
        self.error: KkrDeskError | None = None
        self._pushed = False

    def _fail(self, exc: KkrDeskError) -> None:
        self.error = exc
        self.setObsolete(True)
        if self._pushed and _error_handler is not None:
            _error_handler(f"»{self.text()}« kunne ikke gennemføres: {exc}")

    def redo(self) -> None:
        try:
            self.result = self._do()
            self.error = None
        except KkrDeskError as exc:
            self._fail(exc)

    def undo(self) -> None:
        try:
            self._undo(self.result)
        except KkrDeskError as exc:
            self._fail(exc)


def push(stack: QUndoStack, command: ServiceCommand, parent: QWidget | None = None) -> bool:
    """Run ``command`` through the stack; on a refused edit, tell the user and drop it.
    Returns True when the edit was made."""
    stack.push(command)
    command._pushed = True
    if command.error is not None:
        if parent is not None:
            QMessageBox.warning(parent, "KKR Desk", str(command.error))
        return False
    return True
