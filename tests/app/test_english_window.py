"""The window in English (``--lang en``) shows no Danish interface text: a walk in a
process of its own (lang_walk.py: every tab, every page of its tab widgets, every dialog
and confirmation its buttons and the menus open, the menus themselves, a search, and the
accessible names and tool tips of the controls) lists each visible text.

Interface and data are told apart by the database the window shows: the demo's names,
meetings, agenda titles, organisations and proposals are Danish data and stay Danish.
Every text value in the database (read after the walk, so what the walk made is in it)
is data: a shown text equal to one is data; within a longer text each one is taken out,
and what is left is interface. A database value that is also a text the window
translates (an item called "Velkomst", a decision "Godkendt") counts as data only when
it is the whole text shown. What is left must hold no Danish: no æ, ø or å, no common
Danish word, and no text that kkrdesk_en.ts translates shown untranslated. No ceiling,
no allow-list; a planted Danish label proves the check fails."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reliability.killing import ROOT, env

sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402

WALK = Path(__file__).resolve().parent / "lang_walk.py"
DANISH_WORDS = re.compile(
    r"[æøåÆØÅ]|\b(og|til|med|ikke|fra|ved|er|den|det|ingen|alle|nyt?|vælg|tilføj|slet|ret|"
    r"gem|mødet?|punkt(et|er)?|forslag(et)?|deltagere?|afsendt|uger|dage|svar|fjern|ryd|"
    r"vis|skjul|indsæt|kopiér|flyt|op|ned|efter|før|eller|som|af|hvert?|mangler|"
    r"referat(et)?|dagsorden(en)?|fremmøde|afbud|siden|senest|frist|linje|navn|"
    r"bagud|foran|(?-i:kl)(?=\.)|min\. i alt|udkast|låst|mødeleder|referent|oplæg|bilag|"
    r"højst|skriv|tilbage|næste|luk|fortryd|annuller|søg|ja|nej)\b", re.I)
# Names that are the same in both languages (organisations and the app's own name).
SAME = re.compile(r"^[\W\d_]*$|^(SOR|KKR|KL|SDS|FK-OSS|OK|KKR Desk)$")


def normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("&&", "\0").replace("&", "").replace("\0", "&")).strip(" :…")


def walk(db: Path, *extra: str) -> list[list[str]]:
    proc = subprocess.run([sys.executable, str(WALK), str(db), *extra], capture_output=True,
                          text=True, env=env(), cwd=ROOT, timeout=300)
    lines = [ln.partition(" ") for ln in proc.stdout.splitlines()]
    assert proc.returncode == 0 and any(t == "ALIVE" for t, _, _ in lines), proc.stderr[-3000:]
    return [json.loads(v) for t, _, v in lines if t in ("TEXT", "HEADING")]


def database_texts(db: Path) -> set[str]:
    """Every text value of every table: the data the window may show as it is."""
    con = sqlite3.connect(db)
    try:
        found = set()
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            columns = [c[1] for c in con.execute(f'PRAGMA table_info("{table}")')]
            for column in columns:
                for (value,) in con.execute(f'SELECT DISTINCT "{column}" FROM "{table}" '
                                            f'WHERE typeof("{column}") = \'text\''):
                    found.update(v.strip() for v in [value, *value.splitlines()] if v.strip())
        return found
    finally:
        con.close()


def interface_sources() -> set[str]:
    """The Danish texts the window translates (into something else)."""
    return {normal(s) for (_c, s), en in translations.entries(translations.TS).items()
            if en and normal(en) != normal(s)}


def danish_left(seen: list[list[str]], data: set[str]) -> list[str]:
    """Each shown text whose interface part (the text without its data) is Danish."""
    sources = interface_sources()
    parts = sorted((d for d in data if len(d) >= 3 and normal(d) not in sources),
                   key=len, reverse=True)
    found = set()
    for place, text in seen:
        if text.strip() in data or normal(text) in data:
            continue  # a name, a title, a decision: data shown as it is
        rest = text
        for d in parts:
            if d in rest:
                rest = rest.replace(d, " ")
        if normal(text) in sources or (DANISH_WORDS.search(rest) and not SAME.match(rest.strip())):
            found.add(f"{place}: {text}")
    return sorted(found)


@pytest.fixture(scope="module")
def walked(seed_demo_template, tmp_path_factory):
    db = tmp_path_factory.mktemp("english") / "walk.sqlite"
    shutil.copy(seed_demo_template, db)
    data = database_texts(db)
    seen = walk(db, "plant")
    return seen, data | database_texts(db)


def test_the_english_window_shows_no_danish_interface_text(walked):
    seen, data = walked
    from lang_walk import PLANTED

    left = [t for t in danish_left(seen, data) if PLANTED not in t]
    assert not left, "Danish in the English window:\n" + "\n".join(left)


def test_the_walk_saw_the_window_its_dialogs_and_the_search(walked):
    seen, _data = walked
    places = {place.split(" > ")[0] for place, _t in seen}
    dialogs = {place for place, _t in seen if " > " in place}
    assert {"Dagsorden / (first)", "SOR-forslag / (first)", "Projekter / (first)",
            "Deltagere / (first)", "menu", "search", "window"} <= places
    assert len(dialogs) >= 60, sorted(dialogs)
    assert any(place.endswith("> Settings") for place in dialogs)  # the settings dialog
    assert any("Delete" in place for place in dialogs)  # confirmations
    assert any(place == "search" and text.startswith("Meetings (") for place, text in seen)


def test_a_planted_danish_label_is_found(walked):
    seen, data = walked
    from lang_walk import PLANTED

    assert f"SOR-forslag / planted: {PLANTED}" in danish_left(seen, data)


def test_data_is_told_from_interface():
    data = {"Identitetssløring i kommunerne", "Velkomst", "Poul Erik Kristensen"}
    seen = [["p", "Delete “Identitetssløring i kommunerne” with its milestones?"],
            ["p", "Velkomst"],  # an item's title, shown whole
            ["p", "Slet “Identitetssløring i kommunerne”?"],  # Danish around data
            ["p", "Chair: Poul Erik Kristensen"],
            ["p", "Mødeleder: Poul Erik Kristensen"]]
    assert danish_left(seen, data) == ["p: Mødeleder: Poul Erik Kristensen",
                                       "p: Slet “Identitetssløring i kommunerne”?"]
