"""The SOR wing's item models pass qtmodeltester, filled, filtered and empty."""

from __future__ import annotations

import datetime as dt

from kkrdesk.core.enums import SorStatus
from kkrdesk.services.sor import proposals as sor
from kkrdesk.services.sor import rounds as sor_rounds
from kkrdesk.ui.sor.list_model import ProposalFilter, ProposalListModel
from kkrdesk.ui.sor.rounds_pane import RESPONSE_COLUMNS, RoundModel
from kkrdesk.ui.table_model import RowTableModel

D18 = dt.date(2025, 6, 18)


def test_proposal_list_model_and_filter(qtmodeltester, demo_store):
    model = ProposalListModel(D18)
    model.set_data(sor.list_proposals(demo_store), sor_rounds.list_rounds(demo_store), 2)
    assert model.rowCount() == 5 and model.columnCount() == 4
    qtmodeltester.check(model, force_py=True)
    source = ProposalListModel(D18)
    source.set_data(sor.list_proposals(demo_store), sor_rounds.list_rounds(demo_store), 2)
    proxy = ProposalFilter()
    proxy.setSourceModel(source)
    proxy.set_filter(status=SorStatus.SENT_TO_SDS, text="kommunikationsenhed")
    assert proxy.rowCount() == 2
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_filter(overdue_only=True)
    assert proxy.rowCount() == 4  # the four waiting for SDS for more than two weeks
    model.set_data([], [], 2)
    qtmodeltester.check(model, force_py=True)


def test_round_and_response_models(qtmodeltester, demo_store):
    rounds = RoundModel(D18)
    rounds.set_rows(sor_rounds.list_rounds(demo_store))
    qtmodeltester.check(rounds, force_py=True)
    responses = RowTableModel(RESPONSE_COLUMNS)
    responses.set_rows(sor_rounds.list_rounds(demo_store)[0].responses)
    assert [responses.index(r, 0).data() for r in range(responses.rowCount())] == ["KKR", "KL"] * 4
    qtmodeltester.check(responses, force_py=True)
