"""The demo's bilag of 18 June 2025: the slide text of two presentations in the seed deck,
each as a small Word file attached to its item (the demo has no real presentations, and
the deck gives their slides' words, nothing more)."""

from __future__ import annotations

from kkrdesk.core.models import Attachment, Meeting
from kkrdesk.demo.seed_minutes import item_titled

BILAG = [  # item title (start), file name, the slides' text
    ("Aktuel status for FK-OSS", "Status på udrulning af FK OSS, juni 2025.docx", [
        "Status på udrulning af FK OSS – juni 2025",
        "74 kommuner blev inviteret til FK OSS Orienteringsmøde.",
        "59 kommuner deltog på orienteringsmøderne.",
        "44 kommuner valgte at deltage i parathedsanalysen.",
        "28 kommuner valgte at deltage i Bølge 2-udrulningsforløbet.",
        "Pilot + Bølge 1 består af 11 kommuner. Bølge 2 består af 28 kommuner. 10 kommuner "
        "forventer selvimplementering senere."]),
    ("Orientering om etablering af Digital Sundhed Danmark", "Digital Sundhed Danmark.docx", [
        "MedCom bliver en del af Digital Sundhed Danmark",
        "Lovforslaget om etablering af Digital Sundhed Danmark aktuelt i offentlig høring.",
        "Det forberedende Digital Sundhed Danmark træder i kraft 1. januar 2026.",
        "Digital Sundhed Danmark gældende fra 1. januar 2027."]),
]


def _docx(lines: list[str]) -> bytes:
    """A small Word file with the slide's text (the demo has no real presentations)."""
    import io

    from docx import Document

    doc = Document()
    doc.add_heading(lines[0], level=1)
    for line in lines[1:]:
        doc.add_paragraph(line)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def add_bilag(s, meeting: Meeting) -> None:
    """The two presentations' slides, each attached to its item on the meeting's day."""
    for start, name, lines in BILAG:
        data = _docx(lines)
        s.add(Attachment(item_id=item_titled(meeting, start).id, position=0, filename=name,
                         size=len(data), added_on=meeting.date, data=data))
