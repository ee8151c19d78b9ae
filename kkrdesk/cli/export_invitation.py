"""``kkrdesk export invitation``: the invitation to a meeting as a mail draft (.eml) to
the network's members, with the meeting as a calendar invitation and the agenda attached.

The invitation is addressed to the members, so it carries their addresses by nature;
the secretariat's own address (--fra) is its sender and the meeting's organiser, so it
must be one a mail program can send from. The database is opened read-only and the
draft written atomically, as :mod:`kkrdesk.cli.export_calendar`'s files are."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from kkrdesk.cli.export_calendar import DB_HELP, MEETING_HELP, checked_suffix, counted
from kkrdesk.cli.export_docx import add_lang, meeting_when
from kkrdesk.cli.places import place

HELP = ("skriv en mødeindkaldelse som mailkladde (.eml) til netværkets medlemmer, "
        "med kalenderinvitation og dagsorden vedhæftet")


def sender_address(text: str) -> str:
    from kkrdesk.services.calendar.meeting import usable_address

    address = usable_address(text)
    if not address:
        raise argparse.ArgumentTypeError(
            f"»{text[:60]}« er ikke en e-mailadresse, et mailprogram kan sende fra "
            "(skriv fx sekretariat@kl.dk)")
    return address


def add_parsers(kinds) -> None:
    p = kinds.add_parser("invitation", help=HELP, description=HELP)
    p.add_argument("--db", type=place, required=True, dest="export_db", metavar="STI|ADRESSE", help=DB_HELP)
    p.add_argument("--meeting", type=meeting_when, required=True, metavar="DATO", help=MEETING_HELP)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FIL.eml",
                   help="mailkladden der skrives; åbn den i Outlook eller Thunderbird og send den")
    p.add_argument("--fra", type=sender_address, required=True, metavar="ADRESSE",
                   help="sekretariatets e-mailadresse: afsender og mødets arrangør (svar på "
                        "invitationen går hertil)")
    p.add_argument("--author", metavar="NAVN", default="",
                   help="afsenderens navn og dagsordenens forfatter (standard: sekretariatet)")
    p.add_argument("--template", type=Path, metavar="SKABELON.docx",
                   help="egen Word-skabelon til den vedhæftede dagsorden")
    p.add_argument("--clock", choices=("12.00", "12:00"), default="12.00",
                   help="klokkeslæt som 12.00 (dansk standard) eller 12:00")
    add_lang(p)
    p.set_defaults(handler=_invitation)


def _invitation(args) -> int:
    from kkrdesk.core.danish import join_and
    from kkrdesk.export.invitation_eml import export_invitation
    from kkrdesk.services.agenda.meetings import find_by_date
    from kkrdesk.services.calendar.meeting import invitation
    from kkrdesk.services.database import open_for_reading
    from kkrdesk.views.agenda import DocumentOptions
    from kkrdesk.views.calendar import Contact

    options = replace(DocumentOptions(author=args.author.strip()) if args.author.strip()
                      else DocumentOptions(), time_sep=args.clock[2], lang=args.lang)
    with open_for_reading(args.export_db) as store:
        meeting_id = find_by_date(store, *args.meeting).id
        inv = invitation(store, meeting_id, Contact(options.author, args.fra))
        inv = replace(inv, meeting=replace(inv.meeting, time_sep=options.time_sep,
                                           lang=options.lang))
        path = export_invitation(inv, checked_suffix(args.output, ".eml", "Mailkladden"),
                                 template=args.template, options=options)
    lacking = counted(len(inv.without_email), "medlem", "medlemmer")
    missing = (f"; {lacking} uden brugbar e-mailadresse: {join_and(list(inv.without_email))}"
               if inv.without_email else "")
    print(f"Indkaldelsen er gemt: {path} "
          f"({counted(len(inv.recipients), 'modtager', 'modtagere')}{missing}). "
          "Åbn den i Outlook eller Thunderbird, og send den derfra.")
    return 0
