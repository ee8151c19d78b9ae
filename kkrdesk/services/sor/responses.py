"""Responses to a consultation round, per organisation (date, position, text). Input
from several organisations at once is one step; when it closes the round (the round is
answered with it), the round's proposals move on to »Input modtaget«
(services/sor/course.py), and undo takes responses, answer and steps back together."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import select

from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core import validate
from kkrdesk.core.danish import short_date
from kkrdesk.core.dates import check_day
from kkrdesk.core.enums import ResponsePosition
from kkrdesk.core.errors import NotFound, ValidationError
from kkrdesk.core.models import ConsultationResponse, ConsultationRound, Organisation
from kkrdesk.core.store import Store
from kkrdesk.services import snapshots
from kkrdesk.services.areas import SOR
from kkrdesk.services.sor import course
from kkrdesk.services.sor import recipients as who_gets
from kkrdesk.services.sor.rounds import load_round
from kkrdesk.views.sor import RoundChange

if TYPE_CHECKING:  # the ORM is imported at the first ORM session (core/orm_sessions)
    from sqlalchemy.orm import Session



def _check_round(r: ConsultationRound, received_on: dt.date | None,
                 proposal_id: int | None) -> None:
    if received_on and r.sent_on and received_on < r.sent_on:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "SorResponses", "Svaret ({received}) kan ikke være modtaget, før runden blev sendt "
            "({sent}).").format(received=short_date(received_on), sent=short_date(r.sent_on)),
            field="Modtaget")
    if received_on and not r.sent_on:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "SorResponses", "Runden er ikke sendt endnu; udfyld først rundens »Sendt«."),
            field="Modtaget")
    if proposal_id is not None and proposal_id not in {p.id for p in r.proposals}:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "SorResponses", "Svaret kan kun gælde et af rundens forslag."), field="Forslag")


def _response_values(s: Session, r: ConsultationRound, respondent: str,
                     received_on: dt.date | None, position, text: str,
                     proposal_id: int | None) -> dict:
    check_day(received_on, "Modtaget")
    who = validate.clean_text(respondent, "Organisation", required=True, max_len=200,
                              single_line=True)
    aliases = who_gets.aliases_in(s)
    names = [x.name for x in r.recipients] or [r.recipient]
    if not who_gets.is_among(who, names, aliases):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "SorResponses", "Runden er ikke sendt til {who}; svar kan kun komme fra {names}.").format(
            who=who, names=", ".join(names)), field="Organisation")
    _check_round(r, received_on, proposal_id)
    who = who_gets.canonical(who, aliases)
    org = s.scalar(select(Organisation).where(Organisation.name == who))
    return dict(respondent="" if org else next(n for n in names if who_gets.is_among(n, [who], aliases)),
                organisation=org, received_on=received_on,
                position=ResponsePosition(position) if position else None,
                text=validate.clean_text(text, "Svar"), proposal_id=proposal_id)


def add_responses(store: Store, round_id: int, *, respondents: list[str],
                  received_on: dt.date | None, position: ResponsePosition | None = None,
                  text: str = "", proposal_id: int | None = None, answers_round: bool = False,
                  today: dt.date | None = None) -> RoundChange:
    """One response per organisation, the same date, position and text; with
    ``answers_round`` the round is answered on that date and its proposals move on."""
    if not respondents:
        raise ValidationError(QT_TRANSLATE_NOOP("SorResponses", "Vælg mindst én organisation."),
                              field="Organisation")
    with store.transaction(SOR) as s:
        r = load_round(s, round_id)
        made = []
        for who in dict.fromkeys(respondents):
            x = ConsultationResponse(**_response_values(s, r, who, received_on, position,
                                                        text, proposal_id))
            r.responses.append(x)
            s.flush()
            made.append(x.id)
        steps: list[int] = []
        refused: list[str] = []
        if answers_round and received_on and r.answered_on is None:
            before = course.Before.of(r)
            r.answered_on = received_on
            s.flush()
            steps, refused = course.follow(s, r, before, today or dt.date.today())
            return RoundChange(r.id, tuple(steps), tuple(refused), (("answered_on", None),),
                               tuple(made))
        return RoundChange(r.id, (), (), (), tuple(made))


def add_response(store: Store, round_id: int, *, respondent: str, received_on: dt.date | None,
                 position: ResponsePosition | None = None, text: str = "",
                 proposal_id: int | None = None) -> int:
    """One response (the round stays as it is); its id."""
    return add_responses(store, round_id, respondents=[respondent], received_on=received_on,
                         position=position, text=text, proposal_id=proposal_id).response_ids[0]


def take_back_responses(store: Store, change: RoundChange) -> snapshots.Snapshot:
    """Undo of ``add_responses``: the responses, the answer and the steps go; the
    snapshot puts the very same rows and the answer back (``restore_responses``)."""
    with store.transaction(SOR) as s:
        r = load_round(s, change.round_id)
        t = snapshots.table("consultation_response")
        answers = snapshots.capture(s, "consultation_response",
                                    t.c.id.in_(list(change.response_ids) or [-1]))
        snapshots.remove(s, snapshots.Snapshot(rows=(answers,)))
        steps = course.take_back(s, list(change.step_ids))
        reset = ()
        if change.old:  # the round was answered by this step
            r = load_round(s, change.round_id)
            reset = (("consultation_round", "answered_on", r.id, r.answered_on),)
            r.answered_on = None
        return snapshots.Snapshot(rows=(answers, steps), reset=reset)


def restore_responses(store: Store, snap: snapshots.Snapshot) -> None:
    with store.transaction(SOR) as s:
        snapshots.restore(s, snap)
        course.resync(s, course.step_owners(snap))


def update_response(store: Store, response_id: int, **values) -> dict:
    """Replace a response's values (respondent, received_on, position, text, proposal_id);
    returns the old ones."""
    with store.transaction(SOR) as s:
        x = s.get(ConsultationResponse, response_id)
        if x is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Høringssvaret findes ikke længere."))
        old = dict(respondent=x.organisation.name if x.organisation else x.respondent,
                   received_on=x.received_on, position=x.position, text=x.text,
                   proposal_id=x.proposal_id)
        new = _response_values(s, load_round(s, x.round_id), **{**old, **values})
        for k, v in new.items():
            setattr(x, k, v)
        return old


def delete_response(store: Store, response_id: int) -> snapshots.Snapshot:
    return snapshots.delete_row(store, SOR, "consultation_response", response_id,
                                QT_TRANSLATE_NOOP("NotFound", "Høringssvaret findes ikke længere."))


def restore_response(store: Store, snap: snapshots.Snapshot) -> int:
    return snapshots.put_back(store, SOR, snap)
