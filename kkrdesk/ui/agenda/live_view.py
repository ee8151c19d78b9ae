"""Mødeleders visning: the chair's live view of a meeting, for a second screen.

It shows the running item in large type with its presenters, the time left of its
slot, how far the meeting is behind or ahead of its planned clock, and the next item.
The keyboard moves on (Space, → or PageDown, which a presenter's clicker sends) and
back (← or PageUp); Esc closes. Each step keeps the items' actual times in the
database as one undoable step (live_commands.py). The time of day is read from the
context's one clock (``ctx.clock``), so tests move it instead of sleeping. It opens
full-screen on a second screen when there is one (live_open.py), else as a window."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLayout, QPushButton, QVBoxLayout, QWidget

from kkrdesk.ui.dates import clock
from kkrdesk.ui.i18n import translate

from kkrdesk import APP_NAME
from kkrdesk.core import live_timing as L
from kkrdesk.core.errors import KkrDeskError
from kkrdesk.services.agenda import meetings
from kkrdesk.ui import undo
from kkrdesk.ui.agenda import live_commands as C
from kkrdesk.ui.agenda.live_panel import BACKGROUND, LivePanel
from kkrdesk.ui.agenda.live_texts import LiveTexts, compose, state

TICK_MS = 250
NEXT_KEYS = {Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_PageDown}
BACK_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp}
REDO_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
def gone() -> LiveTexts:
    """The screen once its meeting was deleted."""
    return LiveTexts(heading="", clock="", label="",
                     title=translate("LiveView", "Mødet findes ikke længere."), presenters="",
                     details="", countdown="", countdown_note="", countdown_tone="idle",
                     behind="", behind_tone="idle", forecast="", next="", stage="",
                     hint=translate("LiveView", "Esc: luk"))


def _short(title: str, n: int = 45) -> str:
    return title if len(title) <= n else title[: n - 1] + "…"


class LiveView(QWidget):
    closed = Signal()

    def __init__(self, ctx, meeting_id: int, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx, self.meeting_id = ctx, meeting_id
        self.detail = None
        self.setWindowTitle(translate("LiveView", "Mødeleders visning – {app}").format(app=APP_NAME))
        self.setAccessibleName(translate("LiveView", "Mødeleders visning"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(f"LiveView {{ background: {BACKGROUND}; }}")
        self.panel = LivePanel()
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # the type shrinks instead
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.panel, 1)
        layout.addLayout(self._buttons())
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        ctx.changed.connect(self._on_changed)
        self.reload()

    def _buttons(self) -> QHBoxLayout:
        """Buttons for a mouse; they never take the focus, so Space always moves on."""
        row = QHBoxLayout()
        row.setContentsMargins(48, 0, 48, 12)
        self.buttons = {}
        for key, text, name, slot in (
            ("back", translate("LiveView", "← Tilbage"), translate("LiveView", "Forrige punkt"), self.step_back),
            ("next", translate("LiveView", "Næste →"), translate("LiveView", "Næste punkt"), self.step_forward),
            ("full", translate("LiveView", "Fuld skærm (F11)"), translate("LiveView", "Skift mellem fuld skærm og vindue"), self.toggle_full_screen),
            ("close", translate("LiveView", "Luk (Esc)"), translate("LiveView", "Luk mødeleders visning"), self.close),
        ):
            button = QPushButton(text)
            button.setAccessibleName(name)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
            if key == "next":
                row.addStretch(1)
        return row

    # -- what it shows -------------------------------------------------------------------

    def reload(self) -> None:
        """Read the meeting again (after any change to it, from here or the main window)."""
        try:
            self.detail = meetings.get_detail(self.ctx.store, self.meeting_id, earlier_actions=False)
        except KkrDeskError:
            self.detail = None
        self.tick()

    def tick(self) -> None:
        """Draw the screen for the clock's time now (the timer calls it four times a second)."""
        if self.detail is None:
            self.texts = gone()
        else:
            self.texts = compose(self.detail, self.ctx.clock.now(), self.ctx.time_sep)
        self.panel.show_texts(self.texts)
        stage = self.texts.stage
        self.buttons["next"].setEnabled(stage in (L.BEFORE, L.RUNNING, L.BETWEEN) and
                                        bool(self.detail and self.detail.items))
        self.buttons["back"].setEnabled(stage in (L.RUNNING, L.BETWEEN, L.AFTER))

    def _on_changed(self, areas: set[str]) -> None:
        if "meetings" in areas:
            self.reload()

    def show_meeting(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        self.reload()

    # -- steps ---------------------------------------------------------------------------

    def step_forward(self) -> None:
        """End the running item and start the next (the first step starts the meeting,
        the step past the last item ends it)."""
        if self.detail is None or not self.detail.items:
            return
        at = self.ctx.clock.now()
        st = state(self.detail, at)
        if st.stage == L.AFTER:
            return
        items = self.detail.items
        nxt = L.next_index(items)
        if nxt is None:
            text = translate("LiveView", "Afslut mødet kl. {time}").format(
                time=clock(at.time(), self.ctx.time_sep))
        elif st.stage == L.BEFORE:
            text = translate("LiveView", "Begynd mødet: {title}").format(
                title=_short(items[nxt].numbered_title))
        else:
            text = translate("LiveView", "Næste punkt: {title}").format(
                title=_short(items[nxt].numbered_title))
        undo.push(self.ctx.undo_stack, C.next_item(self.ctx.store, self.meeting_id, at, text), self)
        self.reload()

    def step_back(self) -> None:
        """Take the last step back: the running item waits again, the one before runs."""
        if self.detail is None or not self.detail.items:
            return
        items = self.detail.items
        run, back = L.running_index(items), L.reopen_index(items)
        if run is None and back is None:
            return
        text = (translate("LiveView", "Tilbage til {title}").format(
            title=_short(items[back].numbered_title)) if back is not None
                else translate("LiveView", "Tilbage: mødet er ikke begyndt"))
        undo.push(self.ctx.undo_stack, C.previous_item(self.ctx.store, self.meeting_id, text), self)
        self.reload()

    def resizeEvent(self, event) -> None:
        """The buttons grow with the screen too (a projector's 1080 lines: 19 px type)."""
        super().resizeEvent(event)
        for button in self.buttons.values():
            font = button.font()
            font.setPixelSize(max(12, round(self.height() * 0.018)))
            button.setFont(font)

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    # -- keys ----------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if event.isAutoRepeat() and (key in NEXT_KEYS or key in BACK_KEYS):
            return  # a key held down is one step, not a run through the agenda
        if key in NEXT_KEYS and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.step_forward()
        elif key in BACK_KEYS and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.step_back()
        elif key == Qt.Key.Key_Escape:
            self.close()
        elif key == Qt.Key.Key_F11:
            self.toggle_full_screen()
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.ctx.undo_stack.undo()
        elif event.matches(QKeySequence.StandardKey.Redo) or (
                key == Qt.Key.Key_Z and event.modifiers() == REDO_MODIFIERS):
            self.ctx.undo_stack.redo()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self.timer.stop()
        try:
            self.ctx.changed.disconnect(self._on_changed)
        except (RuntimeError, TypeError):
            pass
        self.closed.emit()
        super().closeEvent(event)
