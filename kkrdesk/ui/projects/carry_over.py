"""When the Deltagere tab replaces a member, the person's seats in project groups are
offered to the successor too: the user is asked, and each seat taken over is its own
replacement in the history (one undo step for them all)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from kkrdesk.ui.i18n import translate
from kkrdesk.ui.dates import short_date
from kkrdesk.ui.labels import label
from kkrdesk.core.errors import KkrDeskError
from kkrdesk.services.participants import replacements
from kkrdesk.services.projects import organisation as project_org
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.projects import commands as C
from kkrdesk.ui.projects.dialogs import ask
from kkrdesk.ui.undo import push


def offer(parent: QWidget, ctx: AppContext, person_id: int | None, old_name: str,
          successor_ids: list[int], new_names: str, on: dt.date, answer=None) -> int:
    """Ask whether the successors take over ``person_id``'s project seats; returns how
    many seats were handed over. ``answer(text) -> bool`` replaces the question."""
    if person_id is None:
        return 0
    seats = [(title, s) for title, s in project_org.open_project_seats(ctx.store, person_id, on)
             if s.start_date is None or s.start_date <= on]
    if not seats:
        return 0
    lines = "\n".join(f"• {title} ({label(s.role).lower()})" for title, s in seats)
    seat_text = (translate("carry_over", "{old_name} sidder også i projektgrupper:\n{lines}\n\nSkal "
                           "{new_names} overtage pladsen fra {on}?") if len(seats) == 1 else
                 translate("carry_over", "{old_name} sidder også i projektgrupper:\n{lines}\n\nSkal "
                           "{new_names} overtage pladserne fra {on}?"))
    text = seat_text.format(old_name=old_name, lines=lines, new_names=new_names, on=short_date(on))
    agreed = answer(text) if answer else ask(parent, translate("carry_over", "Projektgrupper"), text, default_yes=True)
    if not agreed:
        return 0
    done = 0
    ctx.undo_stack.beginMacro(f"Overtag {old_name}s pladser i projektgrupper")
    try:
        for _title, s in seats:
            try:
                replacements.check_replace(ctx.store, s.id, successor_ids, on)
            except KkrDeskError as exc:
                ctx.message.emit(f"{_title}: {exc}")
                continue
            if push(ctx.undo_stack, C.replace_seat(ctx.store, s.id, old_name, successor_ids, on,
                                                   new_names), parent):
                done += 1
    finally:
        ctx.undo_stack.endMacro()
    return done
