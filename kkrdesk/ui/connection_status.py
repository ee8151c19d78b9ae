"""The status bar while the shared database's server is away: one line that stays
until the connection is back (the window stays open and shows what it has, read-only;
a write is refused at once with one Danish line, see core.store), then "Forbundet igen"
for a few seconds while every tab reads its data again. Beside it, how many changes
wait to be saved (ui/pending_saves.py); closing the window while some wait asks first."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStatusBar

from kkrdesk import APP_NAME
from kkrdesk.ui import pending_saves
from kkrdesk.ui.i18n import Counts, translate

SHOWN_MS = 6000  # how long "Forbundet igen" stays


def lost_text() -> str:
    return translate("ConnectionStatus", "Forbindelsen til serveren er tabt – prøver igen …")


def back_text() -> str:
    return translate("ConnectionStatus", "Forbundet igen – alt er indlæst igen.")


def waiting_text(n: int) -> str:
    return Counts.tr("%n ændring venter på at blive gemt|%n ændringer venter på at blive gemt",
                     "", n)


def follow(window: QMainWindow, ctx) -> None:
    """Show ``ctx``'s connection, and the changes waiting for it, in ``window``'s
    status bar from now on."""
    bar: QStatusBar = window.statusBar()

    def show(online: bool) -> None:
        if online:
            bar.showMessage(back_text(), SHOWN_MS)
            waiting.retry()  # at once, not at the next tick
        else:
            bar.showMessage(lost_text())  # no timeout: it stays until the server is back

    waiting = pending_saves.of(ctx.undo_stack)
    label = QLabel("")
    label.setObjectName("pending_saves")
    label.setAccessibleName(translate("ConnectionStatus", "Ændringer der venter"))
    label.setStyleSheet("font-weight: bold;")
    label.setVisible(False)
    bar.addPermanentWidget(label)

    def count(n: int) -> None:
        label.setText(waiting_text(n) if n else "")
        label.setVisible(n > 0)

    waiting.count_changed.connect(count)
    waiting.refused.connect(lambda text: QMessageBox.warning(window, APP_NAME, text))
    ctx.connection_changed.connect(show)
    if not ctx.online:
        show(False)


def may_close(window: QMainWindow, ctx) -> bool:
    """Whether ``window`` may close: with changes waiting to be saved the user is asked
    (they are lost if it closes; Annuller keeps the window and the changes)."""
    waiting = pending_saves.existing(ctx.undo_stack) if ctx is not None else None
    if waiting is None or not waiting.count:
        return True
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, translate(
        "ConnectionStatus", "{waiting}, fordi forbindelsen til serveren er tabt. Lukker du nu, "
        "går de tabt. Luk alligevel?").format(waiting=waiting_text(waiting.count)), parent=window)
    close = box.addButton(translate("ConnectionStatus", "&Luk alligevel"),
                          QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(translate("ConnectionStatus", "Annuller"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    if box.clickedButton() is not close:
        return False
    waiting.discard_all()
    return True
