"""The parts of a project a user adds, edits and deletes one row at a time: dated RAG
status notes (kept as a history), milestones, financing lines, risks and decisions.

Each part is a ``kind`` ("note", "milestone", "financing", "risk", "decision") with a
cleaning function that checks what was typed and raises ValidationError naming the
field at fault; nothing is written when one value is refused. ``update_part`` returns
the old values and ``delete_part`` a snapshot, so every step can be undone exactly."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from kkrdesk.core.marked import QT_TRANSLATE_NOOP, message_of
from kkrdesk.core import dates
from kkrdesk.core.danish import short_date
from kkrdesk.core.enums import MilestoneStatus, Rag
from kkrdesk.core.field_names import label as field_label
from kkrdesk.core.errors import NotFound, ValidationError
from kkrdesk.core.models import (
    Financing, Milestone, Project, ProjectDecision, ProjectStatusNote, Risk,
)
from kkrdesk.core.store import Store
from kkrdesk.core.validate import clean_text
from kkrdesk.services.areas import PROJECTS
from kkrdesk.services.snapshots import Snapshot, delete_rows

MAX_AMOUNT = Decimal("999999999999.99")  # Numeric(14, 2)


def _text(value, label: str, field: str, *, required=False, max_len=None, single_line=False) -> str:
    try:
        return clean_text(value, label, required=required, max_len=max_len, single_line=single_line)
    except ValidationError as exc:
        raise ValidationError(message_of(exc), field=field) from None


def _date(value, label: str, field: str, *, required=False) -> dt.date | None:
    if value is None or value == "":
        if required:
            raise ValidationError(QT_TRANSLATE_NOOP("Projects", "{field} mangler.").format(
                field=field_label(label)), field=field)
        return None
    if not isinstance(value, dt.date):
        raise ValidationError(QT_TRANSLATE_NOOP("Projects", "{field} skal være en dato.").format(
            field=field_label(label)), field=field)
    return dates.check_day(value, field)


def parse_amount(text: str | Decimal | int | None) -> Decimal | None:
    """'250.000', '1.250.000,50', '250000 kr.', '2,5 mio.' -> Decimal; '' -> None.
    ValidationError (field "amount") for anything that is not a number."""
    if text is None:
        return None
    if isinstance(text, (Decimal, int)):
        value = Decimal(text)
    else:
        s = str(text).strip().casefold().replace("\u00a0", " ")
        if not s:
            return None
        factor = Decimal(1)
        for word, f in (("mio.", 10**6), ("mio", 10**6), ("mia.", 10**9), ("mia", 10**9)):
            if s.endswith(word):
                s, factor = s[: -len(word)].strip(), Decimal(f)
                break
        s = re.sub(r"\s*(kr\.?|dkk)$", "", s).strip().replace(" ", "")
        if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
            s = s.replace(".", "").replace(",", ".")
        elif not re.fullmatch(r"\d+(\.\d{1,2})?", s):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Projects", "Beløbet »{text}« er ikke et tal (skriv fx 250.000 eller 1,5 mio.).").format(
                text=str(text).strip()[:40]), field="amount")
        try:
            value = Decimal(s) * factor
        except InvalidOperation:
            raise ValidationError(QT_TRANSLATE_NOOP("Projects", "Beløbet »{text}« er ikke et tal.").format(
                text=str(text).strip()[:40]), field="amount") from None
    if value < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Projects", "Beløbet kan ikke være negativt."),
                              field="amount")
    if value > MAX_AMOUNT:
        raise ValidationError(QT_TRANSLATE_NOOP("Projects", "Beløbet er for stort."), field="amount")
    return value.quantize(Decimal("0.01"))


def _level(value, label: str, field: str) -> int | None:
    if value in (None, "", 0):
        return None
    try:
        n = int(value)
    except (TypeError, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP("Projects", "{field} skal være et tal fra 1 til 5.").format(
            field=field_label(label)), field=field) from None
    if not 1 <= n <= 5:
        raise ValidationError(QT_TRANSLATE_NOOP("Projects", "{field} skal være et tal fra 1 til 5.").format(
            field=field_label(label)), field=field)
    return n


# -- cleaning per kind: (session, project, values) -> clean values ------------------------------


def _note(s, p: Project, v: dict) -> dict:
    return dict(noted_on=_date(v.get("noted_on"), "Datoen", "noted_on", required=True),
                rag=Rag(v.get("rag") or Rag.GREEN),
                text=_text(v.get("text"), "Statusteksten", "text", required=True))


def _milestone(s, p: Project, v: dict) -> dict:
    planned = _date(v.get("planned_on"), "Den planlagte dato", "planned_on", required=True)
    actual = _date(v.get("actual_on"), "Den faktiske dato", "actual_on")
    status = MilestoneStatus(v.get("status") or MilestoneStatus.PLANNED)
    if actual is not None and p.started_on is not None and actual < p.started_on:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Projects", "Den faktiske dato ligger før projektets start ({start}).").format(
            start=short_date(p.started_on)), field="actual_on")
    if actual is not None and actual > dt.date.today():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Projects", "Den faktiske dato ligger i fremtiden; en milepæl nås først, når den er "
            "nået."), field="actual_on")
    if actual is not None and status in (MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS):
        status = MilestoneStatus.REACHED
    month_only = bool(v.get("planned_month_only"))
    if month_only:
        planned = planned.replace(day=1)
    return dict(title=_text(v.get("title"), "Milepælens navn", "title", required=True,
                            max_len=300, single_line=True),
                planned_on=planned, planned_month_only=month_only, actual_on=actual,
                status=status, notes=_text(v.get("notes"), "Bemærkningen", "notes"))


def _financing(s, p: Project, v: dict) -> dict:
    year = v.get("year")
    if year in ("", None, 0):
        year = None
    else:
        try:
            year = int(str(year).strip())
        except ValueError:
            raise ValidationError(QT_TRANSLATE_NOOP("Projects", "Året »{year}« er ikke et årstal.").format(
                year=str(year)[:20]), field="year") from None
        if not 1990 <= year <= dates.LAST_YEAR:
            raise ValidationError(QT_TRANSLATE_NOOP("Projects", "Året skal ligge mellem 1990 og {last}.").format(
                last=dates.LAST_YEAR), field="year")
    return dict(source=_text(v.get("source"), "Kilden", "source", required=True, max_len=300,
                             single_line=True),
                model=_text(v.get("model"), "Modellen", "model", max_len=300, single_line=True),
                amount_dkk=parse_amount(v.get("amount_dkk")), year=year,
                notes=_text(v.get("notes"), "Bemærkningen", "notes"))


def _risk(s, p: Project, v: dict) -> dict:
    return dict(title=_text(v.get("title"), "Risikoen", "title", required=True, max_len=300,
                            single_line=True),
                probability=_level(v.get("probability"), "Sandsynligheden", "probability"),
                impact=_level(v.get("impact"), "Konsekvensen", "impact"),
                mitigation=_text(v.get("mitigation"), "Tiltaget", "mitigation"),
                is_open=bool(v.get("is_open", True)))


def _decision(s, p: Project, v: dict) -> dict:
    return dict(decided_on=_date(v.get("decided_on"), "Datoen", "decided_on", required=True),
                text=_text(v.get("text"), "Beslutningen", "text", required=True),
                decided_by=_text(v.get("decided_by"), "Hvem", "decided_by", max_len=200,
                                 single_line=True))


KINDS: dict[str, tuple[type, str, Callable]] = {
    "note": (ProjectStatusNote, "project_status_note", _note),
    "milestone": (Milestone, "milestone", _milestone),
    "financing": (Financing, "financing", _financing),
    "risk": (Risk, "risk", _risk),
    "decision": (ProjectDecision, "project_decision", _decision),
}


def _project(s, project_id: int) -> Project:
    p = s.get(Project, project_id)
    if p is None:
        raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Projektet findes ikke længere."))
    return p


def check_part(store: Store, kind: str, project_id: int, values: dict) -> dict:
    """The cleaned values, or the ValidationError saving them would raise; writes nothing."""
    with store.reading() as s:
        return KINDS[kind][2](s, _project(s, project_id), dict(values))


def add_part(store: Store, kind: str, project_id: int, values: dict) -> int:
    model, _, clean = KINDS[kind]
    with store.transaction(PROJECTS) as s:
        row = model(project_id=project_id, **clean(s, _project(s, project_id), dict(values)))
        s.add(row)
        s.flush()
        return row.id


def add_parts(store: Store, kind: str, project_id: int, rows: list[dict]) -> tuple[int, ...]:
    """Several rows of one kind as one step (milestones typed in a table); one refused
    row refuses them all."""
    model, _, clean = KINDS[kind]
    with store.transaction(PROJECTS) as s:
        project = _project(s, project_id)
        made = [model(project_id=project_id, **clean(s, project, dict(v))) for v in rows]
        s.add_all(made)
        s.flush()
        return tuple(row.id for row in made)


def delete_parts(store: Store, kind: str, part_ids: tuple[int, ...]) -> Snapshot:
    """Undo of :func:`add_parts`."""
    with store.transaction(PROJECTS) as s:
        return delete_rows(s, KINDS[kind][1], part_ids)


def _row(s, kind: str, part_id: int):
    row = s.get(KINDS[kind][0], part_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Rækken findes ikke længere."))
    return row


def part_values(store: Store, kind: str, part_id: int) -> dict:
    with store.reading() as s:
        return _raw(_row(s, kind, part_id))


def _raw(row) -> dict:
    return {c.key: getattr(row, c.key) for c in row.__table__.columns
            if c.key not in ("id", "project_id")}


def row_project(s, row) -> Project:
    return _project(s, row.project_id)


def update_part(store: Store, kind: str, part_id: int, values: dict) -> dict:
    """Save ``values`` (all fields of the row); returns the old ones (for undo)."""
    with store.transaction(PROJECTS) as s:
        row = _row(s, kind, part_id)
        clean = KINDS[kind][2](s, row_project(s, row), {**_raw(row), **values})
        old = {k: getattr(row, k) for k in clean}
        for k, v in clean.items():
            setattr(row, k, v)
        return old


def delete_part(store: Store, kind: str, part_id: int) -> Snapshot:
    with store.transaction(PROJECTS) as s:
        _row(s, kind, part_id)
        return delete_rows(s, KINDS[kind][1], [part_id])


def parse_day_or_month(text: str) -> tuple[dt.date, bool]:
    """'17-09-2025' -> (that day, False); 'august 2025', 'aug. 2025', '08-2025' ->
    (1 August 2025, True). ValidationError (field "planned_on") otherwise."""
    if not (text or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Projects", "Milepælen mangler en dato (en dag, fx 17-09-2025, eller en måned, fx "
            "august 2025)."), field="planned_on")
    try:
        return dates.parse_day_or_month(text)
    except dates.YearOutOfRange as exc:  # the one message for a year out of range
        raise dates.DateRangeError(message_of(exc), field="planned_on") from None
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Projects", "»{text}« er hverken en dato (17-09-2025) eller en måned (august 2025).").format(
            text=text.strip()[:40]), field="planned_on") from None
