"""Import participants from a file: a preview with a validation report, then one
all-or-nothing transaction.

The rows come from :func:`kkrdesk.imports.participants_file.read_participants`. Each row
becomes a person (with organisation, title, e-mail, phone) and a seat in the network
(role, appointed by, from). An empty Rolle means a contact without a seat: no membership. A row is invalid when its name
is missing, its organisation or role is unknown, its date is not a date, a value is too
long or malformed, or the person already exists (same name and organisation, or the same
e-mail address) or stands twice in the file."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import TYPE_CHECKING

from sqlalchemy import select

from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core import dates
from kkrdesk.core.danish import sort_key
from kkrdesk.core.dates import parse_date
from kkrdesk.core.enums import Role, label
from kkrdesk.core.errors import ValidationError
from kkrdesk.core.models import Membership, Organisation, Person
from kkrdesk.core.store import Store
from kkrdesk.core.validate import clean_text
from kkrdesk.services.areas import PARTICIPANTS
from kkrdesk.services.participants.memberships import NETWORK_ROLES
from kkrdesk.services.participants.people import check_email, check_phone
from kkrdesk.services.reference import network_group_id
from kkrdesk.views.participants import ImportPreview, ImportResult, PreviewRow  # noqa: F401 (read models)

if TYPE_CHECKING:  # the rows come from the layer above; only their shape matters here
    from kkrdesk.imports.participants_table import ParticipantTable, RawRow

# Words for the network's roles. There is no vice-chair role: "Næstformand" is an
# unknown role (never quietly a Formand).
_ROLE_WORDS = {label(r).casefold(): r for r in NETWORK_ROLES} | {r.value: r for r in NETWORK_ROLES} | {
    "oplægsholder": Role.PRESENTER, "gæst": Role.PRESENTER, "guest": Role.PRESENTER,
    "observator": Role.OBSERVER, "formand": Role.CHAIR,
}
_ROLE_CHOICES = ", ".join(label(r).lower() for r in NETWORK_ROLES)
# Excel stores a date as a day number (1900 date system: day 1 is 1-1-1900, and Excel
# counts a 29-2-1900 that never was, so from day 61 on, day 0 is 30-12-1899). A whole
# number in this range in Fra is read as such a date: 18000 is 1949, 73000 is 2099.
_SERIAL_RANGE = range(18_000, 73_001)
_EXCEL_DAY0 = dt.date(1899, 12, 30)


def _n(count: int) -> str:
    return f"{count:,}".replace(",", ".")


def _name_key(name: str) -> str:
    return unicodedata.normalize("NFC", " ".join(name.split())).casefold()


class _Checker:
    """Validates rows against the organisations and people of one session."""

    def __init__(self, s):
        self.orgs: dict[str, list[tuple[int, str]]] = {}
        for o in s.scalars(select(Organisation)):
            for key in {o.name.casefold(), (o.short_name or "").casefold()} - {""}:
                self.orgs.setdefault(key, []).append((o.id, o.name))
        self.people: dict[tuple[str, int | None], str] = {}
        self.emails: dict[str, str] = {}
        for p in s.scalars(select(Person)):
            self.people[(_name_key(p.name), p.organisation_id)] = p.name
            if p.email:
                self.emails[p.email.casefold()] = p.name
        self.in_file: dict[tuple[str, int | None], int] = {}
        self.emails_in_file: dict[str, int] = {}

    def check(self, raw: RawRow) -> PreviewRow:
        """The row as it would be imported, with every problem found in it, in the order
        of the file's columns (the person first, then the seat, then the duplicates)."""
        v, problems = raw.values, list(raw.problems)
        name = _text(v, "name", "Navn", 200, problems)
        if not name and not any("Navn" in p for p in problems):
            problems.append("Navn mangler.")
        org_id, org_name = self._organisation(_text(v, "organisation", "Organisation", 200, problems),
                                              problems)
        role = _role(_text(v, "role", "Rolle", 60, problems), problems)
        email = _checked(check_email, v.get("email"), problems)
        phone = _checked(check_phone, v.get("phone"), problems)
        start = self._date(v.get("start"), problems)
        title = _text(v, "title", "Titel", 200, problems)
        appointed = _text(v, "appointed_by", "Udpeget af", 100, problems)
        if name:
            self._note_person((_name_key(name), org_id), org_name, raw.line, problems)
        if email:
            self._note_email(email.casefold(), raw.line, problems)
        return PreviewRow(raw.line, name, org_id, org_name, title, role, appointed, email, phone,
                          start, tuple(problems))

    def _organisation(self, org_text: str, problems: list[str]) -> tuple[int | None, str]:
        """The organisation's id and full name; a short or partial name that fits more
        than one is a problem, never a guess."""
        if not org_text:
            return None, org_text
        hits = {h for h in self.orgs.get(org_text.casefold(), [])}
        if not hits:
            problems.append(f"Ukendt organisation »{org_text[:60]}«.")
        elif len(hits) > 1:
            problems.append(f"»{org_text[:60]}« kan være flere organisationer; skriv det fulde navn.")
        else:
            return next(iter(hits))
        return None, org_text

    def _note_person(self, key: tuple[str, int | None], org_name: str, line: int,
                     problems: list[str]) -> None:
        """A person already in the register, or twice in the file, is a problem."""
        if key in self.people:
            problems.append(f"Findes allerede: {self.people[key]}"
                            + (f", {org_name}." if org_name else "."))
        elif key in self.in_file:
            problems.append(f"Samme person som række {self.in_file[key]}.")
        else:
            self.in_file[key] = line

    def _note_email(self, key: str, line: int, problems: list[str]) -> None:
        other = self.emails.get(key)
        if other:
            problems.append(f"E-mailadressen bruges allerede af {other}.")
        elif key in self.emails_in_file:
            problems.append(f"Samme e-mailadresse som række {self.emails_in_file[key]}.")
        else:
            self.emails_in_file[key] = line

    @staticmethod
    def _date(value, problems: list[str]) -> dt.date | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        serial = _serial(value)
        if serial is not None:
            day = _EXCEL_DAY0 + dt.timedelta(days=serial)
        elif isinstance(value, dt.date):
            day = value
        elif isinstance(value, str):
            try:
                day = parse_date(value)
            except ValueError as exc:
                problems.append(f"Fra: {exc}")
                return None
        else:
            problems.append(f"»{value}« i Fra er ikke en dato (skriv fx 18-06-2025).")
            return None
        try:
            return dates.check_day(day if not isinstance(day, dt.datetime) else day.date())
        except dates.DateRangeError as exc:
            problems.append(f"Fra: {exc}")
            return None


