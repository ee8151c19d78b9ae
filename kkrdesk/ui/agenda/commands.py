"""Undo commands for the Dagsorden tab. Each builds a ServiceCommand from a service
call and its reverse, with a readable Danish text for the Rediger menu."""

from __future__ import annotations

from kkrdesk.ui.i18n import translate, shown
from kkrdesk.ui.dates import clock
from kkrdesk.core.dates import parse_clock
from kkrdesk.core.enums import ItemKind
from kkrdesk.ui.labels import label
from kkrdesk.core.errors import ValidationError
from kkrdesk.services.agenda import item_moves, meetings, minutes, presenters
from kkrdesk.services.agenda import items as agenda
from kkrdesk.services.agenda import lifecycle as meeting_lifecycle
from kkrdesk.ui.undo import ServiceCommand, TypingCommand, creation, deletion
from kkrdesk.views.agenda import ItemView


def item_name(item: ItemView) -> str:
    """How the Rediger menu names an item: "punkt 5", or a break by its title."""
    if item.number:
        return translate("commands", "punkt {number}").format(number=item.number)
    return f"»{item.title[:30]}«"


def _short(title: str, n: int = 40) -> str:
    return title if len(title) <= n else title[: n - 1] + "…"


def insert(store, meeting_id: int, *, title: str, kind: ItemKind = ItemKind.DISCUSSION,
           after_id: int | None = None, parent_id: int | None = None, index: int | None = None,
           duration_min: int | None = None) -> ServiceCommand:
    return creation(translate("commands", "Indsæt punkt »{title}«").format(title=_short(title)),
                    lambda: agenda.insert_item(store, meeting_id, title=title, kind=kind,
                                               after_id=after_id, parent_id=parent_id, index=index,
                                               duration_min=duration_min),
                    lambda item_id: agenda.delete_item(store, item_id),
                    lambda snap: agenda.restore_item(store, snap))


def delete(store, item: ItemView) -> ServiceCommand:
    return deletion(translate("commands", "Slet punkt »{title}«").format(title=_short(item.title)),
                    lambda: agenda.delete_item(store, item.id),
                    lambda snap: agenda.restore_item(store, snap))


def duplicate(store, item: ItemView) -> ServiceCommand:
    return creation(f"Dupliker »{_short(item.title)}«",
                    lambda: agenda.duplicate_item(store, item.id),
                    lambda new_id: agenda.delete_item(store, new_id),
                    lambda snap: agenda.restore_item(store, snap))


def move(store, item: ItemView, parent_id: int | None, index: int, text: str | None = None) -> ServiceCommand:
    return ServiceCommand(text or translate("commands", "Flyt »{title}«").format(title=_short(item.title)),
                          lambda: item_moves.move_item(store, item.id, parent_id, index),
                          lambda old: item_moves.move_item(store, item.id, *old))  # old pin too


def _field_text(item: ItemView, field: str, value, sep: str = ".") -> str:
    name = f"»{_short(item.title, 30)}«"
    if field == "title":
        return translate("commands", "Ret titel på {named}").format(named=item_name(item))
    if field == "kind":
        return translate("commands", "Ret type på {name} til {value}").format(name=name, value=label(ItemKind(value)).lower())
    if field == "duration_min":
        return translate("commands", "Ret varighed på {name} til {value} min.").format(name=name, value=value)
    if field == "pinned_start":
        return translate("commands", "Lås {name} til kl. {sep}").format(name=name, sep=clock(value, sep)) if value else translate("commands", "Frigør tidspunktet for {name}").format(name=name)
    if field == "notes":
        return translate("commands", "Ret referat til {named}").format(named=item_name(item))
    if field == "decision":
        return translate("commands", "Ret beslutning til {named}").format(named=item_name(item))
    if field == "description":
        return translate("commands", "Ret sagsfremstilling til {named}").format(named=item_name(item))
    if field == "proposal":
        return translate("commands", "Ret indstilling til {named}").format(named=item_name(item))
    return translate("commands", "Ret {named}").format(named=item_name(item))


TYPED_FIELDS = ("title", "notes", "decision", "description", "proposal")  # presenters: PresentersCommand


class FieldCommand(TypingCommand):
    """Editing one field. Typing saved in bursts (autosave, in the panes and in the
    tree's in-place editors) merges into one step while the pauses stay short; a
    deliberate choice (a standard decision button, a type from the list) never merges."""

    def __init__(self, store, item: ItemView, field: str, value, mergeable: bool = True,
                 sep: str = "."):
        self.store, self.item_id, self.field, self.value = store, item.id, field, value
        key = (item.id, field) if mergeable and field in TYPED_FIELDS else None
        super().__init__(_field_text(item, field, value, sep),
                         lambda: agenda.update_item(store, item.id, **{field: self.value}),
                         lambda old: agenda.update_item(store, item.id, **old), key)

    def absorb(self, other) -> None:
        self.value = other.value


class PresentersCommand(TypingCommand):
    """Setting an item's presenters from typed text. Undo puts back exactly the rows
    that were there; redo puts back exactly the rows the first run made."""

    def __init__(self, store, item: ItemView, text: str, mergeable: bool = True):
        self.new = presenters.parse_presenters(text)
        self.state: dict = {}

        def do():
            if "redo" in self.state:  # the rows the first run made, not a new lookup by name
                return presenters.restore_presenters(store, item.id, self.state.pop("redo"))
            return presenters.set_presenters(store, item.id, self.new)

        def undo(old):
            self.state["redo"] = presenters.restore_presenters(store, item.id, old)

        super().__init__(translate("commands", "Ret oplægsholdere på {named}").format(named=item_name(item)), do, undo,
                         (item.id, "presenters") if mergeable else None)

    def absorb(self, other) -> None:
        self.new = other.new


