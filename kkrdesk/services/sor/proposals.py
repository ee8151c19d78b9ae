"""The network's proposals to SOR: create, edit, delete (with undo), and the dated
status history with its rules (``kkrdesk.core.sor_rules``). Rounds and responses
live in ``sor_rounds``, agenda links in ``sor_links``, reference codes in ``sor_codes``."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import select

from kkrdesk.core.marked import QT_TRANSLATE_NOOP, message_of
from kkrdesk.core import sor_rules, validate
from kkrdesk.core.dates import check_day
from kkrdesk.core.enums import SorProposalKind, SorStatus
from kkrdesk.core.errors import NotFound, ValidationError
from kkrdesk.core.models import AgendaItem, SorItemLink, SorProposal, SorStatusChange
from kkrdesk.core.store import Store
from kkrdesk.services import recorder, row_views, snapshots
from kkrdesk.services.areas import SOR
from kkrdesk.services.sor import reading
from kkrdesk.views.sor import ItemLinkView, ProposalView

if TYPE_CHECKING:  # the ORM is imported at the first ORM session (core/orm_sessions)
    from sqlalchemy.orm import Session


TEXT_FIELDS = {  # field -> (Danish name, single line, max length)
    "title": ("Titel", True, 300),
    "current_name": ("Nuværende navn", True, 200),
    "proposed_name": ("Foreslået navn", True, 200),
    "definition": ("Definition", False, None),
    "rationale": ("Begrundelse", False, None),
    "open_questions": ("Åbne spørgsmål", False, None),
    "notes": ("Noter", False, None),
}
FIELDS = (*TEXT_FIELDS, "kind", "concept_code", "related_codes")


def related_codes(value: str | None) -> str:
    """Codes separated by spaces, commas or semicolons; each one a SNOMED CT id."""
    raw = (value or "").replace(",", " ").replace(";", " ").split()
    codes = []
    for code in raw:
        if validate.snomed_problem(code):
            raise ValidationError(
                QT_TRANSLATE_NOOP("SorProposals", "»{code}« er ikke en SNOMED-kode: relaterede koder "
                                  "skal være 6-18 cifre, adskilt af mellemrum eller komma.").format(
                    code=code[:30]), field="Relaterede koder")
        if code not in codes:
            codes.append(code)
    return " ".join(codes)


def clean_fields(changes: dict) -> dict:
    clean = {}
    for key, value in changes.items():
        if key in TEXT_FIELDS:
            name, single, limit = TEXT_FIELDS[key]
            value = validate.clean_text(value, name, required=key == "title", max_len=limit,
                                        single_line=single)
        elif key == "kind":
            value = SorProposalKind(value)
        elif key == "concept_code":
            value = validate.snomed_code(value, "Nuværende kode")
        elif key == "related_codes":
            value = related_codes(value)
        else:
            raise ValueError(f"unknown proposal field {key}")
        clean[key] = value
    return clean


# -- reading -------------------------------------------------------------------------

def _steps(p: SorProposal) -> list[sor_rules.Step]:
    return [sor_rules.Step(h.id, h.status, h.changed_on, h.corrects_id) for h in p.history]


_view = row_views.proposal_view


def _links(s: Session, proposal_ids: list[int] | None = None) -> dict[int, list[ItemLinkView]]:
    from sqlalchemy.orm import selectinload

    q = (select(SorItemLink.proposal_id, AgendaItem).join(AgendaItem, AgendaItem.id == SorItemLink.item_id)
         .options(selectinload(AgendaItem.meeting)))
    if proposal_ids is not None:
        q = q.where(SorItemLink.proposal_id.in_(proposal_ids))
    out: dict[int, list[ItemLinkView]] = {}
    for pid, item in s.execute(q):
        out.setdefault(pid, []).append(ItemLinkView(
            item.id, item.meeting_id, item.meeting.date, item.meeting.title, item.title))
    for links in out.values():
        links.sort(key=lambda v: (v.meeting_date, v.item_id))
    return out


def list_proposals(store: Store, status: SorStatus | None = None) -> list[ProposalView]:
    """Every proposal (or those with ``status``) by id, read as plain rows."""
    with store.rows() as s:  # plain rows: the item pane reads them at start, before the ORM
        return reading.proposals(s, store.versions.saw, status)


def get_proposal(store: Store, proposal_id: int) -> ProposalView:
    with store.reading() as s:
        p = _proposal(s, proposal_id)
        return _view(p, _links(s, [p.id]).get(p.id, []))


def _proposal(s: Session, proposal_id: int) -> SorProposal:
    p = s.get(SorProposal, proposal_id)
    if p is None:
        raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Forslaget findes ikke længere."))
    return p


# -- writing -------------------------------------------------------------------------

def create_proposal(store: Store, *, title: str, kind: SorProposalKind = SorProposalKind.NEW_UNIT_TYPE,
                    on: dt.date | None = None, **fields) -> int:
    """A new proposal with its first step, Udkast, dated ``on`` (today by default)."""
    return create_proposals(store, [{"title": title, "kind": kind, **fields}], on)[0]


def create_proposals(store: Store, rows: list[dict], on: dt.date | None = None) -> list[int]:
    """Several proposals in one step (a pasted list), each with its first step, Udkast,
    dated ``on``; all or none: a refused field names its row."""
    cleaned = []
    for n, row in enumerate(rows, start=1):
        try:
            cleaned.append(clean_fields({"kind": SorProposalKind.NEW_UNIT_TYPE, **row}))
        except ValidationError as exc:
            if len(rows) == 1:
                raise
            raise ValidationError(QT_TRANSLATE_NOOP("SorProposals", "Forslag {n}: {problem}").format(
                n=n, problem=message_of(exc)), field=exc.field) from None
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("SorProposals", "Der er ingen forslag at oprette."),
                              field="Forslag")
    made = []
    with store.transaction(SOR) as s:
        for values in cleaned:
            p = SorProposal(**values, status=SorStatus.DRAFT)
            p.history.append(SorStatusChange(status=SorStatus.DRAFT, changed_on=on or dt.date.today(),
                                             note="Forslag oprettet.",
                                             recorded_at=dt.datetime.now().replace(microsecond=0),
                                             recorded_by=recorder.name()))
            s.add(p)
            s.flush()
            made.append(p.id)
    return made


def delete_proposals(store: Store, proposal_ids: list[int]) -> snapshots.Snapshot:
    """Undo of ``create_proposals``: the proposals with everything that came with them."""
    with store.transaction(SOR) as s:
        snaps = [_rows(s, pid) for pid in proposal_ids if s.get(SorProposal, pid) is not None]
        snap = snapshots.Snapshot(rows=tuple(r for x in snaps for r in x.rows),
                                  reset=tuple(r for x in snaps for r in x.reset))
        snapshots.remove(s, snap)
        return snap


def update_proposal(store: Store, proposal_id: int, **changes) -> dict:
    """Change fields; returns the old values (for undo). Nothing is saved if one is refused."""
    clean = clean_fields(changes)
    with store.transaction(SOR) as s:
        p = _proposal(s, proposal_id)
        old = {k: getattr(p, k) for k in clean}
        for k, v in clean.items():
            setattr(p, k, v)
        return old


def _rows(s: Session, proposal_id: int) -> snapshots.Snapshot:
    """The proposal with its history, its agenda links and its places in rounds; the
    responses that name it keep their rows and are pointed at it again."""
    t = snapshots.table
    return snapshots.Snapshot(
        rows=(
            snapshots.capture(s, "sor_proposal", t("sor_proposal").c.id == proposal_id),
            snapshots.capture(s, "sor_status_change",
                              t("sor_status_change").c.proposal_id == proposal_id),
            snapshots.capture(s, "sor_item_link", t("sor_item_link").c.proposal_id == proposal_id),
            snapshots.capture(s, "round_proposal", t("round_proposal").c.proposal_id == proposal_id),
        ),
        reset=tuple(snapshots.references(s, "consultation_response", "proposal_id", [proposal_id])),
    )


def delete_proposal(store: Store, proposal_id: int) -> snapshots.Snapshot:
    """Delete a proposal with its history and links; its rounds and responses stay."""
    with store.transaction(SOR) as s:
        _proposal(s, proposal_id)
        snap = _rows(s, proposal_id)
        snapshots.remove(s, snap)
        return snap


def restore_proposal(store: Store, snap: snapshots.Snapshot) -> int:
    return snapshots.put_back(store, SOR, snap)


# -- status history ------------------------------------------------------------------

def next_steps(view: ProposalView) -> tuple[SorStatus, ...]:
    return sor_rules.next_steps(_view_steps(view))


def correction_targets(view: ProposalView) -> tuple[SorStatus, ...]:
    return sor_rules.correction_targets(_view_steps(view))


def _view_steps(view: ProposalView) -> list[sor_rules.Step]:
    return [sor_rules.Step(h.id, h.status, h.changed_on, h.corrects_id) for h in view.history]


def sync_status(p: SorProposal) -> None:
    """The stored status follows the history (after steps were added or taken back)."""
    p.status = sor_rules.current(_steps(p)) or SorStatus.DRAFT


def add_step(store: Store, proposal_id: int, status: SorStatus, on: dt.date, note: str = "",
             today: dt.date | None = None) -> int:
    """Move the proposal on to ``status`` dated ``on``; returns the new entry's id."""
    status, on = SorStatus(status), check_day(on, "date")
    note = validate.clean_text(note, "Bemærkning", max_len=2000)
    with store.transaction(SOR) as s:
        p = _proposal(s, proposal_id)
        sor_rules.check_step(_steps(p), status, on, today or dt.date.today())
        return append_step(s, p, status, on, note, None)


