"""The words of the Projekter tab's timeline drawing in the window's language (the
exported pictures keep export/timeline_paint's Danish ones)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kkrdesk.core.enums import MilestoneStatus
from kkrdesk.export.timeline_text import Words
from kkrdesk.ui.dates import month_year, short_date
from kkrdesk.ui.i18n import translate

MONTHS = (QT_TRANSLATE_NOOP("Timeline", "jan."), QT_TRANSLATE_NOOP("Timeline", "feb."),
          QT_TRANSLATE_NOOP("Timeline", "mar."), QT_TRANSLATE_NOOP("Timeline", "apr."),
          QT_TRANSLATE_NOOP("Timeline", "maj"), QT_TRANSLATE_NOOP("Timeline", "jun."),
          QT_TRANSLATE_NOOP("Timeline", "jul."), QT_TRANSLATE_NOOP("Timeline", "aug."),
          QT_TRANSLATE_NOOP("Timeline", "sep."), QT_TRANSLATE_NOOP("Timeline", "okt."),
          QT_TRANSLATE_NOOP("Timeline", "nov."), QT_TRANSLATE_NOOP("Timeline", "dec."))
LEGEND = (QT_TRANSLATE_NOOP("Timeline", "Nået"), QT_TRANSLATE_NOOP("Timeline", "Planlagt"),
          QT_TRANSLATE_NOOP("Timeline", "Forsinket"), QT_TRANSLATE_NOOP("Timeline", "Status grøn"),
          QT_TRANSLATE_NOOP("Timeline", "gul"), QT_TRANSLATE_NOOP("Timeline", "rød"))


def when(m) -> str:
    """"nået 17-09-2025", "august 2025", "17-09-2025" in the window's language."""
    if m.actual_on is not None:
        return translate("Timeline", "nået {day}").format(day=short_date(m.actual_on))
    if m.planned_on is None:
        return ""
    planned = month_year(m.planned_on) if m.planned_month_only else short_date(m.planned_on)
    if m.is_done and m.status == MilestoneStatus.REACHED:
        return translate("Timeline", "nået ({day})").format(day=planned)
    return planned


def window_words() -> Words:
    return Words(months=tuple(translate("Timeline", m) for m in MONTHS),
                 today=translate("Timeline", "I dag {day}"),
                 cluster=translate("Timeline", "{n} milepæle"),
                 left_one=translate("Timeline", "+{n} milepæl uden etiket (se tabellen)"),
                 left_many=translate("Timeline", "+{n} milepæle uden etiket (se tabellen)"),
                 legend=tuple(translate("Timeline", t) for t in LEGEND), when=when)
