"""The names of the files in a mødepakke, and of the package: each safe on Windows,
macOS and Linux (no control or invisible characters, no character a file system
refuses, never a path of its own), a bilag sorting by its number, and no two names
alike in any case, since the package may be unpacked on a file system that ignores it."""

from __future__ import annotations

import re

from kkrdesk.core.danish import short_date
from kkrdesk.core.file_names import FALLBACK, clean_file_name, shorten
from kkrdesk.views.agenda import AttachmentView, MeetingDetail

# Characters Windows, macOS or Linux refuse in a file name, and the path separators.
_UNSAFE = re.compile(r'[\\/:*?"<>|]')


def bilag_name(att: AttachmentView) -> str:
    """'Bilag 9.1 - Webinar.pdf': sorts by number, safe on Windows, macOS and Linux, at
    most 200 characters with its extension kept."""
    return member_name(f"Bilag {att.number} - {att.filename}")


def member_name(name: str) -> str:
    """A name for a file in the package: cleaned (no control or invisible characters,
    one line), no character a file system refuses, never a path of its own."""
    return clean_file_name(_UNSAFE.sub("_", name)).lstrip(". ") or FALLBACK


def unique(name: str, taken: set[str]) -> str:
    """``name``, or 'name (2).ext' if a file of that name (in any case) is in ``taken``."""
    stem, dot, ext = name.rpartition(".") if "." in name.lstrip(".") else (name, "", "")
    n, candidate = 1, name
    while candidate.casefold() in taken:
        n += 1
        candidate = shorten(f"{stem} ({n}){dot}{ext}")
    taken.add(candidate.casefold())
    return candidate


def package_name(detail: MeetingDetail) -> str:
    return f"Mødepakke {short_date(detail.meeting.date)}"
