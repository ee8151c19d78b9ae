"""The QApplication as KKR Desk wants it: names (QSettings finds its file by them),
the Danish locale, Qt's own texts in Danish, and a quiet offscreen platform."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from kkrdesk import APP_NAME, __version__
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
    danish = QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
    QLocale.setDefault(danish)
    _install_qt_translation(app, danish)
    return app


LANGUAGE_PROPERTY = "kkrdesk_language"  # the language given with --lang for this run


def set_language_override(app: QApplication, language: str | None) -> None:
    """``kkrdesk --lang da|en``: this run's language, whatever the settings say (the
    settings keep their own choice). The translations themselves are loaded by a later
    change; until then the choice is kept and shown in Filer > Indstillinger."""
    app.setProperty(LANGUAGE_PROPERTY, language or "")


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


def _install_qt_translation(app: QApplication, locale: QLocale) -> None:
    """Qt's own texts (Ja/Nej, Annuller, the text-field context menu) in Danish."""
    if getattr(app, "_kkr_translator", None) is not None:
        return
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(locale, "qtbase", "_", folder):
        app.installTranslator(translator)
        app._kkr_translator = translator
    # Texts newer Qt versions changed (accelerators added) and qtbase_da.qm lacks yet;
    # installed last, so it is asked first, and it answers only these.
    gaps = _QtGaps(app)
    app.installTranslator(gaps)
    app._kkr_gaps = gaps


class _QtGaps(QTranslator):
    TEXTS = {
        ("QFileDialog", "&Look in:"): "&Kig i:",
        ("QFileDialog", "Files of &type:"): "Filer af &type:",
        # the file dialog's Type column (Qt 6 moved these texts to a context the Danish
        # file has no entries for; its side bar's »Computer« is Danish already)
        ("QAbstractFileIconProvider", "Folder"): "Mappe",
        ("QAbstractFileIconProvider", "File Folder"): "Filmappe",
        ("QAbstractFileIconProvider", "Drive"): "Drev",
        ("QAbstractFileIconProvider", "Shortcut"): "Genvej",
        ("QAbstractFileIconProvider", "Alias"): "Alias",
        ("QAbstractFileIconProvider", "Unknown"): "Ukendt",
    }

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        return self.TEXTS.get((context, source))  # None: ask the next translator

    def isEmpty(self) -> bool:
        return False
