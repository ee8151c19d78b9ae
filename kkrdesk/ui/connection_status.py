"""The status bar while the shared database's server is away: one line that stays
until the connection is back (the window stays open and shows what it has, read-only;
a write is refused at once with one Danish line, see core.store), then "Forbundet igen"
for a few seconds while every tab reads its data again."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QStatusBar

from kkrdesk.ui.i18n import translate

SHOWN_MS = 6000  # how long "Forbundet igen" stays


def lost_text() -> str:
    return translate("ConnectionStatus", "Forbindelsen til serveren er tabt – prøver igen …")


def back_text() -> str:
    return translate("ConnectionStatus", "Forbundet igen – alt er indlæst igen.")


def follow(window: QMainWindow, ctx) -> None:
    """Show ``ctx``'s connection in ``window``'s status bar from now on."""
    bar: QStatusBar = window.statusBar()

    def show(online: bool) -> None:
        if online:
            bar.showMessage(back_text(), SHOWN_MS)
        else:
            bar.showMessage(lost_text())  # no timeout: it stays until the server is back

    ctx.connection_changed.connect(show)
    if not ctx.online:
        show(False)
