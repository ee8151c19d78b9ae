"""Refusals in the English window, in a process of its own (the English translator is
installed for the whole process):

    python english_refusals_run.py DB

``SAID [what was done, the message shown]`` for each refusal driven through a widget."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "reliability"), str(HERE.parent)]

from gui_driver import emit  # noqa: E402


def main(db: Path) -> int:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from dialog_driving import drive, ok
    from kkrdesk.ui.app import Session
    from kkrdesk.ui.date_edit import DateEdit
    from kkrdesk.ui.qt_setup import application, set_language_override

    app = application()
    set_language_override(app, "en")
    session = Session(app, interactive=False)
    if not session.open(db, create=True):
        return 2
    window = session.window
    window.show()
    tab = window.participants_tab
    problems: list = []

    def fill(d):
        ok(d)
        emit("SAID", ["empty name", d.error.text()])
        d.name.setText("Anne Jensen")
        d.email.setText("ikke en adresse")
        ok(d)
        emit("SAID", ["bad e-mail", d.error.text()])
        d.reject()
    drive(fill, problems)
    tab.new_button.click()
    field = DateEdit()
    QTest.keyClicks(field, "31-02-2025")  # typed: February has no 31st
    QApplication.processEvents()
    emit("SAID", ["bad date", field.toolTip()])
    emit("ALIVE", "")
    session.close()
    return 0 if not problems else 3


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
