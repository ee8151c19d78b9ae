"""Whatever a user typed or pasted exports, and the file opens again with the text in it:
control characters, emoji, right-to-left marks, 50,000 characters, anything at all."""

from __future__ import annotations

import tempfile
from pathlib import Path

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pytest

from hostile import LONG, kept, shown
from kkrdesk.export.agenda_docx import export_agenda
from kkrdesk.export.minutes_docx import export_minutes
from test_export_docx import flat, small_detail, texts


def norm(text: str) -> str:
    """The text as the document must show it, worked out without the product's own
    sanitiser (tests/hostile.py says which characters go)."""
    return shown(kept(text, nfc=False))


HOSTILE = {
    "title": "Velkomst\x00\x07\x1b[31m\x0b\x0c med styretegn\ufffe\uffff",
    "notes": "Emoji 😀👩‍👩‍👧 og højre-mod-venstre \u200fשלום עולם\u200e og \u202eomvendt\u202c\r\nny linje",
    "decision": "Beslutning\x85 med C1 \x9f og \ud800 enlig surrogat",
    "what": "Følge op \t med tabulator og \u2028 linjeseparator",
}


def test_control_characters_emoji_and_rtl_marks_export_and_open_again(tmp_path):
    check_hostile_export(tmp_path)


def test_a_sanitiser_that_drops_letters_is_caught(tmp_path, monkeypatch):
    """The expectation above is the test's own: were the product's strip_controls to
    drop every letter "a", the test would fail."""
    import kkrdesk.export.docx_blocks as blocks

    real = blocks.strip_controls
    monkeypatch.setattr(blocks, "strip_controls", lambda text: real(text).replace("a", ""))
    with pytest.raises(AssertionError):
        check_hostile_export(tmp_path)


def check_hostile_export(tmp_path):
    detail = small_detail(**HOSTILE)
    for export in (export_agenda, export_minutes):
        out = export(detail, tmp_path / f"{export.__name__}.docx")
        whole = flat(docx.Document(str(out)))
        assert norm(HOSTILE["title"]) in whole
        if export is export_minutes:
            for key in ("notes", "decision", "what"):
                assert norm(HOSTILE[key]) in whole, key
            assert "\x00" not in whole and "\x1b" not in whole
            assert "😀👩‍👩‍👧" in whole and "\u200fשלום עולם\u200e" in whole


def test_a_hundred_thousand_characters_everywhere(tmp_path):
    words = LONG  # 100,000 characters with Danish letters, emoji and right-to-left text
    solid = "x" * 100_000  # no place to break a line: must wrap, not clip
    detail = small_detail(title=words, notes=words, decision=solid, what=solid, who=words)
    out = export_minutes(detail, tmp_path / "lang.docx")
    doc = docx.Document(str(out))
    whole = flat(doc)
    assert norm(words) in whole and solid in whole
    assert max(len(t) for t in texts(doc)) >= 100_000


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=st.text(max_size=80), notes=st.text(max_size=200), decision=st.text(max_size=120),
       what=st.text(max_size=80))
def test_any_text_exports_and_reads_back(title, notes, decision, what):
    detail = small_detail(title=title, notes=notes, decision=decision, what=what)
    with tempfile.TemporaryDirectory() as folder:
        out = export_minutes(detail, Path(folder) / "referat.docx")
        whole = flat(docx.Document(str(out)))
    for text in (title, notes, decision, what):
        assert norm(text) in whole