def edit_field(store, item: ItemView, field: str, value, mergeable: bool = True,
               sep: str = ".") -> ServiceCommand:
    """``sep``: the clock's separator in the step's name (Lås … til kl. 13.35)."""
    if field == "presenters":
        return PresentersCommand(store, item, str(value), mergeable)
    if field == "sub_points":
        lines = list(value)
        return ServiceCommand(translate("commands", "Ret underpunkter til {named}").format(named=item_name(item)),
                              lambda: agenda.set_sub_points(store, item.id, lines),
                              lambda old: agenda.set_sub_points(store, item.id, old))
    if field == "pinned_start":
        text = str(value or "").strip()
        try:
            value = parse_clock(text) if text else None
        except ValueError as exc:
            raise ValidationError(shown(exc)) from None
    return FieldCommand(store, item, field, value, mergeable, sep)


def update_meeting(store, meeting_id: int, changes: dict, text: str = "Ret mødeoplysninger") -> ServiceCommand:
    def do():
        before = meetings.get_detail(store, meeting_id).meeting
        meetings.update_meeting(store, meeting_id, **changes)
        return {k: getattr(before, k) for k in changes}

    return ServiceCommand(text, do, lambda old: meetings.update_meeting(store, meeting_id, **old))


def create_meeting(store, values: dict) -> ServiceCommand:
    return creation("Opret møde", lambda: meetings.create_meeting(store, **values),
                    lambda mid: meeting_lifecycle.delete_meeting(store, mid),
                    lambda snap: meeting_lifecycle.restore_meeting(store, snap))


def delete_meeting(store, meeting_id: int, title: str) -> ServiceCommand:
    return deletion(translate("commands", "Slet mødet {title}").format(title=title),
                    lambda: meeting_lifecycle.delete_meeting(store, meeting_id),
                    lambda snap: meeting_lifecycle.restore_meeting(store, snap))


def new_from_previous(store, previous_id: int, date) -> ServiceCommand:
    state = {}

    def do():
        if "undone" in state:  # redo after undo: the same rows, the same ids
            return meeting_lifecycle.redo_new_from_previous(store, *state["undone"])
        before = {m.id for m in meetings.list_meetings(store)}
        mid = meeting_lifecycle.new_from_previous(store, previous_id, date)
        state["created"] = mid not in before  # else it filled a planned meeting
        return mid

    def undo(mid):
        state["undone"] = (mid, meeting_lifecycle.undo_new_from_previous(store, mid, state["created"]))

    return ServiceCommand("Nyt møde fra forrige", do, undo)


def set_attendance(store, meeting_id: int, states: list, text: str) -> ServiceCommand:
    return ServiceCommand(text, lambda: minutes.set_many(store, meeting_id, states),
                          lambda olds: minutes.set_many(store, meeting_id, olds))


def mark_all_present(store, meeting_id: int) -> ServiceCommand:
    return ServiceCommand("Marker alle som deltagende", lambda: minutes.mark_all_present(store, meeting_id),
                          lambda olds: minutes.set_many(store, meeting_id, olds))


def add_action(store, meeting_id: int, values: dict, item_id: int | None) -> ServiceCommand:
    def make():
        fields = {k: v for k, v in values.items() if k != "status"}
        aid = minutes.add_action(store, meeting_id, fields.pop("what"), item_id=item_id, **fields)
        if values.get("status") and values["status"] != "open":
            minutes.update_action(store, aid, status=values["status"])
        return aid

    return creation(translate("commands", "Nyt aktionspunkt »{what}«").format(what=_short(values['what'])), make,
                    lambda aid: minutes.delete_action(store, aid),
                    lambda snap: minutes.restore(store, snap))


def update_action(store, action, values: dict) -> ServiceCommand:
    verb = "Luk" if values.keys() == {"status"} else "Ret"
    return ServiceCommand(f"{verb} aktionspunkt »{_short(action.what)}«",
                          lambda: minutes.update_action(store, action.id, **values),
                          lambda old: minutes.update_action(store, action.id, **old))


def delete_action(store, action) -> ServiceCommand:
    return deletion(translate("commands", "Slet aktionspunkt »{what}«").format(what=_short(action.what)),
                    lambda: minutes.delete_action(store, action.id),
                    lambda snap: minutes.restore(store, snap))


def add_topic(store, meeting_id: int, title: str) -> ServiceCommand:
    return creation(translate("commands", "Nyt emne til næste møde »{title}«").format(title=_short(title)),
                    lambda: meetings.add_topic(store, meeting_id, title),
                    lambda tid: minutes.delete_topic(store, tid),
                    lambda snap: minutes.restore(store, snap))


def edit_topic(store, topic_id: int, title: str) -> ServiceCommand:
    return ServiceCommand("Ret emne til næste møde",
                          lambda: minutes.update_topic(store, topic_id, title),
                          lambda old: minutes.update_topic(store, topic_id, old))


def delete_topic(store, topic_id: int) -> ServiceCommand:
    return deletion("Slet emne til næste møde", lambda: minutes.delete_topic(store, topic_id),
                    lambda snap: minutes.restore(store, snap))
