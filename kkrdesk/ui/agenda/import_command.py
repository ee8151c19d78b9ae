"""The import as one undo step: the whole agenda written in one transaction, taken back
by Ctrl+Z and put back by Ctrl+Y with the same ids."""

from __future__ import annotations

from kkrdesk.ui.i18n import translate
from kkrdesk.ui.dates import short_date
from kkrdesk.services.agenda import file_import as agenda_import
from kkrdesk.ui.undo import ServiceCommand
from kkrdesk.views.agenda_import import NewMeeting


def import_command(store, agenda, meeting_id: int | None, new: NewMeeting | None,
                   people: list[tuple[str, str]]) -> ServiceCommand:
    """One undo step: the whole import, undone and redone with the same ids."""
    state: dict = {}

    def do():
        if "snap" in state:
            agenda_import.redo_import(store, state["snap"])
            return state["result"]
        state["result"] = agenda_import.commit_import(store, agenda, meeting_id=meeting_id,
                                                      new_meeting=new, create_people=people)
        return state["result"]

    def undo(result):
        state["snap"] = agenda_import.undo_import(store, result)

    where = translate("import_command", "nyt møde {new}").format(new=short_date(new.date)) if new else "det valgte møde"
    return ServiceCommand(translate("import_command", "Importér dagsorden ({n} punkter, {where})").format(n=len(agenda.items), where=where), do, undo)
