"""A user's path through the Deltagere tab on a fresh database: add the seed's people,
give them seats, record the two replacements of the welcome slide through the dialogs,
see them in the history and the workbook, undo and redo everything, import a file,
copy e-mail addresses, delete a person."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication, QMessageBox

from dialog_driving import drive, ok  # noqa: F401 (shared with other tests)
from kkrdesk.services.participants import memberships, welcome
from kkrdesk.services.participants import people as participants
from kkrdesk.ui.participants import actions as actions
from kkrdesk.ui.participants import membership_actions as mactions
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.participants.tab import ParticipantsTab

D18 = dt.date(2025, 6, 18)
SEED = [("Niels Rygaard", "Aalborg Kommune"), ("Kristina Farsinsen", "Aalborg Kommune"),
        ("Vivi Orthmann", None), ("Niels Vingborg", "Roskilde Kommune"),
        ("Sudarvili Vaithialingam", "Ringsted Kommune")]




@pytest.fixture
def tab(qtbot, store):
    ctx = AppContext(store)
    widget = ParticipantsTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.refresh()
    yield widget
    ctx.undo_stack.clear()


def add_person_through_dialog(tab, name, org, problems, email=""):
    def fill(d):
        d.name.setText(name)
        if org:
            d.organisation.combo.setCurrentText(org)
        d.email.setText(email)
        ok(d)
    drive(fill, problems)
    tab.new_button.click()


def history(tab):
    return {m.person_name: m for m in tab.history.rows()}


def test_recording_the_seed_replacements_through_the_tab(tab, tmp_path):
    problems: list = []
    for name, org in SEED:
        add_person_through_dialog(tab, name, org, problems, email=f"{name.split()[0].lower()}@x.dk")
    assert not problems and len(tab.people.rows()) == 5
    assert tab.people_proxy.rowCount() == 5 and tab.selected_person().name == "Sudarvili Vaithialingam"

    for name, appointer in [("Niels Rygaard", "KKR Nordjylland"), ("Vivi Orthmann", "Region Sjælland")]:
        tab.select_person(next(p.id for p in tab.people.rows() if p.name == name))

        def seat(d, appointer=appointer):
            d.appointed_by.setCurrentText(appointer)
            d.start.setText("1.1.2022")
            ok(d)
        drive(seat, problems)
        tab.memberships.add_button.click()
    tab.pages.setCurrentWidget(tab.history_panel)  # the page loads when shown
    assert not problems and set(history(tab)) == {"Niels Rygaard", "Vivi Orthmann"}

    for old, new, note in [
        ("Niels Rygaard", ["Kristina Farsinsen, Aalborg Kommune"], "Den officielle udpegning er nu på plads."),
        ("Vivi Orthmann", ["Niels Vingborg, Roskilde Kommune", "Sudarvili Vaithialingam, Ringsted Kommune"],
         "Region Sjælland har valgt at udpege to nye medlemmer."),
    ]:
        hp = tab.history_panel
        hp.view.selectRow(next(r for r in range(hp.proxy.rowCount()) if hp.proxy.index(r, 0).data() == old))

        def replace(d, new=new, note=note, old=old):
            for who in new:
                d.person_box.setEditText(who)
                d.add_button.click()
            assert d.preview.text() == " og ".join(new) + ", som har overtaget pladsen efter " + (
                "Niels Rygaard, Aalborg Kommune" if old == "Niels Rygaard" else old)
            d.date.setText("18-06-2025")
            d.note.setPlainText(note)
            ok(d)
        drive(replace, problems)
        hp.replace_button.click()
    assert not problems

    rows = history(tab)
    assert rows["Niels Rygaard"].end_date == D18
    assert rows["Kristina Farsinsen"].replaces_name == "Niels Rygaard"
    assert rows["Kristina Farsinsen"].appointed_by == "KKR Nordjylland"
    assert set(rows["Vivi Orthmann"].replaced_by_names) == {"Niels Vingborg", "Sudarvili Vaithialingam"}
    lines = welcome.welcome_lines(tab.ctx.store, None, D18)
    assert [ln.text for ln in lines] == [
        "Kristina Farsinsen, Aalborg Kommune, som har overtaget pladsen efter Niels Rygaard, Aalborg Kommune",
        "Niels Vingborg, Roskilde Kommune og Sudarvili Vaithialingam, Ringsted Kommune, som har "
        "overtaget pladsen efter Vivi Orthmann"]
    assert tab.ctx.undo_stack.undoText() == "Erstat »Vivi Orthmann« med »Niels Vingborg og Sudarvili Vaithialingam«"

    # the workbook shows them
    path = actions.export_overview(None, tab.ctx, str(tmp_path / "oversigt"), include_contact=False)
    assert path.name == "oversigt.xlsx"
    sheet = [list(r) for r in load_workbook(path)["Medlemshistorik"].iter_rows(values_only=True)]
    vivi = next(r for r in sheet if r[0] == "Vivi Orthmann")
    assert vivi[sheet[0].index("Afløst af")] == "Niels Vingborg og Sudarvili Vaithialingam"
    members = [list(r) for r in load_workbook(path)["Medlemmer"].iter_rows(values_only=True)]
    assert {r[0] for r in members[1:]} == {"Kristina Farsinsen", "Niels Vingborg", "Sudarvili Vaithialingam"}

    # copy e-mail addresses of the current members
    assert tab.copy_emails() == "kristina@x.dk; niels@x.dk; sudarvili@x.dk"
    assert QApplication.clipboard().text() == "kristina@x.dk; niels@x.dk; sudarvili@x.dk"

    # undo everything, then redo everything: the same rows come back
    stack = tab.ctx.undo_stack
    before = sorted((m.id, m.person_name, m.replaces_id, m.end_date) for m in tab.history.rows())
    assert stack.count() == 9
    while stack.canUndo():
        stack.undo()
    assert participants.list_people(tab.ctx.store) == [] and tab.people.rowCount() == 0
    while stack.canRedo():
        stack.redo()
    after = sorted((m.id, m.person_name, m.replaces_id, m.end_date) for m in tab.history.rows())
    assert after == before


def test_person_dialog_refuses_bad_input_and_keeps_hostile_text(tab):
    problems: list = []
    hostile = "=1+1 \u202eRTL 😀 " + "ø" * 10

    def fill(d):
        ok(d)  # empty name
        assert d.isVisible() and d.error.text() == "Navn skal udfyldes."
        d.name.setText("x" * 50_000)
        ok(d)
        assert d.isVisible() and "for lang" in d.error.text()
        d.name.setText(hostile + "\x00\x07")
        d.email.setText("ikke en adresse")
        ok(d)
        assert d.isVisible() and "e-mailadresse" in d.error.text()
        d.email.setText("")
        d.organisation.combo.setCurrentText("Ukendt Kommune")
        ok(d)
        assert d.isVisible() and "Ukendt organisation" in d.error.text()
        d.organisation.combo.setCurrentText("")
        ok(d)
    drive(fill, problems)
    tab.new_button.click()
    assert not problems
    assert [p.name for p in tab.people.rows()] == [hostile.strip()]
    assert tab.ctx.undo_stack.undoText() == f"Ny person »{hostile.strip()}«"


def test_organisation_by_its_first_letters_or_a_clear_question(tab, qtbot):
    """Typed, not picked from the list: the one organisation whose name holds the letters
    is taken; letters several names hold are refused at the field with some of them named,
    and what was typed stays (on main both were "Ukendt organisation")."""
    problems: list = []

    def fill(d):
        d.name.setText("Anne Jensen")
        assert d.organisation.combo.currentText() == "", "no organisation: an empty field"
        qtbot.keyClicks(d.organisation.combo.lineEdit(), "Region S")
        ok(d)
        assert d.isVisible(), "two regions begin with »Region S«"
        assert "passer på 2 organisationer" in d.error.text(), d.error.text()
        assert "Region Sjælland" in d.error.text() and "Region Syddanmark" in d.error.text()
        assert d.organisation.combo.currentText() == "Region S"
        d.organisation.combo.lineEdit().clear()
        qtbot.keyClicks(d.organisation.combo.lineEdit(), "syddan")
        ok(d)
    drive(fill, problems)
    tab.new_button.click()
    assert not problems, problems
    person = next(p for p in tab.people.rows() if p.name == "Anne Jensen")
    assert person.organisation == "Region Syddanmark"


def test_edit_delete_and_undo(tab, monkeypatch):
    pid = actions.do_add_person(tab.ctx, participants.PersonFields("Anne Jensen"))
    mactions.do_add_membership(tab.ctx, pid, "Anne Jensen", memberships.MembershipFields())
    tab.select_person(pid)
    problems: list = []

    def fill(d):
        assert d.name.text() == "Anne Jensen"
        d.title_edit.setText("Specialkonsulent")
        d.organisation.combo.setCurrentText("Aarhus Kommune")
        ok(d)
    drive(fill, problems)
    tab.edit_button.click()
    assert not problems
    anne = participants.get_person(tab.ctx.store, pid)
    assert (anne.title, anne.organisation) == ("Specialkonsulent", "Aarhus Kommune")
    assert tab.ctx.undo_stack.undoText() == "Ret person »Anne Jensen«"

    tab.select_person(pid)
    tab.memberships.end_button.click()
    assert memberships.memberships_of_person(tab.ctx.store, pid)[0].end_date == dt.date.today()
    tab.ctx.undo_stack.undo()
    assert memberships.memberships_of_person(tab.ctx.store, pid)[0].end_date is None

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    tab.select_person(pid)
    tab.delete_button.click()
    assert "1 medlemskab" in asked[0] and participants.list_people(tab.ctx.store) == []
    tab.ctx.undo_stack.undo()
    assert participants.get_person(tab.ctx.store, pid).network_role is not None
    assert tab.selected_person() is None or tab.selected_person().id == pid
    tab.ctx.undo_stack.undo()
    assert participants.get_person(tab.ctx.store, pid).title == ""


def test_import_through_the_dialog_and_undo(tab, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text("Navn;Organisation;Rolle;E-mail\nAnne;Aarhus;medlem;a@x.dk\n;KL;;\n"
                    "Bo;Ukendt;;\nCai;KL;formand;c@x.dk\n", encoding="utf-8")
    problems: list = []

    def fill(d):
        assert not d.import_button.isEnabled() and d.skip.isVisible()
        assert d.model.rowCount() == 4 and d.model.index(0, 1).data() == "Navn mangler."
        d.skip.setChecked(True)
        assert d.import_button.text() == "Importér 2"
        ok(d)
    drive(fill, problems)
    result = actions.import_participants(tab, tab.ctx, str(path))
    assert not problems and len(result.person_ids) == 2
    assert {p.name for p in tab.people.rows()} == {"Anne", "Cai"}
    assert tab.ctx.undo_stack.undoText() == "Importér 2 personer"
    tab.ctx.undo_stack.undo()
    assert tab.people.rowCount() == 0
    tab.ctx.undo_stack.redo()
    assert {p.id for p in tab.people.rows()} == set(result.person_ids)


def test_a_bad_import_file_is_reported_and_nothing_changes(tab, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    (tmp_path / "x.xlsx").write_bytes(b"PK\x03\x04 not really")
    assert actions.import_participants(tab, tab.ctx, str(tmp_path / "x.xlsx")) is None
    assert "ikke et gyldigt Excel-regneark" in shown[0] and tab.ctx.undo_stack.count() == 0


def test_welcome_text_dialog_for_the_selected_meeting(qtbot, demo_store, june18):
    ctx = AppContext(demo_store)
    ctx.select_meeting(june18)
    widget = ParticipantsTab(ctx)
    qtbot.addWidget(widget)
    dialog = mactions.show_welcome_text(widget, ctx)
    text = dialog.text.toPlainText()
    assert text.startswith("1. Kristina Farsinsen, Aalborg Kommune, som har overtaget pladsen")
    assert "2. Niels Vingborg, Roskilde Kommune og Sudarvili Vaithialingam" in text
    dialog.close()


def test_export_error_is_reported(tab, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    assert actions.export_overview(tab, tab.ctx, str(tmp_path / "mangler" / "x.xlsx"), False) is None
    assert shown and "Mappen findes ikke" in shown[0]
