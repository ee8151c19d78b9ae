"""Fremmøde og afbud in the referat's own sentences, from plain attendance rows:

    "Niels Vingborg (Roskilde Kommune) havde meldt afbud, og Sudarvili Vaithialingam
     (Ringsted Kommune) deltog i stedet."
    "Vivi Orthmann (Region Sjælland) havde meldt afbud."
    "Niels Rygaard (Aalborg Kommune) udeblev uden afbud."
    "Som gæster deltog Sabina Hedefeld Leopold (KOMBIT) og Iben Søgaard (MedCom)."

Shared by the Word and PDF referat; an English referat has its own sentences
(``lang="en"``), not the Danish ones word by word."""

from __future__ import annotations

from kkrdesk.core.danish import join_and
from kkrdesk.core.enums import AttendanceMode, AttendanceStatus
from kkrdesk.core.validate import strip_controls
from kkrdesk.export.doc_words import word
from kkrdesk.views.agenda import AttendanceView

PRESENT = (AttendanceStatus.PRESENT, AttendanceStatus.SUBSTITUTE)


def who(a: AttendanceView, *, mode: bool = False, lang: str = "da") -> str:
    """'Navn (Organisation)'; with ``mode`` 'Navn (Organisation, online)' for online."""
    name = a.name.strip()
    extra = [x for x in (a.organisation.strip(),
                         word("online", lang) if mode and a.mode == AttendanceMode.ONLINE
                         else "") if x]
    return f"{name} ({', '.join(extra)})" if extra else name


def members_present(rows: tuple[AttendanceView, ...]) -> list[AttendanceView]:
    """Members who took part, in the given order (substitutes included, guests not)."""
    return [a for a in rows if a.status in PRESENT and not a.is_guest]


def sentences(rows: tuple[AttendanceView, ...], lang: str = "da") -> list[str]:
    """The Fremmøde og afbud sentences, in the order a Danish referat gives them."""
    if lang == "en":
        return sentences_en(rows)
    out: list[str] = []
    stand_ins: dict[int, list[AttendanceView]] = {}
    for a in rows:
        if a.status == AttendanceStatus.SUBSTITUTE and a.substitute_for_id is not None:
            stand_ins.setdefault(a.substitute_for_id, []).append(a)
    apologies = [a for a in rows if a.status == AttendanceStatus.APOLOGIES]
    for a in apologies:
        subs = stand_ins.pop(a.person_id, [])
        if subs:
            verb = "deltog" if len(subs) == 1 else "deltog begge"
            out.append(f"{who(a)} havde meldt afbud, og "
                       f"{join_and([who(s, mode=True) for s in subs])} {verb} i stedet.")
        else:
            out.append(f"{who(a)} havde meldt afbud.")
    for subs in stand_ins.values():  # a stand-in for someone not recorded
        for s in subs:
            name = s.substitute_for_name.strip() or "et medlem"
            out.append(f"{who(s, mode=True)} deltog som stedfortræder for {name}.")
    absent = [a for a in rows if a.status == AttendanceStatus.ABSENT]
    if absent:
        out.append(f"{join_and([who(a) for a in absent])} udeblev uden afbud.")
    if not apologies and not absent:
        out.append("Der var ingen afbud.")
    guests = [a for a in rows if a.status in PRESENT and a.is_guest]
    if guests:
        word = "gæst" if len(guests) == 1 else "gæster"
        out.append(f"Som {word} deltog {join_and([who(g, mode=True) for g in guests])}.")
    return out


def _stand_ins(rows: tuple[AttendanceView, ...]) -> dict[int, list[AttendanceView]]:
    out: dict[int, list[AttendanceView]] = {}
    for a in rows:
        if a.status == AttendanceStatus.SUBSTITUTE and a.substitute_for_id is not None:
            out.setdefault(a.substitute_for_id, []).append(a)
    return out


def sentences_en(rows: tuple[AttendanceView, ...]) -> list[str]:
    """The same facts in the order of the Danish sentences, said in English."""
    def name(a, mode=False):
        return who(a, mode=mode, lang="en")

    def names(people, mode=False):
        return join_and([name(a, mode) for a in people], "en")

    out: list[str] = []
    stand_ins = _stand_ins(rows)
    apologies = [a for a in rows if a.status == AttendanceStatus.APOLOGIES]
    for a in apologies:
        subs = stand_ins.pop(a.person_id, [])
        if subs:
            verb = "attended" if len(subs) == 1 else "both attended"
            out.append(f"{name(a)} sent apologies, and {names(subs, True)} {verb} instead.")
        else:
            out.append(f"{name(a)} sent apologies.")
    for subs in stand_ins.values():  # a stand-in for someone not recorded
        for s in subs:
            whom = s.substitute_for_name.strip() or "a member"
            out.append(f"{name(s, True)} attended as a substitute for {whom}.")
    absent = [a for a in rows if a.status == AttendanceStatus.ABSENT]
    if absent:
        out.append(f"{names(absent)} did not attend and sent no apologies.")
    if not apologies and not absent:
        out.append("There were no apologies.")
    guests = [a for a in rows if a.status in PRESENT and a.is_guest]
    if guests:
        out.append(f"{names(guests, True)} attended as {'a guest' if len(guests) == 1 else 'guests'}.")
    return out


def _clean(text: str | None) -> str:
    return strip_controls(text or "").strip()


def person_line(a: AttendanceView | None, name: str) -> str:
    """»Name, Organisation«: a chair, a minute-taker or one attendee in the header."""
    org = a.organisation if a else ""
    return ", ".join(x for x in (_clean(name), _clean(org)) if x)


def attendee_line(a: AttendanceView, lang: str = "da") -> str:
    """One name in the header's Deltagere list, with why they are there when it is not as a
    member (stedfortræder for …, gæst, online)."""
    marks = []
    if a.status == AttendanceStatus.SUBSTITUTE:
        marks.append(word("stedfortræder for {name}", lang, name=_clean(a.substitute_for_name))
                     if _clean(a.substitute_for_name) else word("stedfortræder", lang))
    if a.is_guest:
        marks.append(word("gæst", lang))
    if a.mode == AttendanceMode.ONLINE and a.status != AttendanceStatus.APOLOGIES:
        marks.append(word("online", lang))
    text = person_line(a, a.name)
    return f"{text} ({', '.join(marks)})" if marks else text