def correct_step(store: Store, proposal_id: int, step_id: int, status: SorStatus, on: dt.date,
                 note: str = "", today: dt.date | None = None) -> int:
    """Correct the latest step: a new entry naming the wrong one; nothing is deleted."""
    status, on = SorStatus(status), check_day(on, "date")
    note = validate.clean_text(note, "Begrundelse for rettelsen", max_len=2000)
    with store.transaction(SOR) as s:
        p = _proposal(s, proposal_id)
        sor_rules.check_correction(_steps(p), step_id, status, on, today or dt.date.today())
        return append_step(s, p, status, on, note, step_id)


def append_step(s: Session, p: SorProposal, status, on, note, corrects) -> int:
    """Add a checked step to ``p``'s history inside the caller's transaction."""
    change = SorStatusChange(status=status, changed_on=on, note=note, corrects_id=corrects,
                             recorded_at=dt.datetime.now().replace(microsecond=0),
                             recorded_by=recorder.name())
    p.history.append(change)
    s.flush()
    sync_status(p)
    return change.id


def remove_step(store: Store, step_id: int) -> None:
    """Undo of ``add_step``/``correct_step`` only: the entry was just made."""
    with store.transaction(SOR) as s:
        change = s.get(SorStatusChange, step_id)
        if change is None:
            return
        p = _proposal(s, change.proposal_id)
        p.history.remove(change)
        s.flush()
        sync_status(p)


def restore_step(store: Store, proposal_id: int, step_id: int, status: SorStatus, on: dt.date,
                 note: str, corrects: int | None) -> None:
    """Redo after undo: the same entry with the same id."""
    with store.transaction(SOR) as s:
        p = _proposal(s, proposal_id)
        p.history.append(SorStatusChange(id=step_id, status=status, changed_on=on, note=note,
                                         corrects_id=corrects, recorded_at=dt.datetime.now()
                                         .replace(microsecond=0), recorded_by=recorder.name()))
        s.flush()
        sync_status(p)
