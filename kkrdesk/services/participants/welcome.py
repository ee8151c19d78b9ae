"""The welcome-slide text for the next agenda: who took over a seat from whom, and who
is new, since the meeting before."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core.danish import join_and
from kkrdesk.core.enums import GroupKind, MeetingStatus, Role
from kkrdesk.core.errors import NotFound
from kkrdesk.core.models import Group, Meeting, Membership
from kkrdesk.core.store import Store
from kkrdesk.services.participants.people import (
    membership_view_load, MembershipView, membership_view,
)
from kkrdesk.views.participants import NEW_MEMBER, TOOK_OVER, WelcomeLine


def _holder(v: MembershipView) -> str:
    return ", ".join(x for x in (v.person_name, v.organisation) if x)


def welcome_lines(store: Store, since: dt.date | None, until: dt.date,
                  group_id: int | None = None) -> list[WelcomeLine]:
    """Seats taken after ``since`` and on or before ``until`` and still held then: one
    line per replaced member (successors together), one per new member replacing no one."""
    with store.reading() as s:
        gid = group_id or s.scalar(
            select(Group.id).where(Group.kind == GroupKind.NETWORK).order_by(Group.id))
        stmt = select(Membership).where(
            Membership.group_id == gid, Membership.start_date <= until,
            Membership.role != Role.PRESENTER,
            Membership.end_date.is_(None) | (Membership.end_date > until),  # still seated
        ).options(*membership_view_load())
        if since is not None:
            stmt = stmt.where(Membership.start_date > since)
        rows = list(s.scalars(stmt))
        olds = {m.replaces_id: membership_view(m.replaces) for m in rows if m.replaces}
        views = [membership_view(m) for m in rows]
    groups: dict[object, list[MembershipView]] = {}
    for v in sorted(views, key=lambda v: (v.start_date, v.id)):
        groups.setdefault(v.replaces_id or ("new", v.id), []).append(v)
    out = []
    for key, news in groups.items():
        who = join_and([h for h in (_holder(v) for v in news) if h])
        notes = " ".join(dict.fromkeys(v.notes for v in news if v.notes))
        if isinstance(key, int):
            text = f"{who}, {TOOK_OVER} {_holder(olds[key])}"
        else:
            text = f"{who}, {NEW_MEMBER}"
        out.append(WelcomeLine(text, notes, news[0].start_date))
    return out


def welcome_lines_for_meeting(store: Store, meeting_id: int) -> list[WelcomeLine]:
    """The welcome lines for a meeting: seats taken since the meeting before it."""
    with store.reading() as s:
        m = s.get(Meeting, meeting_id)
        if m is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Mødet findes ikke længere."))
        day = m.date
        before = s.scalar(select(Meeting.date).where(
            Meeting.date < day, Meeting.status != MeetingStatus.CANCELLED)
            .order_by(Meeting.date.desc()).limit(1))
    return welcome_lines(store, before, day)


def welcome_text(lines: list[WelcomeLine]) -> str:
    """Numbered lines with their notes as in the seed deck's welcome slide."""
    out = []
    for n, line in enumerate(lines, start=1):
        out.append(f"{n}. {line.text}")
        if line.note:
            out.append(f"   a) {line.note}")
    return "\n".join(out)
