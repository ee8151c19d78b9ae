"""The invitation to a meeting as a mail draft (.eml): opened, Outlook and Thunderbird
show it as a new message ready to send (``X-Unsent: 1``), from the secretariat to the
members, with a Danish text, the meeting as a calendar invitation (METHOD:REQUEST, so
each member's calendar offers to accept it) and the agenda as a Word document.

Everything is UTF-8: the body quoted-printable, names and subject with æøå encoded as
mail headers require (RFC 2047, which the email package writes), the attachments base64.
The attachments have ASCII names, which every mail program reads the same way."""

from __future__ import annotations

import datetime as dt
import io
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from kkrdesk.core.danish import long_date, short_date
from kkrdesk.export.agenda_plain import agenda_lines, when_lines
from kkrdesk.export.doc_words import word
from kkrdesk.export.docx_template import NETWORK
from kkrdesk.export.ics_common import lines_text, one_line, save
from kkrdesk.export.ics_meeting import meeting_ics
from kkrdesk.views.agenda import DocumentOptions
from kkrdesk.views.calendar import Contact, Invitation

DOCX = "application", "vnd.openxmlformats-officedocument.wordprocessingml.document"


def subject(inv: Invitation) -> str:
    """'Indkaldelse: Møde i KKR-digitaliseringsnetværket onsdag d. 18. juni 2025'."""
    m, lang = inv.meeting.detail.meeting, inv.meeting.lang
    return word("Indkaldelse: {title} {day}", lang,
                title=one_line(m.title, 200) or word("Møde", lang), day=long_date(m.date, lang))


def body(inv: Invitation) -> str:
    m, sep, lang = inv.meeting.detail.meeting, inv.meeting.time_sep, inv.meeting.lang
    lines = [word("Kære medlemmer af {network}", lang, network=NETWORK), "",
             word("Hermed indkaldelse til {title}.", lang,
                  title=one_line(m.title) or word("mødet", lang)), "",
             *when_lines(m, sep, lang), "", word("Dagsorden", lang), "",
             *agenda_lines(inv.meeting.detail, sep, lang), "",
             word("Mødet er vedhæftet som kalenderinvitation (.ics), som kan lægges i kalenderen, "
                  "og dagsordenen som Word-dokument.", lang), "",
             word("Med venlig hilsen", lang), one_line(inv.sender.name) or one_line(inv.sender.email)]
    return lines_text(lines) + "\n"


def _address(c: Contact) -> Address:
    return Address(display_name=one_line(c.name, 200), addr_spec=c.email)


def agenda_docx(inv: Invitation, template: str | Path | None = None,
                options: DocumentOptions | None = None) -> bytes:
    """The Word agenda the secretary would send, as bytes."""
    from kkrdesk.export.agenda_docx import build_agenda

    out = io.BytesIO()
    build_agenda(inv.meeting.detail, template, options).save(out)
    return out.getvalue()


def invitation_message(inv: Invitation, now: dt.datetime | None = None, *,
                       agenda: bytes | None = None) -> EmailMessage:
    """The draft; ``agenda``: the Word agenda's bytes (None leaves it out)."""
    day, lang = short_date(inv.meeting.detail.meeting.date), inv.meeting.lang
    msg = EmailMessage(policy=SMTP)
    msg["X-Unsent"] = "1"
    msg["From"] = _address(inv.sender)
    if inv.recipients:
        msg["To"] = [_address(c) for c in inv.recipients]
    msg["Subject"] = subject(inv)
    msg.set_content(body(inv), cte="quoted-printable")
    msg.add_attachment(meeting_ics(inv.meeting, now, method="REQUEST"), maintype="text",
                       subtype="calendar", filename=word("Indkaldelse {day}.ics", lang, day=day),
                       params={"method": "REQUEST", "charset": "utf-8"})
    if agenda is not None:
        msg.add_attachment(agenda, *DOCX, filename=word("Dagsorden {day}.docx", lang, day=day))
    return msg


def export_invitation(inv: Invitation, path: str | Path, now: dt.datetime | None = None, *,
                      template: str | Path | None = None,
                      options: DocumentOptions | None = None) -> Path:
    """Write the draft to ``path`` (atomically) with the Word agenda attached. Raises
    ExportError with a Danish one-sentence reason; then nothing is written."""
    message = invitation_message(inv, now, agenda=agenda_docx(inv, template, options))
    return save(message.as_bytes(), path)
