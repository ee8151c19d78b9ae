"""`kkrdesk demo --years N`: synthetic years before the seed meeting, what a reader of
the database would check: meetings four times a year with minutes and attendance,
members who come and go with successors, SOR proposals with rounds, projects with
milestones and monthly notes; the same N gives the same database."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter

import pytest

from kkrdesk.cli import main

SEED = dt.date(2025, 6, 18)


@pytest.fixture(scope="module")
def two_years(tmp_path_factory):
    path = tmp_path_factory.mktemp("years") / "two.sqlite"
    assert main(["demo", "--years", "2", str(path)]) == 0
    con = sqlite3.connect(path)
    yield con
    con.close()


def q(con, sql, *args):
    return con.execute(sql, args).fetchall()


def test_four_meetings_a_year_before_the_seed_meeting(two_years):
    days = [dt.date.fromisoformat(d) for (d,) in q(two_years, "select date from meeting order by date")]
    synthetic = [d for d in days if d < SEED]
    assert len(synthetic) == 8
    assert all(d.weekday() == 2 for d in synthetic)  # Wednesdays, like the seed meeting
    assert SEED in days and dt.date(2025, 11, 5) in days  # the seed's two meetings stay
    assert synthetic[0] >= SEED - dt.timedelta(days=2 * 366)


def test_every_synthetic_meeting_has_an_agenda_minutes_and_attendance(two_years):
    rows = q(two_years, """
        select m.id,
               (select count(*) from agenda_item i where i.meeting_id = m.id and i.parent_id is null),
               (select count(*) from agenda_item i where i.meeting_id = m.id and i.decision != ''),
               (select count(*) from attendance a where a.meeting_id = m.id),
               (select count(*) from action_item a where a.meeting_id = m.id)
        from meeting m where m.date < '2025-06-18'""")
    assert len(rows) == 8
    for _id, items, decided, present, actions in rows:
        assert 15 <= items <= 25
        assert decided >= 10
        assert present >= 20
        assert actions >= 2
    # Positions are 0..n-1 with Eventuelt last on every agenda.
    for (mid,) in q(two_years, "select id from meeting where date < '2025-06-18'"):
        titles = [t for (t,) in q(two_years, "select title from agenda_item where meeting_id = ? "
                                             "and parent_id is null order by position", mid)]
        assert titles[0] == "Velkomst" and titles[-1] == "Eventuelt"
        positions = [p for (p,) in q(two_years, "select position from agenda_item where "
                                                "meeting_id = ? and parent_id is null order by position", mid)]
        assert positions == list(range(len(positions)))


def test_about_300_people_in_real_municipalities_with_churn(two_years):
    assert q(two_years, "select count(*) from person")[0][0] == 300
    names = [n for (n,) in q(two_years, "select name from person")]
    assert len(set(names)) == len(names)
    assert any(ch in "".join(names) for ch in "æøåÆØÅ")
    unknown = q(two_years, """select count(*) from person p left join organisation o
                              on o.id = p.organisation_id where o.is_reference = 0""")[0][0]
    assert unknown == 0  # every synthetic person sits in a reference organisation
    # Replacements: the successor starts the day the predecessor's seat ends.
    chains = q(two_years, """select old.end_date, new.start_date from membership new
                             join membership old on old.id = new.replaces_id
                             where new.start_date is not null and new.start_date < '2025-06-18'""")
    assert len(chains) >= 5
    assert all(end == start for end, start in chains)
    current = q(two_years, """select count(*) from membership m join "group" g on g.id = m.group_id
                              where g.kind = 'network' and m.end_date is null""")[0][0]
    assert current >= 30


def test_sor_proposals_rounds_and_responses(two_years):
    per_year = Counter(d[:4] for (d,) in q(two_years, """
        select min(changed_on) from sor_status_change group by proposal_id"""))
    assert sum(per_year.values()) == 2 * 30 + 5  # the seed has five
    status_ok = q(two_years, """select count(*) from sor_proposal p where p.status = (
        select h.status from sor_status_change h where h.proposal_id = p.id
        order by h.changed_on desc, h.id desc limit 1)""")[0][0]
    assert status_ok == 65  # the proposal's status is its latest history step
    rounds = q(two_years, """select r.id, count(distinct rp.proposal_id),
                             (select count(*) from consultation_response x where x.round_id = r.id)
                             from consultation_round r join round_proposal rp on rp.round_id = r.id
                             where r.title like '%, runde %' group by r.id""")
    assert len(rounds) == 2 * 3
    assert all(1 <= n <= 12 for _id, n, _answers in rounds)
    assert sum(answers >= 1 for _id, _n, answers in rounds) >= 5  # a recent one may wait


def test_projects_with_20_milestones_and_monthly_notes(two_years):
    rows = q(two_years, """select p.name,
        (select count(*) from milestone m where m.project_id = p.id),
        (select min(noted_on) from project_status_note n where n.project_id = p.id),
        (select max(noted_on) from project_status_note n where n.project_id = p.id),
        (select count(*) from project_status_note n where n.project_id = p.id)
        from project p where p.sort_order >= 100""")
    assert len(rows) == 10
    for name, milestones, first, last, notes in rows:
        assert milestones == 20, name
        months = ((dt.date.fromisoformat(last).year - dt.date.fromisoformat(first).year) * 12
                  + dt.date.fromisoformat(last).month - dt.date.fromisoformat(first).month)
        assert notes == months + 1, name  # one note a month, none skipped
    groups = q(two_years, """select count(*) from "group" where project_id in
                             (select id from project where sort_order >= 100)""")[0][0]
    assert groups == 20  # a steering group and a project group each


def test_same_years_give_the_same_database(tmp_path, two_years):
    again = tmp_path / "again.sqlite"
    assert main(["demo", "--years", "2", str(again)]) == 0
    con = sqlite3.connect(again)
    try:
        for table in ("person", "meeting", "agenda_item", "attendance", "membership",
                      "sor_proposal", "milestone"):
            assert q(con, f'select * from "{table}" order by id') == \
                q(two_years, f'select * from "{table}" order by id'), table
    finally:
        con.close()


def test_bad_years_is_refused_in_danish(tmp_path, capsys):
    assert main(["demo", "--years", "ti", str(tmp_path / "x.sqlite")]) == 2
    assert "antal år skal være et helt tal" in capsys.readouterr().err
    assert not (tmp_path / "x.sqlite").exists()
