"""Read models of the agenda import: how a presenter matched the register, where the
agenda goes, and what an import wrote (for undo)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

KNOWN_PERSON = "kendt person"
KNOWN_ORGANISATION = "kendt organisation"
GROUP = "gruppe"  # "alle", "sekretariatet"
NEW_PERSON = "ukendt person"


@dataclass(frozen=True)
class PresenterMatch:
    """A presenter as written, and what it is in the register."""

    name: str  # as written
    organisation: str  # as written
    status: str  # one of the constants above
    person_id: int | None = None
    person_name: str = ""
    organisation_id: int | None = None
    organisation_name: str = ""  # the register's name ("Aalborg Kommune" for "Aalborg")
    note: str = ""  # e.g. an organisation that is not in the register

    @property
    def key(self) -> tuple[str, str]:
        return self.name, self.organisation

    @property
    def known(self) -> bool:
        return self.status != NEW_PERSON

    @property
    def text(self) -> str:
        name = self.person_name or self.name
        org = self.organisation_name or self.organisation
        return ", ".join(p for p in (name, org) if p)


@dataclass(frozen=True)
class NewMeeting:
    date: dt.date
    start_time: dt.time
    end_time: dt.time
    title: str = "Netværksmøde"


@dataclass(frozen=True)
class AgendaImportResult:
    meeting_id: int
    created_meeting: bool
    item_ids: tuple[int, ...]
    person_ids: tuple[int, ...]
    topic_ids: tuple[int, ...]
