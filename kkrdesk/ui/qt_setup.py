"""The QApplication as KKR Desk wants it: names (QSettings finds its file by them),
the Danish locale, Qt's own texts in Danish, and a quiet offscreen platform."""

from __future__ import annotations

import sys

from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from kkrdesk import APP_NAME, __version__
from kkrdesk.ui import i18n
from kkrdesk.ui.about import app_icon
from kkrdesk.ui.accessible import watch_dialogs


def application(name_dialogs: bool = True) -> QApplication:
    """``name_dialogs=False``: the start-up installs the dialog namer itself once the
    window is painted (``watch_dialogs``), so the thousands of events of building and
    painting the first screen do not each pass through a Python event filter."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("KKRDesk")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())  # every window's and the task bar's (resources/icons)
    if name_dialogs:
        watch_dialogs(app)  # every dialog's controls named when shown (ui/accessible)
    if app.platformName() == "offscreen":
        _quiet_offscreen_warning()
    i18n.install_danish_qt(app)  # the Danish locale and Qt's Danish texts, until --lang says
    return app


LANGUAGE_PROPERTY = "kkrdesk_language"  # the language given with --lang for this run


def set_language_override(app: QApplication, language: str | None) -> None:
    """``kkrdesk --lang da|en``: this run's language, whatever the settings say (the
    settings keep their own choice); without it the stored setting. Its translations are
    loaded here, before the first window is built (ui/i18n)."""
    app.setProperty(LANGUAGE_PROPERTY, language or "")
    i18n.install(app, language or i18n.stored_language())


def language_override() -> str | None:
    app = QApplication.instance()
    value = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return str(value) if value else None


def language(stored: str) -> str:
    """The language of this run: --lang if it was given, else the stored setting."""
    return language_override() or stored


_previous_handler = None


def _quiet_offscreen_warning() -> None:
    """The offscreen platform (tests, --smoke, --screenshot on a server) warns that it
    cannot resize a shown window; that line is noise on stderr, where the one-line
    error of a bad database must stand alone. Other messages pass on unchanged."""
    global _previous_handler
    if _previous_handler is not None:
        return

    def handler(mode, context, message):
        if "propagateSizeHints" in message:
            return
        if callable(_previous_handler):
            _previous_handler(mode, context, message)
        else:
            sys.stderr.write(message + "\n")

    _previous_handler = qInstallMessageHandler(handler) or True
