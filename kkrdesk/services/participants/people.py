"""People and organisations of the network: read, add, edit, delete (undoable).

Memberships and replacements live in :mod:`kkrdesk.services.participants.memberships`, the attendance
grid in :mod:`kkrdesk.services.participants.attendance`, file import in
:mod:`kkrdesk.services.participants.file_import`."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import fields
from functools import cache

from sqlalchemy import select

from kkrdesk.core.marked import QT_TRANSLATE_NOOP, message_of
from kkrdesk.core.danish import sort_key
from kkrdesk.core.enums import GroupKind, OrgKind
from kkrdesk.core.errors import NotFound, ValidationError
from kkrdesk.core.field_names import label
from kkrdesk.core.models import Group, Membership, Organisation, Person, Project
from kkrdesk.core.store import Store
from kkrdesk.core.validate import clean_text
from kkrdesk.services import row_views
from kkrdesk.services.areas import PARTICIPANTS
from kkrdesk.services.participants import reading
from kkrdesk.services.participants.usage import (  # noqa: F401 - refusal: the tab words it
    PersonUsage, delete_in, refusal, usage_in,
)
from kkrdesk.services.snapshots import Snapshot, delete_rows, restore
from kkrdesk.views.participants import MembershipView, OrganisationView, PersonFields, PersonView  # noqa: F401 (read models)


def list_organisations(store: Store) -> list[OrganisationView]:
    """Every organisation with how many people it has, sorted the Danish way."""
    with store.rows() as s:
        return reading.organisations(s, store.versions.saw)


def list_people(store: Store, today: dt.date | None = None) -> list[PersonView]:
    """Every person, sorted the Danish way, read as plain rows (participants/reading.py)."""
    with store.rows() as s:
        return reading.people(s, store.versions.saw, today or dt.date.today())


def group_title(s, group: Group) -> str:
    """'Styregruppe – Identitetssløring i kommunerne': a project's group with the project
    (several projects have a Styregruppe); the network by its own name."""
    return row_views.group_title(group, _group_project(s, group))


def _group_project(s, group: Group) -> Project | None:
    pid = group.project_id
    return (s.info.get("group_projects", {}).get(pid) or s.get(Project, pid)) if pid is not None else None


def load_group_projects(s, rows) -> None:
    """Read the projects of the rows' groups in one query, so that ``group_title``
    finds them instead of asking once per membership. They are kept in ``s.info``: the
    session's identity map holds objects only weakly, so a list nobody keeps is gone
    again before ``group_title`` asks."""
    ids = {m.group.project_id for m in rows if m.group is not None and m.group.project_id}
    if ids:
        kept = s.info.setdefault("group_projects", {})
        kept.update((p.id, p) for p in s.scalars(select(Project).where(Project.id.in_(ids))))


@cache
def membership_view_load() -> tuple:
    """What ``membership_view`` reads, loaded with the memberships (one query per
    relation, not one per row); built at the first use, as the options name the models'
    relationships, which maps them (kkrdesk.core.models.base)."""
    from sqlalchemy.orm import selectinload

    return (
        selectinload(Membership.person).selectinload(Person.organisation),
        selectinload(Membership.organisation), selectinload(Membership.group),
        selectinload(Membership.replaces).selectinload(Membership.person),
        selectinload(Membership.replaced_by).selectinload(Membership.person),
    )


def membership_view(m: Membership) -> MembershipView:
    from sqlalchemy.orm import object_session

    return row_views.membership_view(m, _group_project(object_session(m), m.group))


def list_memberships(store: Store, group_id: int | None = None) -> list[MembershipView]:
    """Every membership of a group (the network when None), old and current."""
    with store.reading() as s:
        if group_id is None:
            group_id = s.scalar(select(Group.id).where(Group.kind == GroupKind.NETWORK))
        rows = s.scalars(
            select(Membership).where(Membership.group_id == group_id)
            .options(*membership_view_load())
        ).all()
        load_group_projects(s, rows)
        views = [membership_view(m) for m in rows]
    return row_views.sorted_memberships(views)


# -- people: editing ------------------------------------------------------------------

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE = re.compile(r"[0-9 +()\-./]*")


def check_email(value: str | None, field: str = "E-mail") -> str:
    text = clean_text(value, field, max_len=320, single_line=True)
    if text and not _EMAIL.fullmatch(text):
        raise ValidationError(
            QT_TRANSLATE_NOOP("People", "{field} »{text}« ligner ikke en e-mailadresse (skriv fx "
                              "navn@kommune.dk).").format(field=label(field), text=text[:60]),
            field="email")
    return text


def check_phone(value: str | None, field: str = "Telefon") -> str:
    text = clean_text(value, field, max_len=50, single_line=True)
    if not _PHONE.fullmatch(text) or (text and not any(c.isdigit() for c in text)):
        raise ValidationError(
            QT_TRANSLATE_NOOP("People", "{field} »{text}« er ikke et telefonnummer (brug cifre, "
                              "mellemrum og +).").format(field=label(field), text=text[:30]),
            field="phone")
    return text


def clean_person(f: PersonFields) -> PersonFields:
    """The fields as they will be saved; ValidationError names the field at fault."""
    try:
        name = clean_text(f.name, "Navn", required=True, max_len=200, single_line=True)
    except ValidationError as exc:
        raise ValidationError(message_of(exc), field="name") from None
    try:
        title = clean_text(f.title, "Titel", max_len=200, single_line=True)
    except ValidationError as exc:
        raise ValidationError(message_of(exc), field="title") from None
    try:
        notes = clean_text(f.notes, "Noter")
    except ValidationError as exc:
        raise ValidationError(message_of(exc), field="notes") from None
    return PersonFields(name, title, f.organisation_id, check_email(f.email),
                        check_phone(f.phone), notes)


def _check_org(s, org_id: int | None) -> None:
    if org_id is not None and s.get(Organisation, org_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP("People", "Organisationen findes ikke længere."),
                              field="organisation")


def add_person(store: Store, f: PersonFields) -> int:
    f = clean_person(f)
    with store.transaction(PARTICIPANTS) as s:
        _check_org(s, f.organisation_id)
        p = Person(**{k.name: getattr(f, k.name) for k in fields(f)})
        s.add(p)
        s.flush()
        return p.id


def person_fields(store: Store, person_id: int) -> PersonFields:
    with store.reading() as s:
        p = s.get(Person, person_id)
        if p is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Personen findes ikke længere."))
        return PersonFields(p.name, p.title, p.organisation_id, p.email, p.phone, p.notes)


def update_person(store: Store, person_id: int, f: PersonFields) -> PersonFields:
    """Save ``f``; returns the fields as they were (for undo)."""
    f = clean_person(f)
    with store.transaction(PARTICIPANTS) as s:
        p = s.get(Person, person_id)
        if p is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Personen findes ikke længere."))
        _check_org(s, f.organisation_id)
        old = PersonFields(p.name, p.title, p.organisation_id, p.email, p.phone, p.notes)
        for k in fields(f):
            setattr(p, k.name, getattr(f, k.name))
        return old


def get_person(store: Store, person_id: int) -> PersonView:
    for p in list_people(store):
        if p.id == person_id:
            return p
    raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Personen findes ikke længere."))


def person_usage(store: Store, person_id: int, today: dt.date | None = None) -> PersonUsage:
    """What deleting the person would change; ``held`` > 0 means it is refused."""
    with store.reading() as s:
        return usage_in(s, person_id, today)


def delete_people(store: Store, ids: list[int], today: dt.date | None = None) -> Snapshot:
    """Delete people with their memberships and their attendance at meetings not yet
    held; the snapshot undoes it. Refused for anyone a held meeting refers to."""
    with store.transaction(PARTICIPANTS, "meetings") as s:
        found = set(s.scalars(select(Person.id).where(Person.id.in_(ids))))
        if not found:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Personen findes ikke længere."))
        return delete_in(s, found, today)


def restore_snapshot(store: Store, snapshot: Snapshot) -> None:
    """Undo a deletion made by this area (people, organisations, memberships)."""
    with store.transaction(PARTICIPANTS, "meetings") as s:
        restore(s, snapshot)


# -- organisations --------------------------------------------------------------------

REGIONS = ("Region Hovedstaden", "Region Sjælland", "Region Syddanmark",
           "Region Midtjylland", "Region Nordjylland")


def kkr_of(region: str) -> str:
    """'Region Nordjylland' -> 'KKR Nordjylland' ('' for none)."""
    return "KKR " + region.removeprefix("Region ").strip() if region else ""


def add_organisation(store: Store, name: str, short_name: str = "",
                     kind: OrgKind = OrgKind.OTHER, region: str = "") -> int:
    name = clean_text(name, "Navn", required=True, max_len=200, single_line=True)
    short_name = clean_text(short_name, "Kort navn", max_len=100, single_line=True)
    if region and region not in REGIONS:
        raise ValidationError(QT_TRANSLATE_NOOP("People", "Ukendt region »{region}«.").format(
            region=region[:40]), field="region")
    with store.transaction(PARTICIPANTS) as s:
        clash = s.scalars(select(Organisation.name)).all()
        key = sort_key(name)[0]
        if any(sort_key(n)[0] == key for n in clash):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "People", "Organisationen »{name}« findes allerede.").format(name=name), field="name")
        o = Organisation(name=name, short_name=short_name or name, kind=OrgKind(kind),
                         region=region or None, kkr=kkr_of(region) or None)
        s.add(o)
        s.flush()
        return o.id


def delete_organisation(store: Store, org_id: int) -> Snapshot:
    """Delete an organisation a user added (not reference data, not one holding a seat
    on its own); its people keep their data without an organisation."""
    with store.transaction(PARTICIPANTS) as s:
        o = s.get(Organisation, org_id)
        if o is None:
            raise NotFound(QT_TRANSLATE_NOOP("People", "Organisationen findes ikke længere."))
        if o.is_reference:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "People", "»{name}« er referencedata og kan ikke slettes.").format(name=o.name))
        seat = s.scalar(select(Membership.id).where(
            Membership.organisation_id == org_id, Membership.person_id.is_(None)).limit(1))
        if seat is not None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "People", "»{name}« har selv en plads i en gruppe og kan ikke slettes.").format(
                name=o.name))
        return delete_rows(s, "organisation", [org_id])


# -- e-mail addresses -------------------------------------------------------------------


def current_member_emails(store: Store, today: dt.date | None = None) -> tuple[list[str], list[str]]:
    """E-mail addresses of the network's current members (each once, in name order)
    and the names of current members without one."""
    emails, missing, seen = [], [], set()
    for p in list_people(store, today):
        if not p.is_current_member:
            continue
        if not p.email:
            missing.append(p.name)
        elif p.email.casefold() not in seen:
            seen.add(p.email.casefold())
            emails.append(p.email)
    return emails, missing


def outlook_list(emails: list[str]) -> str:
    """'a@x.dk; b@y.dk' as Outlook wants it in the To field."""
    return "; ".join(emails)

