"""The Deltagere wing reads plain rows, not ORM objects (issue 19): 300 people with their
organisations and seats were most of the first opening of the wing when loaded as
objects. What a user sees must not change: the people are those the overview's own
reader finds, a person's memberships are what each membership reads alone, and a
person another app changed after the list showed them is never written over."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from kkrdesk.core import shown
from kkrdesk.core.errors import ChangedElsewhere
from kkrdesk.services.overview.sql import read_overview
from kkrdesk.services.participants import memberships, people


def test_the_people_are_those_the_overview_reader_finds(years_store):
    for day in (dt.date(2025, 6, 18), dt.date(2024, 1, 1)):
        listed = people.list_people(years_store, day)
        assert len(listed) >= 100 and any(p.is_current_member for p in listed)
        overview = read_overview(years_store.path, include_contact=True, today=day)
        assert listed == list(overview.participants.people)
    assert any(p.was_member for p in people.list_people(years_store, dt.date(2025, 6, 18)))


def test_a_person_s_memberships_are_what_each_reads_alone(years_store):
    seen = 0
    for person in people.list_people(years_store)[::7]:
        rows = memberships.memberships_of_person(years_store, person.id)
        assert rows == [memberships.get_membership(years_store, m.id) for m in rows]
        seen += len(rows)
    assert seen >= 20
    replaced = [m for p in people.list_people(years_store)
                for m in memberships.memberships_of_person(years_store, p.id)
                if m.replaces_name or m.replaced_by_names]
    assert replaced and replaced == [memberships.get_membership(years_store, m.id)
                                     for m in replaced]


def test_the_organisations_count_their_people(years_store):
    orgs = people.list_organisations(years_store)
    with sqlite3.connect(years_store.path) as conn:
        expected = dict(conn.execute(
            "SELECT o.name, count(p.id) FROM organisation o "
            "LEFT JOIN person p ON p.organisation_id = o.id GROUP BY o.id").fetchall())
    assert {o.name: o.people for o in orgs} == expected


def test_opening_the_wing_loads_no_person_as_an_orm_object(qtbot, years_store, orm_loads):
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.participants.tab import ParticipantsTab

    tab = ParticipantsTab(AppContext(years_store))
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()  # read when shown, as at the first click on its tab
    assert tab.people.rowCount() >= 100
    assert tab.memberships.model.rowCount() >= 1  # the first person's seats
    assert orm_loads == []


def test_a_person_changed_elsewhere_after_the_list_showed_them_is_not_written_over(years_store):
    person = people.list_people(years_store)[0]
    seen = shown.now()  # the list shows the person
    with sqlite3.connect(years_store.path) as other:  # another app saves a new title
        other.execute("UPDATE person SET title = 'Deres titel', version = version + 1 "
                      "WHERE id = ?", (person.id,))
    fields = people.person_fields(years_store, person.id)
    with pytest.raises(ChangedElsewhere), shown.based_on(shown.Basis(seen)):
        people.update_person(years_store, person.id, type(fields)(
            **{**fields.__dict__, "title": "Min titel"}))
    assert people.person_fields(years_store, person.id).title == "Deres titel"
