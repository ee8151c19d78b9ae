"""Links both ways between projects and the agenda items where they were presented,
and "presenting the project adds its latest status note to the item"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core.danish import short_date
from kkrdesk.core.enums import label
from kkrdesk.core.errors import NotFound, ValidationError
from kkrdesk.core.models import AgendaItem, Project, ProjectItemLink, ProjectStatusNote
from kkrdesk.core.store import Store
from kkrdesk.services.areas import PROJECT_WRITE

if TYPE_CHECKING:  # the projects' read models are imported when a status note is read:
    from kkrdesk.views.projects import StatusNoteView  # the item pane shows names only


def projects_of_item(store: Store, item_id: int) -> list[tuple[int, str]]:
    """(project id, name) of the projects an agenda item presents."""
    project, link = Project.__table__.c, ProjectItemLink.__table__.c
    with store.rows() as s:  # plain rows: the start reads them, before the ORM is loaded
        return [(pid, name) for pid, name in s.execute(
            select(project.id, project.name)
            .join_from(Project.__table__, ProjectItemLink.__table__, link.project_id == project.id)
            .where(link.item_id == item_id).order_by(project.sort_order, project.id))]


def project_names(store: Store) -> list[tuple[int, str]]:
    """(id, name) of every project in the list's order: the item pane's picker, read
    here so that showing an item does not load the projects wing's services."""
    project = Project.__table__.c
    with store.rows() as s:
        return [(pid, name) for pid, name in s.execute(
            select(project.id, project.name).order_by(project.sort_order, project.id))]


def link(store: Store, project_id: int, item_id: int) -> int:
    with store.transaction(*PROJECT_WRITE) as s:
        if s.get(Project, project_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Projektet findes ikke længere."))
        if s.get(AgendaItem, item_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Dagsordenspunktet findes ikke længere."))
        if s.scalar(select(ProjectItemLink.id).where(ProjectItemLink.project_id == project_id,
                                                     ProjectItemLink.item_id == item_id)):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Links", "Punktet er allerede knyttet til projektet."))
        row = ProjectItemLink(project_id=project_id, item_id=item_id)
        s.add(row)
        s.flush()
        return row.id


def unlink(store: Store, project_id: int, item_id: int) -> None:
    with store.transaction(*PROJECT_WRITE) as s:
        row = s.scalar(select(ProjectItemLink).where(ProjectItemLink.project_id == project_id,
                                                     ProjectItemLink.item_id == item_id))
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Koblingen findes ikke længere."))
        s.delete(row)


def latest_note(store: Store, project_id: int) -> StatusNoteView | None:
    from kkrdesk.views.projects import StatusNoteView

    with store.reading() as s:
        n = s.scalar(select(ProjectStatusNote).where(ProjectStatusNote.project_id == project_id)
                     .order_by(ProjectStatusNote.noted_on.desc(), ProjectStatusNote.id.desc()))
        return StatusNoteView(n.id, n.noted_on, n.rag, n.text) if n else None


def status_paragraph(name: str, note: StatusNoteView) -> str:
    """'Status for Identitetssløring i kommunerne pr. 18-06-2025 (grøn): …'."""
    return f"Status for {name} pr. {short_date(note.noted_on)} ({label(note.rag).lower()}): {note.text}"


def add_latest_status(store: Store, project_id: int, item_id: int) -> tuple[str, bool]:
    """Append the project's latest status note to the item's description (a paragraph
    of its own) and link the item if it was not; returns (the description as it was,
    whether a link was made), for undo."""
    with store.transaction(*PROJECT_WRITE) as s:
        p = s.get(Project, project_id)
        item = s.get(AgendaItem, item_id)
        if p is None or item is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Projektet eller punktet findes ikke længere."))
        n = s.scalar(select(ProjectStatusNote).where(ProjectStatusNote.project_id == project_id)
                     .order_by(ProjectStatusNote.noted_on.desc(), ProjectStatusNote.id.desc()))
        if n is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Links", "{name} har endnu ingen statusnotat.").format(name=p.name))
        from kkrdesk.views.projects import StatusNoteView

        text = status_paragraph(p.name, StatusNoteView(n.id, n.noted_on, n.rag, n.text))
        old = item.description or ""
        if text in old:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Links", "Den seneste status står allerede i punktets beskrivelse."))
        item.description = f"{old.rstrip()}\n\n{text}" if old.strip() else text
        linked = not s.scalar(select(ProjectItemLink.id).where(
            ProjectItemLink.project_id == p.id, ProjectItemLink.item_id == item_id))
        if linked:
            s.add(ProjectItemLink(project_id=p.id, item_id=item_id))
        return old, linked


def undo_latest_status(store: Store, project_id: int, item_id: int, before: tuple[str, bool]) -> None:
    with store.transaction(*PROJECT_WRITE) as s:
        item = s.get(AgendaItem, item_id)
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Dagsordenspunktet findes ikke længere."))
        item.description = before[0]
        if before[1]:
            row = s.scalar(select(ProjectItemLink).where(ProjectItemLink.project_id == project_id,
                                                         ProjectItemLink.item_id == item_id))
            if row is not None:
                s.delete(row)
