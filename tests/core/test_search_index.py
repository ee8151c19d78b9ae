"""Search everything (issue 23, item 2): every kind of record is found by a word from it,
Danish letters fold as a Danish reader expects, a word is found by its beginning, and
the index follows every write, undo and delete inside the same transaction, whoever
wrote (the services, undo's raw inserts, plain SQL)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from kkrdesk.services.search.find import search
from kkrdesk.views.participants import PersonFields

# What a user expects each table's words to find, written out here (not read from the
# product's list): the group the hit is shown in, and the column naming the record.
FOUND_AS = {
    "meeting": ("Møder", "id"), "next_meeting_topic": ("Møder", "meeting_id"),
    "agenda_item": ("Dagsordenspunkter", "id"), "sub_point": ("Dagsordenspunkter", "item_id"),
    "presenter": ("Dagsordenspunkter", "item_id"), "attachment": ("Dagsordenspunkter", "item_id"),
    "action_item": ("Opfølgning", "id"), "person": ("Personer", "id"),
    "organisation": ("Organisationer", "id"), "sor_proposal": ("SOR-forslag", "id"),
    "sor_status_change": ("SOR-forslag", "proposal_id"),
    "consultation_round": ("Høringsrunder", "id"), "round_recipient": ("Høringsrunder", "round_id"),
    "consultation_response": ("Høringssvar", "id"), "project": ("Projekter", "id"),
    "milestone": ("Projekter", "project_id"), "project_status_note": ("Projekter", "project_id"),
    "project_decision": ("Projekter", "project_id"), "risk": ("Projekter", "project_id"),
    "financing": ("Projekter", "project_id"),
}
COLUMNS = {
    "meeting": ["title", "place", "notes"], "next_meeting_topic": ["title"],
    "agenda_item": ["title", "description", "proposal"], "sub_point": ["text"],
    "presenter": ["name", "organisation_text"], "attachment": ["filename"],
    "action_item": ["what", "who_text"], "person": ["name", "title", "email", "phone", "notes"],
    "organisation": ["name", "short_name", "region", "kkr"],
    "sor_proposal": ["title", "current_name", "proposed_name", "definition", "rationale",
                     "open_questions", "related_codes", "notes"],
    "sor_status_change": ["note"], "consultation_round": ["title", "recipient", "notes"],
    "round_recipient": ["name"], "consultation_response": ["respondent", "text"],
    "project": ["name", "description", "documents"], "milestone": ["title", "notes"],
    "project_status_note": ["text"], "project_decision": ["text", "decided_by"],
    "risk": ["title", "mitigation"], "financing": ["source", "model", "notes"],
}
MINUTES_COLUMNS = ["notes", "decision"]  # an agenda item's referat: found under Referat


def found(store, words: str, label: str) -> list[int]:
    """The record ids a search for ``words`` shows under the group ``label``."""
    group = next((g for g in search(store, words, per_kind=500).groups if g.label == label), None)
    return [h.record_id for h in group.hits] if group else []


def sql(store, statement: str, **args) -> list:
    """Run ``statement`` through the store's engine, as a plain SQL door; its rows."""
    with store.engine.begin() as conn:
        result = conn.execute(text(statement), args)
        return result.fetchall() if result.returns_rows else []


def assert_index_sound(store) -> None:
    """FTS5's own check: the index holds exactly the words of the documents it keeps.
    On PostgreSQL (no such check): one document per row of each searched table, and an
    agenda item's referat a second one, as the tables above say."""
    if store.engine.dialect.name == "sqlite":
        sql(store, "INSERT INTO search_index(search_index) VALUES ('integrity-check')")
        return
    rows = sum(sql(store, f'SELECT count(*) FROM "{t}"')[0][0] for t in COLUMNS)
    rows += sql(store, "SELECT count(*) FROM agenda_item")[0][0]
    assert sql(store, "SELECT count(*) FROM search_index")[0][0] == rows


def _a_row(store, table: str) -> int:
    """A row of ``table`` in the demo (one is made by plain SQL where the demo has none)."""
    row = sql(store, f'SELECT min(id) FROM "{table}"')[0][0]
    if row is None:
        project = sql(store, "SELECT min(id) FROM project")[0][0]
        extra = {"risk": "title, mitigation, is_open) VALUES (:p, 'Risiko', '', true)",
                 "project_decision": "text, decided_by) VALUES (:p, 'Beslutning', '')"}[table]
        sql(store, f"INSERT INTO {table} (project_id, {extra}", p=project)
        row = sql(store, f'SELECT min(id) FROM "{table}"')[0][0]
    return row


