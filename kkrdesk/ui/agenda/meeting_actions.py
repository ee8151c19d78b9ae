"""Meeting-level actions of the Dagsorden tab: new, new from previous, edit, delete.
Each asks what it needs in a dialog (or takes it as arguments, for tests and
keyboard users) and runs as one undoable step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox, QWidget

from kkrdesk.ui.i18n import translate
from kkrdesk.ui.dates import long_date, short_date, time_span
from kkrdesk.ui.labels import label
from kkrdesk.services.agenda import meetings, referat
from kkrdesk.ui.agenda import commands as cmds
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.date_edit import ask_date
from kkrdesk.ui.undo import ServiceCommand, push


def minutes_state_text(m) -> str:
    """'Referat: udkast', 'Referat udsendt 20-06-2025', 'Referat godkendt på mødet d. …'."""
    if m.minutes_approved_on is not None:
        day = m.minutes_approved_by_date or m.minutes_approved_on
        return f"Referat godkendt på mødet {long_date(day).split(' ', 1)[1]}"
    if m.minutes_sent_on is not None:
        return f"Referat udsendt {short_date(m.minutes_sent_on)} (foreløbigt)"
    return "Referat: udkast" if m.is_held() else "Referat: mødet er ikke holdt endnu"


def meeting_line(m, sep: str = ".") -> str:
    """The line under the meeting's title: time (``sep``: 12.00 or 12:00), place, status,
    people, the referat."""
    place = m.place or ("Online" if m.online_url else "")
    parts = [x for x in (time_span(m.start_time, m.end_time, sep), place) if x]
    status, minutes = label(m.status), minutes_state_text(m)
    # "Referat udsendt" as a status is said once, with its date: the referat's own state
    said_once = minutes.startswith(status)
    parts.append(f"Status: {minutes if said_once else status}")
    if m.chair_name:
        parts.append(f"Mødeleder: {m.chair_name}")
    if m.minute_taker_name:
        parts.append(f"Referent: {m.minute_taker_name}")
    if not said_once:
        parts.append(minutes)
    return "  ·  ".join(parts)



def _meeting_dialog():
    """The meeting form, imported when a meeting is first made or edited (not at start)."""
    from kkrdesk.ui.agenda.meeting_dialog import MeetingDialog

    return MeetingDialog

class MeetingActions:
    def __init__(self, ctx: AppContext, parent: QWidget):
        self.ctx, self.parent = ctx, parent
        # where the keyboard goes once a meeting is made (the agenda list, so Ctrl+Enter
        # adds its first item); the tab sets it when its list exists
        self.after_new = lambda: None

    def _people(self) -> list[tuple[int, str]]:
        """The chair and minute-taker choices, read when a meeting dialog opens (the
        register's service and read models are not needed at start-up)."""
        from kkrdesk.services.participants import people as participants

        return [(p.id, p.name) for p in participants.list_people(self.ctx.store)]

    def _push(self, command) -> bool:
        return push(self.ctx.undo_stack, command, self.parent)

    def new_meeting(self, values: dict | None = None) -> int | None:
        if values is None:
            prefs = self.ctx.prefs
            dialog = _meeting_dialog()(self._people(), parent=self.parent, times=prefs.meeting_times(),
                                   time_sep=prefs.time_sep)
            if not dialog.exec():
                return None
            values = dialog.result_values
        command = cmds.create_meeting(self.ctx.store, values)
        if self._push(command):
            self.ctx.select_meeting(command.result)
            self.after_new()
            return command.result
        return None

    def edit_meeting(self, values: dict | None = None) -> bool:
        mid = self.ctx.meeting_id
        if mid is None:
            return False
        if values is None:
            current = meetings.get_detail(self.ctx.store, mid).meeting
            dialog = _meeting_dialog()(self._people(), current, parent=self.parent,
                                   time_sep=self.ctx.time_sep)
            if not dialog.exec():
                return False
            values = dialog.result_values
        return self._push(cmds.update_meeting(self.ctx.store, mid, values))

    def suggested_next_date(self) -> dt.date:
        detail = meetings.get_detail(self.ctx.store, self.ctx.meeting_id)
        targets = [t.target_date for t in detail.topics if t.target_date]
        if targets:
            return targets[0]
        if detail.next_meeting and not meetings.get_detail(self.ctx.store, detail.next_meeting.id).items:
            return detail.next_meeting.date
        return detail.meeting.date + dt.timedelta(weeks=13)

    def new_from_previous(self, date: dt.date | None = None) -> int | None:
        prev = self.ctx.meeting_id
        if prev is None:
            return None
        if date is None:
            date = ask_date(
                self.parent, translate("MeetingActions", "Nyt møde fra forrige"),
                translate("MeetingActions", "Dato for det nye møde (faste punkter, emner til næste møde og åbne "
                "aktionspunkter tages med fra det valgte møde):"), self.suggested_next_date())
            if date is None:
                return None
        command = cmds.new_from_previous(self.ctx.store, prev, date)
        if self._push(command):
            self.ctx.select_meeting(command.result)
            self.after_new()
            return command.result
        return None

    def send_minutes(self, date: dt.date | None = None) -> bool:
        """Mark the selected meeting's referat as sent ("udsendt") on a typed date."""
        mid = self.ctx.meeting_id
        if mid is None:
            return False
        if date is None:
            # refused before a date is asked for, e.g. a past meeting with nothing recorded
            if reason := referat.why_not_send(self.ctx.store, mid):
                QMessageBox.information(self.parent, translate("MeetingActions", "Udsend referat"), reason)
                return False
            date = ask_date(self.parent, translate("MeetingActions", "Udsend referat"),
                            translate("MeetingActions", "Dato for udsendelsen af referatet (det er foreløbigt, indtil "
                            "næste møde godkender det):"), dt.date.today())
            if date is None:
                return False
        store = self.ctx.store
        return self._push(ServiceCommand(
            f"Udsend referat {short_date(date)}", lambda: referat.send_minutes(store, mid, date),
            lambda old: referat.set_state(store, mid, old)))

    def delete_meeting(self, confirm: bool = True) -> bool:
        mid = self.ctx.meeting_id
        if mid is None:
            return False
        m = meetings.get_detail(self.ctx.store, mid).meeting
        if confirm:
            answer = QMessageBox.question(
                self.parent, translate("MeetingActions", "Slet møde"),
                f"Slet mødet {short_date(m.date)} med dagsorden, referat og fremmøde?\n"
                "Du kan fortryde med Ctrl+Z.")
            if answer != QMessageBox.StandardButton.Yes:
                return False
        if self._push(cmds.delete_meeting(self.ctx.store, mid, short_date(m.date))):
            self.ctx.select_meeting(meetings.default_meeting_id(self.ctx.store))
            return True
        return False
