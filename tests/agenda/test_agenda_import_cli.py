"""``kkrdesk import agenda``: the dry run's report, writing a new meeting or adding to
one, exit codes, and nothing written when nothing was understood."""

from __future__ import annotations

import io
import subprocess
import sys

from kkrdesk.cli import main
from kkrdesk.services.agenda import meetings
from kkrdesk.services.database import open_for_reading
from agenda_import_helpers import NUMBERED, SEED_SLIDE, TITLES


def _meetings(path):
    with open_for_reading(path) as store:
        return {m.date.isoformat(): m.id for m in meetings.list_meetings(store)}


def test_dry_run_prints_the_agenda_with_slots_and_the_doubtful_lines(demo_path, capsys):
    before = demo_path.read_bytes()
    assert main(["import", "agenda", "--db", str(demo_path), str(SEED_SLIDE), "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Dagsorden fra »seed_agenda_slide.txt« (tekst, 43 linjer): 11 punkter."
    assert "  1     kl. 12.00–12.10  Velkomst (velkomst, 10 min.) v. Poul Erik Kristensen, KL" in out
    assert any(line.startswith("? 4     kl. 13.00–13.20  " + TITLES[3]) for line in out)
    assert any(line.startswith("  2.a") and "Sabina Hedefeld Leopold, KOMBIT" in line for line in out)
    assert "Tvivlsomme punkter (4):" in out and "Næste møde: 05-11-2025" in out
    assert out[-1] == "Prøvekørsel: intet er skrevet."
    assert demo_path.read_bytes() == before


def test_import_creates_the_meeting_then_refuses_the_same_date(demo_path, capsys):
    assert main(["import", "agenda", "--db", str(demo_path), str(SEED_SLIDE), "--date", "2025-06-17"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "Mødet den 17-06-2025 er oprettet: 15 punkter og underpunkter importeret.")
    with open_for_reading(demo_path) as store:
        detail = meetings.get_detail(store, _meetings(demo_path)["2025-06-17"])
    assert [i.title for i in detail.items] == TITLES
    assert main(["import", "agenda", "--db", str(demo_path), str(SEED_SLIDE), "--date", "17-06-2025"]) == 1
    assert "allerede et møde den 17-06-2025" in capsys.readouterr().err


def test_standard_input_appended_to_a_meeting(demo_path, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(NUMBERED.encode("utf-8"))))
    with open_for_reading(demo_path) as store:
        count = len(meetings.get_detail(store, _meetings(demo_path)["2025-06-18"]).items)
    assert main(["import", "agenda", "--db", str(demo_path), "-", "--meeting", "2025-06-18"]) == 0
    assert "Mødet den 18-06-2025 er udvidet" in capsys.readouterr().out
    with open_for_reading(demo_path) as store:
        items = meetings.get_detail(store, _meetings(demo_path)["2025-06-18"]).items
    assert len(items) == count + 7 and items[-1].title == "Eventuelt"


def test_no_agenda_bad_files_and_missing_dates_write_nothing(demo_path, tmp_path, capsys):
    before = demo_path.read_bytes()
    letter = tmp_path / "brev.txt"
    letter.write_text("Kære alle\nHusk tilmelding.\n", encoding="utf-8")
    assert main(["import", "agenda", "--db", str(demo_path), str(letter), "--date", "2025-09-01"]) == 1
    assert capsys.readouterr().err.strip() == (
        "kkrdesk: Teksten indeholder ingen dagsordenspunkter, som kan læses; intet er importeret.")
    binary = tmp_path / "x.pptx"
    binary.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    assert main(["import", "agenda", "--db", str(demo_path), str(binary)]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    undated = tmp_path / "udateret.txt"
    undated.write_text("12.00-12.10 Velkomst\n12.10-12.20 Eventuelt\n", encoding="utf-8")
    assert main(["import", "agenda", "--db", str(demo_path), str(undated)]) == 2
    assert "angiv --date eller --meeting" in capsys.readouterr().err
    assert main(["import", "agenda", "--db", str(demo_path), str(undated), "--date", "2025-09-01",
                 "--meeting", "2025-06-18"]) == 2
    assert demo_path.read_bytes() == before


def test_the_command_never_loads_qt(demo_path):
    code = ("import sys; from kkrdesk.cli import main; "
            f"rc = main(['import', 'agenda', '--db', {str(demo_path)!r}, {str(SEED_SLIDE)!r}, '--dry-run']); "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'; sys.exit(rc)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
