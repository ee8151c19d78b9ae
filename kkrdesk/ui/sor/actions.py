"""What the SOR-forslag tab does when asked: open the dialog, then push one undo
command (ui/sor/commands.py). A refused step is reported and nothing is half-saved."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from PySide6.QtWidgets import QMessageBox, QWidget

from kkrdesk.ui.i18n import translate
from kkrdesk.services.links import sor as sor_links
from kkrdesk.services.sor import defaults
from kkrdesk.ui import undo
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.sor import commands as C
from kkrdesk.ui.sor.dialogs import (
    CodeDialog, CorrectionDialog, ItemChoiceDialog, NewProposalDialog, StepDialog,
)
from kkrdesk.ui.undo import ServiceCommand
from kkrdesk.views.sor import ProposalView, RoundView


class SorTab(Protocol):
    """What an action needs of the SOR-forslag tab it acts for. A protocol, so the tab
    (which calls the actions) and the actions do not import each other."""

    ctx: AppContext
    today: dt.date
    current: ProposalView | None
    proposals: list[ProposalView]
    all_rounds: list[RoundView]
    form: QWidget  # the proposal's fields (focus_title)
    pages: QWidget  # the detail's pages (setCurrentIndex)
    rounds_pane: QWidget  # the rounds of the proposal (select_round)

    def show_record(self, proposal_id: int) -> None: ...

    def show_records(self, proposal_ids: list[int]) -> None: ...

    def selected_ids(self) -> list[int]: ...


def _push(tab: SorTab, command: ServiceCommand) -> bool:
    return undo.push(tab.ctx.undo_stack, command, tab)


def _run(dialog) -> dict | None:
    return dialog.result_values if dialog.exec() else None


def new_proposal(tab: SorTab) -> None:
    values = _run(NewProposalDialog(tab.today, tab))
    if values is None:
        return
    command = C.create_proposal(tab.ctx.store, values["title"], values["kind"], values["on"])
    if _push(tab, command):
        tab.show_record(command.result)
        tab.form.focus_title()


def delete_proposal(tab: SorTab) -> None:
    p = tab.current
    if p is None:
        return
    answer = QMessageBox.question(
        tab, translate("actions", "Slet forslag"),
        translate("actions", "Slet »{title}« med dets forløb og tilknytninger til dagsordener?\nHøringsrunderne bevares. Sletningen kan fortrydes (Ctrl+Z).").format(title=p.title))
    if answer == QMessageBox.StandardButton.Yes:
        _push(tab, C.delete_proposal(tab.ctx.store, p))


def edit_field(tab: SorTab, p, field: str, value) -> None:
    if p is not None:
        _push(tab, C.edit_field(tab.ctx.store, p, field, value))


def pick_code(tab: SorTab, p, code) -> None:
    if p is not None:
        _push(tab, C.pick_code(tab.ctx.store, p, code))


def add_code(tab: SorTab, code: str, name: str) -> None:
    values = _run(CodeDialog(code, name, tab))
    if values is not None:
        _push(tab, C.add_code(tab.ctx.store, values["code"], values["name"], values["kind"]))


def add_step(tab: SorTab, status) -> None:
    p = tab.current
    if p is None:
        return
    start = defaults.step_date(p, tab.all_rounds, status, tab.today)
    values = _run(StepDialog(p, status, tab.today, tab, start))
    if values is not None:
        _push(tab, C.add_step(tab.ctx.store, p, values["status"], values["on"], values["note"]))


def correct_step(tab: SorTab) -> None:
    p = tab.current
    if p is None:
        return
    values = _run(CorrectionDialog(p, tab.today, tab))
    if values is not None:
        _push(tab, C.correct_step(tab.ctx.store, p, values["step_id"], values["status"],
                                  values["on"], values["note"]))


# -- agenda links -----------------------------------------------------------------------

def link_item(tab: SorTab) -> None:
    p = tab.current
    if p is None:
        return
    values = _run(ItemChoiceDialog(sor_links.item_choices(tab.ctx.store),
                                   "Knyt forslaget til et dagsordenspunkt", tab))
    if values is not None:
        _push(tab, C.link_item(tab.ctx.store, p.id, values["item_id"], p.title))


def unlink_item(tab: SorTab, item_id: int) -> None:
    if tab.current is not None:
        _push(tab, C.unlink_item(tab.ctx.store, tab.current.id, item_id, tab.current.title))
