"""The SOR-forslag list reads plain rows, not ORM objects (issue 19): ten years are 305
proposals with 1,460 steps of history, and loading them as objects was most of the
first opening of the wing. What a user sees must not change: each proposal and round
of the list is exactly what it reads alone, and a proposal another app changed after
the list showed it is still never written over."""

from __future__ import annotations

import sqlite3

import pytest

from kkrdesk.core import shown
from kkrdesk.core.enums import SorStatus
from kkrdesk.core.errors import ChangedElsewhere
from kkrdesk.services.sor import proposals, rounds


def test_each_proposal_and_round_of_the_list_is_what_it_reads_alone(years_store):
    listed = proposals.list_proposals(years_store)
    assert len(listed) >= 60 and sum(len(p.history) for p in listed) >= 200
    assert any(p.meetings for p in listed) and any(p.round_ids for p in listed)
    assert listed == [proposals.get_proposal(years_store, p.id) for p in listed]
    assert [p.id for p in listed] == sorted(p.id for p in listed)
    approved = proposals.list_proposals(years_store, SorStatus.APPROVED)
    assert approved and approved == [p for p in listed if p.status == SorStatus.APPROVED]
    all_rounds = rounds.list_rounds(years_store)
    assert any(r.responses for r in all_rounds)
    assert all_rounds == [rounds.get_round(years_store, r.id) for r in all_rounds]
    some = listed[0].round_ids[0] if listed[0].round_ids else all_rounds[0].proposal_ids[0]
    assert rounds.list_rounds(years_store, some) == [r for r in all_rounds if some in r.proposal_ids]


def test_opening_the_wing_loads_no_proposal_as_an_orm_object(qtbot, years_store, orm_loads):
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.sor.tab import SorTab

    tab = SorTab(AppContext(years_store))
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()  # read when shown, as at the first click on its tab
    assert tab.model.rowCount() >= 60
    assert tab.current is not None and tab.current.history
    assert orm_loads == []


def test_a_proposal_changed_elsewhere_after_the_list_showed_it_is_not_written_over(years_store):
    shown_title = proposals.list_proposals(years_store)[0]
    seen = shown.now()  # the form shows the list's proposal
    with sqlite3.connect(years_store.path) as other:  # another app saves a new title
        other.execute("UPDATE sor_proposal SET title = 'Deres titel', version = version + 1 "
                      "WHERE id = ?", (shown_title.id,))
    with pytest.raises(ChangedElsewhere), shown.based_on(shown.Basis(seen)):
        proposals.update_proposal(years_store, shown_title.id, title="Min titel")
    assert proposals.get_proposal(years_store, shown_title.id).title == "Deres titel"
