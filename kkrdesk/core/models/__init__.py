"""The models of every area: importing this package defines every table on
``Base.metadata`` and every model class, and maps none of them. They are mapped by
SQLAlchemy's ORM at their first ORM use (kkrdesk.core.models.base says when), or when
:func:`map_models` is called."""

from kkrdesk.core.models.base import Base, orm_mapping
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


def map_models() -> None:
    """Map every model now, if they are not yet (SQLAlchemy's ORM is imported here)."""
    orm_mapping.ensure()


def load_orm() -> None:
    """Import SQLAlchemy's ORM and the models' mapping now, mapping nothing: the first of
    the window's two idle steps (ui/idle_build.py), about half of what ``prepare_models``
    costs when it comes first."""
    import kkrdesk.core.models.mapping  # noqa: F401 - imported for its cost, here


def prepare_models() -> None:
    """Map every model and configure its mappers (their relationships) now: what the
    first ORM query would otherwise do while the user waits (ui/idle_build.py)."""
    orm_mapping.ensure()
    from sqlalchemy.orm import configure_mappers

    configure_mappers()


def _map_all() -> None:
    from kkrdesk.core.models.mapping import map_all  # the ORM, at the models' first use

    map_all()


orm_mapping.map_all = _map_all

__all__ = [
    "ActionItem", "AgendaItem", "AppSession", "ChangeLog", "Attachment", "Attendance", "Base", "ConsultationResponse",
    "ConsultationRound", "Financing", "Group", "Meeting", "Membership", "Milestone",
    "NextMeetingTopic", "Organisation", "Person", "Presenter", "Project", "ProjectDecision",
    "ProjectItemLink", "ProjectStatusNote", "Risk", "RoundRecipient", "SorCode", "SorItemLink",
    "SorProposal", "SorStatusChange",
    "SubPoint", "map_models", "prepare_models", "round_proposal",
]
