"""Opening the chair's live view (Vis > Mødeleders visning, F5, or the button on the
Dagsorden tab): one per open database, full-screen on a screen other than the main
window's when the computer has one (a projector or a second monitor), else a window
the size of most of this screen (F11 makes it full-screen)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMessageBox, QWidget

from kkrdesk.ui.i18n import translate
from kkrdesk.ui.agenda.live_view import LiveView

WINDOW_SIZE = (1280, 720)


def open_live_view(parent: QWidget, ctx) -> LiveView | None:
    """Show the live view of the selected meeting (bring it forward if it is open)."""
    if ctx.meeting_id is None:
        QMessageBox.information(parent, translate("live_open", "Mødeleders visning"), translate("live_open", "Vælg et møde først."))
        return None
    view = ctx.live_view
    if view is not None:
        if view.meeting_id != ctx.meeting_id:
            view.show_meeting(ctx.meeting_id)
        view.raise_()
        view.activateWindow()
        return view
    view = LiveView(ctx, ctx.meeting_id, parent.window() if parent else None)
    ctx.live_view = view
    view.closed.connect(lambda: _forget(ctx, view))
    place(view, parent.window() if parent else None)
    view.activateWindow()
    view.setFocus()
    return view


def _forget(ctx, view: LiveView) -> None:
    if ctx.live_view is view:
        ctx.live_view = None
    view.deleteLater()


def other_screen(main: QWidget | None) -> QScreen | None:
    """A screen the main window is not on, if the computer has one."""
    own = main.screen() if main is not None else QGuiApplication.primaryScreen()
    others = [s for s in QGuiApplication.screens() if s is not own]
    return others[0] if others else None


def place(view: QWidget, main: QWidget | None) -> None:
    screen = other_screen(main)
    if screen is not None:
        view.setScreen(screen)
        view.setGeometry(screen.geometry())
        view.showFullScreen()
        return
    screen = main.screen() if main is not None else QGuiApplication.primaryScreen()
    free = screen.availableGeometry()
    width, height = min(WINDOW_SIZE[0], free.width() - 40), min(WINDOW_SIZE[1], free.height() - 60)
    view.resize(width, height)
    view.move(free.x() + (free.width() - width) // 2, free.y() + (free.height() - height) // 2)
    view.show()
