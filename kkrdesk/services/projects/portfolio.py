"""Projects, identity masking first: the list, one project with all its parts, and the
project's own fields (name, description, phase, owner, start, documents reached).

Parts (status notes, milestones, financing, risks, decisions) live in
``project_parts``, groups and seats in ``project_org``, agenda links in
``project_links``. Every user action is one transaction in the "projects" area."""

from __future__ import annotations

from functools import cache

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from kkrdesk.core.marked import QT_TRANSLATE_NOOP, message_of
from kkrdesk.core.danish import short_date, sort_key
from kkrdesk.core.enums import ProjectPhase
from kkrdesk.core.errors import NotFound, ValidationError
from kkrdesk.core.models import (
    AgendaItem, Group, Meeting, Membership, Organisation, Person, Project, ProjectItemLink,
)
from kkrdesk.core.store import Store
from kkrdesk.core.validate import clean_text
from kkrdesk.services import row_views
from kkrdesk.services.areas import PROJECT_WRITE, PROJECTS
from kkrdesk.services.item_numbers import item_numbers
from kkrdesk.services.projects import reading
from kkrdesk.services.snapshots import Snapshot, delete_rows, restore
from kkrdesk.views.projects import ItemLinkView, ProjectFields, ProjectView


@cache
def _load() -> tuple:
    """A whole project's parts, loaded with it (built at the first use: the options
    name the models' relationships, which maps them, kkrdesk.core.models.base)."""
    from sqlalchemy.orm import selectinload

    return (
        selectinload(Project.owner), selectinload(Project.status_notes),
        selectinload(Project.milestones), selectinload(Project.financing),
        selectinload(Project.risks), selectinload(Project.decisions),
        selectinload(Project.groups).selectinload(Group.memberships)
        .selectinload(Membership.person).selectinload(Person.organisation),
        selectinload(Project.groups).selectinload(Group.memberships)
        .selectinload(Membership.organisation),
        selectinload(Project.groups).selectinload(Group.memberships)
        .selectinload(Membership.replaces).selectinload(Membership.person),
    )


seat_view = row_views.seat_view


def _links(s, project_ids) -> dict[int, tuple[ItemLinkView, ...]]:
    """The agenda items each project was presented under, for all ``project_ids`` in two
    queries (the links, then the numbering of their agendas), not two per project."""
    if not project_ids:
        return {}
    rows = s.execute(
        select(ProjectItemLink.project_id, AgendaItem, Meeting.date)
        .join(AgendaItem, ProjectItemLink.item_id == AgendaItem.id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(ProjectItemLink.project_id.in_(list(project_ids)))
        .order_by(Meeting.date, AgendaItem.id)).all()
    numbers = item_numbers(s, [item for _pid, item, _day in rows])
    out: dict[int, list[ItemLinkView]] = {}
    for pid, item, day in rows:
        out.setdefault(pid, []).append(
            ItemLinkView(item.id, item.meeting_id, day, numbers[item.id], item.title))
    return {pid: tuple(v) for pid, v in out.items()}


def project_view(s, p: Project, links: tuple[ItemLinkView, ...] | None = None) -> ProjectView:
    return row_views.project_view(p, links if links is not None else _links(s, [p.id]).get(p.id, ()))


def list_projects(store: Store) -> list[ProjectView]:
    with store.reading() as s:
        rows = s.scalars(select(Project).options(*_load())
                         .order_by(Project.sort_order, Project.id)).all()
        links = _links(s, [p.id for p in rows])
        return [project_view(s, p, links.get(p.id, ())) for p in rows]


def get_project(store: Store, project_id: int) -> ProjectView:
    """The project with every part, read as plain rows (services/projects/reading.py)."""
    with store.rows() as s:
        p = reading.project(s, store.versions.saw, project_id)
    if p is None:
        raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Projektet findes ikke længere."))
    return p


def find_by_name(store: Store, name: str) -> ProjectView:
    """A project by its name (case and surrounding space ignored; a unique beginning is
    enough). NotFound names the projects there are."""
    wanted = name.strip().casefold()
    if not wanted:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Projects", "Projektets navn er tomt: skriv navnet eller en entydig begyndelse af det."))
    rows = list_projects(store)
    exact = [p for p in rows if p.name.casefold() == wanted]
    starts = [p for p in rows if p.name.casefold().startswith(wanted)]
    hit = exact or (starts if len(starts) == 1 else [])
    if hit:
        return hit[0]
    if starts:
        names = ", ".join(f"»{p.name}«" for p in starts)
        raise NotFound(QT_TRANSLATE_NOOP(
            "NotFound", "»{name}« passer på flere projekter: {names}. Skriv mere af navnet.").format(
            name=name.strip(), names=names))
    names = ", ".join(f"»{p.name}«" for p in rows) or QT_TRANSLATE_NOOP("NotFound", "ingen")
    raise NotFound(QT_TRANSLATE_NOOP(
        "NotFound", "Der er intet projekt, der hedder »{name}« (projekter: {names}).").format(
        name=name.strip(), names=names))


def owners(store: Store) -> list[tuple[int, str]]:
    """Organisations a project can belong to, sorted the Danish way."""
    org = Organisation.__table__.c
    with store.rows() as s:  # plain rows: the wing's first opening reads them
        rows = [tuple(r) for r in s.execute(select(org.id, org.name))]
    return sorted(rows, key=lambda r: sort_key(r[1]))


# -- the project's own fields -------------------------------------------------------------------


def _clean(s, f: ProjectFields, project_id: int | None) -> ProjectFields:
    try:
        name = clean_text(f.name, "Projektets navn", required=True, max_len=300, single_line=True)
    except ValidationError as exc:
        raise ValidationError(message_of(exc), field="name") from None
    clash = s.scalar(select(Project.id).where(func.lower(Project.name) == name.lower(),
                                              Project.id != (project_id or -1)))
    if clash is not None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Projects", "Der findes allerede et projekt, der hedder »{name}«.").format(name=name),
            field="name")
    try:
        description = clean_text(f.description, "Beskrivelsen")
    except ValidationError as exc:
        raise ValidationError(message_of(exc), field="description") from None
    if f.owner_id is not None and s.get(Organisation, f.owner_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Projects", "Projektejeren findes ikke længere i registret."), field="owner")
    docs = []
    for d in f.documents:
        d = clean_text(d, "Dokumentets navn", max_len=100, single_line=True)
        if d and d.casefold() not in {x.casefold() for x in docs}:
            docs.append(d)
    if project_id is not None and f.started_on is not None:
        from kkrdesk.core.models import Milestone

        early = s.scalar(select(func.min(Milestone.actual_on)).where(
            Milestone.project_id == project_id))
        if early is not None and early < f.started_on:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Projects", "En milepæl er nået {day}, før den nye startdato; ret milepælen eller "
                "vælg en tidligere startdato.").format(day=short_date(early)), field="started_on")
    return ProjectFields(name, description, ProjectPhase(f.phase), f.owner_id, f.started_on,
                         tuple(docs))


