"""In-place editors for trees and tables, and their autosave.

Every editor made by an :class:`AutoSaveDelegate` saves itself like the panes' text
fields (:mod:`kkrdesk.ui.autosave`: the same idle timer and the same ``AUTOSAVE``
mark): ``PAUSE_MS`` after the typing stops or right after a pick from its completer,
the delegate emits ``commitData(editor)``, the view calls ``setModelData`` and the
model turns the value into an undo command, while the editor stays open with its
cursor where it was. Enter, Tab or a click elsewhere commit as before; a kill after
the pause loses nothing. An editor opened and closed without typing changes nothing,
even where Qt shows the stored value differently (a leading byte-order mark). Any wing's tree or table gets this by using these delegates
(``view.setItemDelegate(TextDelegate(view))`` covers every column without one of its
own) and a model that updates rows in place when their shape is unchanged (a model
reset closes open editors).

Only a value worth keeping is saved by itself: a blank text (the user is about to
retype) or one the ``accept`` check refuses (a half-typed clock time) waits for
Enter, where the usual message explains what is wrong."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QCompleter, QLineEdit, QSpinBox, QStyledItemDelegate, QWidget,
)

from kkrdesk.core import shown
from kkrdesk.ui.i18n import translate
from kkrdesk.core.enums import ItemKind
from kkrdesk.ui.labels import label
from kkrdesk.core.validate import MAX_DURATION_MIN
from kkrdesk.ui.autosave import AUTOSAVE, idle_timer
from kkrdesk.ui.wrap_delegate import WrapPainting

_SAVED = "kkrdesk_saved"    # the editor's value when it was last loaded or saved
_ECHO = "kkrdesk_echo"      # a save is on its way to the model: its next change is ours
_MODEL = "kkrdesk_model"    # the model's value as the editor last saw it
_LOADING = "kkrdesk_loading"  # the editor is being given the model's value: not typing
_SEEN = "kkrdesk_seen"      # when the editor showed the model's value: its saves' basis


class AutoSaveDelegate(QStyledItemDelegate):
    """Base of every in-place editor. Subclasses build the editor in ``make_editor``
    and may override ``editor_value`` (what the editor holds) and ``load``/``save``
    (QStyledItemDelegate's defaults use the editor's user property)."""

    def __init__(self, parent: QObject | None = None, accept: Callable[[object], bool] | None = None):
        super().__init__(parent)
        self.accept = accept
        self._editors: list[QWidget] = []

    # -- what subclasses provide -------------------------------------------------------

    def make_editor(self, parent: QWidget, option, index) -> QWidget:
        return super().createEditor(parent, option, index)

    def editor_value(self, editor: QWidget) -> object:
        prop = editor.metaObject().userProperty()
        return editor.property(prop.name()) if prop.isValid() else None

    def load(self, editor: QWidget, index) -> None:
        super().setEditorData(editor, index)

    def save(self, editor: QWidget, model, index) -> None:
        super().setModelData(editor, model, index)

    # -- Qt's delegate API -------------------------------------------------------------

    def createEditor(self, parent, option, index):
        editor = self.make_editor(parent, option, index)
        timer = idle_timer(editor, lambda: self._autosave(editor))
        editor.setProperty("kkrdesk_timer", timer)
        editor.setProperty(AUTOSAVE, True)
        for signal in _change_signals(editor):  # typing, not the loading of a value
            signal.connect(lambda *_: editor.property(_LOADING) or timer.start())
        if isinstance(editor, QLineEdit) and editor.completer() is not None:
            # a pick: saved once the popup is done with it (its Enter never reaches the
            # view, which would otherwise commit and close the editor)
            editor.completer().activated.connect(
                lambda *_: QTimer.singleShot(0, editor, lambda: self._autosave(editor)))
        self._editors.append(editor)
        editor.destroyed.connect(lambda *_: self._forget(editor))
        return editor

    def destroyEditor(self, editor, index):  # noqa: N802 - Qt API
        """The view is done with the editor: a pause timer still running must not
        commit it afterwards (the view would be handed an editor it no longer has)."""
        timer = editor.property("kkrdesk_timer")
        if timer is not None:
            timer.stop()
        self._forget(editor)
        super().destroyEditor(editor, index)

    def setEditorData(self, editor, index):
        """Load the model's value, except while it would undo what the user is doing:
        typing not saved yet wins, and the echo of our own save (which the model may
        show tidied, say without a trailing space) leaves the editor as typed."""
        model_value = index.data(Qt.ItemDataRole.EditRole)
        first = editor.property(_SAVED) is None and editor.property(_MODEL) is None
        if not first:
            if model_value == editor.property(_MODEL):
                return  # nothing changed in the model since we looked: keep the cursor
            editor.setProperty(_MODEL, model_value)
            if editor.property(_ECHO):
                editor.setProperty(_ECHO, False)
                return  # our own save coming back
            if self.editor_value(editor) != editor.property(_SAVED):
                return  # unsaved typing wins; it is saved on the next pause
        editor.setProperty(_MODEL, model_value)
        editor.setProperty(_LOADING, True)
        try:
            self.load(editor, index)
        finally:
            editor.setProperty(_LOADING, False)
        editor.setProperty(_SAVED, self.editor_value(editor))
        editor.setProperty(_SEEN, shown.now())

    def setModelData(self, editor, model, index):
        value = self.editor_value(editor)
        if value == editor.property(_SAVED):
            return  # nothing typed since it was shown or saved: viewing changes nothing
        editor.setProperty(_ECHO, True)
        editor.setProperty(_SAVED, value)
        basis = shown.Basis(editor.property(_SEEN) or 0)
        with shown.based_on(basis):  # a row someone else changed since is not written over
            self.save(editor, model, index)
        if basis.conflict:  # the next load shows their value (the message names ours)
            editor.setProperty(_ECHO, False)
            editor.setProperty(_MODEL, None)
        else:
            editor.setProperty(_SEEN, shown.now())

    # -- autosave --------------------------------------------------------------------------

    def worth_saving(self, value: object) -> bool:
        if isinstance(value, str) and not value.strip():
            return False
        return self.accept is None or self.accept(value)

    def _autosave(self, editor: QWidget) -> None:
        if editor not in self._editors:
            return
        value = self.editor_value(editor)
        if value != editor.property(_SAVED) and self.worth_saving(value):
            self.commitData.emit(editor)  # the view calls setModelData; the editor stays open

    def flush(self) -> None:
        """Save every open editor's typing now (before a step that may rebuild the view)."""
        for editor in list(self._editors):
            timer = editor.property("kkrdesk_timer")
            if timer is not None and timer.isActive():
                timer.stop()
                self._autosave(editor)

    def _forget(self, editor: QWidget) -> None:
        if editor in self._editors:
            self._editors.remove(editor)


