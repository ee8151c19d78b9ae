"""Undo commands of the Projekter tab: each a ServiceCommand from a service call and its
reverse, with a Danish name for the Rediger menu. A row made by a step is deleted on
undo and put back with the same id on redo (snapshots)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from kkrdesk.core.enums import GroupKind, ProjectPhase, Role
from kkrdesk.ui.labels import label
from kkrdesk.services.links import projects as project_links
from kkrdesk.services.participants import replacements
from kkrdesk.services.projects import organisation as project_org
from kkrdesk.services.projects import parts as project_parts
from kkrdesk.services.projects import portfolio as projects
from kkrdesk.services.projects import seat_paste
from kkrdesk.ui.undo import ServiceCommand, TypingCommand, creation, deletion
from kkrdesk.views.projects import ProjectFields

PART_NAMES = {"note": "statusnotat", "milestone": "milepæl", "financing": "finansiering",
              "risk": "risiko", "decision": "beslutning"}
PLURALS = {"note": "statusnotater", "milestone": "milepæle", "financing": "finansieringer",
           "risk": "risici", "decision": "beslutninger"}
_NEW = {"note": "Nyt", "milestone": "Ny", "financing": "Ny", "risk": "Ny", "decision": "Ny"}


def short(text: str, n: int = 40) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _restore(store) -> Callable[[object], object]:
    """How a project step's snapshot goes back (every project table, one mechanism)."""
    return lambda snap: projects.restore_rows(store, snap)


# -- the project itself ------------------------------------------------------------------------


def create_project(store, fields: ProjectFields) -> ServiceCommand:
    return creation(f"Nyt projekt »{short(fields.name)}«",
                    lambda: projects.create_project(store, fields),
                    lambda pid: projects.delete_project(store, pid), _restore(store))


def _project_text(old: ProjectFields, new: ProjectFields) -> str:
    name = f"»{short(old.name, 30)}«"
    if new.name != old.name:
        return f"Omdøb projekt {name} til »{short(new.name, 30)}«"
    if new.phase != old.phase:
        return f"Ret fase på {name} til {label(ProjectPhase(new.phase)).lower()}"
    if new.owner_id != old.owner_id:
        return f"Ret projektejer på {name}"
    if new.started_on != old.started_on:
        return f"Ret startdato på {name}"
    if new.documents != old.documents:
        return f"Ret dokumenter på {name}"
    return f"Ret beskrivelse af {name}"


class ProjectFieldsCommand(TypingCommand):
    """The project's own fields. Typing in one field, saved in bursts, merges into one
    step while the pauses stay short; a choice (phase, owner, a document box) never does."""

    def __init__(self, store, project_id: int, old: ProjectFields, new: ProjectFields, typed: str):
        self.new = new
        key = ("project", project_id, typed) if typed else None
        super().__init__(_project_text(old, new),
                         lambda: projects.update_project(store, project_id, self.new),
                         lambda before: projects.update_project(store, project_id, before), key)

    def absorb(self, other: ProjectFieldsCommand) -> None:
        self.new = other.new


def edit_project(store, project_id: int, old: ProjectFields, new: ProjectFields,
                 typed: str = "") -> ServiceCommand:
    return ProjectFieldsCommand(store, project_id, old, new, typed)


def delete_project(store, project_id: int, name: str) -> ServiceCommand:
    return deletion(f"Slet projekt »{short(name)}«",
                    lambda: projects.delete_project(store, project_id), _restore(store))


# -- parts -----------------------------------------------------------------------------------


def part_label(kind: str, values: dict) -> str:
    text = values.get("title") or values.get("source") or values.get("text") or ""
    return f" »{short(str(text), 30)}«" if text and kind != "note" else ""


def add_part(store, kind: str, project_id: int, values: dict) -> ServiceCommand:
    return creation(f"{_NEW[kind]} {PART_NAMES[kind]}{part_label(kind, values)}",
                    lambda: project_parts.add_part(store, kind, project_id, values),
                    lambda pid: project_parts.delete_part(store, kind, pid), _restore(store))


def add_parts(store, kind: str, project_id: int, rows: list[dict]) -> ServiceCommand:
    """Several rows at once (the milestones' table), one step in the Rediger menu."""
    one = rows[0] if len(rows) == 1 else {}
    text = (f"{_NEW[kind]} {PART_NAMES[kind]}{part_label(kind, one)}" if one
            else f"{len(rows)} nye {PLURALS[kind]}")
    return creation(text, lambda: project_parts.add_parts(store, kind, project_id, rows),
                    lambda ids: project_parts.delete_parts(store, kind, ids), _restore(store))


def edit_part(store, kind: str, part_id: int, values: dict, text: str | None = None) -> ServiceCommand:
    return ServiceCommand(text or f"Ret {PART_NAMES[kind]}{part_label(kind, values)}",
                          lambda: project_parts.update_part(store, kind, part_id, values),
                          lambda old: project_parts.update_part(store, kind, part_id, old))


