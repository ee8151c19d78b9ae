"""Filer > Eksportér, the calendar and mail part: the selected meeting as a calendar file,
the deadlines as a calendar, and the invitation as a mail draft, as the commands
``kkrdesk export ics|frister|invitation`` write them. Each asks what it needs (the file,
whether e-mail addresses go in, the secretariat's address), and reports in the status
bar; a refusal is one message box and writes nothing. The frame's Eksportér menu
calls them (ui/frame_menus.py).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from kkrdesk.ui.i18n import translate
from kkrdesk.ui.dates import join_and, short_date
from kkrdesk.services.calendar import deadlines as deadline_service
from kkrdesk.services.calendar import meeting as meeting_service
from kkrdesk.ui import preferences
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.export_actions import (
    ask_contact, ask_save_path, document_language, document_options, word_template, write_export,
)

ICS_FILTER = "Kalenderfil (*.ics)"
EML_FILTER = "Mailkladde (*.eml)"
SENDER_KEY = "export/sender_address"  # the secretariat's address, asked once
SDS_WEEKS_KEY = preferences.SDS_WEEKS_KEY  # how long SDS may take (SOR tab and settings)


def _meeting_id(parent: QWidget, ctx: AppContext) -> int | None:
    if ctx.meeting_id is None:
        QMessageBox.information(parent, translate("calendar_actions", "Eksportér"), translate("calendar_actions", "Vælg et møde først."))
    return ctx.meeting_id


def _ask_contact(parent: QWidget, ctx: AppContext) -> bool:
    return ask_contact(
        parent, ctx,
        "Skal mødelederens og medlemmernes e-mailadresser med i kalenderfilen (som arrangør "
        "og deltagere)?\n\nDet er personoplysninger; tag dem kun med, hvis modtagerne må se dem.")


def export_meeting_ics(parent: QWidget, ctx: AppContext, path: Path | None = None,
                       with_contact: bool | None = None) -> Path | None:
    """The selected meeting as a calendar file; asks for the file and whether e-mail
    addresses go in (no, unless the user says yes)."""
    from kkrdesk.export.ics_meeting import export_meeting_ics as write

    meeting_id = _meeting_id(parent, ctx)
    if meeting_id is None:
        return None
    day = short_date(meeting_service.calendar_meeting(ctx.store, meeting_id).detail.meeting.date)
    path = path or ask_save_path(parent, ctx, "Eksportér mødet som kalenderfil",
                                 f"Møde {day}.ics", ICS_FILTER)
    if path is None:
        return None
    contact = _ask_contact(parent, ctx) if with_contact is None else with_contact
    cm = dataclasses.replace(meeting_service.calendar_meeting(ctx.store, meeting_id,
                                                              with_contact=contact),
                             time_sep=ctx.prefs.time_sep, lang=document_language(ctx))
    return write_export(parent, ctx, "Eksportér kalenderfil", lambda: write(cm, path),
                        lambda written: f"Kalenderfilen er gemt: {written}")


def export_deadlines_ics(parent: QWidget, ctx: AppContext, path: Path | None = None) -> Path | None:
    """SOR deadlines, answers due from SDS and project milestones as a calendar file."""
    from kkrdesk.export.ics_deadlines import export_deadlines_ics as write
    from kkrdesk.export.ics_deadlines import reminded

    data = deadline_service.deadlines(ctx.store, sds_weeks=ctx.prefs.sds_weeks)
    if not data.entries:
        QMessageBox.information(parent, translate("calendar_actions", "Eksportér frister"), translate("calendar_actions", "Der er ingen frister i databasen "
                                "(ingen høringsrunde med frist og ingen milepæl med dato)."))
        return None
    path = path or ask_save_path(parent, ctx, "Eksportér frister som kalenderfil",
                                 "Frister.ics", ICS_FILTER)
    if path is None:
        return None
    return write_export(parent, ctx, "Eksportér frister", lambda: write(data, path),
                        lambda written: f"Fristerne er gemt: {written} ({len(data.entries)} "
                                        f"frister, {reminded(data)} med påmindelse)")


def ask_sender(parent: QWidget, ctx: AppContext) -> str | None:
    """The secretariat's e-mail address (sender, and organiser of the meeting), kept
    for the next time; an address no mail program would send from is refused."""
    remembered = str(ctx.settings().value(SENDER_KEY, "") or "")
    text, ok = QInputDialog.getText(parent, translate("calendar_actions", "Afsender"), translate("calendar_actions", "Sekretariatets e-mailadresse (afsender "
                                    "og mødets arrangør; svar går hertil):"), text=remembered)
    if not ok:
        return None
    address = meeting_service.usable_address(text)
    if not address:
        QMessageBox.warning(parent, translate("calendar_actions", "Afsender"), f"»{text.strip()[:60]}« er ikke en e-mailadresse, "
                            "et mailprogram kan sende fra (skriv fx sekretariat@kl.dk).")
        return None
    ctx.settings().setValue(SENDER_KEY, address)
    return address


def export_invitation(parent: QWidget, ctx: AppContext, path: Path | None = None,
                      sender: str | None = None) -> Path | None:
    """The invitation to the selected meeting as a mail draft to the members; names the
    members it could not address."""
    from kkrdesk.export.invitation_eml import export_invitation as write
    from kkrdesk.views.calendar import Contact

    meeting_id = _meeting_id(parent, ctx)
    sender = sender or (ask_sender(parent, ctx) if meeting_id is not None else None)
    if meeting_id is None or sender is None:
        return None
    options = document_options(ctx)
    inv = meeting_service.invitation(ctx.store, meeting_id, Contact(options.author, sender))
    inv = dataclasses.replace(inv, meeting=dataclasses.replace(inv.meeting, time_sep=options.time_sep,
                                                               lang=options.lang))
    day = short_date(inv.meeting.detail.meeting.date)
    path = path or ask_save_path(parent, ctx, "Gem mødeindkaldelsen som mailkladde",
                                 f"Indkaldelse {day}.eml", EML_FILTER)
    if path is None:
        return None
    written = write_export(parent, ctx, "Mødeindkaldelse",
                           lambda: write(inv, path, template=word_template(ctx), options=options),
                           lambda done: f"Indkaldelsen er gemt: {done} "
                                        f"({len(inv.recipients)} modtagere)")
    if written is not None and inv.without_email:
        QMessageBox.information(
            parent, translate("calendar_actions", "Mødeindkaldelse"),
            f"{len(inv.without_email)} af netværkets medlemmer har ingen brugbar e-mailadresse og "
            f"står ikke som modtagere: {join_and(list(inv.without_email))}.\n\nTilføj dem selv i "
            "mailen, eller skriv deres adresse på fanen Deltagere.")
    return written
