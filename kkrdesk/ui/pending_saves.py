"""Saves the lost connection kept from being made (issue 24, item 10): nothing typed is
lost when the server goes away mid-session.

A field's save (ui/autosave.py) that the store refused because the server is away (or
the SQLite file busy: whatever ``lost_connection`` covers) is kept here as a write of
its own, apart from the widget: the undo step's service calls as the field built them
(so the record they name is fixed), the value typed and the moment the field showed the
stored value (core/shown.py). Selecting another record, another tab, or a field being
rebuilt therefore drops nothing. Every ``RETRY_MS``, and at once when the connection is
back, each waiting write is pushed again as a fresh undo step: it lands on the undo
stack only once it is saved (a write that never happened is nothing to undo). A
write refused for a real reason (someone else changed the row meanwhile) is dropped
with one message naming the step and both values. A field that shows a record with a
write waiting shows the text typed, not the stale database value.

There is one register per undo stack (one per open database); ``waiting`` looks a
field's write up across them, since a field knows its record but not its window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from kkrdesk.core import shown
from kkrdesk.ui.i18n import translate
from kkrdesk.ui.undo import ServiceCommand, push

RETRY_MS = 3000  # a write the connection lost is tried again this often
# what became of a kept write: DROPPED when a newer save of the field settled it, or
# the user closed the window anyway
WAITING, SAVED, REFUSED, DROPPED = "waiting", "saved", "refused", "dropped"


@dataclass(eq=False)
class Pending:
    """One kept write. ``key`` is (field name, record) for a field that names its
    record: a newer write of the same field and record replaces it."""

    key: object
    text: str  # the undo step's name, "Ret referat til punkt 2"
    do: Callable[[], object]
    undo: Callable[[object], object]
    value: object
    seen: int
    registry: PendingSaves
    state: str = WAITING

    def drop(self) -> None:
        """A newer save of the same field settled it (saved, or refused and said)."""
        self.registry.drop(self)


_registers: list[PendingSaves] = []


def waiting(key: object) -> Pending | None:
    """The write still waiting for ``key``, if any (in any open database)."""
    for register in _registers:
        for entry in register.entries if shiboken6.isValid(register) else ():
            if entry.key == key:
                return entry
    return None


def existing(stack: QUndoStack) -> PendingSaves | None:
    """``stack``'s register if it has one (a window closing needs none made)."""
    for register in _registers:
        if register.stack is stack and shiboken6.isValid(register):
            return register
    return None


def of(stack: QUndoStack) -> PendingSaves:
    """The register of ``stack``'s database, made on first use."""
    return existing(stack) or PendingSaves(stack)


class PendingSaves(QObject):
    count_changed = Signal(int)
    refused = Signal(str)  # a kept write the data refused: the message for the user

    def __init__(self, stack: QUndoStack):
        super().__init__(stack)
        self.stack = stack
        self.entries: list[Pending] = []
        self._busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(self.retry)
        _registers.append(self)
        self.destroyed.connect(lambda _obj=None, me=self: _forget(me))

    @property
    def count(self) -> int:
        return len(self.entries)

    def keep(self, key: object, text: str, command: ServiceCommand, value: object,
             seen: int) -> Pending:
        """Keep ``command``'s write (it failed with the connection) to try it again."""
        for older in [e for e in self.entries if e.key == key]:  # the newer text wins
            older.state = DROPPED
            self.entries.remove(older)
        do, undo = command.calls()
        entry = Pending(key, text, do, undo, value, seen, self)
        self.entries.append(entry)
        self.timer.start()
        self.count_changed.emit(self.count)
        return entry

    def drop(self, entry: Pending) -> None:
        if entry.state == WAITING:
            entry.state = DROPPED
        if entry in self.entries:
            self.entries.remove(entry)
            self._settled()

    def discard_all(self) -> None:
        """The user closed the window anyway: nothing is tried again."""
        for entry in self.entries:
            entry.state = DROPPED
        self.entries.clear()
        self._settled()

    def retry(self) -> None:
        """Try every waiting write once, oldest first; stop at the first the connection
        still refuses (the rest would fail alike)."""
        if self._busy:  # a message box of an earlier round is open
            return
        self._busy = True
        try:
            for entry in list(self.entries):
                if entry in self.entries and not self._try(entry):
                    break
        finally:
            self._busy = False

    def _try(self, entry: Pending) -> bool:
        """False: the connection is still away."""
        command = ServiceCommand(entry.text, entry.do, entry.undo)
        refusal: list = []
        basis = shown.Basis(entry.seen, retrying=True,
                            on_conflict=lambda: setattr(entry, "state", REFUSED))
        with shown.based_on(basis):
            ok = push(self.stack, command, on_refusal=refusal.append)
        if not ok and basis.lost:
            return False
        entry.state = SAVED if ok else REFUSED
        self.drop(entry)
        if refusal:
            self.refused.emit(_refusal_text(entry, str(refusal[0])))
        return True

    def _settled(self) -> None:
        if not self.entries:
            self.timer.stop()
        self.count_changed.emit(self.count)


def _refusal_text(entry: Pending, reason: str) -> str:
    """The step, why, and the text typed (unless the reason names it: a conflict says
    both values)."""
    text = translate("PendingSaves", "»{step}« blev ikke gemt, da forbindelsen kom igen: {reason}")
    text = text.format(step=entry.text, reason=reason)
    if f"»{entry.value}«" in reason:
        return text
    return text + "\n" + translate("PendingSaves", "Din tekst: »{value}«").format(value=entry.value)


def _forget(register: PendingSaves) -> None:
    if register in _registers:
        _registers.remove(register)
