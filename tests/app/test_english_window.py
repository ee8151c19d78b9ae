"""The window in English (``--lang en``) shows no Danish interface text: a walk in a
process of its own (lang_walk.py: every tab, every page of its tab widgets, every dialog
its buttons and the menus open, the menus themselves) lists each visible text.

A leak is a text equal to a Danish source text that kkrdesk_en.ts translates into
something else: it was marked and translated, yet shown untranslated. Texts never marked
are caught by a word list of Danish (æ, ø, å, or a common Danish word) and held to a
ceiling that may only come down as more of the window is translated."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from reliability.killing import ROOT, env

sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402

WALK = Path(__file__).resolve().parent / "lang_walk.py"
DANISH_WORDS = re.compile(
    r"[æøåÆØÅ]|\b(og|til|med|ikke|fra|ved|er|den|det|ingen|alle|nyt?|vælg|tilføj|slet|ret|"
    r"gem|mødet?|punkt(et|er)?|forslag(et)?|deltagere?|afsendt|uger|dage|svar|fjern|ryd|"
    r"vis|skjul|indsæt|kopiér|flyt|op|ned|efter|før|eller|som|af|hvert?|mangler)\b", re.I)
# Texts that are the same in both languages or are names (SOR, KKR, KL, SDS, FK-OSS …).
SAME = re.compile(r"^[\W\d_]*$|^(SOR|KKR|KL|SDS|FK-OSS|OK|KKR Desk)\b")
# Measured on the demo: 79 distinct texts match the word list; 31 are data (names of
# people, municipalities, meetings, projects, proposals, the Danish welcome text), the
# other 48 interface texts composed with f-strings (counts, status lines, confirmations,
# hints) or written by views/ and the services, not yet translated.
DANISH_CEILING = 79
# Translated texts still shown in Danish, each for a known reason (to be fixed, not grown):
KNOWN_LEFT = {
    "Godkendt",  # the referat's state from views/agenda (a lower layer writes the label)
    "Velkomst",  # an item's kind in the agenda list, written by views/agenda
    "Styregruppe", "Projektgruppe",  # existing groups' names in Indsæt navne: data
}


def normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("&&", "\0").replace("&", "").replace("\0", "&")).strip(" :…")


def walk(db: Path) -> list[list[str]]:
    proc = subprocess.run([sys.executable, str(WALK), str(db)], capture_output=True,
                          text=True, env=env(), cwd=ROOT, timeout=240)
    lines = [ln.partition(" ") for ln in proc.stdout.splitlines()]
    assert proc.returncode == 0 and any(t == "ALIVE" for t, _, _ in lines), proc.stderr[-3000:]
    return [json.loads(v) for t, _, v in lines if t == "TEXT"]


def test_the_english_window_shows_no_translated_text_in_danish(seed_demo_template, tmp_path):
    db = tmp_path / "walk.sqlite"
    shutil.copy(seed_demo_template, db)
    seen = walk(db)
    sources = {normal(s) for (_c, s), en in translations.entries(translations.TS).items()
               if en and normal(en) != normal(s)}
    leaks = sorted({f"{place}: {text}" for place, text in seen
                    if normal(text) in sources and text not in KNOWN_LEFT})
    assert not leaks, "Danish in the English window:\n" + "\n".join(leaks)
    danish = sorted({text for _place, text in seen
                     if DANISH_WORDS.search(text) and not SAME.match(text)})
    assert len(danish) <= DANISH_CEILING, (
        f"{len(danish)} Danish texts in the English window (ceiling {DANISH_CEILING}):\n"
        + "\n".join(danish))