@pytest.mark.parametrize("table", list(COLUMNS))
def test_a_word_in_any_searched_column_finds_its_record(demo_store, table):
    """Written with plain SQL, as undo's snapshots and the demo generator write: the
    database's triggers index it, not the services."""
    label, ref_column = FOUND_AS[table]
    row = _a_row(demo_store, table)
    ref = sql(demo_store, f'SELECT "{ref_column}" FROM "{table}" WHERE id = :id', id=row)[0][0]
    for n, column in enumerate(COLUMNS[table]):
        word = f"zqxw{n}{table.replace('_', '')}"
        sql(demo_store, f'UPDATE "{table}" SET "{column}" = coalesce("{column}", \'\') || :w '
                        "WHERE id = :id", w=f" {word}", id=row)
        assert found(demo_store, word, label) == [ref], (table, column)
    assert_index_sound(demo_store)


def test_minutes_are_found_under_referat_and_open_their_item(demo_store, june18):
    item = sql(demo_store, "SELECT min(id) FROM agenda_item WHERE meeting_id = :m", m=june18)[0][0]
    for n, column in enumerate(MINUTES_COLUMNS):
        sql(demo_store, f"UPDATE agenda_item SET {column} = :w WHERE id = :id",
            w=f"Bemærkning zqxr{n}", id=item)
        assert found(demo_store, f"zqxr{n}", "Referat") == [item]
    hit = next(g for g in search(demo_store, "zqxr0").groups if g.label == "Referat").hits[0]
    assert hit.target == ("agenda_item", item) and "møde 18-06-2025" in hit.context


def test_a_meeting_is_found_by_its_date(demo_store, june18):
    assert june18 in found(demo_store, "18-06-2025", "Møder")


@pytest.mark.parametrize(("kind", "table", "column"), [
    ("Møder", "meeting", "title"), ("Dagsordenspunkter", "agenda_item", "title"),
    ("Personer", "person", "name"), ("Organisationer", "organisation", "name"),
    ("SOR-forslag", "sor_proposal", "title"), ("Høringsrunder", "consultation_round", "title"),
    ("Høringssvar", "consultation_response", "text"), ("Projekter", "project", "name"),
    ("Opfølgning", "action_item", "what")])
def test_every_kind_is_found_by_a_word_from_the_demo(demo_store, kind, table, column):
    row, value = sql(demo_store, f'SELECT id, "{column}" FROM "{table}" '
                                 f'WHERE length("{column}") > 12 ORDER BY id LIMIT 1')[0]
    word = max(value.split(), key=len).strip(".,:;»«()\"")
    assert row in found(demo_store, word, kind), (word, value)


# -- Danish letters ------------------------------------------------------------------


@pytest.fixture
def danish(store):
    """People whose names hold æ, ø and å in both cases, and the two spellings of Aarhus."""
    from kkrdesk.services.participants import people

    names = ["ældre Plejer", "Øster Hansen", "Oster Hansen", "Århus Jensen", "Aarhus Nielsen",
             "Arhus Berg", "Idé Sørensen"]
    return {n: people.add_person(store, PersonFields(name=n)) for n in names}


def _people(store, words: str, danish) -> set[str]:
    ids = set(found(store, words, "Personer"))
    return {name for name, pid in danish.items() if pid in ids}


@pytest.mark.parametrize(("typed", "expected"), [
    ("ÆLDRE", {"ældre Plejer"}), ("ældre", {"ældre Plejer"}), ("æld", {"ældre Plejer"}),
    ("Øster", {"Øster Hansen"}), ("øster", {"Øster Hansen"}), ("ØSTER", {"Øster Hansen"}),
    ("oster", {"Oster Hansen"}),  # ø is a letter, not an o with a stroke
    ("Århus", {"Århus Jensen", "Aarhus Nielsen"}), ("århus", {"Århus Jensen", "Aarhus Nielsen"}),
    ("aarhus", {"Århus Jensen", "Aarhus Nielsen"}),  # aa is å: the municipality's own spelling
    ("arhus", {"Arhus Berg"}),  # å is never an a
    ("å", {"Århus Jensen", "Aarhus Nielsen"}), ("aa", {"Århus Jensen", "Aarhus Nielsen"}),
    ("ide", {"Idé Sørensen"}), ("IDÉ", {"Idé Sørensen"}),  # other accents do not count
    ("sør", {"Idé Sørensen"}), ("sor", set()),
])
def test_danish_letters_fold_as_a_danish_reader_expects(store, danish, typed, expected):
    assert _people(store, typed, danish) == expected


