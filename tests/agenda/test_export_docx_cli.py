"""``kkrdesk export agenda|minutes``: the files, the one-line errors, and no Qt."""

from __future__ import annotations

import subprocess
import sys

import docx

from kkrdesk.cli import main
from test_export_docx import texts


def test_export_agenda_and_minutes(demo_path, tmp_path, capsys):
    agenda, minutes = tmp_path / "dagsorden.docx", tmp_path / "referat.docx"
    assert main(["export", "agenda", "--db", str(demo_path), "--meeting", "2025-06-18",
                 "-o", str(agenda)]) == 0
    assert main(["export", "minutes", "--db", str(demo_path), "--meeting", "18-06-2025",
                 "-o", str(minutes)]) == 0
    out = capsys.readouterr().out
    assert str(agenda) in out and str(minutes) in out
    assert "kl. 12.00–12.10" in texts(docx.Document(str(agenda)))
    assert texts(docx.Document(str(minutes)))[1] == "Foreløbigt referat"


def test_export_works_while_the_app_has_the_database_open(demo_store, demo_path, tmp_path):
    out = tmp_path / "ud.docx"
    assert main(["export", "minutes", "--db", str(demo_path), "--meeting", "18.6.2025",
                 "-o", str(out)]) == 0
    assert out.exists()


def test_own_template_option(demo_path, tmp_path, capsys):
    plain = tmp_path / "plain.docx"
    docx.Document().save(str(plain))
    out = tmp_path / "a.docx"
    assert main(["export", "agenda", "--db", str(demo_path), "--meeting", "2025-06-18",
                 "-o", str(out), "--template", str(plain)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kkrdesk: Skabelonen plain.docx mangler") and err.count("\n") == 1
    assert not out.exists()


def test_bad_date_is_a_usage_error(demo_path, tmp_path, capsys):
    rc = main(["export", "minutes", "--db", str(demo_path), "--meeting", "32-13-2025",
               "-o", str(tmp_path / "r.docx")])
    err = capsys.readouterr().err
    assert rc == 2 and err.startswith("kkrdesk: ") and err.count("\n") == 1
    assert "er ikke en dato" in err


def test_no_meeting_that_day(demo_path, tmp_path, capsys):
    rc = main(["export", "agenda", "--db", str(demo_path), "--meeting", "2025-06-19",
               "-o", str(tmp_path / "a.docx")])
    err = capsys.readouterr().err
    assert rc == 1 and err == "kkrdesk: Der er intet møde den 19-06-2025.\n"
    assert not (tmp_path / "a.docx").exists()


def test_unwritable_target_and_missing_database(demo_path, tmp_path, capsys):
    rc = main(["export", "minutes", "--db", str(demo_path), "--meeting", "2025-06-18",
               "-o", str(tmp_path / "mangler" / "r.docx")])
    assert rc == 1 and "Mappen findes ikke" in capsys.readouterr().err
    rc = main(["export", "minutes", "--db", str(tmp_path / "ingen.sqlite"), "--meeting",
               "2025-06-18", "-o", str(tmp_path / "r.docx")])
    err = capsys.readouterr().err
    assert rc == 1 and err.count("\n") == 1
    assert not (tmp_path / "ingen.sqlite").exists()


def test_missing_arguments_exit_2(capsys):
    assert main(["export", "minutes", "--meeting", "2025-06-18"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_cli_export_never_loads_qt_and_modules_load_docx_lazily(demo_path, tmp_path):
    out = tmp_path / "r.docx"
    code = (
        "import sys\n"
        "import kkrdesk.export.agenda_docx, kkrdesk.export.minutes_docx, kkrdesk.cli.export_docx\n"
        "assert 'docx' not in sys.modules, 'python-docx loaded at import'\n"
        "from kkrdesk.cli import main\n"
        f"rc = main(['export', 'minutes', '--db', {str(demo_path)!r}, '--meeting', '2025-06-18',"
        f" '-o', {str(out)!r}])\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'\n"
        "sys.exit(rc)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert out.exists()
