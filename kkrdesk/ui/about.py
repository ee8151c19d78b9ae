"""Hjælp > Om KKR Desk, and the application icon.

The About box says what a support question needs first: the version (the installed
package's, else the source's ``__version__``), the licence as the package declares
it, and the Python, Qt and PySide versions the program runs on, in text that can be
selected and copied."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, qVersion
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QDialogButtonBox, QHBoxLayout, QLabel, QMainWindow, QVBoxLayout,
)

from kkrdesk.ui.i18n import translate
from kkrdesk import APP_NAME, __version__
from kkrdesk.core.paths import resource
from kkrdesk.ui.accessible import NamedDialog

NO_LICENCE = QT_TRANSLATE_NOOP("AboutDialog", "ikke angivet i pakken")
THIRD_PARTY = QT_TRANSLATE_NOOP("AboutDialog", "Qt og PySide6 (LGPLv3), SQLAlchemy, Alembic, "
                                "python-docx, python-pptx, openpyxl og pypdf (MIT/BSD), skrifttypen "
                                "Carlito (SIL Open Font License 1.1).")


def app_icon() -> QIcon:
    """The icon of the window, the task bar and the About box (resources/icons)."""
    return QIcon(str(resource("icons", "kkrdesk.png")))


def version() -> str:
    from importlib import metadata  # 20 ms of imports, asked for in the About box only

    try:
        return metadata.version("kkrdesk")
    except metadata.PackageNotFoundError:  # run from a checkout that is not installed
        return __version__


def licence() -> str:
    from importlib import metadata

    try:
        meta = metadata.metadata("kkrdesk")
    except metadata.PackageNotFoundError:
        return translate("AboutDialog", NO_LICENCE)
    text = meta.get("License-Expression") or meta.get("License") or ""
    return text.strip() or translate("AboutDialog", NO_LICENCE)


def about_lines() -> list[tuple[str, str]]:
    return [(translate("AboutDialog", "Version"), version()),
            (translate("AboutDialog", "Licens"), licence()),
            (translate("about", "Python"), platform.python_version()),
            ("Qt", f"{qVersion()} (PySide6 {pyside_version})"),
            (translate("about", "System"), f"{platform.system()} {platform.release()}")]


class AboutDialog(NamedDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("AboutDialog", "Om %1").replace("%1", APP_NAME))
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        rows = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>"
                       for k, v in about_lines())
        self.text = QLabel(
            f"<h2>{APP_NAME}</h2><p>"
            + translate("AboutDialog", "Sekretariatets skrivebord i KKR-digitaliseringsnetværket: "
                        "dagsordener, referater, deltagere, SOR-forslag og projekter.")
            + f"</p><table>{rows}</table><p><small>"
            + translate("AboutDialog", "Bygger på %1").replace(
                "%1", translate("AboutDialog", THIRD_PARTY)) + "</small></p>")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("AboutDialog", "Luk"))
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)


def add_help_menu(window: QMainWindow) -> QAction:
    """Hjælp > Om KKR Desk (works before a database is open)."""
    window.help_menu = window.menuBar().addMenu(translate("about", "&Hjælp"))
    action = window.help_menu.addAction(translate("AboutDialog", "&Om %1 …").replace("%1", APP_NAME))
    action.setMenuRole(QAction.MenuRole.AboutRole)
    action.triggered.connect(lambda: AboutDialog(window).exec())
    window.about_action = action
    return action
