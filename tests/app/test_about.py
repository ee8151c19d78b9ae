"""Issue 23, item 6: Hjælp > Om KKR Desk says the version, the licence and the Python
and Qt versions; the application has an icon of its own (window, task bar, the frozen
build's .ico/.icns). On main there was no Hjælp menu and no icon."""

from __future__ import annotations

import platform
import tomllib

from PySide6.QtCore import QTimer, qVersion
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from locations import ROOT as REPO
from kkrdesk.ui.main_window import MainWindow
from kkrdesk.ui.qt_setup import application

ICON_BLUE = QColor("#1f4e79")


def _pyproject_version() -> str:
    return tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]


def _open_about(qtbot, window):
    seen = []

    def look():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, look)
            return
        seen.append((box.windowTitle(), box.text.text(), box.grab().toImage()))
        box.reject()

    QTimer.singleShot(0, look)
    menu = window.menuBar().actions()[-1]
    assert menu.text() == "&Hjælp"
    about = menu.menu().actions()[0]
    assert about.text() == "&Om KKR Desk …"
    about.trigger()
    return seen[0]


def test_the_about_box_says_version_licence_python_and_qt(qtbot, tmp_path):
    application()
    window = MainWindow(None)  # the frame alone: Hjælp works before a database is open
    qtbot.addWidget(window)
    title, text, picture = _open_about(qtbot, window)
    assert title == "Om KKR Desk"
    assert f"<b>Version</b>&nbsp;&nbsp;</td><td>{_pyproject_version()}<" in text
    assert "<b>Licens</b>" in text
    assert platform.python_version() in text and qVersion() in text
    picture.save(str(tmp_path / "about.png"))
    # the icon is drawn in the box's top left corner (the screenshot check)
    corner = [picture.pixelColor(x, y) for x in range(10, 110, 4) for y in range(10, 110, 4)]
    assert sum(c == ICON_BLUE for c in corner) > 50


def test_the_application_and_the_window_have_the_icon(qtbot):
    app = application()
    window = MainWindow(None)
    qtbot.addWidget(window)
    for icon in (app.windowIcon(), window.windowIcon()):
        assert not icon.isNull()
        assert icon.pixmap(64, 64).toImage().pixelColor(32, 4) == ICON_BLUE
    for name in ("kkrdesk.png", "kkrdesk.ico", "kkrdesk.icns"):  # build.spec's ICONS
        image = QImage(str(REPO / "resources" / "icons" / name))
        assert not image.isNull() and image.width() >= 256, name
