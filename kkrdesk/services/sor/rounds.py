"""Consultation rounds of SOR proposals: one sending of one or more proposals to one
or more recipients (services/sor/recipients.py), with sent date, deadline and answered
date; the responses are in services/sor/responses.py. Every change is one transaction
that also moves the proposals on (services/sor/course.py) and returns what undo needs;
deletions return a snapshot."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import select

from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core import validate
from kkrdesk.core.danish import short_date
from kkrdesk.core.dates import check_day
from kkrdesk.core.errors import NotFound, ValidationError
from kkrdesk.core.models import ConsultationRound, RoundRecipient, SorProposal
from kkrdesk.core.store import Store
from kkrdesk.services import row_views, snapshots
from kkrdesk.services.areas import SOR
from kkrdesk.services.sor import course
from kkrdesk.services.sor import reading
from kkrdesk.services.sor import recipients as who_gets
from kkrdesk.views.sor import RoundChange, RoundView

if TYPE_CHECKING:  # the ORM is imported at the first ORM session (core/orm_sessions)
    from sqlalchemy.orm import Session


_view = row_views.round_view


def list_rounds(store: Store, proposal_id: int | None = None) -> list[RoundView]:
    """All rounds (or those of one proposal), oldest sending first."""
    with store.rows() as s:
        rows = reading.rounds(s, store.versions.saw)  # plain rows, not ORM objects
    if proposal_id is not None:
        rows = [r for r in rows if proposal_id in r.proposal_ids]
    return rows


def get_round(store: Store, round_id: int) -> RoundView:
    with store.reading() as s:
        titles = dict(s.execute(select(SorProposal.id, SorProposal.title)).all())
        return _view(load_round(s, round_id), titles)


def load_round(s: Session, round_id: int) -> ConsultationRound:
    r = s.get(ConsultationRound, round_id)
    if r is None:
        raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Høringsrunden findes ikke længere."))
    return r


def check_dates(sent: dt.date | None, deadline: dt.date | None, answered: dt.date | None) -> None:
    for day, field in ((sent, "Sendt"), (deadline, "Frist"), (answered, "Besvaret")):
        check_day(day, field)
    if deadline and sent and deadline < sent:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "SorRounds", "Fristen ({deadline}) ligger før afsendelsen ({sent}).").format(
            deadline=short_date(deadline), sent=short_date(sent)), field="Frist")
    if answered and not sent:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "SorRounds", "Runden kan ikke være besvaret, før den er sendt: udfyld »Sendt«."),
            field="Besvaret")
    if answered and sent and answered < sent:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "SorRounds", "Svaret ({answered}) ligger før afsendelsen ({sent}).").format(
            answered=short_date(answered), sent=short_date(sent)), field="Besvaret")


def clean_round(values: dict, aliases: who_gets.Aliases | None = None) -> dict:
    """Checked values; recipients as the register spells them, each organisation once."""
    clean = dict(values)
    if "title" in clean:
        clean["title"] = validate.clean_text(clean["title"], "Titel", required=True, max_len=300,
                                             single_line=True)
    if "notes" in clean:
        clean["notes"] = validate.clean_text(clean["notes"], "Noter")
    if "recipients" in clean:
        names = [validate.clean_text(n, "Modtager", max_len=200, single_line=True)
                 for n in clean["recipients"]]
        clean["recipients"] = who_gets.unique([n for n in names if n], aliases or {})
        if not clean["recipients"]:
            raise ValidationError(QT_TRANSLATE_NOOP("SorRounds", "Vælg mindst én modtager."),
                                  field="Modtagere")
    if "proposal_ids" in clean and not clean["proposal_ids"]:
        raise ValidationError(QT_TRANSLATE_NOOP("SorRounds", "Vælg mindst ét forslag til runden."),
                              field="Forslag")
    return clean


def create_round(store: Store, *, title: str, recipients: list[str], proposal_ids: list[int],
                 sent_on: dt.date | None = None, deadline: dt.date | None = None,
                 answered_on: dt.date | None = None, notes: str = "",
                 today: dt.date | None = None) -> RoundChange:
    """A new round; if it is sent (or answered) its proposals move on with it."""
    values = clean_round(dict(title=title, recipients=recipients, proposal_ids=proposal_ids,
                         notes=notes))
    check_dates(sent_on, deadline, answered_on)
    with store.transaction(SOR) as s:
        r = ConsultationRound(title=values["title"], sent_on=sent_on, deadline=deadline,
                              answered_on=answered_on, notes=values["notes"])
        _set_recipients(s, r, values["recipients"])
        r.proposals = [_proposal(s, pid) for pid in values["proposal_ids"]]
        s.add(r)
        s.flush()
        steps, refused = course.follow(s, r, None, today or dt.date.today())
        return RoundChange(r.id, tuple(steps), tuple(refused))


def _set_recipients(s: Session, r: ConsultationRound, names: list[str]) -> list[str]:
    names = who_gets.unique(names, who_gets.aliases_in(s))
    r.recipients.clear()
    s.flush()
    r.recipients.extend(RoundRecipient(position=i, name=n) for i, n in enumerate(names))
    r.recipient = ", ".join(names)
    return names


def _proposal(s: Session, pid: int) -> SorProposal:
    p = s.get(SorProposal, pid)
    if p is None:
        raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Et af de valgte forslag findes ikke længere."))
    return p


def _old_values(r: ConsultationRound, keys) -> dict:
    old = {"title": r.title, "notes": r.notes, "sent_on": r.sent_on, "deadline": r.deadline,
           "answered_on": r.answered_on, "recipients": [x.name for x in r.recipients],
           "proposal_ids": sorted(p.id for p in r.proposals)}
    return {k: old[k] for k in keys}


def _check_responses(s: Session, r: ConsultationRound, clean: dict) -> None:
    """A recipient who answered stays one; no answer may come before the sending."""
    aliases = who_gets.aliases_in(s)
    names = clean.get("recipients", [x.name for x in r.recipients])
    sent = clean.get("sent_on", r.sent_on)
    for x in r.responses:
        who = x.organisation.name if x.organisation else x.respondent
        if not who_gets.is_among(who, names, aliases):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "SorRounds", "{who} har afgivet høringssvar og kan ikke fjernes som modtager.").format(
                who=who), field="Modtagere")
        if x.received_on and sent and x.received_on < sent:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "SorRounds", "Svaret fra {who} ({received}) ligger før den nye afsendelsesdato.").format(
                who=who, received=short_date(x.received_on)), field="Sendt")


def _apply(s: Session, r: ConsultationRound, clean: dict) -> None:
    dates = {k: clean.get(k, getattr(r, k)) for k in ("sent_on", "deadline", "answered_on")}
    check_dates(dates["sent_on"], dates["deadline"], dates["answered_on"])
    _check_responses(s, r, clean)
    for k in ("title", "notes", "sent_on", "deadline", "answered_on"):
        if k in clean:
            setattr(r, k, clean[k])
    if "recipients" in clean:
        _set_recipients(s, r, clean["recipients"])
    if "proposal_ids" in clean:
        r.proposals = [_proposal(s, pid) for pid in clean["proposal_ids"]]
    s.flush()


def update_round(store: Store, round_id: int, today: dt.date | None = None,
                 **changes) -> RoundChange:
    """Change a round (title, recipients, proposal_ids, sent_on, deadline, answered_on,
    notes); marking it sent or answered moves its proposals on. Returns the old values
    and the steps made, for ``undo_update``."""
    clean = clean_round(changes)
    with store.transaction(SOR) as s:
        r = load_round(s, round_id)
        before = course.Before.of(r)
        old = _old_values(r, clean)
        _apply(s, r, clean)
        steps, refused = course.follow(s, r, before, today or dt.date.today())
        return RoundChange(r.id, tuple(steps), tuple(refused), tuple(old.items()))


def undo_update(store: Store, change: RoundChange) -> snapshots.Snapshot:
    """Take an edit back: its steps go, the old values return. The steps come back as
    they were with ``redo_update``."""
    with store.transaction(SOR) as s:
        rows = course.take_back(s, list(change.step_ids))
        _apply(s, load_round(s, change.round_id), dict(change.old))
        return snapshots.Snapshot(rows=(rows,))


def redo_update(store: Store, change: RoundChange, values: dict,
                steps: snapshots.Snapshot) -> RoundChange:
    with store.transaction(SOR) as s:
        _apply(s, load_round(s, change.round_id), clean_round(values))
        snapshots.restore(s, steps)
        course.resync(s, course.step_owners(steps))
        return change


def delete_round(store: Store, round_id: int) -> snapshots.Snapshot:
    """Delete a round with its recipients, responses and places of its proposals."""
    with store.transaction(SOR) as s:
        load_round(s, round_id)
        return snapshots.delete_rows(s, "consultation_round", [round_id])


def remove_round(store: Store, change: RoundChange) -> snapshots.Snapshot:
    """Undo of ``create_round``: the round and the steps its sending made."""
    with store.transaction(SOR) as s:
        rows = course.take_back(s, list(change.step_ids))
        load_round(s, change.round_id)
        snap = snapshots.delete_rows(s, "consultation_round", [change.round_id])
        return snapshots.Snapshot(rows=(*snap.rows, rows), reset=snap.reset)


def restore_round(store: Store, snap: snapshots.Snapshot) -> int:
    """Put a round (and any steps it made) back, with the same ids."""
    with store.transaction(SOR) as s:
        snapshots.restore(s, snap)
        course.resync(s, course.step_owners(snap))
    return snap.rows[0][1][0]["id"]
