"""Consultation rounds of SOR proposals: one sending of one or more proposals to one
or more recipients, with sent date, deadline and answered date, and the responses per
organisation (date, position, text). Every change is one transaction; deletions
return a snapshot for undo."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kkrdesk.core import validate
from kkrdesk.core.danish import short_date, sort_key
from kkrdesk.core.dates import check_day
from kkrdesk.core.enums import ResponsePosition
from kkrdesk.core.errors import NotFound, ValidationError
from kkrdesk.core.models import (
    ConsultationResponse, ConsultationRound, Organisation, RoundRecipient, SorProposal,
)
from kkrdesk.core.store import Store
from kkrdesk.services import row_views, snapshots
from kkrdesk.services.areas import SOR
from kkrdesk.views.sor import RoundView

STANDARD_RECIPIENTS = (
    "KKR-digitaliseringsnetværket", "KKR", "KL", "Sundhedsdatastyrelsen (SDS)",
    "SOR-styregruppen",
)


def recipient_choices(store: Store) -> list[str]:
    """The standard recipients first, then every organisation in the register."""
    with store.reading() as s:
        names = list(s.scalars(select(Organisation.name)))
    rest = sorted({n for n in names if n not in STANDARD_RECIPIENTS}, key=sort_key)
    return [*STANDARD_RECIPIENTS, *rest]


_view = row_views.round_view


def list_rounds(store: Store, proposal_id: int | None = None) -> list[RoundView]:
    """All rounds (or those of one proposal), oldest sending first."""
    with store.reading() as s:
        titles = dict(s.execute(select(SorProposal.id, SorProposal.title)).all())
        q = (select(ConsultationRound)
             .options(selectinload(ConsultationRound.proposals),
                      selectinload(ConsultationRound.responses)
                      .selectinload(ConsultationResponse.organisation),
                      selectinload(ConsultationRound.recipients))
             .order_by(ConsultationRound.sent_on.is_(None), ConsultationRound.sent_on,
                       ConsultationRound.id))
        rows = [_view(r, titles) for r in s.scalars(q)]
    if proposal_id is not None:
        rows = [r for r in rows if proposal_id in r.proposal_ids]
    return rows


def get_round(store: Store, round_id: int) -> RoundView:
    with store.reading() as s:
        titles = dict(s.execute(select(SorProposal.id, SorProposal.title)).all())
        return _view(_round(s, round_id), titles)


def _round(s: Session, round_id: int) -> ConsultationRound:
    r = s.get(ConsultationRound, round_id)
    if r is None:
        raise NotFound("Høringsrunden findes ikke længere.")
    return r


def check_dates(sent: dt.date | None, deadline: dt.date | None, answered: dt.date | None) -> None:
    for day, field in ((sent, "Sendt"), (deadline, "Frist"), (answered, "Besvaret")):
        check_day(day, field)
    if deadline and sent and deadline < sent:
        raise ValidationError(f"Fristen ({short_date(deadline)}) ligger før afsendelsen "
                              f"({short_date(sent)}).", field="Frist")
    if answered and not sent:
        raise ValidationError("Runden kan ikke være besvaret, før den er sendt: udfyld »Sendt«.",
                              field="Besvaret")
    if answered and sent and answered < sent:
        raise ValidationError(f"Svaret ({short_date(answered)}) ligger før afsendelsen "
                              f"({short_date(sent)}).", field="Besvaret")


def clean_round(values: dict) -> dict:
    clean = dict(values)
    if "title" in clean:
        clean["title"] = validate.clean_text(clean["title"], "Titel", required=True, max_len=300,
                                             single_line=True)
    if "notes" in clean:
        clean["notes"] = validate.clean_text(clean["notes"], "Noter")
    if "recipients" in clean:
        names = []
        for n in clean["recipients"]:
            n = validate.clean_text(n, "Modtager", max_len=200, single_line=True)
            if n and n.casefold() not in {x.casefold() for x in names}:
                names.append(n)
        if not names:
            raise ValidationError("Vælg mindst én modtager.", field="Modtagere")
        clean["recipients"] = names
    if "proposal_ids" in clean and not clean["proposal_ids"]:
        raise ValidationError("Vælg mindst ét forslag til runden.", field="Forslag")
    return clean


def create_round(store: Store, *, title: str, recipients: list[str], proposal_ids: list[int],
                 sent_on: dt.date | None = None, deadline: dt.date | None = None,
                 answered_on: dt.date | None = None, notes: str = "") -> int:
    values = clean_round(dict(title=title, recipients=recipients, proposal_ids=proposal_ids,
                         notes=notes))
    check_dates(sent_on, deadline, answered_on)
    with store.transaction(SOR) as s:
        r = ConsultationRound(title=values["title"], recipient=", ".join(values["recipients"]),
                              sent_on=sent_on, deadline=deadline, answered_on=answered_on,
                              notes=values["notes"])
        r.recipients = [RoundRecipient(position=i, name=n) for i, n in enumerate(values["recipients"])]
        r.proposals = [_proposal(s, pid) for pid in values["proposal_ids"]]
        s.add(r)
        s.flush()
        return r.id


def _proposal(s: Session, pid: int) -> SorProposal:
    p = s.get(SorProposal, pid)
    if p is None:
        raise NotFound("Et af de valgte forslag findes ikke længere.")
    return p


def update_round(store: Store, round_id: int, **changes) -> dict:
    """Change a round (title, recipients, proposal_ids, sent_on, deadline, answered_on,
    notes); returns the old values for undo."""
    clean = clean_round(changes)
    with store.transaction(SOR) as s:
        r = _round(s, round_id)
        old = {
            "title": r.title, "notes": r.notes, "sent_on": r.sent_on, "deadline": r.deadline,
            "answered_on": r.answered_on, "recipients": [x.name for x in r.recipients],
            "proposal_ids": sorted(p.id for p in r.proposals),
        }
        old = {k: old[k] for k in clean}
        dates = {k: clean.get(k, getattr(r, k)) for k in ("sent_on", "deadline", "answered_on")}
        check_dates(dates["sent_on"], dates["deadline"], dates["answered_on"])
        names = clean.get("recipients", [x.name for x in r.recipients])
        for x in r.responses:
            who = x.organisation.name if x.organisation else x.respondent
            if not _named(who, names):
                raise ValidationError(f"{who} har afgivet høringssvar og kan ikke fjernes som "
                                      "modtager.", field="Modtagere")
            if x.received_on and dates["sent_on"] and x.received_on < dates["sent_on"]:
                raise ValidationError(
                    f"Svaret fra {who} ({short_date(x.received_on)}) ligger før den nye "
                    "afsendelsesdato.", field="Sendt")
        for k in ("title", "notes", "sent_on", "deadline", "answered_on"):
            if k in clean:
                setattr(r, k, clean[k])
        if "recipients" in clean:
            r.recipients.clear()
            s.flush()
            r.recipients.extend(RoundRecipient(position=i, name=n) for i, n in enumerate(names))
            r.recipient = ", ".join(names)
        if "proposal_ids" in clean:
            r.proposals = [_proposal(s, pid) for pid in clean["proposal_ids"]]
        return old


def _named(who: str, names: list[str]) -> bool:
    return who.casefold() in {n.casefold() for n in names}


def delete_round(store: Store, round_id: int) -> snapshots.Snapshot:
    """Delete a round with its recipients, responses and places of its proposals."""
    with store.transaction(SOR) as s:
        _round(s, round_id)
        return snapshots.delete_rows(s, "consultation_round", [round_id])


def restore_round(store: Store, snap: snapshots.Snapshot) -> int:
    return snapshots.put_back(store, SOR, snap)


# -- responses ------------------------------------------------------------------------

def _response_values(s: Session, r: ConsultationRound, respondent: str,
                     received_on: dt.date | None, position, text: str,
                     proposal_id: int | None) -> dict:
    check_day(received_on, "Modtaget")
    who = validate.clean_text(respondent, "Organisation", required=True, max_len=200,
                              single_line=True)
    names = [x.name for x in r.recipients] or [r.recipient]
    if not _named(who, names):
        raise ValidationError(f"Runden er ikke sendt til {who}; svar kan kun komme fra "
                              f"{', '.join(names)}.", field="Organisation")
    if received_on and r.sent_on and received_on < r.sent_on:
        raise ValidationError(f"Svaret ({short_date(received_on)}) kan ikke være modtaget, før "
                              f"runden blev sendt ({short_date(r.sent_on)}).", field="Modtaget")
    if received_on and not r.sent_on:
        raise ValidationError("Runden er ikke sendt endnu; udfyld først rundens »Sendt«.",
                              field="Modtaget")
    if proposal_id is not None and proposal_id not in {p.id for p in r.proposals}:
        raise ValidationError("Svaret kan kun gælde et af rundens forslag.", field="Forslag")
    who = next(n for n in names if n.casefold() == who.casefold())  # as the round spells it
    org = s.scalar(select(Organisation).where(Organisation.name == who))
    return dict(respondent="" if org else who, organisation=org, received_on=received_on,
                position=ResponsePosition(position) if position else None,
                text=validate.clean_text(text, "Svar"), proposal_id=proposal_id)


def add_response(store: Store, round_id: int, *, respondent: str, received_on: dt.date | None,
                 position: ResponsePosition | None = None, text: str = "",
                 proposal_id: int | None = None) -> int:
    with store.transaction(SOR) as s:
        r = _round(s, round_id)
        x = ConsultationResponse(**_response_values(s, r, respondent, received_on, position,
                                                    text, proposal_id))
        r.responses.append(x)
        s.flush()
        return x.id


def update_response(store: Store, response_id: int, **values) -> dict:
    """Replace a response's values (respondent, received_on, position, text, proposal_id);
    returns the old ones."""
    with store.transaction(SOR) as s:
        x = s.get(ConsultationResponse, response_id)
        if x is None:
            raise NotFound("Høringssvaret findes ikke længere.")
        old = dict(respondent=x.organisation.name if x.organisation else x.respondent,
                   received_on=x.received_on, position=x.position, text=x.text,
                   proposal_id=x.proposal_id)
        merged = {**old, **values}
        new = _response_values(s, _round(s, x.round_id), **merged)
        for k, v in new.items():
            setattr(x, k, v)
        return old


def delete_response(store: Store, response_id: int) -> snapshots.Snapshot:
    return snapshots.delete_row(store, SOR, "consultation_response", response_id,
                                "Høringssvaret findes ikke længere.")


def restore_response(store: Store, snap: snapshots.Snapshot) -> int:
    return snapshots.put_back(store, SOR, snap)
