"""An agenda item's presenters ("v. Navn, Organisation"): read, replaced, put back
exactly on undo, parsed from the text typed in the tree or the pane, and offered from
the register for the pickers. A presenter is a linked person or organisation when the
name is known, free text otherwise."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from kkrdesk.core import validate
from kkrdesk.core.models import Organisation, Person, Presenter
from kkrdesk.core.store import Store
from kkrdesk.services import snapshots
from kkrdesk.services.agenda.item_tree import get_item
from kkrdesk.services.areas import MEETINGS
from kkrdesk.views.agenda import PresenterInput

if TYPE_CHECKING:  # the ORM is imported at the first ORM session (core/orm_sessions)
    from sqlalchemy.orm import Session



def _org_by_name(s: Session, name: str) -> Organisation | None:
    if not name:
        return None
    folded = name.casefold()
    for org in s.scalars(select(Organisation)):
        if folded in (org.name.casefold(), (org.short_name or "").casefold()):
            return org
    return None


def get_presenters(store: Store, item_id: int) -> list[PresenterInput]:
    with store.reading() as s:
        item = get_item(s, item_id)
        out = []
        for p in item.presenters:
            org = p.organisation.name if p.organisation else p.organisation_text
            out.append(PresenterInput(p.person.name if p.person else p.name, org, p.person_id))
        return out


@dataclass(frozen=True)
class PresenterRows:
    """An item's presenter rows as stored, with the names behind their links: undo puts
    them back as free text if the person or organisation has been deleted since."""

    rows: tuple[dict, ...]
    names: tuple[tuple[int | None, str, str], ...]  # per row: row id, person name, org name


def set_presenters(store: Store, item_id: int, presenters: list[PresenterInput]) -> PresenterRows:
    """Replace the item's presenters; returns the old rows exactly as they were, for
    ``restore_presenters`` (undo). A name that matches a known person links to that
    person."""
    with store.transaction(MEETINGS) as s:
        item = get_item(s, item_id)
        old = _presenter_rows(s, item_id)
        item.presenters.clear()
        s.flush()
        for pos, p in enumerate(presenters):
            name = validate.clean_text(p.name, "Oplægsholder", max_len=200, single_line=True)
            org_text = validate.clean_text(p.organisation, "Organisation", max_len=200, single_line=True)
            if not name and not org_text:
                continue
            person = s.get(Person, p.person_id) if p.person_id else None
            if person is None and name:
                person = s.scalars(select(Person).where(Person.name == name)).first()
            if person is None and name and not org_text and _org_by_name(s, name):
                name, org_text = "", name  # "v. KOMBIT": an organisation presents
            org = _org_by_name(s, org_text)
            if person is not None and not org_text and person.organisation is not None:
                org = person.organisation  # "v. Navn, Org" as it was on the day
            item.presenters.append(Presenter(
                position=pos, person_id=person.id if person else None,
                name="" if person else name, organisation_id=org.id if org else None,
                organisation_text="" if org else org_text,
            ))
    return old


def _presenter_rows(s: Session, item_id: int) -> PresenterRows:
    _, rows = snapshots.capture(s, "presenter", snapshots.table("presenter").c.item_id == item_id)
    names = []
    for r in rows:
        person = s.get(Person, r["person_id"]) if r["person_id"] else None
        org = s.get(Organisation, r["organisation_id"]) if r["organisation_id"] else None
        names.append((r["id"], person.name if person else "", org.name if org else ""))
    return PresenterRows(rows, tuple(names))


def restore_presenters(store: Store, item_id: int, old: PresenterRows) -> PresenterRows:
    """Put back exactly the presenter rows ``set_presenters`` replaced (undo): a
    free-text presenter stays free text even if a person of that name exists now.
    Returns the rows it replaced, so redo can use it too."""
    with store.transaction(MEETINGS) as s:
        get_item(s, item_id)
        current = _presenter_rows(s, item_id)
        pr = snapshots.table("presenter")
        s.execute(pr.delete().where(pr.c.item_id == item_id))
        rows = []
        for row, (_id, person_name, org_name) in zip(old.rows, old.names):
            row = dict(row)
            if row["person_id"] and s.get(Person, row["person_id"]) is None:
                row["person_id"], row["name"] = None, row["name"] or person_name
            if row["organisation_id"] and s.get(Organisation, row["organisation_id"]) is None:
                row["organisation_id"] = None
                row["organisation_text"] = row["organisation_text"] or org_name
            rows.append(row)
        if rows:
            s.execute(pr.insert(), rows)
        s.expire_all()
        return current


def parse_presenters(text: str) -> list[PresenterInput]:
    """'Poul Erik Kristensen, KL; Jeanette Jensen, MedCom' -> two presenters.
    A leading 'v. ' is ignored; ' og ' also separates presenters."""
    text = text.strip()
    if text.lower().startswith("v. "):
        text = text[3:]
    # " og " separates two presenters only when the next one has its own organisation
    # ("A, KL og B, MedCom"); "Social- og Boligstyrelsen" stays whole.
    parts = [p for chunk in text.split(";") for p in re.split(r" og (?=[^,;]+,)", chunk)]
    out = []
    for part in parts:
        name, _, org = part.partition(",")
        if name.strip() or org.strip():
            out.append(PresenterInput(name.strip(), org.strip()))
    return out


def presenter_choices(store: Store) -> list[PresenterInput]:
    """Known people as presenters ("Navn, Organisation"), for pickers."""
    from kkrdesk.core.danish import sort_key

    person, org = Person.__table__, Organisation.__table__
    with store.rows() as s:  # plain rows: the start reads them, before the ORM is loaded
        rows = s.execute(select(person.c.id, person.c.name, org.c.name)
                         .outerjoin_from(person, org, person.c.organisation_id == org.c.id))
        out = [PresenterInput(name, org or "", pid) for pid, name, org in rows]
    return sorted(out, key=lambda p: sort_key(p.name))
