"""Undo/redo through QUndoStack. A command changes the domain through services, never
widgets; views follow through the store's change signal.

Every edit is saved at once: ``redo`` calls a service (one transaction), ``undo``
calls the service that reverses it. A step the database refuses (the first time in
``push``, or later from the Rediger menu) is reported and dropped from the stack,
so the stack never claims a state the data does not have.

A step remembers when it last ran (``core/shown.py``): undoing or redoing it later is
based on that moment, so a row another person has changed since is not written over;
the step is skipped, dropped from the stack, and the note says so."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from kkrdesk.ui.i18n import translate
from kkrdesk.core import shown
from kkrdesk.core.errors import ChangedElsewhere, KkrDeskError

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
        self.seen = shown.now()  # what the data was when the step last ran (or was made)
        self._ran = False

    def calls(self) -> tuple[Callable[[], object], Callable[[object], None]]:
        """The step's two service calls, to make it once more (ui/pending_saves.py)."""
        return self._do, self._undo

    def _fail(self, exc: KkrDeskError, undoing: bool) -> None:
        self.error = exc
        self.setObsolete(True)
        if not self._pushed or _error_handler is None:
            return
        if isinstance(exc, ChangedElsewhere):
            skipped = (translate("undo", "Fortryd sprunget over") if undoing
                       else translate("undo", "Omgør sprunget over"))
            _error_handler(f"{skipped}: »{self.text()}« – {exc}")
        else:
            _error_handler(translate("undo", "»{value}« kunne ikke gennemføres: {reason}").format(
                value=self.text(), reason=exc))

    def _basis(self):
        """The first run inside a field's save is judged by what the field showed;
        every other run by what the data was when the step last ran."""
        if not self._ran and shown.current() is not None:
            return contextlib.nullcontext()
        return shown.based_on(shown.Basis(self.seen))

    def redo(self) -> None:
        try:
            with self._basis():
                self.result = self._do()
            self.error = None
            self.seen = shown.now()
            self._ran = True
        except KkrDeskError as exc:
            self._fail(exc, undoing=False)

    def undo(self) -> None:
        try:
            with shown.based_on(shown.Basis(self.seen)):
                self._undo(self.result)
            self.seen = shown.now()
        except KkrDeskError as exc:
            self._fail(exc, undoing=True)


class TypingCommand(ServiceCommand):
    """An edit of typed text, saved in bursts (autosave after each pause): it merges
    with the next edit of the same ``key`` while the pauses stay under
    ``MERGE_WINDOW_S``, so a title typed with a few pauses is one step in the Rediger
    menu. ``key`` None (a deliberate choice, say a standard decision button) never
    merges. Subclasses take the newer value over in ``absorb``."""

    MERGE_ID = 4711
    MERGE_WINDOW_S = 10.0

    def __init__(self, text: str, do: Callable[[], object], undo: Callable[[object], None],
                 key: object | None):
        super().__init__(text, do, undo)
        self.key = key
        self.last_edit = time.monotonic()

    def id(self) -> int:
        return self.MERGE_ID if self.key is not None else -1

    def mergeWith(self, other) -> bool:
        if not isinstance(other, TypingCommand) or other.key is None or other.key != self.key:
            return False
        if other.error is not None or other.isObsolete() or self.error is not None:
            return False  # a refused edit never joins a good one
        if other.last_edit - self.last_edit > self.MERGE_WINDOW_S:
            return False
        self.absorb(other)  # keep our old value (self.result), take their new one
        self.last_edit, self.seen = other.last_edit, other.seen
        return True

    def absorb(self, other: TypingCommand) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


def creation(text: str, make: Callable[[], object], remove: Callable[[object], object],
             restore: Callable[[object], object]) -> ServiceCommand:
    """A step that makes rows: ``make()`` returns what it made (an id), undo calls
    ``remove(made)`` and keeps the snapshot it returns, redo calls ``restore(snapshot)``
    to put the very same rows back (the same ids), so later steps that name them apply."""
    state: dict = {}

    def do():
        if "snap" in state:
            restore(state.pop("snap"))
            return state["made"]
        state["made"] = make()
        return state["made"]

    def undo(made):
        state["snap"] = remove(made)

    return ServiceCommand(text, do, undo)


def deletion(text: str, remove: Callable[[], object],
             restore: Callable[[object], object]) -> ServiceCommand:
    """A step that deletes rows: ``remove()`` returns their snapshot, undo restores it."""
    return ServiceCommand(text, remove, restore)


def push(stack: QUndoStack, command: ServiceCommand, parent: QWidget | None = None,
         on_refusal: Callable[[KkrDeskError], None] | None = None) -> bool:
    """Run ``command`` through the stack; a refused edit is dropped and the user told:
    by ``on_refusal`` (a message under the field typed in), else in a box over
    ``parent``. Returns True when the edit was made."""
    text = command.text()  # (an obsolete step is deleted by the stack's push)
    stack.push(command)
    command._pushed = True
    basis = shown.current()
    if basis is not None and basis.tried is not None:
        basis.tried(stack, command, text)
    if command.error is not None and basis is not None and basis.lost and (
            basis.retrying or basis.kept):
        return False  # kept, to be saved when the connection is back: the status bar says so
    if command.error is not None:
        if on_refusal is not None:
            on_refusal(command.error)
        elif parent is not None:
            QMessageBox.warning(parent, "KKR Desk", str(command.error))
        return False
    return True
