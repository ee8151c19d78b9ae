"""Issue 18, defect 6, in the window: every date field of every dialog and pane, typed
with the keyboard and confirmed with the mouse, refuses a year outside 1900-2100 or an
impossible day with the one Danish message (shown in the dialog, which stays open), no
exception reaches Qt, and the database is not touched."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit

from date_cases import MONTHS, TWENTY, TYPED, dump
from dialog_driving import drive
from kkrdesk.core.enums import Role
from kkrdesk.services.participants import memberships
from kkrdesk.services.participants import people as participants
from kkrdesk.services.projects import portfolio as projects
from kkrdesk.services.sor import proposals as sor
from kkrdesk.services.sor import recipients
from kkrdesk.services.sor import rounds as sor_rounds
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.date_edit import DateEdit
from kkrdesk.views.participants import MembershipFields


# the planned date of a milestone may be a day or a month, and says so
PLANNED = {"31 February": ("31-02-2025", "»31-02-2025« er hverken en dato (17-09-2025) eller en "
                                         "måned (august 2025).")}


def type_into(qtbot, widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def click_ok(qtbot, dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def shown_text(dialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())


def refuses_every_case(qtbot, dialog, field: QLineEdit, cases=TYPED) -> list[str]:
    """Type each case into ``field`` and press OK; what went wrong, per case."""
    wrong = []
    for case, (text, message) in cases.items():
        type_into(qtbot, field, text)
        click_ok(qtbot, dialog)
        if not dialog.isVisible() or message not in shown_text(dialog):
            wrong.append(f"{case}: {shown_text(dialog)!r}")
        if field.text() != text:
            wrong.append(f"{case}: the field lost what was typed")
    return wrong


def test_the_date_field_marks_a_bad_date_and_its_calendar_stays_in_range(qtbot):
    from kkrdesk.core.errors import ValidationError

    edit = DateEdit(name="Dato")
    qtbot.addWidget(edit)
    edit.show()
    for text, message in TYPED.values():
        type_into(qtbot, edit, text)
        assert edit.toolTip() == message and edit.styleSheet()
        with pytest.raises(ValidationError, match="^Dato: "):
            edit.date()
    cal = edit.open_calendar()
    assert (cal.minimumDate(), cal.maximumDate()) == (QDate(1900, 1, 1), QDate(2100, 12, 31))
    cal.close()


def test_the_date_field_names_itself_in_the_message(qtbot):
    from kkrdesk.core.errors import ValidationError

    edit = DateEdit(name="Frist")
    qtbot.addWidget(edit)
    type_into(qtbot, edit, f"{TWENTY}-06-18")
    with pytest.raises(ValidationError) as exc:
        edit.date()
    assert str(exc.value) == f"Frist: {TYPED['20-digit ISO year'][1]}"


# -- the dialogs, each as its tab opens it ---------------------------------------------------------


def _dialogs(store):
    """name -> (dialog, its date fields); the other fields are filled so only the date is
    wrong."""
    from kkrdesk.ui.agenda.action_dialog import ActionDialog
    from kkrdesk.ui.agenda.meeting_dialog import MeetingDialog
    from kkrdesk.ui.participants.membership_dialog import MembershipDialog
    from kkrdesk.ui.participants.replace_dialog import ReplaceDialog
    from kkrdesk.ui.projects.seat_dialog import SeatDialog
    from kkrdesk.ui.sor.dialogs import CorrectionDialog, NewProposalDialog, StepDialog
    from kkrdesk.ui.sor.response_dialog import ResponseDialog
    from kkrdesk.ui.sor.round_dialogs import RoundDialog

    today = dt.date(2025, 10, 1)
    proposals = sor.list_proposals(store)
    p = next(x for x in proposals if sor.next_steps(x))
    rounds = [r for r in sor_rounds.list_rounds(store) if r.sent_on and r.recipients]
    action = ActionDialog([])
    action.what.setPlainText("Følg op")
    proposal = NewProposalDialog(today)
    proposal.title.setText("Nyt forslag")
    round_ = RoundDialog(recipients.recipient_choices(store), proposals, rounds[0])
    people = participants.list_people(store)
    seat = memberships.add_membership(store, people[0].id, MembershipFields(Role.MEMBER))
    replace = ReplaceDialog(store, memberships.get_membership(store, seat))
    replace.add_person(people[1].id)
    group = next(g for p in projects.list_projects(store) for g in p.groups)
    seat_dialog = SeatDialog(AppContext(store), group)
    seat_dialog.picker.setCurrentIndex(0)
    corrected = next(x for x in proposals if len(x.history) > 1)
    response = ResponseDialog(rounds[0], {}, today=today)
    response.who.tick(rounds[0].recipients[0])
    return {
        "Nyt møde": (MeetingDialog([]), lambda d: [d.date]),
        "Aktionspunkt": (action, lambda d: [d.due]),
        "Nyt SOR-forslag": (proposal, lambda d: [d.created]),
        "Statustrin": (StepDialog(p, sor.next_steps(p)[0], today), lambda d: [d.date]),
        "Høringsrunde": (round_, lambda d: [d.sent, d.deadline, d.answered]),
        "Høringssvar": (response, lambda d: [d.received]),
        "Medlemskab": (MembershipDialog(store, "Anne"), lambda d: [d.start, d.end]),
        "Erstat medlem": (replace, lambda d: [d.date]),
        "Ret statustrin": (CorrectionDialog(corrected, today), lambda d: [d.date]),
        "Tilføj medlem til gruppe": (seat_dialog, lambda d: [d.widgets["start_date"]]),
    }


def test_every_date_field_of_every_dialog_refuses_a_bad_date(qtbot, demo_store):
    dialogs = _dialogs(demo_store)
    before, wrong = dump(demo_store.path), []
    for name, (dialog, fields) in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        for field in fields(dialog):
            wrong += [f"{name}, {w}" for w in refuses_every_case(qtbot, dialog, field)]
            field.clear()
        dialog.reject()
    assert wrong == [] and dump(demo_store.path) == before


def test_the_ask_date_dialog_refuses_a_bad_date(qtbot, agenda_tab, demo_store):
    before, problems, wrong = dump(demo_store.path), [], []

    def fill(d):
        wrong.extend(refuses_every_case(qtbot, d, d.findChild(DateEdit)))
    drive(fill, problems)
    qtbot.mouseClick(agenda_tab.meeting_buttons["next"], Qt.MouseButton.LeftButton)
    assert problems == [] and wrong == [] and dump(demo_store.path) == before


def test_a_new_meeting_with_a_bad_date_is_not_created(qtbot, agenda_tab, demo_store):
    before, problems, wrong = dump(demo_store.path), [], []

    def fill(d):
        wrong.extend(refuses_every_case(qtbot, d, d.date))
    drive(fill, problems)
    qtbot.mouseClick(agenda_tab.meeting_buttons["new"], Qt.MouseButton.LeftButton)
    assert problems == [] and wrong == [] and dump(demo_store.path) == before
    assert agenda_tab.ctx.undo_stack.count() == 0


def test_a_clock_time_of_twenty_digits_in_the_agenda_is_refused(qtbot, agenda_tab, demo_store,
                                                               monkeypatch):
    from kkrdesk.ui.agenda.columns import COL_SLOT

    shown = []
    monkeypatch.setattr("kkrdesk.ui.undo.QMessageBox.warning", lambda *a: shown.append(a[2]))
    before, view = dump(demo_store.path), agenda_tab.view
    index = agenda_tab.model.index(0, COL_SLOT)
    slot = index.data()
    for text in (f"{TWENTY}.00", f"12.{TWENTY}", "99.99"):
        view.setCurrentIndex(index)
        view.edit(index)
        editor = view.focusWidget()
        assert isinstance(editor, QLineEdit)
        type_into(qtbot, editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.wait(20)
    assert agenda_tab.model.index(0, COL_SLOT).data() == slot
    assert dump(demo_store.path) == before and agenda_tab.ctx.undo_stack.count() == 0


# -- the Projekter tab: the milestone, note and decision dialogs and the start date ----------------


@pytest.fixture
def projects_tab(qtbot, demo_store):
    from kkrdesk.ui.projects.tab import ProjectsTab

    tab = ProjectsTab(AppContext(demo_store), today=dt.date(2025, 10, 1))
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    tab.refresh()
    tab.show_record(projects.list_projects(demo_store)[0].id)
    return tab


def _fields(d) -> tuple[dict, dict]:
    """The fields of a part's dialog and their error lines (the milestones' table: its
    first row, whose one error line is under it)."""
    from kkrdesk.ui.projects.milestone_rows import MilestoneRowsDialog

    if not isinstance(d, MilestoneRowsDialog):
        return d.widgets, d.errors
    r = d.rows[0]
    widgets = {"title": r.title, "planned_on": r.date, "actual_on": r.actual}
    return widgets, dict.fromkeys(widgets, r.error)


@pytest.mark.parametrize("kind, fields", [
    ("milestone", ("planned_on", "actual_on")), ("note", ("noted_on",)),
    ("decision", ("decided_on",)),
])
def test_a_project_part_with_a_bad_date_is_refused_at_its_field(qtbot, projects_tab, demo_store,
                                                                kind, fields):
    before, problems, wrong = dump(demo_store.path), [], []

    def fill(d):
        widgets, errors = _fields(d)
        for w in widgets.values():
            if isinstance(w, QLineEdit) and not w.text():
                w.setText("17-09-2025" if w is widgets.get("planned_on") else "Tekst")
        if "text" in widgets:
            widgets["text"].setPlainText("Tekst")
        for name in fields:
            good = widgets[name].text()
            cases = {**TYPED, **MONTHS, **PLANNED} if name == "planned_on" else TYPED
            for case, (text, message) in cases.items():
                type_into(qtbot, widgets[name], text)
                click_ok(qtbot, d)
                if not (d.isVisible() and errors[name].isVisible()
                        and errors[name].text() == message):
                    wrong.append(f"{name}, {case}: {errors[name].text()!r}")
            widgets[name].setText(good if name == "planned_on" else "")
    drive(fill, problems)
    qtbot.mouseClick(projects_tab.part_panes[kind].add_button, Qt.MouseButton.LeftButton)
    assert problems == [] and wrong == [] and dump(demo_store.path) == before


def test_a_bad_start_date_in_the_project_is_refused_at_its_field(qtbot, projects_tab, demo_store):
    before, g = dump(demo_store.path), projects_tab.general
    projects_tab.pages.setCurrentWidget(g)
    for case, (text, message) in TYPED.items():
        type_into(qtbot, g.started, text)
        qtbot.keyClick(g.started, Qt.Key.Key_Return)
        qtbot.wait(10)
        assert g.errors["started_on"].isVisible(), case
        assert g.errors["started_on"].text() == message, case
    assert dump(demo_store.path) == before
