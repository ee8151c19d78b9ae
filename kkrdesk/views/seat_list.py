"""Read models of a list of names pasted into a project's groups: a line as read, what it
is in the register, what the user chose in the preview, and what the step wrote (for
undo)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kkrdesk.core.enums import GroupKind, Role

MATCHED = "findes"  # a person or organisation of the register
NEW = "ny"  # a person to create
AMBIGUOUS = "flere mulige"  # the user picks one (or a new person)


@dataclass(frozen=True)
class PastedSeat:
    """One holder as the pasted text gives them: 'Karen Anja Iversen, Helsingør kommune',
    'Projektleder: Jørgen Hougaard', 'KL (styregruppeformand)'."""

    line: int  # 1-based, in the pasted text
    name: str
    organisation: str = ""
    role: Role | None = None  # None: none written (Medlem)
    group: GroupKind | None = None  # under a heading "Styregruppe:" (None: the chosen group)


@dataclass(frozen=True)
class SeatList:
    """A pasted text as read: the holders, and the lines read as none (line, text, why)."""

    rows: tuple[PastedSeat, ...]
    skipped: tuple[tuple[int, str, str], ...] = ()


@dataclass(frozen=True)
class Holder:
    """Who takes a seat: a person or an organisation of the register, or a new person
    (with an organisation of the register, a new one named ``organisation``, or none)."""

    kind: str  # "person", "org" or "new"
    name: str
    id: int | None = None  # the person's or organisation's id ("new": None)
    organisation_id: int | None = None
    organisation: str = ""

    @property
    def text(self) -> str:
        head = f"Ny person: {self.name}" if self.kind == "new" else self.name
        org = self.organisation + (" – ny organisation" if self.kind == "new" and self.organisation
                                   and self.organisation_id is None else "")
        return f"{head} ({org})" if org and self.kind != "org" else head


@dataclass(frozen=True)
class SeatMatch:
    """A pasted line and what it is in the register: ``MATCHED`` (``choices[0]``),
    ``NEW`` (``choices[0]`` is the new person) or ``AMBIGUOUS`` (the user picks). A
    ``problem`` (already in the group, an unknown organisation) is shown in the preview."""

    row: PastedSeat
    status: str
    choices: tuple[Holder, ...]
    problem: str = ""

    @property
    def default(self) -> Holder | None:
        return self.choices[0] if self.status != AMBIGUOUS else None


@dataclass(frozen=True)
class SeatChoice:
    """One seat to make: in an existing group (``group_id``) or in a new one of ``group``."""

    holder: Holder
    role: Role
    group_id: int | None = None
    group: GroupKind | None = None
    start_date: dt.date | None = None


@dataclass(frozen=True)
class SeatsAdded:
    """What one step made, so undo removes exactly that."""

    organisations: tuple[int, ...]
    people: tuple[int, ...]
    groups: tuple[int, ...]
    seats: tuple[int, ...]
