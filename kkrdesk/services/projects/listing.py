"""The projects' list as the Projekter wing shows it: each project's own fields, owner,
latest status note and the milestones not yet reached, in two plain queries (no ORM
objects). Ten years are 54 projects with 1,260 status notes and 1,010 milestones; the
list needs 54 notes and the open milestones, and the selected project is read whole
when it is selected (``portfolio.get_project``). The tables' columns, never entities:
the list is read through ``Store.rows``, before the ORM is loaded."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from kkrdesk.core.enums import MilestoneStatus
from kkrdesk.core.models import Milestone, Organisation, Project, ProjectStatusNote
from kkrdesk.core.store import Store
from kkrdesk.views.projects import MilestoneView, ProjectRow, StatusNoteView

_DONE = (MilestoneStatus.REACHED, MilestoneStatus.CANCELLED)


def _latest_note_id():
    """The id of the project's newest status note (by date, then id), per project row."""
    project, older = Project.__table__, ProjectStatusNote.__table__.alias("older")
    return (select(older.c.id).where(older.c.project_id == project.c.id)
            .order_by(older.c.noted_on.desc(), older.c.id.desc()).limit(1)
            .correlate(project).scalar_subquery())


def _projects_query():
    p, note, org = (t.__table__ for t in (Project, ProjectStatusNote, Organisation))
    return (select(p.c.id, p.c.version, p.c.name, p.c.description, p.c.phase, org.c.name,
                   note.c.id, note.c.version, note.c.noted_on, note.c.rag, note.c.text)
            .select_from(p)
            .outerjoin(org, org.c.id == p.c.owner_id)
            .outerjoin(note, note.c.id == _latest_note_id())
            .order_by(p.c.sort_order, p.c.id))


def _open_milestones(s, saw) -> dict[int, list[MilestoneView]]:
    m = Milestone.__table__.c
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
    with store.rows() as s:
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
