"""A second window on a database file another window writes (issue 24, item 4): the
file has one writer, so the second window is offered to open it read-only instead of
being refused; it says "Kun læseadgang", and it shows the writer's commits within
about a second (it polls the file's data version)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kkrdesk.services.database import open_database
from kkrdesk.services.sor import proposals

HERE = Path(__file__).parent


@pytest.fixture
def writer(tmp_path):
    """A database file with one proposal, held open for writing by another process."""
    db = tmp_path / "delt.sqlite"
    with open_database(db) as store:
        pid = proposals.create_proposal(store, title="Akutklinik", on=dt.date(2025, 7, 10))
    proc = subprocess.Popen([sys.executable, str(HERE / "proposal_writer.py"), str(db)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    yield db, pid, proc
    proc.stdin.write("\n")
    proc.stdin.flush()
    proc.wait(30)


def take_the_offer(asked: list[str]) -> None:
    """Answer the next question by its "Åbn skrivebeskyttet" button."""
    def go():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, go)
            return
        asked.append(box.text())
        offer = [b for b in box.buttons() if b.text().replace("&", "") == "Åbn skrivebeskyttet"]
        (offer[0].click if offer else box.reject)()  # without the offer: a refusal
    QTimer.singleShot(0, go)


def test_a_second_window_opens_the_file_read_only_and_shows_the_writers_commits(
        qtbot, writer):
    from kkrdesk.ui.app import Session

    db, pid, proc = writer
    session = Session(QApplication.instance(), interactive=True)
    asked: list[str] = []
    take_the_offer(asked)
    try:
        assert session.open(db, create=False)
        assert asked == [f"Databasen er allerede åben i et andet KKR Desk-vindue: {db}. "
                         "Luk det først, eller åbn en anden database."]
        win = session.window
        qtbot.addWidget(win)
        win.show()
        assert win.db_label.text() == f"Kun læseadgang · {db}"
        win.tabs.setCurrentIndex(1)  # SOR-forslag
        tab = win.tab(1)
        qtbot.waitUntil(lambda: tab.proxy.index(0, 0).data() == "Akutklinik", timeout=3000)
        proc.stdin.write(f"{pid}\tAkutklinik Nord\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "saved"
        qtbot.waitUntil(lambda: tab.proxy.index(0, 0).data() == "Akutklinik Nord", timeout=3000)
    finally:
        session.close()


def test_a_read_only_window_shows_the_writers_commit_within_about_a_second(qtbot, writer):
    import time

    from kkrdesk.services.database import open_for_reading
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.sor.tab import SorTab

    db, pid, proc = writer
    ctx = AppContext(open_for_reading(db))
    tab = SorTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    try:
        qtbot.waitUntil(lambda: tab.proxy.index(0, 0).data() == "Akutklinik", timeout=3000)
        qtbot.wait(200)  # the feed has read the file's data version once
        proc.stdin.write(f"{pid}\tAkutklinik Syd\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "saved"
        started = time.monotonic()
        qtbot.waitUntil(lambda: tab.proxy.index(0, 0).data() == "Akutklinik Syd", timeout=3000)
        print(f"read-only window refreshed {time.monotonic() - started:.2f} s after the commit")
    finally:
        ctx.close()
