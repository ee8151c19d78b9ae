"""Links both ways between agenda items and SOR proposals, and the standard status line
an agenda item gets when it presents a proposal ("Tilrettet forslag sendt til SDS den
3. juni – foreløbig ikke modtaget svar")."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select

from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core import sor_rules
from kkrdesk.core.danish import day_month, join_and, short_date
from kkrdesk.core.enums import SorStatus
from kkrdesk.core.errors import NotFound
from kkrdesk.core.models import AgendaItem, Meeting, SorItemLink, SorProposal
from kkrdesk.core.store import Store
from kkrdesk.services.agenda import items as agenda
from kkrdesk.services.areas import SOR
from kkrdesk.services.sor import proposals as sor
from kkrdesk.services.sor import rounds as sor_rounds
from kkrdesk.views.sor import ProposalLinkView, ProposalView, RoundView


def _day(d: dt.date, on: dt.date) -> str:
    """'3. juni' in the year of ``on``, else '3. juni 2025'."""
    return day_month(d) if d.year == on.year else f"{day_month(d)} {d.year}"


def status_line(p: ProposalView, rounds: list[RoundView], on: dt.date) -> str:
    """The one line an agenda item shows about where the proposal stands on ``on``."""
    chain = [h for h in p.history if not h.corrected and h.changed_on <= on]
    if not chain:
        return "Forslaget er under udarbejdelse"
    last = chain[-1]
    mine = [r for r in rounds if p.id in r.proposal_ids and r.sent_on and r.sent_on <= on]
    network = [r for r in mine if not r.to_sds()]
    to_sds = [r for r in mine if r.to_sds()]
    s = last.status
    if s == SorStatus.IN_CONSULTATION and network:
        r = network[-1]
        line = f"Forslag sendt til {r.recipients[0] if r.recipients else r.recipient} den {_day(r.sent_on, on)}"
        return line + (f" (frist for input {_day(r.deadline, on)})" if r.deadline else "")
    if s == SorStatus.INPUT_RECEIVED:
        who = [x.respondent for r in network for x in r.responses if x.received_on is None or x.received_on <= on]
        who = list(dict.fromkeys(who))
        return f"Input modtaget fra {join_and(who)}" if who else f"Input modtaget den {_day(last.changed_on, on)}"
    if s == SorStatus.SENT_TO_SDS:
        revised = any(h.status == SorStatus.INPUT_RECEIVED for h in chain)
        answered = any(r.answered_on and r.answered_on <= on for r in to_sds)
        line = f"{'Tilrettet forslag' if revised else 'Forslag'} sendt til SDS den {_day(last.changed_on, on)}"
        return line + ("" if answered else " – foreløbig ikke modtaget svar")
    if s == SorStatus.APPROVED:
        return f"Godkendt af SDS den {_day(last.changed_on, on)}"
    if s == SorStatus.REJECTED:
        return f"Afvist af SDS den {_day(last.changed_on, on)}"
    if s == SorStatus.RELEASED:
        return f"Udmeldt i SNOMED-releasen {sor_rules.release_name(last.changed_on)}"
    if s == SorStatus.IN_CONSULTATION:
        return f"Forslag sendt i høring den {_day(last.changed_on, on)}"
    return "Forslaget er under udarbejdelse"


def link_item(store: Store, proposal_id: int, item_id: int) -> bool:
    """Link; returns False when the link was already there."""
    with store.transaction(SOR) as s:
        if s.get(SorProposal, proposal_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Forslaget findes ikke længere."))
        if s.get(AgendaItem, item_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Dagsordenspunktet findes ikke længere."))
        if s.scalar(select(SorItemLink.id).where(SorItemLink.proposal_id == proposal_id,
                                                 SorItemLink.item_id == item_id)):
            return False
        s.add(SorItemLink(proposal_id=proposal_id, item_id=item_id))
        return True


def unlink_item(store: Store, proposal_id: int, item_id: int) -> bool:
    with store.transaction(SOR) as s:
        n = s.execute(delete(SorItemLink).where(SorItemLink.proposal_id == proposal_id,
                                                SorItemLink.item_id == item_id)).rowcount
        return bool(n)


def proposals_for_item(store: Store, item_id: int) -> list[ProposalLinkView]:
    meeting, item, link = (t.__table__.c for t in (Meeting, AgendaItem, SorItemLink))
    with store.rows() as s:  # plain rows: the start reads them, before the ORM is loaded
        on = s.scalar(select(meeting.date).join_from(Meeting.__table__, AgendaItem.__table__,
                                                     item.meeting_id == meeting.id)
                      .where(item.id == item_id))
        if on is None:
            return []
        ids = list(s.scalars(select(link.proposal_id).where(link.item_id == item_id)
                             .order_by(link.proposal_id)))
    if not ids:
        return []
    views = {p.id: p for p in sor.list_proposals(store) if p.id in ids}
    rounds = sor_rounds.list_rounds(store)
    return [ProposalLinkView(p.id, p.title, p.status, status_line(p, rounds, on))
            for pid in ids if (p := views.get(pid))]


def item_choices(store: Store) -> list[tuple[int, str]]:
    """Agenda items to link a proposal to, newest meeting first: (id, '18-06-2025 – title')."""
    with store.reading() as s:
        rows = s.execute(select(AgendaItem.id, AgendaItem.title, Meeting.date)
                         .join(Meeting, Meeting.id == AgendaItem.meeting_id)
                         .order_by(Meeting.date.desc(), AgendaItem.parent_id.is_not(None),
                                   AgendaItem.position)).all()
    return [(i, f"{short_date(d)} – {t}") for i, t, d in rows]


def add_status_lines(store: Store, item_id: int, proposal_ids: list[int] | None = None) -> list[str]:
    """Add the status line of each linked proposal (or those given) to the item's
    sub-points, unless already there; returns the old sub-points (for undo)."""
    from sqlalchemy.orm import selectinload

    with store.reading() as s:
        item = s.scalar(select(AgendaItem).options(selectinload(AgendaItem.sub_points))
                        .where(AgendaItem.id == item_id))
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Dagsordenspunktet findes ikke længere."))
        current = [p.text for p in item.sub_points]
    links = proposals_for_item(store, item_id)
    wanted = [link.status_line for link in links if proposal_ids is None or link.id in proposal_ids]
    new = current + [line for line in dict.fromkeys(wanted) if line not in current]
    return agenda.set_sub_points(store, item_id, new)
