"""The English referat's own sentences and marks, and a catalogue with every word the
documents ask it for (a word missing from it would stay Danish in an English file)."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

from kkrdesk.core.enums import AttendanceMode, AttendanceStatus, ItemKind
from kkrdesk.export import doc_words
from kkrdesk.export.attendance_text import sentences
from kkrdesk.export.minutes_state import minutes_mark, missing
from kkrdesk.views.agenda import AttendanceView, DocumentOptions

S = AttendanceStatus
EXPORT = Path(doc_words.__file__).parent
DANISH_ONLY = {"sor_docx.py", "status_docx.py"}  # the SOR summary, the status report


def row(pid, name, org, status, *, sub_for=None, sub_name="", guest=False, online=False):
    return AttendanceView(pid, name, org, status,
                          AttendanceMode.ONLINE if online else AttendanceMode.IN_PERSON,
                          sub_for, sub_name, guest, "")


def test_attendance_in_english_sentences():
    rows = (row(1, "Vivi Orthmann", "Region Sjælland", S.APOLOGIES),
            row(7, "Sudarvili Vaithialingam", "Ringsted Kommune", S.SUBSTITUTE, sub_for=1,
                online=True),
            row(2, "Niels Rygaard", "Aalborg Kommune", S.ABSENT),
            row(3, "Tom Have Kristensen", "Aalborg Kommune", S.ABSENT),
            row(8, "Anna Berg", "", S.SUBSTITUTE, sub_for=99, sub_name=""),
            row(5, "Iben Søgaard", "MedCom", S.PRESENT, guest=True, online=True))
    assert sentences(rows, "en") == [
        "Vivi Orthmann (Region Sjælland) sent apologies, and Sudarvili Vaithialingam "
        "(Ringsted Kommune, online) attended instead.",
        "Anna Berg attended as a substitute for a member.",
        "Niels Rygaard (Aalborg Kommune) and Tom Have Kristensen (Aalborg Kommune) did not "
        "attend and sent no apologies.",
        "Iben Søgaard (MedCom, online) attended as a guest.",
    ]
    assert sentences((row(4, "Poul Erik Kristensen", "KL", S.PRESENT),), "en") == [
        "There were no apologies."]


def test_item_kinds_are_written_out_in_english():
    short, long = DocumentOptions(lang="en"), DocumentOptions(lang="en", kind_marks="long")
    assert doc_words.item_mark(short, ItemKind.DECISION) == ("\u00a0(for decision)", "")
    assert doc_words.item_mark(long, ItemKind.ANNOUNCEMENT) == ("", "For information")
    assert doc_words.item_mark(short, ItemKind.BREAK) == ("", "")
    assert doc_words.item_mark(DocumentOptions(), ItemKind.DECISION) == ("\u00a0(B)", "")


def test_the_referat_state_in_english(seed_demo_store):
    """The demo as written: no referent, attendance or decision on the (B) item yet."""
    from kkrdesk.services.agenda import meetings

    june18 = meetings.find_by_date(seed_demo_store, dt.date(2025, 6, 18)).id
    detail = meetings.get_detail(seed_demo_store, june18)
    before = dt.date(2025, 6, 1)
    assert minutes_mark(detail.meeting, before, "en") == (
        "Draft minutes", "Draft – the meeting has not been held yet",
        "The meeting has not been held yet: this is a draft, not the minutes.")
    assert minutes_mark(detail.meeting, dt.date(2025, 7, 1), "en") == (
        "Draft minutes", "Draft", "Draft, not sent yet")
    assert missing(detail, "en") == "venue, minute-taker, attendance and decision on item 8"


def _asked_words() -> set[str]:
    """Every literal the export modules of the English documents pass to word(), w() or
    info() as the text."""
    found = set()
    for path in (p for p in EXPORT.glob("*.py") if p.name not in DANISH_ONLY):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            first = node.args[0]
            if name in ("word", "w", "info") and isinstance(first, ast.Constant) \
                    and isinstance(first.value, str):
                found.add(first.value)
    return found


def test_every_word_asked_for_has_its_english():
    asked = _asked_words()
    assert len(asked) >= 45
    assert sorted(w for w in asked if w not in doc_words.EN) == []
