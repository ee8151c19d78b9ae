"""Lines of an agenda that are not items: headings that say the agenda begins
("Dagsorden", "Agenda", "Dagordning", "Tagesordnung"), day headings ("Lørdag:", "Day 2"),
page numbers and footers, links, table-of-contents lines, and the labels of the
document's own header fields ("Dato:", "Referent:", "Deltagere:").

Pure functions on strings; what a line that is an item begins with is
:mod:`kkrdesk.imports.agenda_markers`'."""

from __future__ import annotations

import re


_WORD = r"(?:dagsorden(?:en)?|agenda|dagordning(?:en)?|föredragningslista(?:n)?|tagesordnung|saksliste(?:n)?|programm?(?:e|et|met)?|mødeprogram(?:met)?|ordre du jour)"
_HEADING = re.compile(rf"^(?:(?:forel[øo]big|endelig|tentative|rough|revised|draft|final|foreslået)\s+)?{_WORD}\b[\s:.–-]*(.*)$", re.I)
_INTRO = re.compile(rf"\b{_WORD}\b", re.I)
_WEEKDAY = (r"(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tisdag|lördag|söndag|monday|"
            r"tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|"
            r"samstag|sonntag|mon|tues?|wed|thu(?:rs)?|fri|sat|sun|man|tirs?|ons|tors?|fre|lør|søn)\.?,?")
_MONTH = (r"(?:januar[iy]?|january|februar[iy]?|february|marts|march|mars|märz|april|maj|may|mai|juni|june|"
          r"juli|july|august[i]?|september|oktober|october|november|december|desember|dezember|"
          r"jan|feb|mar|apr|jun|jul|aug|sept?|okt|oct|nov|dec|des|dez)\.?")
_DAY = re.compile(
    r"^(?:day|dag|tag|dia|päivä)\s*\d{1,2}\b.*$"
    rf"|^{_WEEKDAY}(?:\s[^:]{{0,40}})?:?$"
    rf"|^(?:{_WEEKDAY}\s+)?(?:d\.\s*|den\s+)?\d{{1,2}}(?:\.|st|nd|rd|th|:e)?\s+{_MONTH}(?:\s+\d{{4}})?:?$"
    rf"|^(?:{_WEEKDAY}\s+)?{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?:?$", re.I)
_FOOTER = re.compile(r"^(?:\d{1,4}|\d{1,3}\s*/\s*\d{1,3}|side\s+\d+(?:\s*(?:af|/|of)\s*\d+)?|page\s+\d+(?:\s*of\s*\d+)?"
                     r"|sida\s+\d+(?:\s*av\s*\d+)?|\d{1,2}[-./]\d{1,2}[-./]\d{4}\d{1,3})$", re.I)
_LINK = re.compile(r"^(?:https?://|blob:|mailto:|www\.)\S*$", re.I)
_TOC = re.compile(r"(?:\.{5,}|…{3,}|(?:\. ){4,})\s*\d{0,4}\s*$")
_INFO = re.compile(
    r"^(?:date|dato|datum|time|tid|tidspunkt|location|place|sted|plats|ort|chair|chairman|ordstyrer|"
    r"ordförande|dirigent|minute taker|referent|note taker|attendees|participants|deltagere|deltakere|"
    r"deltagare|til stede|tilstede|present|afbud|forfall|fraværende|absent|key|project name|meeting name|"
    r"meeting facilitator|facilitator|meeting details|meeting invitees|meeting called by|type of meeting|"
    r"mødested|mødedato|møtested|emne|subject|re|fra|from|til|to|sendt|sent|cc)\s*:?\s*$", re.I)


def heading(text: str) -> bool:
    """A heading that says the agenda begins ("Dagsorden", "Agenda:", "Dagordning",
    "Dagsorden for mødet 5. marts", "Auf der Tagesordnung stehen folgende Themen.",
    "… med følgende dagsorden:")."""
    m = _HEADING.match(text)
    if m and len(m.group(1).split()) <= 8:
        return True
    words = len(text.split())
    end = text.rstrip()[-1:]
    return bool(_INTRO.search(text)) and (words <= 16 and end == ":" or words <= 10 and end == ".")


def bare_heading(text: str) -> bool:
    """A heading that is the word and nothing else, or a date ('Agenda', 'Dagsorden 18. juni 2025')."""
    m = _HEADING.match(text)
    return bool(m) and (not m.group(1) or not re.search(r"[^\W\d]{4,}", re.sub(
        r"\b(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|"
        r"mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|den|kl)\w*", "", m.group(1), flags=re.I)))


def day_heading(text: str) -> bool:
    """'Lørdag:', 'Day 2', 'DAY 1', 'Day 1 – Deep Learning & Image Processing'."""
    return bool(_DAY.match(text.strip())) and len(text.split()) <= 9


def noise(text: str) -> str | None:
    """Why a line is passed over: a page number, a footer, a link, a line of a table of
    contents (None: it is not noise)."""
    if _FOOTER.match(text):
        return "sidetal eller sidefod"
    if _LINK.match(text):
        return "link"
    if _TOC.search(text):
        return "indholdsfortegnelse"
    return None


def info_key(text: str) -> bool:
    """The label of a header field ('Date :', 'Location', 'Deltagere:', 'Meeting Details')."""
    return bool(_INFO.match(text.strip()))


def label_value(text: str) -> tuple[str, str] | None:
    """'Referent: Erling Grøn-Jensen' -> ('Referent', 'Erling Grøn-Jensen') for a known label."""
    key, sep, value = text.partition(":")
    if sep and info_key(key):
        return key.strip(), value.strip()
    return None
