"""Undo commands of the Projekter tab: each a ServiceCommand from a service call and its
reverse, with a Danish name for the Rediger menu. A row made by a step is deleted on
undo and put back with the same id on redo (snapshots)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kkrdesk.ui.i18n import translate
from kkrdesk.core.enums import GroupKind, ProjectPhase, Role
from kkrdesk.ui.labels import label
from kkrdesk.services.links import projects as project_links
from kkrdesk.services.projects import organisation as project_org
from kkrdesk.services.projects import parts as project_parts
from kkrdesk.services.projects import portfolio as projects
from kkrdesk.ui.undo import ServiceCommand, TypingCommand, creation, deletion
from kkrdesk.views.projects import ProjectFields

PART_NAMES = {"note": QT_TRANSLATE_NOOP("ProjectParts", "statusnotat"),
              "milestone": QT_TRANSLATE_NOOP("ProjectParts", "milepæl"),
              "financing": QT_TRANSLATE_NOOP("ProjectParts", "finansiering"),
              "risk": QT_TRANSLATE_NOOP("ProjectParts", "risiko"),
              "decision": QT_TRANSLATE_NOOP("ProjectParts", "beslutning")}
_NEW = {"note": QT_TRANSLATE_NOOP("ProjectParts", "Nyt statusnotat"),
        "milestone": QT_TRANSLATE_NOOP("ProjectParts", "Ny milepæl"),
        "financing": QT_TRANSLATE_NOOP("ProjectParts", "Ny finansiering"),
        "risk": QT_TRANSLATE_NOOP("ProjectParts", "Ny risiko"),
        "decision": QT_TRANSLATE_NOOP("ProjectParts", "Ny beslutning")}
_MANY = {"note": QT_TRANSLATE_NOOP("ProjectParts", "{n} nye statusnotater"),
         "milestone": QT_TRANSLATE_NOOP("ProjectParts", "{n} nye milepæle"),
         "financing": QT_TRANSLATE_NOOP("ProjectParts", "{n} nye finansieringer"),
         "risk": QT_TRANSLATE_NOOP("ProjectParts", "{n} nye risici"),
         "decision": QT_TRANSLATE_NOOP("ProjectParts", "{n} nye beslutninger")}


def part_name(kind: str) -> str:
    """"milepæl" in the window's language."""
    return translate("ProjectParts", PART_NAMES[kind])


def short(text: str, n: int = 40) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _restore(store) -> Callable[[object], object]:
    """How a project step's snapshot goes back (every project table, one mechanism)."""
    return lambda snap: projects.restore_rows(store, snap)


# -- the project itself ------------------------------------------------------------------------


def create_project(store, fields: ProjectFields) -> ServiceCommand:
    return creation(translate("commands", "Nyt projekt »{name}«").format(name=short(fields.name)),
                    lambda: projects.create_project(store, fields),
                    lambda pid: projects.delete_project(store, pid), _restore(store))


def _project_text(old: ProjectFields, new: ProjectFields) -> str:
    name = f"»{short(old.name, 30)}«"
    if new.name != old.name:
        return translate("commands", "Omdøb projekt {name} til »{name2}«").format(name=name, name2=short(new.name, 30))
    if new.phase != old.phase:
        return translate("commands", "Ret fase på {name} til {phase}").format(name=name, phase=label(ProjectPhase(new.phase)).lower())
    if new.owner_id != old.owner_id:
        return translate("commands", "Ret projektejer på {name}").format(name=name)
    if new.started_on != old.started_on:
        return translate("commands", "Ret startdato på {name}").format(name=name)
    if new.documents != old.documents:
        return translate("commands", "Ret dokumenter på {name}").format(name=name)
    return translate("commands", "Ret beskrivelse af {name}").format(name=name)


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
    return deletion(translate("commands", "Slet projekt »{name}«").format(name=short(name)),
                    lambda: projects.delete_project(store, project_id), _restore(store))


# -- parts -----------------------------------------------------------------------------------


def part_label(kind: str, values: dict) -> str:
    text = values.get("title") or values.get("source") or values.get("text") or ""
    return f" »{short(str(text), 30)}«" if text and kind != "note" else ""


def add_part(store, kind: str, project_id: int, values: dict) -> ServiceCommand:
    return creation(translate("ProjectParts", _NEW[kind]) + part_label(kind, values),
                    lambda: project_parts.add_part(store, kind, project_id, values),
                    lambda pid: project_parts.delete_part(store, kind, pid), _restore(store))


def add_parts(store, kind: str, project_id: int, rows: list[dict]) -> ServiceCommand:
    """Several rows at once (the milestones' table), one step in the Rediger menu."""
    one = rows[0] if len(rows) == 1 else {}
    text = (translate("ProjectParts", _NEW[kind]) + part_label(kind, one) if one
            else translate("ProjectParts", _MANY[kind]).format(n=len(rows)))
    return creation(text, lambda: project_parts.add_parts(store, kind, project_id, rows),
                    lambda ids: project_parts.delete_parts(store, kind, ids), _restore(store))


def edit_part(store, kind: str, part_id: int, values: dict, text: str | None = None) -> ServiceCommand:
    return ServiceCommand(text or translate("commands", "Ret {kind}{values}").format(kind=part_name(kind), values=part_label(kind, values)),
                          lambda: project_parts.update_part(store, kind, part_id, values),
                          lambda old: project_parts.update_part(store, kind, part_id, old))


