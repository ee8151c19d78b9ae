"""The fixed words of the documents a reader from abroad gets (the Word agenda and
referat with their PDF copies, the Excel overview, the invitation .eml and the .ics), in
English; Danish is their source and their default.

Why a catalogue keyed on the Danish text, and the language a plain field of each
document's options (``DocumentOptions.lang``, ``CalendarMeeting.lang``,
``OverviewOptions.lang``), rather than Qt's translator: the exporters run from the
command line without a QApplication and never import Qt widgets, and a document's
language is the reader's, not the window's (an English window may write a Danish
referat, and the other way round). The field rides along as the clock separator does,
so the data flow does not change. Keyed on the Danish text, every place that writes a
word stays as it reads today with ``word(..., lang)`` around it, and a Danish document
is the same text as before. User data (titles, names, decisions) never passes here.

The SOR summary and the status report are Danish only: their readers are Danish
authorities and the network itself."""

from __future__ import annotations

from kkrdesk.core.enums import ItemKind
from kkrdesk.core.enums import label as danish_label
from kkrdesk.views.agenda import KIND_MARKS, DocumentOptions

LANGUAGES = ("da", "en")

EN: dict[str, str] = {
    # -- the header of the agenda and the referat
    "Dagsorden": "Agenda",
    "Netværksmøde": "Network meeting",
    "Status": "Status",
    "Mangler": "Missing",
    "Dato": "Date",
    "Tid": "Time",
    "Sted": "Venue",
    "Online": "Online",
    "Ikke angivet": "Not given",
    "Mødet sluttede kl. {time}": "The meeting ended at {time}",
    "Mødeleder": "Chair",
    "Referent": "Minute-taker",
    "Fremmøde": "Attendance",
    "Ikke registreret": "Not recorded",
    "Deltagere": "Participants",
    "Ingen": "None",
    "Fremmøde og afbud": "Attendance and apologies",
    "stedfortræder for {name}": "substitute for {name}",
    "stedfortræder": "substitute",
    "gæst": "guest",
    "online": "online",
    # -- items
    "(uden titel)": "(untitled)",
    " (faktisk {span})": " (actual {span})",
    "Bemærk: dagsordenen løber her over mødets slut kl. {time}.":
        "Note: the agenda runs past the meeting's end at {time} here.",
    "Sagsfremstilling": "Background",
    "Indstilling": "Recommendation",
    "Bilag {number}: ": "Annex {number}: ",
    "Beslutning: ": "Decision: ",
    "Opfølgning: ": "Follow-up: ",
    "Til orientering": "For information",
    "Til drøftelse": "For discussion",
    "Til beslutning": "For decision",
    # -- closing sections and the action tables
    "Næste møde": "Next meeting",
    "Emner til næste møde": "Topics for the next meeting",
    "Datoen for næste møde er ikke fastlagt.": "The date of the next meeting has not been set.",
    " (til mødet {day})": " (for the meeting on {day})",
    "Opfølgningspunkter": "Action items",
    "Åbne opfølgningspunkter fra tidligere møder": "Open action items from earlier meetings",
    "Der er endnu ikke registreret opfølgningspunkter.": "No action items have been recorded yet.",
    "Der blev ikke aftalt nye opfølgningspunkter på mødet.":
        "No new action items were agreed at the meeting.",
    "Hvad": "What",
    "Hvem": "Who",
    "Hvornår": "Due",
    "Møde": "Meeting",
    # -- document properties
    "Dagsorden til mødet {day}": "Agenda for the meeting on {day}",
    "Referat af mødet {day}": "Minutes of the meeting on {day}",
    # -- the referat's state (minutes_state)
    "Udkast til referat": "Draft minutes",
    "Udkast – mødet er ikke holdt endnu": "Draft – the meeting has not been held yet",
    "Mødet er ikke holdt endnu: dette er et udkast, ikke et referat.":
        "The meeting has not been held yet: this is a draft, not the minutes.",
    "Godkendt referat": "Approved minutes",
    "Godkendt på mødet {day}": "Approved at the meeting on {day}",
    "Foreløbigt referat": "Preliminary minutes",
    "Udsendt {day}; godkendes på næste møde": "Sent {day}; to be approved at the next meeting",
    "Udkast": "Draft",
    "Udkast, endnu ikke udsendt": "Draft, not sent yet",
    "sted": "venue",
    "referent": "minute-taker",
    "fremmøde": "attendance",
    "beslutning på punkt {items}": "decision on item {items}",
    "beslutning på punkterne {items}": "decision on items {items}",
    # -- the plain agenda of the invitation and the calendar entry
    "Dagsordenen er ikke lagt endnu.": "The agenda has not been drawn up yet.",
    "kl. {time}": "{time}",
    "Indkaldelse: {title} {day}": "Invitation: {title} {day}",
    "Kære medlemmer af {network}": "Dear members of {network}",
    "Hermed indkaldelse til {title}.": "You are hereby invited to {title}.",
    "mødet": "the meeting",
    "Mødet er vedhæftet som kalenderinvitation (.ics), som kan lægges i kalenderen, "
    "og dagsordenen som Word-dokument.":
        "The meeting is attached as a calendar invitation (.ics) for your calendar, "
        "and the agenda as a Word document.",
    "Med venlig hilsen": "Kind regards",
    "Indkaldelse {day}.ics": "Invitation {day}.ics",
    "Dagsorden {day}.docx": "Agenda {day}.docx",
}


