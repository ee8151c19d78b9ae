"""The status rules of SOR proposals over random sequences of steps and corrections,
judged against the road written out here by hand (not the product's table)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from kkrdesk.core import sor_rules
from kkrdesk.core.enums import SorStatus as S
from kkrdesk.core.errors import ValidationError
from kkrdesk.services.sor import proposals as sor

TODAY = dt.date(2026, 3, 31)
START = dt.date(2025, 1, 1)

# The road as the issue states it: udkast -> i høring -> input modtaget -> sendt til SDS ->
# godkendt / afvist -> udmeldt; straight from draft to SDS, a further round after input,
# and a rejected proposal reworked into a new draft are sensible too.
ROAD = {
    S.DRAFT: {S.IN_CONSULTATION, S.SENT_TO_SDS},
    S.IN_CONSULTATION: {S.INPUT_RECEIVED},
    S.INPUT_RECEIVED: {S.SENT_TO_SDS, S.IN_CONSULTATION},
    S.SENT_TO_SDS: {S.APPROVED, S.REJECTED},
    S.APPROVED: {S.RELEASED},
    S.REJECTED: {S.DRAFT},
    S.RELEASED: set(),
}

ops = st.lists(st.tuples(st.sampled_from(["step", "step", "step", "correct"]),
                         st.sampled_from(list(S)), st.integers(-40, 120)),
               min_size=1, max_size=14)


class Model:
    """The proposal as a reader of the issue would track it on paper."""

    def __init__(self):
        self.chain: list[tuple[S, dt.date]] = []  # the steps that count
        self.entries = 0
        self.last_day = START

    def accepts_step(self, status: S, day: dt.date) -> bool:
        allowed = ROAD[self.chain[-1][0]] if self.chain else {S.DRAFT}
        return (status in allowed and day <= TODAY
                and (not self.chain or day >= self.chain[-1][1])
                and (status != S.RELEASED or day.month in (3, 9)))

    def accepts_correction(self, status: S, day: dt.date) -> bool:
        if not self.chain:
            return False
        wrong = self.chain[-1][0]
        if len(self.chain) > 1:
            before, before_day = self.chain[-2]
            allowed = ROAD[before] | {before}
        else:
            before_day, allowed = None, {S.DRAFT, S.IN_CONSULTATION, S.SENT_TO_SDS}
        return (status in allowed and status != wrong and day <= TODAY
                and (before_day is None or day >= before_day)
                and (status != S.RELEASED or day.month in (3, 9)))


def _run(seq, apply_step, apply_correction, current):
    model = Model()
    for kind, status, offset in seq:
        day = model.last_day + dt.timedelta(days=offset)
        expected = (model.accepts_step if kind == "step" else model.accepts_correction)(status, day)
        try:
            (apply_step if kind == "step" else apply_correction)(status, day)
            accepted = True
        except ValidationError as exc:
            accepted = False
            assert str(exc) and exc.field in ("Status", "Dato")  # a Danish sentence for a field
        assert accepted == expected, (kind, status, day, model.chain)
        if accepted:
            model.entries += 1
            if kind == "correct":
                model.chain.pop()
            model.chain.append((status, day))
            model.last_day = day
        assert current() == (model.chain[-1][0] if model.chain else None)
    return model


@given(ops)
@settings(max_examples=300, deadline=None)
def test_random_steps_follow_the_road_and_never_go_back_in_time(seq):
    history: list[sor_rules.Step] = []

    def step(status, day):
        sor_rules.check_step(history, status, day, TODAY)
        history.append(sor_rules.Step(len(history) + 1, status, day))

    def correct(status, day):
        wrong = sor_rules.effective(history)[-1].id if sor_rules.effective(history) else -1
        sor_rules.check_correction(history, wrong, status, day, TODAY)
        history.append(sor_rules.Step(len(history) + 1, status, day, wrong))

    model = _run(seq, step, correct, lambda: sor_rules.current(history))
    assert len(history) == model.entries  # nothing ever leaves the history
    days = [s.on for s in sor_rules.effective(history)]
    assert days == sorted(days)
    # What the buttons would offer next is exactly the road from where it stands.
    now = model.chain[-1][0] if model.chain else None
    assert set(sor_rules.next_steps(history)) == (ROAD[now] if now else {S.DRAFT})


@given(ops)
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_random_steps_through_the_service_keep_the_whole_history(store, seq):
    pid = sor.create_proposal(store, title="Forslag", on=START)

    def step(status, day):
        sor.add_step(store, pid, status, day, "", today=TODAY)

    def correct(status, day):
        latest = [h for h in sor.get_proposal(store, pid).history if not h.corrected][-1]
        sor.correct_step(store, pid, latest.id, status, day, "rettet", today=TODAY)

    model = Model()
    model.chain, model.entries = [(S.DRAFT, START)], 1
    seq = [op for op in seq]
    for kind, status, offset in seq:
        day = model.last_day + dt.timedelta(days=offset)
        expected = (model.accepts_step if kind == "step" else model.accepts_correction)(status, day)
        before = sor.get_proposal(store, pid)
        try:
            (step if kind == "step" else correct)(status, day)
            accepted = True
        except ValidationError:
            accepted = False
        after = sor.get_proposal(store, pid)
        assert accepted == expected
        if accepted:
            if kind == "correct":
                model.chain.pop()
            model.chain.append((status, day))
            model.last_day = day
            model.entries += 1
        else:
            assert after == before  # nothing half-saved
        assert after.status == model.chain[-1][0]
        assert len(after.history) == model.entries
        same_tail = []
        for st_, d in reversed(model.chain):
            if st_ != model.chain[-1][0]:
                break
            same_tail.append(d)
        assert after.status_since == min(same_tail)
        assert sum(1 for h in after.history if h.corrected) == \
            sum(1 for h in after.history if h.corrects_id is not None)


def test_correcting_keeps_the_wrong_step_and_says_so(store):
    pid = sor.create_proposal(store, title="Forslag", on=dt.date(2025, 5, 6))
    sor.add_step(store, pid, S.IN_CONSULTATION, dt.date(2025, 5, 6), today=TODAY)
    sor.add_step(store, pid, S.INPUT_RECEIVED, dt.date(2025, 5, 30), today=TODAY)
    wrong = sor.add_step(store, pid, S.SENT_TO_SDS, dt.date(2025, 6, 3), today=TODAY)
    sor.correct_step(store, pid, wrong, S.IN_CONSULTATION, dt.date(2025, 6, 4),
                     "Forkert: sendt i ny høring, ikke til SDS.", today=TODAY)
    p = sor.get_proposal(store, pid)
    assert p.status == S.IN_CONSULTATION and len(p.history) == 5
    struck = [h for h in p.history if h.corrected]
    assert [h.status for h in struck] == [S.SENT_TO_SDS]
    assert p.history[-1].corrects_id == struck[0].id and p.history[-1].recorded_at is not None


@pytest.mark.parametrize("status, day, words", [
    (S.APPROVED, dt.date(2025, 6, 10), "mulige næste trin"),
    (S.IN_CONSULTATION, dt.date(2025, 5, 1), "tilbage i tiden"),
    (S.IN_CONSULTATION, dt.date(2099, 1, 1), "i fremtiden"),
])
def test_refused_steps_say_why_in_danish(store, status, day, words):
    pid = sor.create_proposal(store, title="Forslag", on=dt.date(2025, 5, 6))
    with pytest.raises(ValidationError, match=words):
        sor.add_step(store, pid, status, day, today=TODAY)


def test_release_only_in_march_or_september(store):
    pid = sor.create_proposal(store, title="Forslag", on=dt.date(2025, 5, 6))
    for status, day in ((S.SENT_TO_SDS, dt.date(2025, 6, 3)), (S.APPROVED, dt.date(2025, 8, 1))):
        sor.add_step(store, pid, status, day, today=TODAY)
    with pytest.raises(ValidationError, match="marts eller september"):
        sor.add_step(store, pid, S.RELEASED, dt.date(2025, 10, 1), today=TODAY)
    sor.add_step(store, pid, S.RELEASED, dt.date(2026, 3, 1), today=TODAY)
    assert sor.get_proposal(store, pid).status == S.RELEASED
