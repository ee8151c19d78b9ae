"""``kkrdesk demo --years``: the synthetic meetings, four a year every 13 weeks back from
the seed meeting: each with its agenda (15-25 items with presenters, sub-points, notes
and decisions), the attendance of the members seated that day (apologies, substitutes
and guests among them), action items and a topic for the next meeting."""

from __future__ import annotations

import datetime as dt

from kkrdesk.core.enums import (
    ActionStatus, AttendanceMode, AttendanceStatus, ItemKind, MeetingStatus,
)
from kkrdesk.core.models import (
    ActionItem, AgendaItem, Attendance, Meeting, NextMeetingTopic, Presenter, SubPoint,
)
from kkrdesk.demo import years_words as W
from kkrdesk.demo.years_rows import SEED_DAY, Rows


def meetings(r: Rows) -> None:
    """Four meetings a year, every 13 weeks back from the seed meeting (a Wednesday)."""
    days = [SEED_DAY - dt.timedelta(weeks=13 * k) for k in range(4 * r.years, 0, -1)]
    for day in days:
        m = r.add(Meeting, title="Møde i KKR-digitaliseringsnetværket", date=day,
                  start_time=dt.time(10), end_time=dt.time(15),
                  place=r.rnd.choice(("KL, Weidekampsgade 10, København S", "Online (Teams)",
                                      "MedCom, Forskerparken 10, Odense M")),
                  status=MeetingStatus.MINUTES_APPROVED, chair_id=r.chair_id)
        r.meetings.append(m)
        _agenda(r, m)


def _agenda(r: Rows, m: dict) -> None:
    members = [s["person_id"] for s in _seated(r, m["date"])]
    n = r.rnd.randint(14, 21)  # project status items come on top, up to 25 in all
    themes = r.rnd.sample(W.THEMES, min(n - 4, len(W.THEMES)))
    specs = [("Velkomst", ItemKind.WELCOME, 5), ("Godkendelse af dagsorden og referat",
                                                  ItemKind.DECISION, 5)]
    specs += [(t, ItemKind(k), r.rnd.choice((5, 10, 10, 15))) for t, k in themes]
    while len(specs) < n - 2:
        specs.append((f"Orientering fra {r.rnd.choice(W.NATIONAL)}", ItemKind.ANNOUNCEMENT, 5))
    specs.insert(len(specs) // 2, ("Pause", ItemKind.BREAK, 15))
    specs.append(("Eventuelt", ItemKind.ANY_OTHER_BUSINESS, 5))
    for pos, (title, kind, minutes) in enumerate(specs):
        substantive = kind not in (ItemKind.BREAK, ItemKind.WELCOME)
        item = r.add(AgendaItem, meeting_id=m["id"], parent_id=None, position=pos, title=title,
                     kind=kind, duration_min=minutes, pinned_start=None, description="",
                     notes=r.rnd.choice(W.NOTES) if substantive else "",
                     decision=r.rnd.choice(W.DECISIONS) if substantive else "")
        r.items_by_meeting[m["id"]].append(item)
        if substantive and members:
            pid = r.rnd.choice(members)
            r.add(Presenter, item_id=item["id"], position=0, person_id=pid, name="",
                  organisation_id=r.person_org.get(pid), organisation_text="")
            for spos, text in enumerate(r.rnd.sample(W.SUB_POINTS, r.rnd.randint(0, 3))):
                r.add(SubPoint, item_id=item["id"], position=spos, text=text)
    _attendance(r, m, members)
    _follow_up(r, m, members)


def _seated(r: Rows, day: dt.date) -> list[dict]:
    return [s for s in r.seats
            if s["start_date"] <= day and (s["end_date"] is None or s["end_date"] > day)]


def _attendance(r: Rows, m: dict, members: list[int]) -> None:
    outsiders = [p for p in r.person_org if p not in set(members)]
    for pid in members:
        roll = r.rnd.random()
        if roll < 0.8:
            r.add(Attendance, meeting_id=m["id"], person_id=pid, status=AttendanceStatus.PRESENT,
                  mode=AttendanceMode.ONLINE if roll < 0.25 else AttendanceMode.IN_PERSON)
        elif roll < 0.92 or not outsiders:
            r.add(Attendance, meeting_id=m["id"], person_id=pid,
                  status=AttendanceStatus.APOLOGIES, note="Meldt afbud.")
        else:  # apologies, with a colleague coming instead
            r.add(Attendance, meeting_id=m["id"], person_id=pid, status=AttendanceStatus.APOLOGIES)
            sub = outsiders.pop(r.rnd.randrange(len(outsiders)))
            r.add(Attendance, meeting_id=m["id"], person_id=sub,
                  status=AttendanceStatus.SUBSTITUTE, substitute_for_id=pid)
    for _ in range(r.rnd.randint(0, 3)):
        if outsiders:
            guest = outsiders.pop(r.rnd.randrange(len(outsiders)))
            r.add(Attendance, meeting_id=m["id"], person_id=guest,
                  status=AttendanceStatus.PRESENT, is_guest=True, note="Oplægsholder.")


def _follow_up(r: Rows, m: dict, members: list[int]) -> None:
    items = [i for i in r.items_by_meeting[m["id"]] if i["decision"]]
    recent = (SEED_DAY - m["date"]).days < 200
    for item in r.rnd.sample(items, min(len(items), r.rnd.randint(2, 5))):
        due = m["date"] + dt.timedelta(weeks=r.rnd.choice((4, 8, 13)))
        done = not recent or r.rnd.random() < 0.5
        r.add(ActionItem, meeting_id=m["id"], item_id=item["id"], what=r.rnd.choice(W.ACTIONS),
              who_person_id=r.rnd.choice(members) if members else None, who_text="", due=due,
              status=ActionStatus.DONE if done else ActionStatus.OPEN,
              closed_on=min(due, SEED_DAY) if done else None)
    r.add(NextMeetingTopic, meeting_id=m["id"], position=0, title=r.rnd.choice(W.THEMES)[0],
          target_date=m["date"] + dt.timedelta(weeks=13))
