"""Read models of the SOR area: proposals with their dated history, consultation rounds
with responses, agenda links and reference codes. No Qt, no SQLAlchemy."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kkrdesk.core.danish import day_month
from kkrdesk.core.marked import QT_TRANSLATE_NOOP, Day
from kkrdesk.core.enums import ResponsePosition, SorCodeKind, SorProposalKind, SorStatus

DEFAULT_SDS_WEEKS = 2  # a round sent to SDS without an answer after this many weeks stands out
# A round's usual period from sending to the deadline for input: the only one on record is
# the seed deck's (sent 6 May 2025, input by 30 May: 24 days, Tuesday to the Friday three
# weeks later). A setting in the window; this is its default.
DEFAULT_ROUND_DAYS = 24
_SDS = re.compile(r"sundhedsdatastyrelsen|\bsds\b")
# once a proposal has one of these statuses SDS has decided it: nothing more to chase, so
# neither "deadline passed" nor "no answer from SDS" is shown for it
SDS_ANSWERED = frozenset({SorStatus.APPROVED, SorStatus.REJECTED, SorStatus.RELEASED})


def is_sds(name: str) -> bool:
    return bool(_SDS.search(name.casefold()))


@dataclass(frozen=True)
class StatusChangeView:
    id: int
    status: SorStatus
    changed_on: dt.date
    note: str
    recorded_at: dt.datetime | None = None
    recorded_by: str = ""
    corrects_id: int | None = None
    corrected: bool = False  # a later correction replaced this step


@dataclass(frozen=True)
class ItemLinkView:
    item_id: int
    meeting_id: int
    meeting_date: dt.date
    meeting_title: str
    item_title: str


@dataclass(frozen=True)
class ProposalView:
    id: int
    title: str
    kind: SorProposalKind
    concept_code: str
    current_name: str
    proposed_name: str
    definition: str
    status: SorStatus
    status_since: dt.date | None
    notes: str
    history: tuple[StatusChangeView, ...]
    rationale: str = ""
    open_questions: str = ""
    related_codes: str = ""
    round_ids: tuple[int, ...] = ()
    meetings: tuple[ItemLinkView, ...] = ()

    def step_date(self, status: SorStatus) -> dt.date | None:
        """The date of the latest step to ``status`` that still counts."""
        days = [h.changed_on for h in self.history if h.status == status and not h.corrected]
        return days[-1] if days else None


@dataclass(frozen=True)
class RoundChange:
    """What saving a round (or its responses) did, so that undo takes exactly that back:
    the round, the values an edit replaced, the responses made, and the status steps its
    sending or answer added to its proposals (``refused``: titles of proposals that
    could not follow, for the message)."""

    round_id: int
    step_ids: tuple[int, ...] = ()
    refused: tuple[str, ...] = ()
    old: tuple[tuple[str, object], ...] = ()
    response_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ResponseView:
    id: int
    respondent: str
    received_on: dt.date | None
    position: ResponsePosition | None
    text: str
    proposal_id: int | None = None
    proposal_title: str = ""


@dataclass(frozen=True)
class RoundView:
    id: int
    title: str
    recipient: str  # the recipients joined for display
    sent_on: dt.date | None
    deadline: dt.date | None
    answered_on: dt.date | None
    notes: str
    proposal_ids: tuple[int, ...]
    responses: tuple[ResponseView, ...]
    recipients: tuple[str, ...] = ()
    decided: bool = False  # every proposal in the round has been decided by SDS

    def is_overdue(self, today: dt.date) -> bool:
        return self.answered_on is None and self.deadline is not None and self.deadline < today

    def is_unanswered(self) -> bool:
        return self.sent_on is not None and self.answered_on is None

    def to_sds(self) -> bool:
        return any(is_sds(r) for r in self.recipients or (self.recipient,))

    def sds_waiting(self, today: dt.date, weeks: int) -> bool:
        """Sent to SDS, no answer, and more than ``weeks`` weeks have passed."""
        return (self.to_sds() and self.is_unanswered() and self.sent_on is not None
                and (today - self.sent_on).days > 7 * weeks)

    def alert(self, today: dt.date, weeks: int, decided: bool = False) -> str:
        """A short Danish warning, or "" when the round is in order. ``decided``: SDS has
        decided the proposal asked about, so neither a passed deadline nor an unanswered
        round to SDS is anything to chase; the same when SDS has decided all the round's
        proposals, even if its answered date was never filled in."""
        if decided or self.decided:
            return ""
        if self.sds_waiting(today, weeks):  # SDS's time is up: said so, deadline or not
            w = (today - self.sent_on).days // 7
            return (QT_TRANSLATE_NOOP("SorAlert", "Intet svar fra SDS efter {n} uge") if w == 1 else
                    QT_TRANSLATE_NOOP("SorAlert", "Intet svar fra SDS efter {n} uger")).format(n=w)
        if self.is_overdue(today):
            days = (today - self.deadline).days
            return (QT_TRANSLATE_NOOP("SorAlert", "Frist overskredet med {n} dag") if days == 1 else
                    QT_TRANSLATE_NOOP("SorAlert", "Frist overskredet med {n} dage")).format(n=days)
        return ""


@dataclass(frozen=True)
class Waiting:
    """Whom a proposal's status waits on and until when: »Sendt til SDS« waits on SDS
    for the configured weeks, »I høring« on the network until the round's deadline (or
    the usual period after the sending when no round says)."""

    text: str  # "Svar fra SDS ventes senest 17. juni 2025"
    due: dt.date
    overdue: bool


def _day(d: dt.date) -> Day:
    return Day(d, f"{day_month(d)} {d.year}")


def waiting(p: ProposalView, rounds: dict[int, RoundView], today: dt.date, weeks: int,
            round_days: int = DEFAULT_ROUND_DAYS) -> Waiting | None:
    mine = [r for rid in p.round_ids if (r := rounds.get(rid)) is not None and r.is_unanswered()]
    if p.status == SorStatus.SENT_TO_SDS and p.status_since:
        sent = max([r.sent_on for r in mine if r.to_sds()] or [p.status_since])
        due = sent + dt.timedelta(weeks=weeks)
        return Waiting(QT_TRANSLATE_NOOP("SorAlert", "Svar fra SDS ventes senest {day}").format(
            day=_day(due)), due, today > due)
    if p.status == SorStatus.IN_CONSULTATION and p.status_since:
        deadlines = [r.deadline for r in mine if not r.to_sds() and r.deadline]
        due = max(deadlines) if deadlines else p.status_since + dt.timedelta(days=round_days)
        return Waiting(QT_TRANSLATE_NOOP("SorAlert", "Input ventes senest {day}").format(
            day=_day(due)), due, today > due)
    return None


def _status_alert(p: ProposalView, rounds: dict[int, RoundView], today: dt.date, weeks: int,
                  round_days: int) -> str:
    """The alert of a status that waits past its date when no round of the proposal
    says so already (a proposal marked sent to SDS without an SDS round, say)."""
    w = waiting(p, rounds, today, weeks, round_days)
    if w is None or not w.overdue:
        return ""
    mine = [r for rid in p.round_ids if (r := rounds.get(rid)) is not None and r.is_unanswered()]
    if p.status == SorStatus.SENT_TO_SDS:
        if any(r.to_sds() for r in mine):
            return ""
        n = (today - p.status_since).days // 7
        return (QT_TRANSLATE_NOOP("SorAlert", "Intet svar fra SDS efter {n} uge (sendt {day})")
                if n == 1 else
                QT_TRANSLATE_NOOP("SorAlert", "Intet svar fra SDS efter {n} uger (sendt {day})")
                ).format(n=n, day=_day(p.status_since))
    if any(not r.to_sds() and r.deadline for r in mine):
        return ""
    days = (today - w.due).days
    return (QT_TRANSLATE_NOOP("SorAlert", "Frist for input overskredet med {n} dag") if days == 1
            else QT_TRANSLATE_NOOP("SorAlert", "Frist for input overskredet med {n} dage")
            ).format(n=days)


def proposal_alerts(p: ProposalView, rounds: dict[int, RoundView], today: dt.date,
                    weeks: int, round_days: int = DEFAULT_ROUND_DAYS) -> list[str]:
    out = []
    answered = p.status in SDS_ANSWERED
    for rid in p.round_ids:
        r = rounds.get(rid)
        if r is not None and (text := r.alert(today, weeks, decided=answered)):
            out.append(QT_TRANSLATE_NOOP("SorAlert", "{alert} ({round})").format(alert=text,
                                                                               round=r.title))

    if text := _status_alert(p, rounds, today, weeks, round_days):
        out.append(text)
    return out


INACTIVE_NOTE = "udgået i SNOMED CT"


@dataclass(frozen=True)
class SorCodeView:
    code: str
    name: str
    kind: SorCodeKind
    user_added: bool = False
    id: int | None = None
    inactive: bool = False  # still in SOR's lists, but inactive in the current SNOMED CT edition
    other_names: tuple[str, ...] = ()  # the names other published lists give the code
    source: str = ""  # where the shipped code was read (resources/reference/sor_codes_kilder.csv)

    @property
    def text(self) -> str:
        return f"{self.name} ({self.code})"

    @property
    def note(self) -> str:
        """What a list says beside the name: the kind, and whether the code is inactive."""
        kind = "enhedstype" if self.kind == SorCodeKind.UNIT_TYPE else "speciale"
        return f"{kind}, {INACTIVE_NOTE}" if self.inactive else kind

    @property
    def search_text(self) -> str:
        """Everything a typed part may match: code, name and the other names."""
        return " | ".join((self.code, self.name, *self.other_names))

    def known_as(self, name: str) -> bool:
        wanted = name.strip().casefold()
        return any(n.casefold() == wanted for n in (self.name, *self.other_names))


@dataclass(frozen=True)
class ProposalLinkView:
    """A proposal as an agenda item shows it."""

    id: int
    title: str
    status: SorStatus
    status_line: str


@dataclass(frozen=True)
class SorOverview:
    """What the overview workbook and the Word summary take."""

    proposals: tuple[ProposalView, ...]
    rounds: tuple[RoundView, ...]
    today: dt.date
    sds_weeks: int = DEFAULT_SDS_WEEKS
    # (code, "Name (kind)") of the reference codes, so a document names every code it shows
    code_names: tuple[tuple[str, str], ...] = ()
