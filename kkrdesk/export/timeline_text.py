"""Every word the painted project timeline writes, in one plain value (no Qt), so the
painter needs no translation machinery: the documents (the status report's picture) keep
the Danish ones here; the Projekter tab passes its own in the window's language
(ui/projects/timeline_words)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kkrdesk.export.timeline_scale import when_text
from kkrdesk.views.projects import MilestoneView

MONTHS = ("jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
          "nov.", "dec.")


@dataclass(frozen=True)
class Words:
    """Every word the drawing writes. The documents (the status report's picture) keep
    these Danish ones; the Projekter tab passes its own in the window's language
    (ui/projects/timeline_words), so this exporter needs no translation machinery."""

    months: tuple[str, ...] = MONTHS
    today: str = "I dag {day}"
    cluster: str = "{n} milepæle"
    left_one: str = "+{n} milepæl uden etiket (se tabellen)"
    left_many: str = "+{n} milepæle uden etiket (se tabellen)"
    legend: tuple[str, ...] = ("Nået", "Planlagt", "Forsinket", "Status grøn", "gul", "rød")
    when: Callable[[MilestoneView], str] = when_text


DANISH_WORDS = Words()
