"""Exports that paint with Qt paint on the window's thread (export/painting.py). A CI run
hung at the first in-process PDF export from the window, whose worker thread painted
the pages itself: it made the worker a Qt thread (fonts added from it, a font cache of
its own) that reported Qt warnings through the Python message handler as it ended.
Here, in a window of its own process: the referat PDF, the projects' status report and
the mødepakke, each from Filer > Eksportér with the progress dialog shown, paint on the
window's thread only and the worker leaves no Qt message; each file is whole. On the
previous main the painting ran on "kkrdesk-export" and six »QBasicTimer::start«
warnings came from it."""

from __future__ import annotations

import shutil
import threading
import zipfile

import pytest
from pypdf import PdfReader

from kkrdesk.export.painting import painted, painting_handed_to
from reliability.gui_run import run_scenario


@pytest.fixture
def db(demo_template, tmp_path):
    target = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, target)
    return target


def test_exports_from_the_window_paint_on_its_thread_and_leave_no_qt_thread(db, tmp_path):
    out = tmp_path / "ud"
    out.mkdir()
    run = run_scenario("painting_exports", db, str(out), timeout=180)
    run.assert_alive()
    records = {r["kind"]: r for r in run.records("EXPORTED")}
    assert set(records) == {"pdf", "status", "package"}
    for kind, record in records.items():
        assert record["size"] > 0, kind
        assert record["painted_on"] == ["MainThread"], record
        assert record["worker_messages"] == [], record
    text = " ".join(page.extract_text() for page in PdfReader(out / "pdf.pdf").pages)
    assert "Foreløbigt referat" in " ".join(text.split())
    with zipfile.ZipFile(out / "package.zip") as package:
        names = package.namelist()
    assert any(n.endswith(".pdf") and "Referat" in n for n in names), names
    with zipfile.ZipFile(out / "status.docx") as report:
        pictures = [n for n in report.namelist() if n.startswith("word/media/")]
    assert pictures  # the timelines are in the report


def test_a_painting_job_runs_where_it_is_asked_unless_its_thread_hands_it_over():
    where: list[str] = []
    handed: list[str] = []

    def job():
        where.append(threading.current_thread().name)
        return len(where)

    assert painted(job) == 1 and where == ["MainThread"]

    def hand_over(work):
        handed.append(threading.current_thread().name)
        return work() * 10

    def writer():
        with painting_handed_to(hand_over):
            results.append(painted(job))
        results.append(painted(job))  # outside the block: in place again

    results: list[int] = []
    thread = threading.Thread(target=writer, name="writer")
    thread.start()
    thread.join()
    assert results == [20, 3] and handed == ["writer"]
    assert painted(job) == 4  # another thread's handoff never reached this one


def test_an_error_on_the_windows_thread_is_raised_in_the_writer(qtbot, demo_store, tmp_path):
    from kkrdesk.ui.export_feedback import run_with_progress

    def write():
        return painted(lambda: (_ for _ in ()).throw(OSError("disk full")))

    with pytest.raises(OSError, match="disk full"):
        run_with_progress(None, "Eksportér", write)