def _checked(check, value, problems: list[str]) -> str:
    """``check`` (a cleaning rule) on the cell's text; a refused value is a problem and
    reads as empty, so the rest of the row is still checked."""
    try:
        return check(None if value is None else str(value))
    except ValidationError as exc:
        problems.append(str(exc))
        return ""


def _text(values: dict, fld: str, label_: str, max_len: int, problems: list[str]) -> str:
    return _checked(lambda text: clean_text(text, label_, max_len=max_len, single_line=True),
                    values.get(fld), problems)


def _role(role_text: str, problems: list[str]) -> Role | None:
    role = _ROLE_WORDS.get(role_text.casefold(), None) if role_text else None
    if role_text and role is None:
        problems.append(f"Ukendt rolle »{role_text[:40]}«; brug en af disse: {_ROLE_CHOICES}.")
    return role


def _serial(value) -> int | None:
    """The Excel day number in ``value`` (a whole number, or digits as text), if any."""
    if isinstance(value, bool) or isinstance(value, dt.date):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    elif isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        value = int(value.strip())
    return value if isinstance(value, int) and value in _SERIAL_RANGE else None


def _check_all(s, table: ParticipantTable) -> ImportPreview:
    checker = _Checker(s)
    rows = tuple(checker.check(raw) for raw in table.rows)
    return ImportPreview(table.source, table.sheet, rows, table.ignored)


def preview_import(store: Store, table: ParticipantTable) -> ImportPreview:
    with store.reading() as s:
        return _check_all(s, table)


def commit_import(store: Store, table: ParticipantTable, *,
                  skip_invalid: bool = False) -> ImportResult:
    """Write every valid row in one transaction. Unless ``skip_invalid``, any invalid
    row stops the import with nothing written."""
    with store.transaction(PARTICIPANTS) as s:
        preview = _check_all(s, table)  # again: the database may have changed since
        bad = preview.invalid
        if bad and not skip_invalid:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Participants", "{bad} af {rows} rækker har fejl; intet er importeret.").format(
                bad=_n(len(bad)), rows=_n(len(preview.rows))))
        good = preview.valid
        if not good:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Participants", "Der er ingen gyldige rækker at importere."))
        gid = network_group_id(s)
        people = [Person(name=r.name, title=r.title, organisation_id=r.organisation_id,
                         email=r.email, phone=r.phone) for r in good]
        s.add_all(people)
        s.flush()
        seats = [Membership(group_id=gid, person_id=p.id, organisation_id=r.organisation_id,
                            role=r.role, appointed_by=r.appointed_by, start_date=r.start_date)
                 for p, r in zip(people, good) if r.role is not None]
        s.add_all(seats)
        s.flush()
        return ImportResult(tuple(p.id for p in people), tuple(m.id for m in seats), bad)


def sorted_preview_rows(preview: ImportPreview) -> list[PreviewRow]:
    """Invalid rows first (in file order), then the valid ones by name."""
    return [*preview.invalid, *sorted(preview.valid, key=lambda r: sort_key(r.name))]
