"""Every field a user types in saves itself, through this one mechanism. No Save button.

``Autosave`` binds an editor (QLineEdit and the date field built on it, QPlainTextEdit,
QSpinBox, an editable QComboBox) to a commit callback: ``PAUSE_MS`` after the typing
stops, on Enter, on a pick from the field's completer and when the field loses focus,
the callback gets the editor's value if the user changed it. The in-place editors of
trees and tables (:mod:`kkrdesk.ui.delegates`) use the same idle timer. Each bound
editor carries the dynamic property ``AUTOSAVE``; a search or filter field, which holds
no data, carries ``FILTER`` instead (``mark_filter``), so a test can prove that every
editable widget of every pane is one or the other and a new field cannot forget it.

What counts as an edit is decided against what the widget itself shows for the stored
value, never against the stored value: Qt drops a leading byte-order mark, and a plain
text editor turns U+2029 into a line break, so comparing with the stored text would
make merely viewing a record an edit. Loading never saves, and the refresh that
follows a save (the service may tidy the text) leaves the field as typed.

Each save is based on what the field showed (``core/shown.py``): the tick at which it
last showed the stored value goes with the write, and a row someone else changed
after it is not written over. The field then shows their value, and the text typed
stays in the field's own undo (Ctrl+Z brings it back, to be saved over theirs on
purpose); the message names both. A save the lost connection stopped is kept apart
from the widget (``ui/pending_saves.py``) and tried again until it is made: a field
that names its record (``record``) shows that text whenever the record is shown again,
so selecting another record, or the field being rebuilt, loses nothing typed. (A save
that is not an undo step is kept in the field and tried again, as long as the field
shows its record.)
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6

from kkrdesk.core import shown
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractSpinBox, QCompleter, QPlainTextEdit, QWidget

from kkrdesk.ui import pending_saves
from kkrdesk.ui.editor_value import (
    editor_value, line_edit, replace_undoably, set_value, typing_signals,
)
from kkrdesk.ui.pending_saves import REFUSED, WAITING, Pending

PAUSE_MS = 800
RETRY_MS = pending_saves.RETRY_MS  # a save the connection lost is tried again this often
AUTOSAVE = "kkrdesk_autosave"  # dynamic property: this editor saves itself
FILTER = "kkrdesk_filter"      # dynamic property: a search, filter or view setting, not data

Commit = Callable[[object], "bool | None"]  # False: refused, the value stays as typed
_REFUSED = object()  # what a field shows after a refused commit: equal to nothing typed


def mark_filter(*widgets: QWidget) -> None:
    """Say that these fields narrow or arrange what is shown and hold no data."""
    for widget in widgets:
        widget.setProperty(FILTER, True)


def idle_timer(owner: QObject, slot: Callable[[], None]) -> QTimer:
    """The one pause after which typing is saved, for panes and in-place editors alike."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(PAUSE_MS)
    timer.timeout.connect(slot)
    return timer


