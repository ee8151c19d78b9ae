"""SOR services: proposals, codes, rounds, responses, links with agenda items, the
standard status line, undo snapshots, and the upgrade of a filled 0001 database."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

import pytest

from kkrdesk.core.enums import ResponsePosition, SorCodeKind, SorProposalKind, SorStatus
from kkrdesk.core.errors import ValidationError
from kkrdesk.services.sor import proposals as sor
from kkrdesk.services.sor import codes as sor_codes
from kkrdesk.services.links import sor as sor_links
from kkrdesk.services.sor import responses as sor_responses
from kkrdesk.services.sor import rounds as sor_rounds
from locations import DATA

D18 = dt.date(2025, 6, 18)


def _demo_item(store) -> int:
    p = sor.list_proposals(store)[0]
    return p.meetings[0].item_id


@pytest.mark.parametrize("code, words", [
    ("55062100000510A", "kun indeholde cifre"), ("5506 2100", "mellemrum"),
    ("12345", "for kort"), ("1234567890123456789", "for lang"), ("٥٥٠٦٢١٠٠٠", "kun indeholde cifre"),
])
def test_codes_with_letters_spaces_or_wrong_length_are_refused(store, code, words):
    pid = sor.create_proposal(store, title="Forslag")
    with pytest.raises(ValidationError, match=words):
        sor.update_proposal(store, pid, concept_code=code)
    assert sor.get_proposal(store, pid).concept_code == ""


def test_proposal_fields_are_saved_as_text_and_cleaned(store):
    pid = sor.create_proposal(store, title="  Ny enhedstype\x00 ", kind=SorProposalKind.DISCONTINUE)
    sor.update_proposal(store, pid, concept_code="000123456", related_codes="658161000005107, 550621000005101",
                        rationale="Fordi\x07 🙂", open_questions="Egen kode?")
    p = sor.get_proposal(store, pid)
    assert p.title == "Ny enhedstype" and p.kind == SorProposalKind.DISCONTINUE
    assert p.concept_code == "000123456"  # leading zeros kept: text, not a number
    assert p.related_codes == "658161000005107 550621000005101"
    assert p.rationale == "Fordi 🙂"
    with pytest.raises(ValidationError, match="Titel skal udfyldes"):
        sor.update_proposal(store, pid, title="   ", notes="ikke gemt")
    assert sor.get_proposal(store, pid).notes == ""  # nothing half-saved


def test_delete_and_restore_keep_ids_history_rounds_and_links(demo_store):
    before = sor.list_proposals(demo_store)
    rounds_before = sor_rounds.list_rounds(demo_store)
    p = before[2]
    snap = sor.delete_proposal(demo_store, p.id)
    assert p.id not in {x.id for x in sor.list_proposals(demo_store)}
    assert all(p.id not in r.proposal_ids for r in sor_rounds.list_rounds(demo_store))
    assert sor.restore_proposal(demo_store, snap) == p.id
    assert sor.list_proposals(demo_store) == before
    assert sor_rounds.list_rounds(demo_store) == rounds_before


def test_reference_codes_shipped_and_added(store):
    codes = {c.code: c for c in sor_codes.list_codes(store)}
    # The published examples of DOMAIN.md, typed here from the text.
    assert codes["550621000005101"].name == "Hjemmesygeplejeenhed"
    assert codes["554221000005108"].name == "Bosted"
    assert codes["546811000005109"].kind == SorCodeKind.UNIT_TYPE
    assert codes["658161000005107"].kind == SorCodeKind.SPECIALTY
    assert codes["658181000005104"].name == "Hjælpemiddelområdet"
    cid = sor_codes.add_code(store, "123456789", "Kommunikationsenhed", SorCodeKind.UNIT_TYPE)
    assert {c.code for c in sor_codes.list_codes(store) if c.user_added} == {"123456789"}
    with pytest.raises(ValidationError, match="findes allerede"):
        sor_codes.add_code(store, "550621000005101", "Igen", SorCodeKind.UNIT_TYPE)
    with pytest.raises(ValidationError, match="kun indeholde cifre"):
        sor_codes.add_code(store, "abc", "Forkert", SorCodeKind.UNIT_TYPE)
    sor_codes.delete_code(store, cid)
    assert not any(c.user_added for c in sor_codes.list_codes(store))


def test_round_dates_and_recipients_are_checked(store):
    pid = sor.create_proposal(store, title="Forslag")
    base = dict(title="Runde", recipients=["KL"], proposal_ids=[pid])
    with pytest.raises(ValidationError, match="Fristen .* ligger før afsendelsen") as exc:
        sor_rounds.create_round(store, **base, sent_on=dt.date(2025, 5, 6), deadline=dt.date(2025, 5, 1))
    assert exc.value.field == "Frist"
    with pytest.raises(ValidationError, match="Svaret .* ligger før afsendelsen"):
        sor_rounds.create_round(store, **base, sent_on=dt.date(2025, 5, 6), answered_on=dt.date(2025, 5, 2))
    with pytest.raises(ValidationError, match="mindst én modtager"):
        sor_rounds.create_round(store, **{**base, "recipients": ["  "]})
    with pytest.raises(ValidationError, match="mindst ét forslag"):
        sor_rounds.create_round(store, **{**base, "proposal_ids": []})
    assert sor_rounds.list_rounds(store) == []


def test_responses_only_from_recipients_and_not_before_sending(store):
    pid = sor.create_proposal(store, title="Forslag")
    rid = sor_rounds.create_round(store, title="Runde", recipients=["KKR", "KL"],
                                  proposal_ids=[pid], sent_on=dt.date(2025, 5, 6),
                                  deadline=dt.date(2025, 5, 30)).round_id
    with pytest.raises(ValidationError, match="ikke sendt til MedCom") as exc:
        sor_responses.add_response(store, rid, respondent="MedCom", received_on=dt.date(2025, 5, 20))
    assert exc.value.field == "Organisation"
    with pytest.raises(ValidationError, match="før runden blev sendt"):
        sor_responses.add_response(store, rid, respondent="KL", received_on=dt.date(2025, 5, 1))
    xid = sor_responses.add_response(store, rid, respondent="kl", received_on=dt.date(2025, 5, 29),
                                     position=ResponsePosition.AGAINST, text="Imod navnet.",
                                     proposal_id=pid)
    (x,) = sor_rounds.get_round(store, rid).responses
    assert (x.id, x.respondent, x.position, x.proposal_title) == (xid, "KL", ResponsePosition.AGAINST, "Forslag")
    with pytest.raises(ValidationError, match="KL har afgivet høringssvar"):
        sor_rounds.update_round(store, rid, recipients=["KKR"])
    with pytest.raises(ValidationError, match="før den nye afsendelsesdato"):
        sor_rounds.update_round(store, rid, sent_on=dt.date(2025, 5, 30))
    change = sor_rounds.update_round(store, rid, deadline=dt.date(2025, 6, 1), title="Runde 1")
    assert dict(change.old) == {"deadline": dt.date(2025, 5, 30), "title": "Runde"}
    snap = sor_rounds.delete_round(store, rid)
    assert sor_rounds.list_rounds(store) == []
    sor_rounds.restore_round(store, snap)
    assert sor_rounds.get_round(store, rid).responses[0].text == "Imod navnet."


def test_overdue_and_sds_waiting_rounds_stand_out(demo_store):
    network, to_sds = sor_rounds.list_rounds(demo_store)
    assert network.alert(D18, 2) == ""  # answered on its deadline
    assert to_sds.alert(D18, 2) == "Intet svar fra SDS efter 2 uger"  # 15 days after 3 June
    assert to_sds.alert(D18, 3) == ""
    pid = sor.create_proposal(demo_store, title="Nyt")
    rid = sor_rounds.create_round(demo_store, title="Frist", recipients=["KL"], proposal_ids=[pid],
                                  sent_on=dt.date(2025, 6, 1), deadline=dt.date(2025, 6, 15)).round_id
    assert sor_rounds.get_round(demo_store, rid).alert(D18, 2) == "Frist overskredet med 3 dage"


def test_demo_item_links_both_ways_with_the_seed_status_line(demo_store):
    item_id = _demo_item(demo_store)
    links = sor_links.proposals_for_item(demo_store, item_id)
    assert len(links) == 5
    assert {x.status_line for x in links} == {
        "Tilrettet forslag sendt til SDS den 3. juni – foreløbig ikke modtaget svar",
        "Input modtaget fra KKR og KL"}
    assert all(p.meetings[0].meeting_date == D18 for p in sor.list_proposals(demo_store))
    old = sor_links.add_status_lines(demo_store, item_id)
    from kkrdesk.services.agenda import meetings

    item = next(i for i in meetings.get_detail(demo_store, meetings.find_by_date(demo_store, D18).id).items
                if i.id == item_id)
    assert list(item.sub_points[len(old):]) == [
        "Tilrettet forslag sendt til SDS den 3. juni – foreløbig ikke modtaget svar",
        "Input modtaget fra KKR og KL"]
    assert sor_links.add_status_lines(demo_store, item_id) == list(item.sub_points)  # no duplicates


def test_link_and_unlink(demo_store):
    pid = sor.create_proposal(demo_store, title="Nyt")
    item_id = _demo_item(demo_store)
    assert sor_links.link_item(demo_store, pid, item_id) is True
    assert sor_links.link_item(demo_store, pid, item_id) is False
    assert [m.item_id for m in sor.get_proposal(demo_store, pid).meetings] == [item_id]
    assert sor_links.unlink_item(demo_store, pid, item_id) is True
    assert sor.get_proposal(demo_store, pid).meetings == ()


def test_status_line_before_sds_and_after_answer(store):
    pid = sor.create_proposal(store, title="Forslag", on=dt.date(2025, 5, 6))
    rid = sor_rounds.create_round(store, title="Høring", recipients=["KKR-digitaliseringsnetværket"],
                                  proposal_ids=[pid], sent_on=dt.date(2025, 5, 6),
                                  deadline=dt.date(2025, 5, 30)).round_id
    # the round's sending put the draft in consultation, dated the sending
    assert sor.get_proposal(store, pid).status_since == dt.date(2025, 5, 6)
    rounds = sor_rounds.list_rounds(store)
    line = sor_links.status_line(sor.get_proposal(store, pid), rounds, D18)
    assert line == "Forslag sendt til KKR-digitaliseringsnetværket den 6. maj (frist for input 30. maj)"
    sor.add_step(store, pid, SorStatus.INPUT_RECEIVED, dt.date(2025, 5, 30))
    sor.add_step(store, pid, SorStatus.SENT_TO_SDS, dt.date(2025, 6, 3))
    sds = sor_rounds.create_round(store, title="SDS", recipients=["Sundhedsdatastyrelsen (SDS)"],
                                  proposal_ids=[pid], sent_on=dt.date(2025, 6, 3)).round_id
    p = sor.get_proposal(store, pid)
    assert sor_links.status_line(p, sor_rounds.list_rounds(store), dt.date(2026, 1, 5)) == \
        "Tilrettet forslag sendt til SDS den 3. juni 2025 – foreløbig ikke modtaget svar"
    sor_rounds.update_round(store, sds, answered_on=dt.date(2025, 7, 1))
    assert sor_links.status_line(p, sor_rounds.list_rounds(store), D18.replace(month=8)) == \
        "Tilrettet forslag sendt til SDS den 3. juni"
    assert rid


def test_a_filled_0001_database_upgrades_without_losing_a_row(tmp_path):
    """The 0001 demo (made by the 0001 code, kept in tests/data) opens, upgrades, and keeps
    every row; its one recipient per round becomes the round's first recipient."""
    from pathlib import Path

    from kkrdesk.services.database import open_database
    from kkrdesk.core.store import SCHEMA_HEAD

    source = DATA / "demo-0001.sqlite"
    path = tmp_path / "old.sqlite"
    shutil.copy(source, path)
    con = sqlite3.connect(path)
    tables = [r[0] for r in con.execute("select name from sqlite_master where type='table' "
                                        "and name not like 'sqlite_%' and name <> 'alembic_version'")]
    counts = {t: con.execute(f'select count(*) from "{t}"').fetchone()[0] for t in tables}
    recipients = dict(con.execute("select id, recipient from consultation_round"))
    con.close()
    store = open_database(path)
    try:
        from kkrdesk.core.store import SCHEMA_HEAD

        assert store.schema_revision == SCHEMA_HEAD  # 0002 and any migration after it
    finally:
        store.close()
    con = sqlite3.connect(path)
    after = {t: con.execute(f'select count(*) from "{t}"').fetchone()[0] for t in tables}
    assert after == counts and counts["sor_proposal"] == 5
    assert dict(con.execute("select round_id, name from round_recipient")) == recipients
    con.close()
