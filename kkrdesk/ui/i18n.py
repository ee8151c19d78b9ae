"""The window's language: Danish is the source text of every string, so a Danish run
loads nothing of ours, only Qt's own Danish (qtbase_da and the few texts it lacks); an
English run installs resources/translations/kkrdesk_en.qm (made by `make translations`
from kkrdesk_en.ts) and Qt's qtbase_en, and writes dates the English way (ui/dates).
Chosen once at start (``--lang`` or the setting): the language applies after a
restart, as the settings dialog says.

Module-level texts are marked with ``QT_TRANSLATE_NOOP("Context", "…")`` (lupdate
collects them) and translated where shown with ``translate("Context", text)``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from kkrdesk.core.paths import resource

LANGUAGES = ("da", "en")
LANGUAGE_KEY = "ui/language"  # the setting (Filer > Indstillinger …)
QM_FILE = "kkrdesk_en.qm"
DANISH = QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)

_state: dict = {"language": "da", "installed": {}}  # language -> its QTranslators


def language() -> str:
    """This run's interface language, "da" or "en"."""
    return _state["language"]


def stored_language() -> str:
    """The language the settings hold ("da" when none or a spoilt one), read alone: the
    rest of the settings (ui/preferences) wait until the first frame is painted."""
    value = QSettings().value(LANGUAGE_KEY)
    return str(value) if value in LANGUAGES else "da"


def translate(context: str, text: str) -> str:
    """``text`` (Danish, as marked in the source) in this run's language."""
    return QCoreApplication.translate(context, text)


class Counts:
    """Texts with a count, written ``Counts.tr("%n punkt|%n punkter", "", n)``: lupdate
    reads exactly that call shape as a plural (numerus) text, and the English .qm gives
    the form for ``n`` (Qt's %n). A Danish run loads no translation of ours, so the
    Danish source carries its own two forms, singular before the ``|``."""

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        found = QCoreApplication.translate("Counts", text, disambiguation or None, n)
        if found != text.replace("%n", str(n)):
            return found  # the English form of this n
        one, _bar, many = text.partition("|")
        return (one if n == 1 or not many else many).replace("%n", str(n))


def install(app, lang: str) -> None:
    """Make ``lang`` the language of the windows built from now on."""
    lang = lang if lang in LANGUAGES else "da"
    if lang == _state["language"] and _state["installed"]:
        return
    for translator in _state["installed"].pop(_state["language"], []):
        app.removeTranslator(translator)
    _state["installed"].clear()
    _state["language"] = lang
    QLocale.setDefault(ENGLISH if lang == "en" else DANISH)
    translators = [_qt_translator(app, ENGLISH if lang == "en" else DANISH)]
    if lang == "en":
        ours = QTranslator(app)
        translators.append(ours if ours.load(str(resource("translations", QM_FILE))) else None)
    else:  # asked first, it answers only the texts qtbase_da.qm lacks
        translators.append(_QtGaps(app))
    translators = [t for t in translators if t is not None]
    for translator in translators:
        app.installTranslator(translator)
    _state["installed"][lang] = translators


def install_danish_qt(app) -> None:
    """Qt's own texts (Ja/Nej, Annuller, the text-field context menu) in Danish: the
    start of every run, before --lang or the setting is known."""
    if not _state["installed"]:
        _state["language"] = ""
        install(app, "da")


def _qt_translator(app, locale: QLocale) -> QTranslator | None:
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(locale, "qtbase", "_", folder) else None


class _QtGaps(QTranslator):
    """Texts newer Qt versions changed (accelerators added) and qtbase_da.qm lacks yet."""
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


def shown(text) -> str:
    """A message from a lower layer (core/marked.Marked: a Danish text that remembers its
    source and arguments) in this run's language; any other text as it is. Arguments
    that are marked texts themselves are translated too."""
    from kkrdesk.core.marked import Day, LongDay, Marked

    if isinstance(text, LongDay):
        from kkrdesk.core.danish import long_date

        return long_date(text.date, language()).capitalize()
    if isinstance(text, Day):
        from kkrdesk.core.danish import day_month

        return f"{day_month(text.date, language())} {text.date.year}"
    if isinstance(text, BaseException):
  # an error whose message may be marked
        text = text.args[0] if text.args and isinstance(text.args[0], Marked) else str(text)
    if not isinstance(text, Marked):
        return str(text)
    if not text.args:  # untranslated: its own text (an enum's label may be lower-cased)
        found = translate(text.context, text.source)
        return str(text) if found == text.source else found
    return translate(text.context, text.source).format(
        **{k: shown(v) for k, v in text.args.items()})