class Autosave(QObject):
    """One editor bound to ``commit``. The pane shows a record's value with ``reset``
    (another record: whatever is shown is replaced) or ``load`` (the same record read
    again: typing not saved yet wins, and an unchanged value leaves cursor and
    selection alone), and calls ``commit`` before it leaves the record. ``record``
    says which record the field shows (its id): a save kept while the connection is
    away is shown again with it."""

    def __init__(self, widget: QWidget, commit: Commit, *, name: str = "",
                 accept: Callable[[object], bool] | None = None,
                 record: Callable[[], object] | None = None):
        super().__init__(widget)
        self.widget, self._commit, self.accept, self.record = widget, commit, accept, record
        self._kept: Pending | None = None  # this record's save kept while the server is away
        self._stored: object = None   # the value as stored (as last loaded, or our save's echo)
        self._shown = editor_value(widget)  # what the editor showed for it, or what we saved
        self._loading = self._saving = False
        self._generation = 0  # bumped by reset: a save in flight must not claim the new record
        self._seen = shown.now()  # when the field showed the stored value: its saves' basis
        self._overtaken = False  # a save found the row changed by someone else: show theirs
        self.timer = idle_timer(self, self._paused)
        # a save lost with the connection, tried again (if it is not an undo step)
        self.retry = QTimer(self, singleShot=True, interval=RETRY_MS, timeout=self._again)
        widget.setProperty(AUTOSAVE, True)
        if name and not widget.objectName():
            widget.setObjectName(name)
        for signal in typing_signals(widget):
            signal.connect(self._typed)
        line = line_edit(widget)
        if line is not None:
            line.editingFinished.connect(self._enter)
            if line.completer() is not None:
                self.follow(line.completer())
        elif isinstance(widget, QAbstractSpinBox):
            widget.editingFinished.connect(self.commit_soon)
        widget.installEventFilter(self)
        if line is not None and line is not widget:
            line.installEventFilter(self)

    # -- what the pane calls -------------------------------------------------------------

    def value(self) -> object:
        return editor_value(self.widget)

    def typing(self) -> bool:
        """The user changed the field since it was shown or saved."""
        return self.value() != self._shown

    def reset(self, value: object) -> None:
        """Show another record's value; the caller has committed the old one."""
        self._generation += 1
        self._overtaken = False
        self.retry.stop()
        self._kept = pending_saves.waiting(self._key())
        self._show(value)

    def load(self, value: object) -> None:
        """Show the current record's value as read again after a change."""
        if self._kept is not None and self._after_kept(value):
            return
        if self._overtaken:  # someone else's value, over ours: ours stays in the undo
            self._overtaken = False
            self._show(value, undoably=True)
            return
        if self._saving:  # the echo of our own save, maybe tidied: leave the field as typed
            self._stored = value
            return
        if self.typing() or value == self._stored:
            return
        self._show(value)

    def commit(self, retrying: bool = False) -> None:
        """Save the typed value now, if the user changed it."""
        self.timer.stop()
        self.retry.stop()
        if self._loading or self._saving:
            return
        value = self.value()
        if value == self._shown:
            return
        generation, key = self._generation, self._key()
        basis = shown.Basis(self._seen, on_conflict=lambda: self._overtake(value),
                            retrying=retrying)
        basis.tried = lambda stack, step, text: self._tried(stack, step, text, basis, key, value)
        self._saving = True
        try:
            with shown.based_on(basis):
                ok = self._commit(value)
        finally:
            self._saving = False
        if basis.conflict:
            return  # the pane read the row again (or will): load shows their value
        if basis.kept and generation == self._generation:
            self._shown = value  # saved later by pending_saves: typed no more
            return
        if basis.lost and generation == self._generation:
            self._shown = _REFUSED  # still typed, whatever the pane reads meanwhile
            self.retry.start()
            return
        if generation == self._generation:
            if ok is not False:
                self._seen = shown.now()
            # refused: the field counts as typed until a value is accepted (which may be
            # the stored one again, and then clears the message)
            self._shown = value if ok is not False else _REFUSED

    def commit_soon(self) -> None:
        """Commit once the signal being handled has returned (Enter in a completer's
        popup reaches the field before the popup is done with it)."""
        QTimer.singleShot(0, self, self.commit)

    def saved_as(self, value: object) -> None:
        """The field holds ``value`` and it is being saved by another step (a pick from
        the completer that sets several fields at once): nothing to save here."""
        self.timer.stop()
        if self.value() == value:
            self._shown = value

    def follow(self, completer: QCompleter) -> None:
        """A pick from ``completer`` is saved like typing."""
        completer.activated.connect(self.commit_soon)

    # -- inside ----------------------------------------------------------------------------

    def _again(self) -> None:
        self.commit(retrying=True)

    def _key(self) -> object:
        """What a kept save of this field is known by: its name and record."""
        record = self.record() if self.record is not None else None
        name = self.widget.objectName()
        return (name, record) if record is not None and name else object()

    def _tried(self, stack, step, text: str, basis: shown.Basis, key: object,
               value: object) -> None:
        """The undo stack tried our save's step: keep it if the connection stopped it;
        else a write kept earlier for this field and record is settled by this one."""
        if step.error is not None and basis.lost:
            basis.kept = True
            self._kept = pending_saves.of(stack).keep(key, text, step, value, basis.seen)
        elif (earlier := pending_saves.waiting(key)) is not None:
            earlier.drop()

    def _after_kept(self, value: object) -> bool:
        """A load while the field shows a kept save: True when it is handled."""
        kept = self._kept
        if kept.state == WAITING:
            self._stored = value  # the text typed stays shown until it is saved
            return True
        self._kept = None
        if kept.state == REFUSED:  # someone else's value: ours stays in the field's undo
            self._show(value, undoably=True)
            return True
        self._stored = self._shown  # saved: the echo of it changes nothing shown
        return False

    def _overtake(self, typed: object) -> None:
        """Our save was refused: someone else changed the row after the field showed it.
        The next load shows their value, although the field holds text typed."""
        self.timer.stop()
        self._overtaken = True
        self._shown = typed  # not typing any more: the pane reloads the field

    def _show(self, value: object, undoably: bool = False) -> None:
        """Show the stored ``value``, or the text of this record's kept save."""
        kept = self._kept if self._kept is not None and self._kept.state == WAITING else None
        self.timer.stop()
        self._loading = True
        try:
            (replace_undoably if undoably else set_value)(
                self.widget, value if kept is None else kept.value)
        finally:
            self._loading = False
        self._stored = value
        self._shown = self.value()
        self._seen = shown.now() if kept is None else kept.seen

    def _enter(self) -> None:
        """Enter (or focus-out). With a completer the commit waits until the popup's
        key handling has returned: Enter in the popup reaches the field first."""
        line = line_edit(self.widget)
        if line is not None and line.completer() is not None:
            self.commit_soon()
        else:
            self.commit()

    def _typed(self, *_args) -> None:
        if not self._loading:
            self.timer.start()

    def _paused(self) -> None:
        if self.accept is None or self.accept(self.value()):
            self.commit()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if (event.type() == QEvent.Type.FocusOut and shiboken6.isValid(self.widget)
                and not self._popup_open()):
            self.commit()  # (a widget being destroyed loses its focus too: nothing to save)
        return False

    def _popup_open(self) -> bool:
        line = line_edit(self.widget)
        completer = line.completer() if line is not None else None
        return completer is not None and completer.popup().isVisible()


class AutoSaveText(QPlainTextEdit):
    """A multi-line text field bound to autosave; emits ``committed(text)``, or calls
    ``commit`` (which may refuse the text by returning False)."""

    committed = Signal(str)

    def __init__(self, placeholder: str = "", parent=None, *, commit: Commit | None = None,
                 name: str = "", record: Callable[[], object] | None = None):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.autosave = Autosave(self, commit or self._emit, name=name, record=record)

    def _emit(self, text: str) -> None:
        self.committed.emit(text)

    def load(self, text: str) -> None:
        self.autosave.load(text)

    def reset(self, text: str) -> None:
        self.autosave.reset(text)

    def commit(self) -> None:
        self.autosave.commit()
