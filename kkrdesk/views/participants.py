"""Read models of the participant area: organisations, people, memberships and seats,
replacements and welcome lines, the attendance grid, the import preview and what deleting a
person would touch. No Qt, no SQLAlchemy."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kkrdesk.core.danish import join_and as _join
from kkrdesk.core.enums import AttendanceMode, AttendanceStatus, GroupKind, OrgKind, Role


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _n(count: int) -> str:
    return f"{count:,}".replace(",", ".")


@dataclass(frozen=True)
class OrganisationView:
    id: int
    name: str
    short_name: str
    kind: OrgKind
    region: str
    kkr: str
    is_reference: bool = False
    people: int = 0  # how many people belong to it


@dataclass(frozen=True)
class PersonView:
    id: int
    name: str
    title: str
    organisation_id: int | None
    organisation: str
    region: str
    kkr: str
    email: str
    phone: str
    notes: str
    network_role: Role | None  # current seat in the network, if any
    is_current_member: bool
    was_member: bool


@dataclass(frozen=True)
class MembershipView:
    id: int
    group_id: int
    group_name: str
    person_id: int | None
    person_name: str
    organisation: str
    role: Role
    appointed_by: str
    start_date: dt.date | None
    end_date: dt.date | None
    replaces_id: int | None
    replaces_name: str
    replaced_by_names: tuple[str, ...]
    notes: str

    def is_current(self, today: dt.date | None = None) -> bool:
        today = today or dt.date.today()
        return self.end_date is None or self.end_date > today


@dataclass(frozen=True)
class PersonFields:
    """What a user can type about a person."""

    name: str
    title: str = ""
    organisation_id: int | None = None
    email: str = ""
    phone: str = ""
    notes: str = ""


@dataclass(frozen=True)
class GroupView:
    id: int
    name: str
    kind: GroupKind


@dataclass(frozen=True)
class MembershipFields:
    role: Role = Role.MEMBER
    appointed_by: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True)
class ReplaceResult:
    old_id: int
    old_end_before: dt.date | None
    old_end_after: dt.date | None
    new_ids: tuple[int, ...]
    old_name: str
    new_names: tuple[str, ...]


@dataclass(frozen=True)
class WelcomeLine:
    text: str  # "Kristina Farsinsen, Aalborg Kommune, som har overtaget pladsen efter ..."
    note: str
    start_date: dt.date | None


# The welcome slide's phrases. The agenda's "Nyt møde fra forrige" tells the lines written
# with them (one meeting's new members) from a Velkomst item's standing lines.
TOOK_OVER = "som har overtaget pladsen efter"
NEW_MEMBER = "som er nyt medlem af netværket"


def is_welcome_line(text: str) -> bool:
    """A line ``welcome_lines`` writes about one meeting's new members (as opposed to a
    standing line of the Velkomst item such as "Kort præsentationsrunde")."""
    return f", {TOOK_OVER} " in text or text.rstrip(". ").endswith(f", {NEW_MEMBER}")


@dataclass(frozen=True)
class GridMeeting:
    id: int
    date: dt.date
    title: str


@dataclass(frozen=True)
class GridCell:
    status: AttendanceStatus | None  # None: expected, nothing recorded
    mode: AttendanceMode = AttendanceMode.IN_PERSON
    substitute_for: str = ""
    is_guest: bool = False
    note: str = ""


EXPECTED = GridCell(None)  # one shared cell: expected, nothing recorded


@dataclass(frozen=True)
class GridRow:
    person_id: int
    name: str
    organisation: str
    cells: tuple[GridCell | None, ...]  # one per meeting; None: not expected, nothing recorded
    expected: int  # meetings up to today the person was expected at
    attended: int
    apologies: int
    absent: int
    is_member: bool = True  # False: came as a guest, holds no seat in the network

    @property
    def rate(self) -> float | None:
        return self.attended / self.expected if self.expected else None


@dataclass(frozen=True)
class OrganisationRate:
    organisation: str
    people: int
    expected: int  # person-meetings expected (one per person per meeting)
    attended: int  # person-attendances
    meetings: int = 0  # meetings held with someone of the organisation expected or recorded
    meetings_attended: int = 0  # meetings the organisation took part in (anyone)

    @property
    def rate(self) -> float | None:
        return self.attended / self.expected if self.expected else None


@dataclass(frozen=True)
class AttendanceGrid:
    meetings: tuple[GridMeeting, ...]
    rows: tuple[GridRow, ...]
    organisations: tuple[OrganisationRate, ...]


@dataclass(frozen=True)
class PreviewRow:
    line: int
    name: str
    organisation_id: int | None
    organisation: str
    title: str
    role: Role | None  # None: a contact without a seat in the network
    appointed_by: str
    email: str
    phone: str
    start_date: dt.date | None
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ImportPreview:
    source: str
    sheet: str
    rows: tuple[PreviewRow, ...]
    ignored_columns: tuple[str, ...]

    @property
    def valid(self) -> tuple[PreviewRow, ...]:
        return tuple(r for r in self.rows if r.ok)

    @property
    def invalid(self) -> tuple[PreviewRow, ...]:
        return tuple(r for r in self.rows if not r.ok)

    def summary(self) -> str:
        where = f"{self.source} (ark »{self.sheet}«)" if self.sheet else self.source
        bad = len(self.invalid)
        rows, good = len(self.rows), len(self.valid)
        return (f"{where}: {_n(rows)} " + ("række" if rows == 1 else "rækker")
                + f", {_n(good)} " + ("gyldig" if good == 1 else "gyldige")
                + (f", {_n(bad)} med fejl." if bad else "."))

    def report_lines(self, limit: int | None = None) -> list[str]:
        lines = [self.summary()]
        if self.ignored_columns:
            lines.append("Kolonner, der ikke bruges: " + ", ".join(self.ignored_columns) + ".")
        bad = self.invalid
        for r in bad[:limit] if limit else bad:
            lines.append(f"Række {r.line}: " + " ".join(r.problems))
        if limit and len(bad) > limit:
            lines.append(f"… og {_n(len(bad) - limit)} rækker mere med fejl.")
        return lines


@dataclass(frozen=True)
class ImportResult:
    person_ids: tuple[int, ...]
    membership_ids: tuple[int, ...]
    skipped: tuple[PreviewRow, ...]


@dataclass(frozen=True)
class PersonUsage:
    memberships: int = 0
    attendance: int = 0  # registrations at meetings not yet held: deleted with the person
    presenter: int = 0  # presenter at meetings not yet held: the name stays as text
    actions: int = 0  # responsible for action items of meetings not yet held: the name stays
    cleared: int = 0  # chair, minute-taker or "stedfortræder for" there: left empty
    held: int = 0  # references from held or past meetings: the person cannot be deleted

    @property
    def other(self) -> int:
        """References from meetings not yet held other than attendance."""
        return self.presenter + self.actions + self.cleared

    def describe(self) -> str:
        """What deleting changes, in plain sentences ('' when the person is unused)."""
        out = []
        gone = []
        if self.memberships:
            gone.append(_count(self.memberships, "medlemskab", "medlemskaber"))
        if self.attendance:
            gone.append(_count(self.attendance, "fremmøderegistrering", "fremmøderegistreringer")
                        + " til kommende møder")
        if gone:
            out.append(_cap(_join(gone)) + " slettes.")
        kept = []
        if self.presenter:
            kept.append(_count(self.presenter, "oplæg", "oplæg") + " på kommende møder")
        if self.actions:
            kept.append(_count(self.actions, "opfølgningspunkt", "opfølgningspunkter"))
        if kept:
            out.append("Navnet står fortsat som tekst ved " + _join(kept) + ".")
        if self.cleared:
            out.append("Personen fjernes som mødeleder, referent eller »stedfortræder for« "
                       f"{_count(self.cleared, 'sted', 'steder')} på kommende møder.")
        return " ".join(out)