def word(text: str, lang: str = "da", **values: object) -> str:
    """``text`` in ``lang`` with ``values`` filled in. A word missing from the catalogue
    stays Danish rather than stop an export (the tests list every word a document
    writes, so none is missing there)."""
    out = EN.get(text, text) if lang == "en" else text
    return out.format(**values) if values else out


def item_mark(options: DocumentOptions, kind: ItemKind) -> tuple[str, str]:
    """(title suffix, line under the title): "(B)" or "Til beslutning"; in English
    "(for decision)" or "For decision" (the Danish letters mean nothing there)."""
    suffix, line = options.mark(kind)
    if options.lang != "en" or not (suffix or line):
        return suffix, line
    long = word(KIND_MARKS[kind][1], "en")
    return (f"\u00a0({long[:1].lower()}{long[1:]})", "") if suffix else ("", long)


def presenters(item, lang: str = "da") -> str:
    """'v. Poul Erik Kristensen, KL og Jeanette Jensen, MedCom'; in English 'Presented by
    Poul Erik Kristensen, KL and Jeanette Jensen, MedCom' (the names as typed)."""
    if lang != "en":
        return item.presenters_text
    from kkrdesk.core.danish import join_and

    parts = [p.text for p in item.presenters if p.text]
    return f"Presented by {join_and(parts, 'en')}" if parts else ""


def enum_word(value, lang: str = "da") -> str:
    """An enum's label (a status, a kind, a role) in ``lang``."""
    text = danish_label(value)
    return ENUM_EN.get(text, text) if lang == "en" else text


# The enums' labels, in the words the English window uses for them (kkrdesk_en.ts).
ENUM_EN: dict[str, str] = {
    "Planlagt": "Planned", "Dagsorden udsendt": "Agenda sent", "Afholdt": "Held",
    "Referat udsendt": "Minutes sent", "Referat godkendt": "Minutes approved",
    "Aflyst": "Cancelled", "Udkast": "Draft", "Udsendt": "Sent", "Godkendt": "Approved",
    "Velkomst": "Welcome", "Orientering": "Information", "Drøftelse": "Discussion",
    "Beslutning": "Decision", "Pause": "Break", "Eventuelt": "Any other business",
    "Deltog": "Attended", "Afbud": "Apologies", "Fraværende": "Absent",
    "Stedfortræder": "Substitute", "Fysisk": "In person", "Online": "Online",
    "Åben": "Open", "I gang": "In progress", "Lukket": "Closed", "Opgivet": "Dropped",
    "Kommune": "Municipality", "Region": "Region",
    "National organisation": "National organisation",
    "Interesseorganisation": "Interest organisation", "Leverandør": "Supplier",
    "Anden": "Other", "Netværk": "Network", "Styregruppe": "Steering group",
    "Projektgruppe": "Project group", "Arbejdsgruppe": "Working group", "Formand": "Chair",
    "Medlem": "Member", "Suppleant": "Alternate member", "Sekretariat": "Secretariat",
    "Observatør": "Observer", "Oplægsholder/gæst": "Presenter/guest",
    "Projektejer": "Project owner", "Seniorbruger": "Senior user",
    "Projektleder": "Project manager", "Seniorleverandør": "Senior supplier",
    "Ny enhedstype": "New unit type", "Ny specialekode": "New specialty code",
    "Omdøbning": "Renaming", "Præciseret definition": "Clarified definition",
    "Afklaring": "Clarification", "Nedlæggelse": "Discontinuation",
    "I høring": "In consultation", "Input modtaget": "Input received",
    "Sendt til SDS": "Sent to SDS", "Afvist": "Rejected",
    "Udmeldt i SNOMED-release": "Announced in SNOMED release", "Støtter": "Supports",
    "Støtter med bemærkninger": "Supports with remarks", "Imod": "Against",
    "Ingen bemærkninger": "No remarks", "Enhedstype": "Unit type", "Speciale": "Specialty",
    "Idé": "Idea", "Analyse": "Analysis", "Gennemførelse": "Execution",
    "Realisering": "Benefits realisation", "Afsluttet": "Closed", "Nået": "Reached",
    "Udskudt": "Postponed", "Grøn": "Green", "Gul": "Amber", "Rød": "Red",
}
