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


def search_hit(window, word: str) -> str:
    """Ctrl+F and ``word`` typed: the first hit as its tool tip says it (title, context)."""
    import datetime as dt

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from gui_driver import wait_until
    from kkrdesk.services.agenda import items, meetings
    from kkrdesk.ui.search.model import HIT_ROLE

    store = window.ctx.store
    meeting = meetings.create_meeting(store, date=dt.date(2025, 6, 18))
    items.insert_item(store, meeting, title=word)
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(window.search_field, word)
    panel = window.search.panel
    wait_until(lambda: panel.isVisible() and not window.search.timer.isActive(), what="search")
    model = panel.model
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            if model.index(r, 0, group).data(HIT_ROLE):
                return model.index(r, 0, group).data(Qt.ItemDataRole.ToolTipRole)
    return ""


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
    emit("SAID", ["search hit", search_hit(window, "Solcelleparker")])
    emit("ALIVE", "")
    session.close()
    return 0 if not problems else 3


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