def _change_signals(editor: QWidget):
    if isinstance(editor, QLineEdit):
        return [editor.textEdited]
    if isinstance(editor, QSpinBox):
        return [editor.valueChanged]
    if isinstance(editor, QComboBox):
        return [editor.currentIndexChanged]
    return []


def flush_editors(view: QAbstractItemView) -> None:
    """Save what is being typed in any in-place editor of ``view``."""
    delegates = {view.itemDelegate()}
    model = view.model()
    if model is not None:
        delegates |= {view.itemDelegateForColumn(c) for c in range(model.columnCount())}
    for delegate in delegates:
        if isinstance(delegate, AutoSaveDelegate):
            delegate.flush()


class KindDelegate(AutoSaveDelegate):
    def make_editor(self, parent, option, index):
        box = QComboBox(parent)
        for kind in ItemKind:
            box.addItem(label(kind), kind.value)
        return box

    def editor_value(self, editor):
        return editor.currentData()

    def load(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def save(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DurationDelegate(AutoSaveDelegate):
    def make_editor(self, parent, option, index):
        spin = QSpinBox(parent)
        spin.setRange(0, MAX_DURATION_MIN)
        spin.setSingleStep(5)
        spin.setSuffix(translate("DurationDelegate", " min."))
        return spin

    def editor_value(self, editor):
        return editor.value()

    def load(self, editor, index):
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def save(self, editor, model, index):
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class TextDelegate(AutoSaveDelegate):
    """A line editor with an optional placeholder and completion list."""

    def __init__(self, parent=None, placeholder: str = "", completions: list[str] | None = None,
                 accept: Callable[[object], bool] | None = None):
        super().__init__(parent, accept)
        self.placeholder = placeholder
        self.completions = completions or []

    def make_editor(self, parent, option, index):
        edit = QLineEdit(parent)
        edit.setPlaceholderText(self.placeholder)
        if self.completions:
            completer = QCompleter(self.completions, edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
        return edit

    def editor_value(self, editor):
        return editor.text()

    def load(self, editor, index):
        position = editor.cursorPosition()
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if editor.text() != text:
            editor.setText(text)
            editor.setCursorPosition(min(position, len(text)) if editor.property(_SAVED) else len(text))

    def save(self, editor, model, index):
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class WrapTextDelegate(WrapPainting, TextDelegate):
    """``TextDelegate`` whose cell shows its whole text on as many lines as it needs (the
    agenda's titles and presenters at a laptop's width); its editor stays one line."""
