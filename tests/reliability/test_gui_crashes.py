"""Issue 18, defects 2 and 3, each in a window of its own process (gui_driver.py): an
ordinary pick from the SOR reference completer, and proposals whose stored text Qt
shows differently (a leading byte-order mark, a no-break space, a paragraph
separator). The process must live, a pick must put the name and the code in their
own fields as one undo step, and viewing must change nothing."""

from __future__ import annotations

import shutil

import pytest

from reliability.gui_run import dump, one, run_scenario
NAME, CODE = "Hjemmesygeplejeenhed", "550621000005101"  # a published unit type


@pytest.fixture
def db(demo_template, tmp_path):
    target = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, target)
    return target


def _proposals(db) -> list[int]:
    from kkrdesk.services.sor import proposals as sor
    from kkrdesk.services.database import open_database

    store = open_database(db)
    try:
        return [p.id for p in sor.list_proposals(store)]
    finally:
        store.close()


def test_a_pick_from_the_reference_completer_fills_name_and_code_as_one_step(db, demo_template):
    run = run_scenario("sor_completer_pick", db)
    run.assert_alive()
    picks = run.records("PICKED")
    assert [p["how"] for p in picks] == ["keys", "click", "pause"]
    for pick in picks:
        assert (pick["name"], pick["code"]) == (NAME, CODE), pick  # the name alone in its field
        assert pick["steps"] == 1, pick  # the letters typed before the pick join it
        assert pick["undo_text"].startswith(f"Vælg {NAME} ({CODE}) på »"), pick
    sql = "SELECT current_name, concept_code FROM sor_proposal WHERE id = ?"
    for pick in picks[:2]:
        assert one(db, sql, pick["id"]) == (NAME, CODE)
    undone = run.records("UNDONE")[0]  # one Ctrl+Z takes the third pick back whole
    original = one(demo_template, sql, undone["id"])
    assert one(db, sql, undone["id"]) == original
    assert (undone["name"], undone["code"]) == original


ODD = {
    "title": "\ufeffKommunikationsenhed – præciseret definition",
    "current_name": "\ufeffKommunikations\u00a0enhed",
    "proposed_name": "Kommunikation\u00a0og\u00a0hjælpemidler\ufeff",
    "definition": "En\u00a0enhed, der\u2029rådgiver \ufeffom kommunikation.\u2028Anden linje",
    "rationale": "\ufeffBegrundelse\u00a0med hårdt mellemrum",
    "open_questions": "Første\u2029Anden\u2029\u2029Tredje",
    "notes": "Ring\u00a0til\u00a0SDS \ufeff i\u00a0morgen",
}


@pytest.mark.parametrize("fields", [["title"], ["definition", "rationale", "open_questions", "notes"],
                                    list(ODD)], ids=["bom_title", "texts", "every_field"])
def test_viewing_a_proposal_whose_text_qt_shows_differently_changes_nothing(db, fields):
    from kkrdesk.services.sor import proposals as sor
    from kkrdesk.services.database import open_database

    target = _proposals(db)[0]
    store = open_database(db)
    sor.update_proposal(store, target, **{f: ODD[f] for f in fields})
    stored = sor.get_proposal(store, target)
    assert all(getattr(stored, f) == ODD[f] for f in fields)  # kept as given
    store.close()
    before = dump(db)
    run = run_scenario("sor_view_odd_text", db, str(target))
    run.assert_alive()
    viewed = run.records("VIEWED")[0]
    assert viewed["steps"] == 0, f"viewing added an undo step: {viewed['undo_text']}"
    assert dump(db) == before


# -- the same classes in the Dagsorden tab ------------------------------------------------

def _shown_items(db) -> list[int]:
    """The items of the meeting the window opens on, in order."""
    from kkrdesk.services.agenda import meetings
    from kkrdesk.services.database import open_database

    store = open_database(db)
    try:
        detail = meetings.get_detail(store, meetings.default_meeting_id(store))
        return [i.id for i in detail.items]
    finally:
        store.close()


def test_a_presenter_picked_from_the_completer_is_saved_and_nothing_crashes(db):
    run = run_scenario("agenda_presenter_pick", db)
    run.assert_alive()
    sql = ("SELECT person.name, organisation.name FROM presenter JOIN person ON person.id = "
           "presenter.person_id JOIN organisation ON organisation.id = presenter.organisation_id "
           "WHERE presenter.item_id = ?")
    picks = run.records("PANE") + run.records("IN_PLACE")
    assert len(picks) == 4
    for pick in picks:
        assert pick["text"] == "Karina Hasager Hedevang, MedCom", pick
        assert one(db, sql, pick["id"]) == ("Karina Hasager Hedevang", "MedCom")
    assert all(p["steps"] == 1 for p in run.records("PANE"))
    assert run.records("IN_PLACE")[0]["editing"]  # saved while the editor stays open


AGENDA_ODD = {
    "title": "\ufeffVelkomst og\u00a0godkendelse",
    "description": "Baggrund\u00a0med\u2029afsnit \ufeffog\u2028linje",
    "proposal": "\ufeffSekretariatet indstiller\u00a0at …",
    "notes": "Referat\u2029\u2029med tomt afsnit\u00a0",
    "decision": "Godkendt\u00a0\ufeff.",
}


def test_viewing_an_agenda_item_whose_text_qt_shows_differently_changes_nothing(db):
    from kkrdesk.services.agenda import presenters
    from kkrdesk.services.agenda import items as agenda
    from kkrdesk.services.database import open_database

    target = _shown_items(db)[2]
    store = open_database(db)
    agenda.update_item(store, target, **AGENDA_ODD)
    presenters.set_presenters(store, target, [presenters.PresenterInput("\ufeffBo\u00a0Berg", "KL")])
    store.close()
    assert one(db, "SELECT title FROM agenda_item WHERE id = ?", target) == (AGENDA_ODD["title"],)
    before = dump(db)
    run = run_scenario("agenda_view_odd_text", db, str(target))
    run.assert_alive()
    viewed = run.records("VIEWED")[0]
    assert viewed["steps"] == 0, f"viewing added an undo step: {viewed['undo_text']}"
    assert dump(db) == before
