"""Issue 23, item 1: the documents a reader from abroad gets, in English on request
(``--lang en``; Filer > Eksportér > Dokumenter på engelsk), Danish by default and then
exactly as before. Each file is opened as its reader's program would (python-docx,
openpyxl, email, icalendar); the Danish words looked for are listed in
tests/english_docs.py by hand, and the demo's own texts (titles, names, notes) are data,
taken out before looking. On main every document was Danish whatever was asked."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from english_docs import D18, danish_left, data_strings, documents

from kkrdesk.cli.entry import main

NETWORK = "KKR-digitaliseringsnetværket"  # the network's name: a name, in any language
MAIN_SNAPSHOT = Path(__file__).parents[1] / "data" / "danish_documents_main.json"


@pytest.fixture(scope="module")
def english(demo_template, tmp_path_factory):
    return documents(demo_template, tmp_path_factory.mktemp("english"), "en")


@pytest.fixture(scope="module")
def data(demo_template):
    return [*data_strings(demo_template), NETWORK]


def test_the_agenda_in_english(english, data):
    text = english["agenda"]
    lines = text.split("\n")
    assert lines[1] == "Agenda"
    for expected in ("Date:\tWednesday 18 June 2025", "Time:\t12.00–15.00", "Chair:\tPoul Erik Kristensen, KL",
                     "Presented by Poul Erik Kristensen, KL", "Next meeting",
                     "Date:\tWednesday 5 November 2025", "Topics for the next meeting",
                     "\tPage  of "):
        assert expected in lines, expected
    assert re.search(r"\(for information\)$", text, re.M)
    assert danish_left(text, data) == []


def test_the_referat_in_english(english, data):
    text = english["minutes"]
    lines = text.split("\n")
    assert lines[1] == "Preliminary minutes"
    for expected in ("Status:\tSent 25-06-2025; to be approved at the next meeting",
                     "Date:\tWednesday 18 June 2025", "Minute-taker:\tJeanette Jensen, MedCom",
                     "Attendance and apologies", "Action items", "What", "Who", "Due",
                     "Decision: Godkendt.", "Preliminary minutes"):
        assert expected in lines or any(line.startswith(expected) for line in lines), expected
    assert any(line.endswith("sent apologies.") for line in lines)
    assert danish_left(text, data) == []


def test_the_overview_in_english(english, data):
    sheets = english["overview"]
    assert list(sheets) == [
        "Members", "Membership history", "Attendance", "Attendance by person",
        "Attendance by organisation", "SOR proposals", "SOR consultation rounds",
        "SOR consultation responses", "Projects", "Milestones", "Project organisation",
        "Financing", "Meetings", "Action items"]
    assert sheets["Meetings"][0][:3] == ["Date", "Title", "Status"]
    assert sheets["Meetings"][1][2] == "Minutes sent"
    assert sheets["Meetings"][1][6] == "Sent"
    assert sheets["Milestones"][1][3:5] == ["Yes", "June 2025"]
    assert sheets["SOR proposals"][1][-1].startswith("No answer from SDS after 4 weeks")
    assert sheets["Members"][-1][0] == "Page &P of &N"
    for title, rows in sheets.items():
        assert danish_left(title + "\n" + "\n".join("\t".join(r) for r in rows), data) == [], title


def test_the_invitation_and_the_calendar_entry_in_english(english, data):
    mail, ics = english["invitation"], english["ics"]
    assert mail["subject"] == "Invitation: Møde i KKR-digitaliseringsnetværket Wednesday 18 June 2025"
    body = mail["body"].splitlines()
    for expected in (f"Dear members of {NETWORK}", "Date: Wednesday 18 June 2025",
                     "Time: 12.00–15.00", "Agenda", "Kind regards"):
        assert expected in body, expected
    assert mail["files"] == ["Invitation 18-06-2025.ics"]
    assert ics["description"].startswith("Chair: Poul Erik Kristensen\n\nAgenda\n\n1. ")
    assert danish_left(mail["subject"] + "\n" + mail["body"] + "\n".join(mail["files"]), data) == []
    assert danish_left("\n".join(ics.values()), data) == []


def test_danish_stays_as_main_wrote_it(demo_template, tmp_path):
    """The Danish default, text for text, as main wrote the five documents of the demo
    (snapshot made on main with ``python tests/english_docs.py OUT.json``)."""
    assert documents(demo_template, tmp_path) == json.loads(MAIN_SNAPSHOT.read_text("utf-8"))


def test_the_command_line_writes_english_with_the_chosen_clock(demo_path, tmp_path, capsys):
    import docx
    from english_docs import eml_text, ics_text

    day = D18.strftime("%d-%m-%Y")
    for kind, name in (("agenda", "a.docx"), ("minutes", "m.docx"), ("ics", "m.ics")):
        assert main(["export", kind, "--db", str(demo_path), "--meeting", day, "-o",
                     str(tmp_path / name), "--lang", "en", "--clock", "12:00"]) == 0
    assert main(["export", "invitation", "--db", str(demo_path), "--meeting", day, "-o",
                 str(tmp_path / "i.eml"), "--fra", "sek@kl.dk", "--lang", "en"]) == 0
    assert main(["export", "overview", "--db", str(demo_path), "-o", str(tmp_path / "o.xlsx"),
                 "--lang", "en"]) == 0
    agenda = [p.text for p in docx.Document(tmp_path / "a.docx").paragraphs]
    assert "Time:\t12:00–15:00" in agenda and "Agenda" in agenda
    minutes = [p.text for p in docx.Document(tmp_path / "m.docx").paragraphs]
    assert "Attendance and apologies" in minutes
    assert "12:00–12:10" in ics_text((tmp_path / "m.ics").read_bytes())["description"]
    mail = eml_text((tmp_path / "i.eml").read_bytes())
    assert mail["subject"].startswith("Invitation: ") and "Agenda 18-06-2025.docx" in mail["files"]
    attached = _attached_agenda(tmp_path / "i.eml")
    assert "Agenda" in attached and "Dagsorden" not in attached
    import openpyxl

    assert openpyxl.load_workbook(tmp_path / "o.xlsx").sheetnames[0] == "Members"


def test_the_command_line_refuses_an_unknown_language(demo_path, tmp_path, capsys):
    assert main(["export", "agenda", "--db", str(demo_path), "--meeting", "18-06-2025", "-o",
                 str(tmp_path / "a.docx"), "--lang", "de"]) == 2
    assert "--lang" in capsys.readouterr().err and not (tmp_path / "a.docx").exists()


def _attached_agenda(eml: Path) -> str:
    import email
    import email.policy
    import io

    import docx

    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    part = next(p for p in msg.iter_attachments() if p.get_filename().endswith(".docx"))
    return "\n".join(p.text for p in docx.Document(io.BytesIO(part.get_content())).paragraphs)


def test_the_pdf_copy_of_the_english_referat_is_english(qapp, demo_path, tmp_path):
    """The archive copy is made from the same Word document: its words, its page numbers
    ("Page 1 of 4") and its language tag are English too; the Danish copy keeps its own.
    (``qapp``: the window's QApplication first, as later tests in this process need it.)"""
    from pypdf import PdfReader

    for lang, pages, tag, title in (("en", "Page 1 of", "en-GB", "Preliminary minutes"),
                                    ("da", "Side 1 af", "da-DK", "Foreløbigt referat")):
        out = tmp_path / f"referat-{lang}.pdf"
        assert main(["export", "minutes", "--db", str(demo_path), "--meeting", "18-06-2025",
                     "-o", str(out), "--lang", lang]) == 0
        reader = PdfReader(out)
        first = " ".join(reader.pages[0].extract_text().split())
        assert pages in first and title in first
        assert reader.trailer["/Root"]["/Lang"] == tag
