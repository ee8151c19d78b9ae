"""The projects' list as the Projekter wing shows it: each project's own fields, owner,
latest status note and the milestones not yet reached, in two plain queries (no ORM
objects). Ten years are 54 projects with 1,260 status notes and 1,010 milestones; the
list needs 54 notes and the open milestones, and the selected project is read whole
when it is selected (``portfolio.get_project``)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import aliased

from kkrdesk.core.enums import MilestoneStatus
from kkrdesk.core.models import Milestone, Organisation, Project, ProjectStatusNote
from kkrdesk.core.store import Store
from kkrdesk.views.projects import MilestoneView, ProjectRow, StatusNoteView

_DONE = (MilestoneStatus.REACHED, MilestoneStatus.CANCELLED)


def _latest_note_id():
    """The id of the project's newest status note (by date, then id), per project row."""
    older = aliased(ProjectStatusNote)
    return (select(older.id).where(older.project_id == Project.id)
            .order_by(older.noted_on.desc(), older.id.desc()).limit(1)
            .correlate(Project).scalar_subquery())


def _projects_query():
    note = ProjectStatusNote
    return (select(Project.id, Project.version, Project.name, Project.description,
                   Project.phase, Organisation.name, note.id, note.version, note.noted_on,
                   note.rag, note.text)
            .outerjoin(Organisation, Organisation.id == Project.owner_id)
            .outerjoin(note, note.id == _latest_note_id())
            .order_by(Project.sort_order, Project.id))


def _open_milestones(s, saw) -> dict[int, list[MilestoneView]]:
    m = Milestone
    found: dict[int, list[MilestoneView]] = {}
    for row in s.execute(
            select(m.project_id, m.id, m.version, m.title, m.planned_on, m.planned_month_only,
                   m.actual_on, m.status, m.notes)
            .where(m.actual_on.is_(None), m.status.not_in(_DONE))):
        saw(("milestone", (row.id,)), row.version)
        view = MilestoneView(row.id, row.title, row.planned_on, row.planned_month_only,
                             row.actual_on, row.status, row.notes)
        if not view.is_done:
            found.setdefault(row.project_id, []).append(view)
    for views in found.values():
        views.sort(key=lambda v: (v.planned_on or dt.date.max, v.id))
    return found


def project_rows(store: Store) -> list[ProjectRow]:
    """Every project as a list row, in the projects' order. The versions read are noted
    as an ORM read notes them (core/row_versions.py)."""
    saw = store.versions.saw
    with store.reading() as s:
        open_ = _open_milestones(s, saw)
        rows = []
        for (pid, version, name, description, phase, owner, note_id, note_version, noted_on,
             rag, text) in s.execute(_projects_query()):
            saw(("project", (pid,)), version)
            latest = None
            if note_id is not None:
                saw(("project_status_note", (note_id,)), note_version)
                latest = StatusNoteView(note_id, noted_on, rag, text)
            rows.append(ProjectRow(pid, name, description, phase, owner or "", latest,
                                   tuple(open_.get(pid, ()))))
        return rows
