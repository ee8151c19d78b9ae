"""The enums' display labels in the window's language: core/enums keeps the Danish
(documents use them as they are); each is marked here for lupdate, and ``label`` shows
it translated. Every widget takes ``label`` from here, not from core/enums."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kkrdesk.core import enums
from kkrdesk.ui.i18n import translate

MARKED = (
    QT_TRANSLATE_NOOP("Enum", "Planlagt"),
    QT_TRANSLATE_NOOP("Enum", "Dagsorden udsendt"),
    QT_TRANSLATE_NOOP("Enum", "Afholdt"),
    QT_TRANSLATE_NOOP("Enum", "Referat udsendt"),
    QT_TRANSLATE_NOOP("Enum", "Referat godkendt"),
    QT_TRANSLATE_NOOP("Enum", "Aflyst"),
    QT_TRANSLATE_NOOP("Enum", "Udkast"),
    QT_TRANSLATE_NOOP("Enum", "Udsendt"),
    QT_TRANSLATE_NOOP("Enum", "Godkendt"),
    QT_TRANSLATE_NOOP("Enum", "Velkomst"),
    QT_TRANSLATE_NOOP("Enum", "Orientering"),
    QT_TRANSLATE_NOOP("Enum", "Drøftelse"),
    QT_TRANSLATE_NOOP("Enum", "Beslutning"),
    QT_TRANSLATE_NOOP("Enum", "Pause"),
    QT_TRANSLATE_NOOP("Enum", "Eventuelt"),
    QT_TRANSLATE_NOOP("Enum", "Deltog"),
    QT_TRANSLATE_NOOP("Enum", "Afbud"),
    QT_TRANSLATE_NOOP("Enum", "Fraværende"),
    QT_TRANSLATE_NOOP("Enum", "Stedfortræder"),
    QT_TRANSLATE_NOOP("Enum", "Fysisk"),
    QT_TRANSLATE_NOOP("Enum", "Online"),
    QT_TRANSLATE_NOOP("Enum", "Åben"),
    QT_TRANSLATE_NOOP("Enum", "I gang"),
    QT_TRANSLATE_NOOP("Enum", "Lukket"),
    QT_TRANSLATE_NOOP("Enum", "Opgivet"),
    QT_TRANSLATE_NOOP("Enum", "Kommune"),
    QT_TRANSLATE_NOOP("Enum", "Region"),
    QT_TRANSLATE_NOOP("Enum", "National organisation"),
    QT_TRANSLATE_NOOP("Enum", "Interesseorganisation"),
    QT_TRANSLATE_NOOP("Enum", "Leverandør"),
    QT_TRANSLATE_NOOP("Enum", "Anden"),
    QT_TRANSLATE_NOOP("Enum", "Netværk"),
    QT_TRANSLATE_NOOP("Enum", "Styregruppe"),
    QT_TRANSLATE_NOOP("Enum", "Projektgruppe"),
    QT_TRANSLATE_NOOP("Enum", "Arbejdsgruppe"),
    QT_TRANSLATE_NOOP("Enum", "Formand"),
    QT_TRANSLATE_NOOP("Enum", "Medlem"),
    QT_TRANSLATE_NOOP("Enum", "Suppleant"),
    QT_TRANSLATE_NOOP("Enum", "Sekretariat"),
    QT_TRANSLATE_NOOP("Enum", "Observatør"),
    QT_TRANSLATE_NOOP("Enum", "Oplægsholder/gæst"),
    QT_TRANSLATE_NOOP("Enum", "Projektejer"),
    QT_TRANSLATE_NOOP("Enum", "Seniorbruger"),
    QT_TRANSLATE_NOOP("Enum", "Projektleder"),
    QT_TRANSLATE_NOOP("Enum", "Seniorleverandør"),
    QT_TRANSLATE_NOOP("Enum", "Ny enhedstype"),
    QT_TRANSLATE_NOOP("Enum", "Ny specialekode"),
    QT_TRANSLATE_NOOP("Enum", "Omdøbning"),
    QT_TRANSLATE_NOOP("Enum", "Præciseret definition"),
    QT_TRANSLATE_NOOP("Enum", "Afklaring"),
    QT_TRANSLATE_NOOP("Enum", "Nedlæggelse"),
    QT_TRANSLATE_NOOP("Enum", "I høring"),
    QT_TRANSLATE_NOOP("Enum", "Input modtaget"),
    QT_TRANSLATE_NOOP("Enum", "Sendt til SDS"),
    QT_TRANSLATE_NOOP("Enum", "Afvist"),
    QT_TRANSLATE_NOOP("Enum", "Udmeldt i SNOMED-release"),
    QT_TRANSLATE_NOOP("Enum", "Støtter"),
    QT_TRANSLATE_NOOP("Enum", "Støtter med bemærkninger"),
    QT_TRANSLATE_NOOP("Enum", "Imod"),
    QT_TRANSLATE_NOOP("Enum", "Ingen bemærkninger"),
    QT_TRANSLATE_NOOP("Enum", "Enhedstype"),
    QT_TRANSLATE_NOOP("Enum", "Speciale"),
    QT_TRANSLATE_NOOP("Enum", "Idé"),
    QT_TRANSLATE_NOOP("Enum", "Analyse"),
    QT_TRANSLATE_NOOP("Enum", "Gennemførelse"),
    QT_TRANSLATE_NOOP("Enum", "Realisering"),
    QT_TRANSLATE_NOOP("Enum", "Afsluttet"),
    QT_TRANSLATE_NOOP("Enum", "Nået"),
    QT_TRANSLATE_NOOP("Enum", "Udskudt"),
    QT_TRANSLATE_NOOP("Enum", "Grøn"),
    QT_TRANSLATE_NOOP("Enum", "Gul"),
    QT_TRANSLATE_NOOP("Enum", "Rød"),
)


def label(value: StrEnum | None) -> str:
    """The label of an enum value in this run's language ('' for None)."""
    return translate("Enum", enums.label(value)) if value is not None else ""