def delete_part(store, kind: str, part_id: int, values: dict) -> ServiceCommand:
    return deletion(f"Slet {PART_NAMES[kind]}{part_label(kind, values)}",
                    lambda: project_parts.delete_part(store, kind, part_id), _restore(store))


# -- organisation ------------------------------------------------------------------------------


def add_group(store, project_id: int, kind: GroupKind, name: str) -> ServiceCommand:
    return creation(f"Ny {label(kind).lower()}" + (f" »{short(name)}«" if name else ""),
                    lambda: project_org.add_group(store, project_id, kind, name),
                    lambda gid: project_org.delete_group(store, gid), _restore(store))


def rename_group(store, group_id: int, name: str) -> ServiceCommand:
    return ServiceCommand(f"Omdøb gruppe til »{short(name)}«",
                          lambda: project_org.rename_group(store, group_id, name),
                          lambda old: project_org.rename_group(store, group_id, old))


def delete_group(store, group_id: int, name: str) -> ServiceCommand:
    return deletion(f"Slet gruppen »{short(name)}«",
                    lambda: project_org.delete_group(store, group_id), _restore(store))


def add_seat(store, group_id: int, holder: str, group_name: str, **kwargs) -> ServiceCommand:
    role = Role(kwargs.get("role", Role.MEMBER))
    return creation(f"Tilføj {short(holder, 30)} som {label(role).lower()} i {group_name.lower()}",
                    lambda: project_org.add_seat(store, group_id, **kwargs),
                    lambda sid: project_org.delete_seat(store, sid), _restore(store))


def add_seats(store, project_id: int, choices: list, text: str,
              confirmed: bool = False) -> ServiceCommand:
    """Seats with the new people, organisations and groups they need, as one step
    (»Ny person …« in the seat dialog, and a pasted list of names)."""
    return creation(text, lambda: seat_paste.add_seats(store, project_id, choices, confirmed),
                    lambda added: seat_paste.remove_seats(store, added), _restore(store))


def set_role(store, seat_id: int, holder: str, role: Role, confirmed: bool) -> ServiceCommand:
    return ServiceCommand(f"Ret rolle for {short(holder, 30)} til {label(role).lower()}",
                          lambda: project_org.set_role(store, seat_id, role, confirmed=confirmed),
                          lambda old: project_org.set_role(store, seat_id, old, confirmed=True))


def delete_seat(store, seat_id: int, holder: str) -> ServiceCommand:
    return deletion(f"Fjern {short(holder, 30)} fra gruppen",
                    lambda: project_org.delete_seat(store, seat_id), _restore(store))


def _replacement(text: str, make: Callable[[], object], store) -> ServiceCommand:
    """Erstat as one step: undo ends the successors' seats and opens the old one again,
    redo hands the very same rows over again."""
    return creation(text, make, lambda result: (result, replacements.undo_replace(store, result)),
                    lambda undone: replacements.redo_replace(store, *undone))


def replace_seat(store, seat_id: int, holder: str, successor_ids: list[int], on: dt.date,
                 names: str) -> ServiceCommand:
    """Erstat: the old seat ends on ``on`` and the successors take it (history kept)."""
    return _replacement(f"Erstat {short(holder, 30)} med {short(names, 40)}",
                        lambda: replacements.replace_member(store, seat_id, successor_ids, on), store)


def replace_seat_with_org(store, seat_id: int, holder: str, organisation_id: int, on: dt.date,
                          name: str, confirmed: bool = False) -> ServiceCommand:
    """Erstat with an organisation; undone and redone as the person case."""
    return _replacement(f"Erstat {short(holder, 30)} med {short(name, 40)}",
                        lambda: project_org.replace_with_organisation(
                            store, seat_id, organisation_id, on, confirmed=confirmed), store)


# -- agenda links ------------------------------------------------------------------------------


def link_item(store, project_id: int, item_id: int, name: str) -> ServiceCommand:
    return ServiceCommand(f"Knyt punktet til »{short(name)}«",
                          lambda: project_links.link(store, project_id, item_id),
                          lambda _: project_links.unlink(store, project_id, item_id))


def unlink_item(store, project_id: int, item_id: int, name: str) -> ServiceCommand:
    return ServiceCommand(f"Fjern punktet fra »{short(name)}«",
                          lambda: project_links.unlink(store, project_id, item_id),
                          lambda _: project_links.link(store, project_id, item_id))


def add_latest_status(store, project_id: int, item_id: int, name: str) -> ServiceCommand:
    return ServiceCommand(f"Indsæt seneste status for »{short(name)}«",
                          lambda: project_links.add_latest_status(store, project_id, item_id),
                          lambda before: project_links.undo_latest_status(
                              store, project_id, item_id, before))