def delete_part(store, kind: str, part_id: int, values: dict) -> ServiceCommand:
    return deletion(translate("commands", "Slet {kind}{values}").format(kind=part_name(kind), values=part_label(kind, values)),
                    lambda: project_parts.delete_part(store, kind, part_id), _restore(store))


# -- organisation ------------------------------------------------------------------------------


def add_group(store, project_id: int, kind: GroupKind, name: str) -> ServiceCommand:
    return creation(translate("commands", "Ny {kind}").format(kind=label(kind).lower()) + (f" »{short(name)}«" if name else ""),
                    lambda: project_org.add_group(store, project_id, kind, name),
                    lambda gid: project_org.delete_group(store, gid), _restore(store))


def rename_group(store, group_id: int, name: str) -> ServiceCommand:
    return ServiceCommand(translate("commands", "Omdøb gruppe til »{name}«").format(name=short(name)),
                          lambda: project_org.rename_group(store, group_id, name),
                          lambda old: project_org.rename_group(store, group_id, old))


def delete_group(store, group_id: int, name: str) -> ServiceCommand:
    return deletion(translate("commands", "Slet gruppen »{name}«").format(name=short(name)),
                    lambda: project_org.delete_group(store, group_id), _restore(store))


def add_seat(store, group_id: int, holder: str, group_name: str, **kwargs) -> ServiceCommand:
    role = Role(kwargs.get("role", Role.MEMBER))
    return creation(translate("commands", "Tilføj {holder} som {role} i {group_name}").format(holder=short(holder, 30), role=label(role).lower(), group_name=group_name.lower()),
                    lambda: project_org.add_seat(store, group_id, **kwargs),
                    lambda sid: project_org.delete_seat(store, sid), _restore(store))


def add_seats(store, project_id: int, choices: list, text: str,
              confirmed: bool = False) -> ServiceCommand:
    """Seats with the new people, organisations and groups they need, as one step
    (»Ny person …« in the seat dialog, and a pasted list of names)."""
    from kkrdesk.services.projects import seat_paste  # at the first paste, not with the wing

    return creation(text, lambda: seat_paste.add_seats(store, project_id, choices, confirmed),
                    lambda added: seat_paste.remove_seats(store, added), _restore(store))


def set_role(store, seat_id: int, holder: str, role: Role, confirmed: bool) -> ServiceCommand:
    return ServiceCommand(translate("commands", "Ret rolle for {holder} til {role}").format(holder=short(holder, 30), role=label(role).lower()),
                          lambda: project_org.set_role(store, seat_id, role, confirmed=confirmed),
                          lambda old: project_org.set_role(store, seat_id, old, confirmed=True))


def delete_seat(store, seat_id: int, holder: str) -> ServiceCommand:
    return deletion(translate("commands", "Fjern {holder} fra gruppen").format(holder=short(holder, 30)),
                    lambda: project_org.delete_seat(store, seat_id), _restore(store))


def _replacement(text: str, make: Callable[[], object], store) -> ServiceCommand:
    """Erstat as one step: undo ends the successors' seats and opens the old one again,
    redo hands the very same rows over again."""
    from kkrdesk.services.participants import replacements

    return creation(text, make, lambda result: (result, replacements.undo_replace(store, result)),
                    lambda undone: replacements.redo_replace(store, *undone))


def replace_seat(store, seat_id: int, holder: str, successor_ids: list[int], on: dt.date,
                 names: str) -> ServiceCommand:
    """Erstat: the old seat ends on ``on`` and the successors take it (history kept)."""
    from kkrdesk.services.participants import replacements  # at the first Erstat

    return _replacement(translate("commands", "Erstat {holder} med {names}").format(holder=short(holder, 30), names=short(names, 40)),
                        lambda: replacements.replace_member(store, seat_id, successor_ids, on), store)


def replace_seat_with_org(store, seat_id: int, holder: str, organisation_id: int, on: dt.date,
                          name: str, confirmed: bool = False) -> ServiceCommand:
    """Erstat with an organisation; undone and redone as the person case."""
    return _replacement(translate("commands", "Erstat {holder} med {name}").format(holder=short(holder, 30), name=short(name, 40)),
                        lambda: project_org.replace_with_organisation(
                            store, seat_id, organisation_id, on, confirmed=confirmed), store)


# -- agenda links ------------------------------------------------------------------------------


def link_item(store, project_id: int, item_id: int, name: str) -> ServiceCommand:
    return ServiceCommand(translate("commands", "Knyt punktet til »{name}«").format(name=short(name)),
                          lambda: project_links.link(store, project_id, item_id),
                          lambda _: project_links.unlink(store, project_id, item_id))


def unlink_item(store, project_id: int, item_id: int, name: str) -> ServiceCommand:
    return ServiceCommand(translate("commands", "Fjern punktet fra »{name}«").format(name=short(name)),
                          lambda: project_links.unlink(store, project_id, item_id),
                          lambda _: project_links.link(store, project_id, item_id))


def add_latest_status(store, project_id: int, item_id: int, name: str) -> ServiceCommand:
    return ServiceCommand(translate("commands", "Indsæt seneste status for »{name}«").format(name=short(name)),
                          lambda: project_links.add_latest_status(store, project_id, item_id),
                          lambda before: project_links.undo_latest_status(
                              store, project_id, item_id, before))
