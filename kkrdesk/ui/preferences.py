"""The user's settings (Filer > Indstillinger …), declared once: each key, its default
and its type. Everything below ui/ takes these values as arguments (the exporters in
their options object), so QSettings is read here and nowhere lower.

The keys of settings that existed before the dialog are kept, so a user's earlier
choices (the author, the template, the SOR periods) carry over."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from PySide6.QtCore import QSettings

from kkrdesk.ui.i18n import LANGUAGE_KEY, LANGUAGES
from kkrdesk.views.agenda import DocumentOptions
from kkrdesk.views.sor import DEFAULT_ROUND_DAYS, DEFAULT_SDS_WEEKS

AUTHOR_KEY = "export/author"
TEMPLATE_KEY = "export/word_template"
EXPORT_FOLDER_KEY = "export/folder"  # a fixed folder; '' means the last one used
LAST_FOLDER_KEY = "export/last_folder"
CONTACT_KEY = "export/with_contact"  # "ask", "always" or "never"
TIME_SEP_KEY = "format/time_separator"  # "." (12.00, Danish standard) or ":" (12:00)
MEETING_START_KEY = "meeting/default_start"  # "12:00"
MEETING_MINUTES_KEY = "meeting/default_minutes"
SDS_WEEKS_KEY = "sor/sds_weeks"  # how long SDS has to answer
ROUND_DAYS_KEY = "sor/round_days"  # a round's usual period from sending to the deadline

TIME_SEPARATORS = (".", ":")
CONTACT_CHOICES = ("ask", "always", "never")
ROUND_DAYS_RANGE = (1, 180)
SDS_WEEKS_RANGE = (1, 52)
MEETING_MINUTES_RANGE = (15, 720)


@dataclass(frozen=True)
class Preferences:
    author: str = DocumentOptions.author
    template: str = ""  # '' is the built-in template
    time_sep: str = "."
    meeting_start: dt.time = dt.time(12, 0)
    meeting_minutes: int = 180
    round_days: int = DEFAULT_ROUND_DAYS
    sds_weeks: int = DEFAULT_SDS_WEEKS
    export_folder: str = ""  # '' is the last folder used
    contact: str = "ask"
    language: str = "da"

    def meeting_times(self) -> tuple[dt.time, dt.time]:
        """A new meeting's start and end (the end at most 23.59 the same day)."""
        start = self.meeting_start.hour * 60 + self.meeting_start.minute
        end = min(start + self.meeting_minutes, 23 * 60 + 59)
        return self.meeting_start, dt.time(end // 60, end % 60)


KEYS = {"author": AUTHOR_KEY, "template": TEMPLATE_KEY, "time_sep": TIME_SEP_KEY,
        "meeting_start": MEETING_START_KEY, "meeting_minutes": MEETING_MINUTES_KEY,
        "round_days": ROUND_DAYS_KEY, "sds_weeks": SDS_WEEKS_KEY,
        "export_folder": EXPORT_FOLDER_KEY, "contact": CONTACT_KEY, "language": LANGUAGE_KEY}
DEFAULT = Preferences()


def _int(value, default: int, bounds: tuple[int, int]) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return number if bounds[0] <= number <= bounds[1] else default


def _time(value, default: dt.time) -> dt.time:
    try:
        hours, minutes = str(value).split(":")
        return dt.time(int(hours), int(minutes))
    except (TypeError, ValueError):
        return default


def _choice(value, default: str, choices: tuple[str, ...]) -> str:
    return str(value) if str(value) in choices else default


def load(settings: QSettings | None = None) -> Preferences:
    """The stored settings; a value missing or spoilt (edited by hand) is the default."""
    s = settings or QSettings()
    raw = {name: s.value(key) for name, key in KEYS.items()}
    d = DEFAULT
    return Preferences(
        author=str(raw["author"] or "").strip() or d.author,
        template=str(raw["template"] or ""),
        time_sep=_choice(raw["time_sep"], d.time_sep, TIME_SEPARATORS),
        meeting_start=_time(raw["meeting_start"], d.meeting_start),
        meeting_minutes=_int(raw["meeting_minutes"], d.meeting_minutes, MEETING_MINUTES_RANGE),
        round_days=_int(raw["round_days"], d.round_days, ROUND_DAYS_RANGE),
        sds_weeks=_int(raw["sds_weeks"], d.sds_weeks, SDS_WEEKS_RANGE),
        export_folder=str(raw["export_folder"] or ""),
        contact=_choice(raw["contact"], d.contact, CONTACT_CHOICES),
        language=_choice(raw["language"], d.language, LANGUAGES),
    )


def _stored(value) -> object:
    if isinstance(value, dt.time):
        return f"{value.hour:02d}:{value.minute:02d}"
    return value


def save(prefs: Preferences, settings: QSettings | None = None) -> None:
    """Write every setting. An empty template or folder is removed (the default), and so
    is the documents' default author: a name is stored only when one was typed, so the
    SOR history names nobody until then (ui.context.secretary_name)."""
    s = settings or QSettings()
    for f in fields(prefs):
        value = _stored(getattr(prefs, f.name))
        if (value == "" and f.name in ("template", "export_folder")) or (
                f.name == "author" and value == DEFAULT.author):
            s.remove(KEYS[f.name])
        else:
            s.setValue(KEYS[f.name], value)
    s.sync()