def test_every_word_must_be_found_each_as_a_beginning(store, danish):
    assert _people(store, "han øst", danish) == {"Øster Hansen"}
    assert _people(store, "hansen jensen", danish) == set()
    assert _people(store, "ster", danish) == set()  # a beginning, not any part of a word


@pytest.mark.parametrize("typed", ["", "  ", "-", "»«", '"', "*", "NOT", "AND OR", "a:b", "(", "^"])
def test_odd_input_is_no_error(store, danish, typed):
    search(store, typed)  # FTS5's own syntax characters are never passed on


# -- in step with every write ----------------------------------------------------------


def test_a_write_is_found_and_the_old_text_no_longer(store, danish):
    from kkrdesk.services.participants import people

    pid = danish["Øster Hansen"]
    people.update_person(store, pid, PersonFields(name="Åse Ærbø"))
    assert _people(store, "øster", danish) == set()
    assert found(store, "aase ærbø", "Personer") == [pid]
    assert_index_sound(store)


def test_a_delete_and_its_undo_keep_the_index_in_step(demo_store, june18):
    from kkrdesk.services.agenda import items

    item = items.insert_item(demo_store, june18, title="Kvalitetsløft zqxdel")
    items.set_sub_points(demo_store, item, ["Underpunkt zqxsub"])
    sql(demo_store, "UPDATE agenda_item SET notes = 'Referat zqxnote' WHERE id = :id", id=item)
    snap = items.delete_item(demo_store, item)
    for word, kind in (("zqxdel", "Dagsordenspunkter"), ("zqxsub", "Dagsordenspunkter"),
                       ("zqxnote", "Referat")):
        assert found(demo_store, word, kind) == []
    items.restore_item(demo_store, snap)  # undo: the same rows put back with raw inserts
    for word, kind in (("zqxdel", "Dagsordenspunkter"), ("zqxsub", "Dagsordenspunkter"),
                       ("zqxnote", "Referat")):
        assert found(demo_store, word, kind) == [item], word
    assert_index_sound(demo_store)


def test_deleting_a_meeting_takes_its_whole_agenda_out_of_the_index(demo_store, june18):
    """ON DELETE CASCADE: the rows the database deletes by itself leave the index too."""
    agenda = sql(demo_store, "SELECT id, title FROM agenda_item WHERE meeting_id = :m", m=june18)
    words = {max(title.split(), key=len) for _id, title in agenda}
    assert all(set(found(demo_store, w, "Dagsordenspunkter")) & {i for i, _t in agenda}
               for w in words)
    sql(demo_store, "DELETE FROM meeting WHERE id = :m", m=june18)
    gone = {i for i, _t in agenda}
    for word in words:
        for kind in ("Dagsordenspunkter", "Referat"):
            assert not set(found(demo_store, word, kind)) & gone, word
    assert june18 not in found(demo_store, "18-06-2025", "Møder")
    assert_index_sound(demo_store)


def test_undoing_a_deleted_person_finds_them_again(store, danish):
    from kkrdesk.services.participants import people

    snap = people.delete_people(store, [danish["Århus Jensen"]], dt.date(2025, 1, 1))
    assert _people(store, "århus", danish) == {"Aarhus Nielsen"}
    people.restore_snapshot(store, snap)
    assert _people(store, "århus", danish) == {"Århus Jensen", "Aarhus Nielsen"}


def test_a_failed_write_leaves_the_index_as_it_was(store, danish):
    """The index is written in the write's own transaction: a rollback takes it back."""
    with pytest.raises(RuntimeError), store.transaction() as s:
        s.execute(text("UPDATE person SET name = 'Zqxrolled' WHERE id = :id"),
                  {"id": danish["Øster Hansen"]})
        raise RuntimeError
    assert found(store, "zqxrolled", "Personer") == []
    assert _people(store, "øster", danish) == {"Øster Hansen"}
