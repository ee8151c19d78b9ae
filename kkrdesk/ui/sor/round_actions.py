"""What the SOR-forslag tab does with rounds and responses: open the dialog with what
the context says (the chosen proposals, the meeting's or today's date, the usual
periods from the settings), then push one undo command. A round that is sent or
answered moves its proposals on in the same step; a proposal that could not follow is
named in one message."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox, QWidget

from kkrdesk.ui.i18n import translate
from kkrdesk.services.sor import defaults
from kkrdesk.services.sor import recipients as who_gets
from kkrdesk.ui import preferences, undo
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.sor import commands as C
from kkrdesk.ui.sor.response_dialog import ResponseDialog
from kkrdesk.ui.sor.round_dialogs import RoundContext, RoundDialog
from kkrdesk.views.sor import ProposalView, RoundView

WEEKS_KEY = preferences.SDS_WEEKS_KEY  # how long SDS has to answer
DAYS_KEY = preferences.ROUND_DAYS_KEY  # a round's usual period from sending to the deadline


def sds_weeks(ctx: AppContext) -> int:
    return ctx.prefs.sds_weeks


def round_days(ctx: AppContext) -> int:
    return ctx.prefs.round_days


def round_context(ctx: AppContext, sent_on: dt.date | None) -> RoundContext:
    return RoundContext(sent_on, round_days(ctx), sds_weeks(ctx),
                        who_gets.recipient_aliases(ctx.store))


def _run(dialog) -> dict | None:
    return dialog.result_values if dialog.exec() else None


def report_refused(parent: QWidget, change) -> None:
    """Say which proposals stayed where they were (their latest step is later, say)."""
    if change is not None and change.refused:
        names = "\n".join(f"• {t}" for t in change.refused)
        QMessageBox.information(
            parent, "KKR Desk",
            translate("round_actions", "Runden er gemt, men disse forslag kunne ikke følge med, fordi deres forløb ikke tillader trinnet på den dato:\n{names}\nRet dem under »Status og forløb«.").format(names=names))


def create_round(ctx: AppContext, parent: QWidget, proposals: list[ProposalView],
                 chosen: list[int], sent_on: dt.date | None, today: dt.date) -> int | None:
    """The dialog for a new round of ``chosen``; the new round's id, or None."""
    dialog = RoundDialog(who_gets.recipient_choices(ctx.store), proposals, preselect=chosen,
                         context=round_context(ctx, sent_on), parent=parent)
    values = _run(dialog)
    if values is None:
        return None
    command = C.create_round(ctx.store, values, today)
    if not undo.push(ctx.undo_stack, command, parent):
        return None
    report_refused(parent, command.result)
    return command.result.round_id


def new_round(tab) -> None:
    """A round of the proposals selected in the list, sent today unless changed."""
    chosen = tab.selected_ids() or ([tab.current.id] if tab.current else [])
    if not chosen:
        return
    rid = create_round(tab.ctx, tab, tab.proposals, chosen, tab.today, tab.today)
    if rid is not None:
        tab.pages.setCurrentWidget(tab.rounds_pane)
        tab.rounds_pane.select_round(rid)


def edit_round(tab, r: RoundView) -> None:
    chosen = who_gets.unique(list(r.recipients), who_gets.recipient_aliases(tab.ctx.store))
    dialog = RoundDialog(who_gets.recipient_choices(tab.ctx.store), tab.proposals,
                         _with_recipients(r, chosen), context=round_context(tab.ctx, None),
                         parent=tab)
    values = _run(dialog)
    if values is not None:
        command = C.edit_round(tab.ctx.store, r, values, tab.today)
        if undo.push(tab.ctx.undo_stack, command, tab):
            report_refused(tab, command.result)


def _with_recipients(r: RoundView, names: list[str]) -> RoundView:
    from dataclasses import replace

    return replace(r, recipients=tuple(names))


def mark_sent(tab, r: RoundView) -> None:
    """Sent today; the deadline follows unless the round has one."""
    deadline = r.deadline or defaults.round_deadline(tab.today, r.to_sds(), round_days(tab.ctx),
                                                     sds_weeks(tab.ctx))
    command = C.edit_round(tab.ctx.store, r, {"sent_on": tab.today, "deadline": deadline},
                           tab.today, translate("round_actions", "Markér »{title}« som sendt").format(title=C.short(r.title)))
    if undo.push(tab.ctx.undo_stack, command, tab):
        report_refused(tab, command.result)


def delete_round(tab, r: RoundView) -> None:
    answer = QMessageBox.question(
        tab, translate("round_actions", "Slet høringsrunde"),
        translate("round_actions", "Slet høringsrunden »{title}« med {n} høringssvar?\nSletningen kan fortrydes (Ctrl+Z).").format(title=r.title, n=len(r.responses)))
    if answer == QMessageBox.StandardButton.Yes:
        undo.push(tab.ctx.undo_stack, C.delete_round(tab.ctx.store, r), tab)


def _titles(tab) -> dict[int, str]:
    return {p.id: p.title for p in tab.proposals}


def new_response(tab, r: RoundView) -> None:
    values = _run(ResponseDialog(r, _titles(tab), today=tab.today, parent=tab))
    if values is not None:
        command = C.add_responses(tab.ctx.store, r, values, tab.today)
        if undo.push(tab.ctx.undo_stack, command, tab):
            report_refused(tab, command.result)


def edit_response(tab, r: RoundView, x) -> None:
    values = _run(ResponseDialog(r, _titles(tab), x, today=tab.today, parent=tab))
    if values is not None:
        undo.push(tab.ctx.undo_stack, C.edit_response(tab.ctx.store, x, values), tab)


def delete_response(tab, x) -> None:
    undo.push(tab.ctx.undo_stack, C.delete_response(tab.ctx.store, x), tab)
