"""SQLAlchemy 2 typed models for every area. Importing this package registers all
tables on ``Base.metadata``."""

from kkrdesk.core.models.base import Base
from kkrdesk.core.models.date_guard import guard_dates
from kkrdesk.core.models.meetings import (
    ActionItem, AgendaItem, Attachment, Attendance, Meeting, NextMeetingTopic, Presenter, SubPoint,
)
from kkrdesk.core.models.people import Group, Membership, Organisation, Person
from kkrdesk.core.models.presence import AppSession, ChangeLog
from kkrdesk.core.models.projects import (
    Financing, Milestone, Project, ProjectDecision, ProjectItemLink, ProjectStatusNote, Risk,
)
from kkrdesk.core.models.sor import (
    ConsultationResponse, ConsultationRound, RoundRecipient, SorCode, SorItemLink, SorProposal,
    SorStatusChange, round_proposal,
)

# Ids are never reused (SQLite AUTOINCREMENT): undo puts deleted rows back with their
# old ids, which must not have been handed to a newer row in the meantime.
for _table in Base.metadata.tables.values():
    if "id" in _table.c and _table.c.id.primary_key:
        _table.dialect_kwargs["sqlite_autoincrement"] = True

# A date out of range is refused by the column itself, whichever service sets it.
guard_dates(Base)

__all__ = [
    "ActionItem", "AgendaItem", "AppSession", "ChangeLog", "Attachment", "Attendance", "Base", "ConsultationResponse",
    "ConsultationRound", "Financing", "Group", "Meeting", "Membership", "Milestone",
    "NextMeetingTopic", "Organisation", "Person", "Presenter", "Project", "ProjectDecision",
    "ProjectItemLink", "ProjectStatusNote", "Risk", "RoundRecipient", "SorCode", "SorItemLink",
    "SorProposal", "SorStatusChange",
    "SubPoint", "round_proposal",
]
