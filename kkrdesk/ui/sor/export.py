"""Filer > Eksportér > SOR-forslag (Word): the user ticks the proposals (those shown in
the SOR-forslag list are ticked), picks a file, and gets the summary for SDS."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from kkrdesk.ui.i18n import translate
from kkrdesk.core.file_names import dated_name
from kkrdesk.services.sor import proposals as sor
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.export_actions import (
    WORD_FILTER, ask_save_path, document_options, word_template, write_export,
)


def export_summary(parent: QWidget, ctx: AppContext, preselect: list[int] | None = None,
                   path: Path | None = None, ask: bool = True) -> Path | None:
    """Without ``path`` the user is asked for a file; ``ask`` shows the choice of proposals."""
    from kkrdesk.services.overview.gather import sor_overview
    from kkrdesk.ui.sor.item_links import ProposalChoiceDialog

    proposals = sor.list_proposals(ctx.store)
    if not proposals:
        QMessageBox.information(parent, translate("export", "Eksportér SOR-forslag"), translate("export", "Der er ingen SOR-forslag endnu."))
        return None
    ids = list(preselect) if preselect is not None else [p.id for p in proposals]
    if ask:
        dialog = ProposalChoiceDialog([(p.id, p.title) for p in proposals], set(ids), parent)
        dialog.setWindowTitle(translate("export", "SOR-forslag til Word-resuméet"))
        if not dialog.exec():
            return None
        ids = dialog.result_values["ids"]
    if not ids:
        QMessageBox.information(parent, translate("export", "Eksportér SOR-forslag"), translate("export", "Vælg mindst ét forslag."))
        return None
    today = dt.date.today()
    if path is None:
        path = ask_save_path(parent, ctx, translate("export", "Eksportér SOR-forslag"),
                             dated_name("SOR-forslag", today, "docx"), WORD_FILTER)
        if path is None:
            return None
    data = sor_overview(ctx.store, today, ctx.prefs.sds_weeks)
    chosen = set(ids)
    data = type(data)(tuple(p for p in data.proposals if p.id in chosen),
                      tuple(r for r in data.rounds if chosen & set(r.proposal_ids)),
                      data.today, data.sds_weeks)

    template, author = word_template(ctx), document_options(ctx).author  # read on this thread

    def write() -> Path:  # on a worker thread, from the read model above
        from kkrdesk.export.sor_docx import export_sor_summary

        return export_sor_summary(data, path, template=template, author=author)

    return write_export(parent, ctx, translate("export", "Eksportér SOR-forslag"), write,
                        lambda written: translate("export", "SOR-resumé gemt: {written}").format(
                            written=written), background=True)
