"""The Excel overview in English (``OverviewOptions(lang="en")``): its sheet names, its
column headers and the fixed words in its cells (statuses, kinds, roles, Ja/Nej, the
SOR warnings), put into English after the Danish sheets are built.

Why after, in one place: the sheet builders stay as they are (Danish is the source),
and only the columns listed here as holding fixed words have their cells translated,
so a name, a title or a note typed by a user is never touched, even when it happens to
be a Danish word ("Analyse", "Pause")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kkrdesk.export.doc_words import ENUM_EN
from kkrdesk.export.xlsx_common import Sheet

SHEETS_EN = {
    "Medlemmer": "Members", "Medlemshistorik": "Membership history",
    "Fremmøde": "Attendance", "Fremmøde pr. person": "Attendance by person",
    "Fremmøde pr. organisation": "Attendance by organisation",
    "SOR-forslag": "SOR proposals", "SOR-høringsrunder": "SOR consultation rounds",
    "SOR-høringssvar": "SOR consultation responses", "Projekter": "Projects",
    "Milepæle": "Milestones", "Projektorganisation": "Project organisation",
    "Finansiering": "Financing", "Møder": "Meetings", "Opfølgning": "Action items",
}

HEADERS_EN = {
    "Navn": "Name", "Titel": "Job title", "Organisation": "Organisation", "Region": "Region",
    "KKR": "KKR", "Rolle": "Role", "Udpeget af": "Appointed by", "Fra": "From", "Til": "To",
    "E-mail": "E-mail", "Telefon": "Phone", "Har overtaget pladsen efter": "Took the seat of",
    "Status": "Status", "Afløst af": "Succeeded by", "Bemærkning": "Note", "Dato": "Date",
    "Møde": "Meeting", "Form": "Mode", "Stedfortræder for": "Substitute for", "Gæst": "Guest",
    "Deltager som": "Takes part as", "Møder": "Meetings", "Deltog": "Attended",
    "Afbud": "Apologies", "Fraværende": "Absent", "Ikke registreret": "Not recorded",
    "Fremmøde": "Attendance", "Personer": "People",
    "Møder med fremmøde": "Meetings attended", "Personfremmøder": "Attendances",
    "Nr.": "No.", "Forslag": "Proposal", "Type": "Type", "Nuværende navn": "Current name",
    "Nuværende kode": "Current code", "Foreslået navn": "Proposed name",
    "Relaterede koder": "Related codes", "Status siden": "Status since", "Advarsel": "Warning",
    "Høringsrunde": "Consultation round", "Modtagere": "Recipients", "Sendt": "Sent",
    "Frist": "Deadline", "Besvaret": "Answered", "Høringssvar": "Responses",
    "Modtaget": "Received", "Holdning": "Position", "Gælder": "Concerns", "Svar": "Response",
    "Projekt": "Project", "Fase": "Phase", "Status pr.": "Status as of",
    "Seneste statusnotat": "Latest status note", "Projektejer": "Project owner",
    "Start": "Start", "Dokumenter": "Documents", "Næste milepæl": "Next milestone",
    "Næste milepæl planlagt": "Next milestone planned",
    "Forsinkede milepæle": "Overdue milestones", "Beskrivelse": "Description",
    "Milepæl": "Milestone", "Planlagt": "Planned", "Kun måned": "Month only",
    "Planlagt (tekst)": "Planned (text)", "Nået": "Reached", "Forsinket": "Overdue",
    "Gruppe": "Group", "Medlem": "Member", "Kilde": "Source", "Model": "Model",
    "Beløb (kr.)": "Amount (DKK)", "År": "Year", "Sted": "Venue",
    "Mødeleder": "Chair", "Referent": "Minute-taker", "Referat": "Minutes",
    "Udsendt": "Sent", "Godkendt": "Approved", "Godkendt på mødet": "Approved at meeting",
    "Punkt": "Item", "Hvad": "What", "Hvem": "Who", "Hvornår": "Due", "Lukket": "Closed",
}
# The Møder sheet's "Titel" is a meeting's title, the members' a person's job title.
TITLE_BY_SHEET = {"Møder": "Title"}

WORDS_EN = {**ENUM_EN, "Ja": "Yes", "Nej": "No", "Kommende": "Upcoming",
            "Nuværende": "Current", "Tidligere": "Former", "Gæst": "Guest",
            "Hele runden": "The whole round"}

# The columns (Danish sheet, Danish header) whose cells hold only fixed words.
WORD_COLUMNS = {
    "Medlemmer": {"Rolle"}, "Medlemshistorik": {"Rolle", "Status"},
    "Fremmøde": {"Status", "Form", "Gæst"}, "Fremmøde pr. person": {"Deltager som"},
    "SOR-forslag": {"Type", "Status"}, "SOR-høringssvar": {"Holdning", "Gælder"},
    "Projekter": {"Fase", "Status"}, "Milepæle": {"Kun måned", "Status", "Forsinket"},
    "Projektorganisation": {"Rolle"}, "Møder": {"Status", "Referat"},
    "Opfølgning": {"Status"},
}
WARNING_COLUMNS = {"SOR-forslag": "Advarsel", "SOR-høringsrunder": "Advarsel"}

_SENT = r"(?: \(sendt (\d{1,2})\. ([a-zæøå]+) (\d{4})\)$)?"
_WARNINGS = (  # the SOR warnings (views/sor.py), each at the start of a "; "-part
    (re.compile(r"Intet svar fra SDS efter (\d+) uger?" + _SENT),
     lambda m: f"No answer from SDS after {_n(m[1], 'week')}{_sent(m)}"),
    (re.compile(r"Frist for input overskredet med (\d+) dage?"),
     lambda m: f"Deadline for input passed by {_n(m[1], 'day')}"),
    (re.compile(r"Frist overskredet med (\d+) dage?"),
     lambda m: f"Deadline passed by {_n(m[1], 'day')}"),
)


def _n(count: str, unit: str) -> str:
    return f"{count} {unit}{'' if count == '1' else 's'}"


def _sent(m: re.Match) -> str:
    """' (sent 17 June 2025)' for the Danish ' (sendt 17. juni 2025)' ('' without one)."""
    from kkrdesk.core.danish import MONTHS, MONTHS_EN

    if m.lastindex is None or m.lastindex < 4 or m[3] not in MONTHS:
        return ""
    return f" (sent {int(m[2])} {MONTHS_EN[MONTHS.index(m[3])]} {m[4]})"


def warning_en(text):
    """A cell of SOR warnings in English; a round's title in it stays as typed."""
    if not isinstance(text, str) or not text:
        return text
    parts = []
    for part in text.split("; "):
        for pattern, english in _WARNINGS:
            if (m := pattern.match(part)) is not None:
                part = english(m) + part[m.end():]
                break
        parts.append(part)
    return "; ".join(parts)


def _header(sheet: str, header: str) -> str:
    if header == "Titel" and sheet in TITLE_BY_SHEET:
        return TITLE_BY_SHEET[sheet]
    return HEADERS_EN.get(header) or ENUM_EN.get(header, header)  # SOR steps: enum labels


def sheet_en(sh: Sheet) -> Sheet:
    words = WORD_COLUMNS.get(sh.title, set())
    warning = WARNING_COLUMNS.get(sh.title)
    fix = {}
    for i, col in enumerate(sh.columns):
        if col.header in words:
            fix[i] = lambda v: WORDS_EN.get(v, v) if isinstance(v, str) else v
        elif col.header == warning:
            fix[i] = warning_en
    rows = [[fix[i](v) if i in fix else v for i, v in enumerate(row)] for row in sh.rows]
    cols = [replace(c, header=_header(sh.title, c.header)) for c in sh.columns]
    return replace(sh, title=SHEETS_EN.get(sh.title, sh.title), columns=cols, rows=rows,
                   lang="en")


def localised(sheets: Sequence[Sheet], lang: str) -> list[Sheet]:
    """``sheets`` in ``lang`` ("da": as they are)."""
    return list(sheets) if lang != "en" else [sheet_en(sh) for sh in sheets]
