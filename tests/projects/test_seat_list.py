"""A pasted list of names read as seats, matched against the register, and written as one
step (issue 22, item 6), below the window: the reader, the Danish-aware name keys, the
matching on the demo's register, and the step's all-or-nothing write and exact undo.
Expected values are written by hand."""

from __future__ import annotations

import pytest

from date_cases import dump as full_dump
from kkrdesk.core.enums import GroupKind, Role
from kkrdesk.core.errors import ValidationError
from kkrdesk.core.names import name_key, short_form_of
from kkrdesk.imports.seat_list import read_seat_list
from kkrdesk.services.projects import portfolio as projects
from kkrdesk.services.projects import seat_match, seat_paste
from kkrdesk.views.projects import ProjectFields
from kkrdesk.views.seat_list import AMBIGUOUS, MATCHED, NEW, Holder, SeatChoice

G, P = GroupKind.STEERING_GROUP, GroupKind.PROJECT_GROUP
SLIDE = """• Organisering:
• Styregruppe:\x20

o KL (styregruppeformand) og MedCom (projektejer) og Aalborg kommune (seniorbruger)\x20

• Projektgruppe:\x20
o Projektleder: Jørgen Hougaard

o Karen Anja Iversen, Helsingør kommune\x20
o Tom Kristensen, Aalborg kommune
"""


def dump(path) -> list[str]:
    """The rows of the database, less the search index's own segments (rewritten by FTS
    as it likes) and the id counters (an id is not used twice)."""
    return [line for line in full_dump(path).splitlines()
            if "search_index_" not in line and "sqlite_sequence" not in line]


def test_the_slides_organisation_is_read_line_by_line():
    got = read_seat_list(SLIDE)
    assert [(r.line, r.name, r.organisation, r.role, r.group) for r in got.rows] == [
        (4, "KL", "", Role.CHAIR, G), (4, "MedCom", "", Role.PROJECT_OWNER, G),
        (4, "Aalborg kommune", "", Role.SENIOR_USER, G),
        (7, "Jørgen Hougaard", "", Role.PROJECT_MANAGER, P),
        (9, "Karen Anja Iversen", "Helsingør kommune", None, P),
        (10, "Tom Kristensen", "Aalborg kommune", None, P)]
    assert got.skipped == ((1, "• Organisering:", "overskrift"),)


@pytest.mark.parametrize("text, expected", [
    ("Karen Anja Iversen\tHelsingør Kommune\tMedlem", ("Karen Anja Iversen", "Helsingør Kommune",
                                                       Role.MEMBER)),
    ("Jørgen Hougaard (projektleder)", ("Jørgen Hougaard", "", Role.PROJECT_MANAGER)),
    ("Birgitte Johansen – Silkeborg Kommune", ("Birgitte Johansen", "Silkeborg Kommune", None)),
    ("1. Kaspar Cort Madsen (Københavns Kommune)", ("Kaspar Cort Madsen", "Københavns Kommune",
                                                    None)),
    ("- Stine Bonde <stine@odense.dk>, Odense Kommune", ("Stine Bonde", "Odense Kommune", None)),
])
def test_one_holder_as_people_write_them(text, expected):
    (row,) = read_seat_list(text).rows
    assert (row.name, row.organisation, row.role) == expected


def test_too_much_text_is_refused_in_one_danish_line():
    with pytest.raises(ValidationError, match="for lang til en liste af navne"):
        read_seat_list("Navn Navnesen\n" * 2000)
    with pytest.raises(ValidationError, match="Listen har 201 navne; højst 200"):
        read_seat_list("\n".join(f"Person {n} Hansen" for n in range(201)))


def test_names_written_differently_are_one_name():
    assert name_key("karen anja  iversen") == name_key("Karen-Anja Iversen") == \
        name_key("Karen Anja Iversen")
    assert name_key("Joergen Hougaard") == name_key("Jørgen Hougaard")
    assert name_key("Kira Christina Örbekker") == name_key("Kira Christina Ørbekker")
    assert short_form_of("Tom Kristensen", "Tom Have Kristensen")
    assert not short_form_of("Tom Kristensen", "Tom Kristensen")
    assert not short_form_of("Tom Hansen", "Tom Have Kristensen")


def test_the_slides_names_are_found_in_the_demo_register(demo_store):
    pid = projects.create_project(demo_store, ProjectFields("Ny organisering", ""))
    reg = seat_match.load_register(demo_store, pid)
    got = [(m.row.name, m.status, [h.text for h in m.choices])
           for m in seat_match.match_all(reg, read_seat_list(SLIDE).rows, None)]
    assert got == [
        ("KL", MATCHED, ["KL"]), ("MedCom", MATCHED, ["MedCom"]),
        ("Aalborg kommune", MATCHED, ["Aalborg Kommune"]),
        ("Jørgen Hougaard", MATCHED, ["Jørgen Hougaard", "Ny person: Jørgen Hougaard"]),
        ("Karen Anja Iversen", MATCHED, ["Karen Anja Iversen (Helsingør Kommune)",
                                         "Ny person: Karen Anja Iversen (Helsingør Kommune)"]),
        ("Tom Kristensen", MATCHED, ["Tom Have Kristensen (Aalborg Kommune)",
                                     "Ny person: Tom Kristensen (Aalborg Kommune)"])]
    (poul,) = seat_match.match_all(reg, read_seat_list("Poul Kristensen").rows, None)
    assert poul.status == AMBIGUOUS and [h.text for h in poul.choices] == [
        "Poul Erik Kristensen (KL)", "Ny person: Poul Kristensen"]
    (new,) = seat_match.match_all(reg, read_seat_list("Ida Holm, Testbyen Kommune").rows, None)
    assert new.status == NEW and new.choices[0].text == ("Ny person: Ida Holm (Testbyen Kommune – "
                                                         "ny organisation)")


def test_one_refused_seat_writes_nothing_and_undo_removes_exactly_what_was_made(demo_store):
    pid = projects.create_project(demo_store, ProjectFields("Ny organisering", ""))
    before = dump(demo_store.path)
    ida = Holder("new", "Ida Holm", None, None, "Testbyen Kommune")
    twice = [SeatChoice(ida, Role.MEMBER, None, P), SeatChoice(ida, Role.MEMBER, None, P)]
    with pytest.raises(ValidationError, match="Ida Holm har allerede rollen medlem i gruppen"):
        seat_paste.add_seats(demo_store, pid, twice)
    assert dump(demo_store.path) == before
    added = seat_paste.add_seats(demo_store, pid, twice[:1])
    assert (len(added.organisations), len(added.people), len(added.groups), len(added.seats)) \
        == (1, 1, 1, 1)
    seat_paste.remove_seats(demo_store, added)
    assert dump(demo_store.path) == before
