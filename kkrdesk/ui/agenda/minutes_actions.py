"""The follow-up and guest actions of the Dagsorden tab: action items, topics for
the next meeting, guests. Each asks what it needs (or takes it as arguments, for
tests and keyboard users) and runs as one undoable step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from kkrdesk.core.enums import ActionStatus
from kkrdesk.services.agenda import guests, minutes
from kkrdesk.ui.agenda import commands as cmds
from kkrdesk.ui.agenda.guest_dialog import GuestDialog
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.undo import ServiceCommand



def _action_dialog():
    """The action form, imported when an action is first added or edited (not at start)."""
    from kkrdesk.ui.agenda.action_dialog import ActionDialog

    return ActionDialog

class MinutesActions:
    def __init__(self, ctx: AppContext, parent: QWidget, push: Callable, current_item: Callable):
        self.ctx, self.parent, self._push, self._current_item = ctx, parent, push, current_item

    def _people_names(self) -> list[str]:
        return [r.name for r in minutes.roster(self.ctx.store, self.ctx.meeting_id)]

    def add_action(self, values: dict | None = None) -> None:
        if values is None:
            dialog = _action_dialog()(self._people_names(), parent=self.parent)
            if not dialog.exec():
                return
            values = dialog.result_values
        cur = self._current_item()
        self._push(cmds.add_action(self.ctx.store, self.ctx.meeting_id, values, cur.id if cur else None))

    def edit_action(self, action, values: dict | None = None) -> None:
        if values is None:
            dialog = _action_dialog()(self._people_names(), action, parent=self.parent)
            if not dialog.exec():
                return
            values = dialog.result_values
        self._push(cmds.update_action(self.ctx.store, action, values))

    def close_action(self, action) -> None:
        self._push(cmds.update_action(self.ctx.store, action, {"status": ActionStatus.DONE}))

    def delete_action(self, action) -> None:
        self._push(cmds.delete_action(self.ctx.store, action))

    def add_topic(self, title: str) -> None:
        self._push(cmds.add_topic(self.ctx.store, self.ctx.meeting_id, title))

    def edit_topic(self, topic_id: int, title: str) -> None:
        self._push(cmds.edit_topic(self.ctx.store, topic_id, title))

    def delete_topic(self, topic_id: int) -> None:
        self._push(cmds.delete_topic(self.ctx.store, topic_id))

    def add_guest(self, pane=None, values: tuple[str, str, int | None] | None = None) -> None:
        """A presenter of the agenda, anyone in Deltagere, or a typed name and
        organisation, recorded as a guest who took part (one undoable step)."""
        store, mid = self.ctx.store, self.ctx.meeting_id
        if values is None:
            dialog = GuestDialog(guests.choices(store, mid), parent=self.parent)
            if not dialog.exec():
                return
            values = dialog.values
        name, organisation, person_id = values
        self._push(ServiceCommand(
            f"Tilføj {name} som gæst",
            lambda: guests.add_guest(store, mid, name, organisation, person_id),
            lambda added: guests.remove_guest(store, mid, added)))

    def presenters_present(self) -> None:
        store, mid = self.ctx.store, self.ctx.meeting_id
        self._push(ServiceCommand("Oplægsholdere deltog som gæster",
                                  lambda: guests.add_presenters(store, mid),
                                  lambda added: guests.remove_guests(store, mid, added)))

    def connect(self, pane) -> None:
        pane.add_action.connect(self.add_action)
        pane.edit_action.connect(self.edit_action)
        pane.close_action.connect(self.close_action)
        pane.delete_action.connect(self.delete_action)
        pane.add_topic.connect(self.add_topic)
        pane.edit_topic.connect(self.edit_topic)
        pane.delete_topic.connect(self.delete_topic)
