"""The status rules of a SOR proposal, as plain functions over its history.

udkast -> i høring -> input modtaget -> sendt til SDS -> godkendt / afvist ->
udmeldt i SNOMED-release (March or September). Only sensible next steps are
offered. Nothing is ever removed from the history: a wrong step is corrected by a
new entry that names it (who and when are kept on both), and the corrected step
no longer counts. Steps never go back in time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from kkrdesk.core.marked import QT_TRANSLATE_NOOP, Marked
from kkrdesk.core.danish import short_date
from kkrdesk.core.enums import SorStatus, label
from kkrdesk.core.errors import ValidationError

S = SorStatus
NEXT: dict[SorStatus, tuple[SorStatus, ...]] = {
    S.DRAFT: (S.IN_CONSULTATION, S.SENT_TO_SDS),
    S.IN_CONSULTATION: (S.INPUT_RECEIVED,),
    S.INPUT_RECEIVED: (S.SENT_TO_SDS, S.IN_CONSULTATION),  # straight on, or another round
    S.SENT_TO_SDS: (S.APPROVED, S.REJECTED),
    S.APPROVED: (S.RELEASED,),
    S.REJECTED: (S.DRAFT,),  # reworked into a new draft
    S.RELEASED: (),
}
START: tuple[SorStatus, ...] = (S.DRAFT,)
RELEASE_MONTHS = (3, 9)  # new Danish SNOMED CT codes come in the March and September releases


@dataclass(frozen=True)
class Step:
    """One history entry as the rules see it."""

    id: int
    status: SorStatus
    on: dt.date
    corrects: int | None = None


def effective(history: Sequence[Step]) -> list[Step]:
    """The steps that count, oldest first: a correction takes the place of the step it
    corrects (always the latest that counted when it was made)."""
    chain: list[Step] = []
    for step in history:
        if step.corrects is not None and chain and chain[-1].id == step.corrects:
            chain.pop()
        chain.append(step)
    return chain


def current(history: Sequence[Step]) -> SorStatus | None:
    chain = effective(history)
    return chain[-1].status if chain else None


def next_steps(history: Sequence[Step]) -> tuple[SorStatus, ...]:
    status = current(history)
    return START if status is None else NEXT[status]


def correction_targets(history: Sequence[Step]) -> tuple[SorStatus, ...]:
    """What the latest step may be corrected to: what could have followed the step
    before it (or started the history), other than the wrong status itself."""
    chain = effective(history)
    if not chain:
        return ()
    before = chain[-2].status if len(chain) > 1 else None
    options = START + NEXT[S.DRAFT] if before is None else (before, *NEXT[before])
    seen: list[SorStatus] = []
    for s in options:
        if s != chain[-1].status and s not in seen:
            seen.append(s)
    return tuple(seen)


def _label(status: SorStatus) -> str:
    """A status's Danish label, which the window writes as its "Enum" translation."""
    return Marked("Enum", label(status))


def _options(allowed: Sequence[SorStatus]) -> str:
    """»A« eller »B« eller »C«: the steps that may come next, in either language."""
    if not allowed:
        return QT_TRANSLATE_NOOP("SorRules", "ingen flere trin")
    first = QT_TRANSLATE_NOOP("SorRules", "»{status}«").format(status=_label(allowed[0]))
    if len(allowed) == 1:
        return first
    return QT_TRANSLATE_NOOP("SorRules", "{first} eller {rest}").format(
        first=first, rest=_options(allowed[1:]))


def _check_date(on: dt.date, not_before: dt.date | None, today: dt.date | None) -> None:
    if not_before is not None and on < not_before:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "SorRules", "Datoen {on} ligger før forrige trin ({before}); et statustrin kan ikke gå "
            "tilbage i tiden.").format(on=short_date(on), before=short_date(not_before)),
            field="Dato")
    if today is not None and on > today:
        raise ValidationError(QT_TRANSLATE_NOOP("SorRules", "Datoen {on} ligger i fremtiden.").format(
            on=short_date(on)), field="Dato")


def _check_release(status: SorStatus, on: dt.date) -> None:
    if status == S.RELEASED and on.month not in RELEASE_MONTHS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "SorRules", "Nye koder udmeldes i SNOMED-releasen i marts eller september; {on} er "
            "ikke i en af de måneder.").format(on=short_date(on)), field="Dato")


def check_step(history: Sequence[Step], status: SorStatus, on: dt.date,
               today: dt.date | None = None) -> None:
    """Raise ValidationError (Danish) unless ``status`` on ``on`` may follow."""
    allowed = next_steps(history)
    if status not in allowed:
        now = current(history)
        where = (QT_TRANSLATE_NOOP("SorRules", "fra »{status}«").format(status=_label(now)) if now
                 else QT_TRANSLATE_NOOP("SorRules", "som første trin"))
        raise ValidationError(QT_TRANSLATE_NOOP(
            "SorRules", "»{status}« kan ikke komme {where}; mulige næste trin: {options}.").format(
            status=_label(status), where=where, options=_options(allowed)), field="Status")
    chain = effective(history)
    _check_date(on, chain[-1].on if chain else None, today)
    _check_release(status, on)


def check_correction(history: Sequence[Step], step_id: int, status: SorStatus, on: dt.date,
                     today: dt.date | None = None) -> None:
    chain = effective(history)
    if not chain or chain[-1].id != step_id:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "SorRules", "Kun det seneste trin i forløbet kan rettes."), field="Status")
    if status not in correction_targets(history):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "SorRules", "»{status}« kan ikke rettes til »{target}«.").format(
            status=_label(chain[-1].status), target=_label(status)), field="Status")
    _check_date(on, chain[-2].on if len(chain) > 1 else None, today)
    _check_release(status, on)


def release_name(on: dt.date) -> str:
    return f"{'marts' if on.month == 3 else 'september'} {on.year}"