def _apply(p: Project, f: ProjectFields) -> None:
    p.name, p.description, p.phase, p.owner_id = f.name, f.description, f.phase, f.owner_id
    p.started_on, p.documents = f.started_on, "\n".join(f.documents)


def check_new(store: Store, name: str) -> None:
    """Raise what :func:`create_project` would raise for ``name``; writes nothing."""
    with store.reading() as s:
        _clean(s, ProjectFields(name), None)


def create_project(store: Store, f: ProjectFields) -> int:
    with store.transaction(PROJECTS) as s:
        f = _clean(s, f, None)
        order = (s.scalar(select(func.max(Project.sort_order))) or 0) + 1
        p = Project(sort_order=order)
        _apply(p, f)
        s.add(p)
        try:
            s.flush()
        except IntegrityError:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Projects", "Der findes allerede et projekt, der hedder »{name}«.").format(
                name=f.name), field="name") from None
        return p.id


def update_project(store: Store, project_id: int, f: ProjectFields) -> ProjectFields:
    """Save ``f``; returns the fields as they were (for undo)."""
    with store.transaction(PROJECTS) as s:
        p = s.get(Project, project_id)
        if p is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Projektet findes ikke længere."))
        f = _clean(s, f, project_id)
        old = ProjectFields(p.name, p.description, p.phase, p.owner_id, p.started_on,
                            tuple(d for d in (p.documents or "").split("\n") if d))
        _apply(p, f)
        return old


def delete_project(store: Store, project_id: int) -> Snapshot:
    """Delete the project with its parts, groups and links; the snapshot puts it back."""
    with store.transaction(*PROJECT_WRITE) as s:
        if s.get(Project, project_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Projektet findes ikke længere."))
        return delete_rows(s, "project", [project_id])


def restore_rows(store: Store, snapshot: Snapshot) -> None:
    """Put deleted rows of the projects area back (undo of any deletion)."""
    with store.transaction(*PROJECT_WRITE) as s:
        restore(s, snapshot)


REPORT_TITLE = "Projekter i KKR-digitaliseringsnetværket"


def report_projects(store: Store, name: str | None = None) -> tuple[str, list[ProjectView]]:
    """(title, projects) of the status report: every project, or the one ``name`` finds."""
    if name is not None:
        p = find_by_name(store, name)
        return p.name, [p]
    return REPORT_TITLE, list_projects(store)
