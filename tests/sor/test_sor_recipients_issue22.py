"""Issue 22, item 4: Sundhedsdatastyrelsen was offered twice as a recipient, once from the
standard list as »Sundhedsdatastyrelsen (SDS)« and once from the register. The class:
an organisation written by its name, its short name or both is one recipient, stored
as the register spells it, in the choices, in a round and for its responses."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from kkrdesk.services.sor import proposals as sor
from kkrdesk.services.sor import rounds as sor_rounds
from sor_helpers import sor_tab  # noqa: F401 (fixture)

SPELLINGS = ["Sundhedsdatastyrelsen", "SDS", "Sundhedsdatastyrelsen (SDS)", "sds", "KL",
             "Sundhedsstyrelsen", "SST"]


def _same_org(name: str, org: str, short: str) -> bool:
    return name.casefold() in {org.casefold(), short.casefold(), f"{org} ({short})".casefold()}


def test_the_new_round_dialog_offers_sds_once(qtbot, sor_tab):
    """What the issue saw: »Ny høringsrunde …« offered Sundhedsdatastyrelsen twice."""
    from dialog_driving import drive

    sor_tab.pages.setCurrentWidget(sor_tab.rounds_pane)
    seen: list = []

    def look(d):
        box = d.recipients.box
        seen.extend(box.itemText(i) for i in range(box.count()))
    drive(look, problems := [])
    qtbot.mouseClick(sor_tab.rounds_pane.new_button, Qt.MouseButton.LeftButton)
    assert not problems, problems
    assert [c for c in seen if _same_org(c, "Sundhedsdatastyrelsen", "SDS")] == ["Sundhedsdatastyrelsen"]


def test_each_organisation_is_offered_once(store):
    from kkrdesk.services.sor.recipients import recipient_choices

    choices = recipient_choices(store)
    assert sum(_same_org(c, "Sundhedsdatastyrelsen", "SDS") for c in choices) == 1
    assert sum(_same_org(c, "Sundhedsstyrelsen", "SST") for c in choices) == 1
    assert len({c.casefold() for c in choices}) == len(choices)
    assert choices[:5] == ["KKR-digitaliseringsnetværket", "KKR", "KL", "Sundhedsdatastyrelsen",
                           "SOR-styregruppen"]


def test_a_round_names_an_organisation_once_however_it_is_written(store):
    from kkrdesk.services.sor import responses as sor_responses

    pid = sor.create_proposal(store, title="Forslag", on=dt.date(2025, 6, 1))
    made = sor_rounds.create_round(store, title="Til SDS", recipients=SPELLINGS, proposal_ids=[pid],
                                   sent_on=dt.date(2025, 6, 3))
    rid = made.round_id
    assert sor_rounds.get_round(store, rid).recipients == (
        "Sundhedsdatastyrelsen", "KL", "Sundhedsstyrelsen")
    sor_responses.add_response(store, rid, respondent="SDS", received_on=dt.date(2025, 6, 20))
    (answer,) = sor_rounds.get_round(store, rid).responses
    assert answer.respondent == "Sundhedsdatastyrelsen"  # the organisation of the register
    change = sor_rounds.update_round(store, rid, recipients=["Sundhedsdatastyrelsen (SDS)", "KL"])
    assert sor_rounds.get_round(store, rid).recipients == ("Sundhedsdatastyrelsen", "KL")
    assert dict(change.old)["recipients"] == ["Sundhedsdatastyrelsen", "KL", "Sundhedsstyrelsen"]


def test_the_round_dialog_lists_sds_once_for_a_round_stored_the_old_way(qtbot, sor_tab):
    """The demo's SDS round names »Sundhedsdatastyrelsen (SDS)«, as rounds made before did."""
    from dialog_driving import drive

    tab = sor_tab
    tab.list_view.selectRow(0)
    tab.pages.setCurrentWidget(tab.rounds_pane)
    tab.rounds_pane.round_view.selectRow(1)
    seen: list = []

    def look(d):
        seen.append(d.recipients.list.values())
        seen.append(d.recipients.names())
    drive(look, problems := [])
    tab.rounds_pane.edit_button.click()
    assert not problems, problems
    rows, ticked = seen
    assert sum(_same_org(r, "Sundhedsdatastyrelsen", "SDS") for r in rows) == 1
    assert ticked == ["Sundhedsdatastyrelsen"]
