"""When the shared database's server cannot be used as the app starts (or as the user
switches to it): one Danish line saying which server and why, and the choice to try
again or to open a local database instead (one of Filer > Seneste's files, another
file, or the laptop's own database) rather than a window that closes. Called from
``Session.open`` only when a user is there to answer; ``--smoke`` and the command line
print the line and stop with exit code 1."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QVBoxLayout, QWidget,
)

from kkrdesk import APP_NAME
from kkrdesk.ui import recent_menu
from kkrdesk.ui.i18n import translate
from kkrdesk.ui.accessible import NamedDialog

RETRY, BROWSE = "retry", "browse"


def local_choices(default: Path) -> list[tuple[str, Path, bool]]:
    """(text, path, whether it may be made) for each local database there is to open:
    Filer > Seneste's files that are there, then the laptop's own database."""
    found = [(p, Path(p), False) for p in recent_menu.recent()
             if "://" not in p and os.path.isfile(p)]
    if all(path != default for _text, path, _make in found):
        own = translate("ServerDown", "Min egen database på denne maskine (%1)")
        found.append((own.replace("%1", str(default)), default, True))
    return found


class ServerDownDialog(NamedDialog):
    def __init__(self, parent: QWidget | None, message: str,
                 choices: list[tuple[str, Path, bool]]):
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.choice: str | tuple[Path, bool] | None = None
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("ServerDown", "Fejlbesked"))
        self.local = QListWidget()
        self.local.setAccessibleName(translate("ServerDown", "Lokale databaser"))
        for text, path, make in choices:
            item = QListWidgetItem(text, self.local)
            item.setData(Qt.ItemDataRole.UserRole, (path, make))
        self.local.setCurrentRow(0)
        self.local.itemDoubleClicked.connect(lambda _item: self._pick_local())
        buttons = QDialogButtonBox()
        self.retry_button = self._button(
            buttons, translate("ServerDown", "&Prøv igen"), lambda: self._done(RETRY))
        self.open_button = self._button(
            buttons, translate("ServerDown", "Åbn den &valgte"), self._pick_local)
        self.browse_button = self._button(
            buttons, translate("ServerDown", "Åbn en &anden fil …"), lambda: self._done(BROWSE))
        self.close_button = self._button(buttons, translate("ServerDown", "&Luk"), self.reject)
        self.retry_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(translate("ServerDown", "Eller åbn en lokal database:")))
        layout.addWidget(self.local)
        layout.addWidget(buttons)

    def _button(self, box: QDialogButtonBox, text: str, slot) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    def _pick_local(self) -> None:
        item = self.local.currentItem()
        if item is not None:
            self._done(item.data(Qt.ItemDataRole.UserRole))

    def _done(self, choice) -> None:
        self.choice = choice
        self.accept()


def recover(session, place, message: str, default: Path) -> bool:
    """Ask what to open instead of ``place``; True once something is open."""
    parent = session.window or session.frame
    dialog = ServerDownDialog(parent, message, local_choices(default))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if dialog.choice == RETRY:
        return session.open(place)
    if dialog.choice == BROWSE:
        name, _ = QFileDialog.getOpenFileName(
            parent, translate("Session", "Åbn database"), str(Path.home()),
            translate("Session", "KKR Desk-database (*.sqlite *.db);;Alle filer (*)"))
        if not name:
            return recover(session, place, message, default)
        return session.open(Path(name), create=False)
    path, make = dialog.choice
    return session.open(path, create=make)
