"""On the Dagsorden tab's item pane: the SOR proposals the selected agenda item presents,
each with its standard status line; one click jumps to the proposal. »Knyt SOR-forslag …«
links more, »Indsæt statuslinjer« adds the lines to the item's sub-points."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from kkrdesk.ui.flow_layout import flow_row
from kkrdesk.ui.i18n import translate
from kkrdesk.core.errors import KkrDeskError
from kkrdesk.services.links import sor as sor_links
from kkrdesk.services.sor import proposals as sor
from kkrdesk.ui import undo
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.sor import commands as C
from kkrdesk.ui.sor.dialogs import SorDialog
from PySide6.QtCore import QT_TRANSLATE_NOOP


class SorItemLinks(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.item_id: int | None = None
        self.links = []
        self.text = QLabel()
        self.text.setObjectName("sor_item_links")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text.linkActivated.connect(self._jump)
        self.link_button = QPushButton(translate("SorItemLinks", "Knyt SOR-forslag …"))
        self.round_button = QPushButton(translate("SorItemLinks", "Send i høring …"))
        self.round_button.setToolTip(translate("SorItemLinks", "En høringsrunde for punktets forslag, sendt på mødets dato"))
        self.line_button = QPushButton(translate("SorItemLinks", "Indsæt statuslinjer"))
        self.line_button.setToolTip(translate("SorItemLinks", "Tilføj forslagenes standardstatuslinje som underpunkter, fx "
                                    "»Tilrettet forslag sendt til SDS den 3. juni – foreløbig "
                                    "ikke modtaget svar«"))
        self.link_button.clicked.connect(self.choose)
        self.line_button.clicked.connect(self.add_lines)
        self.round_button.clicked.connect(lambda: self.new_round())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        # wraps in a narrow pane (the English texts are longer), never scrolls sideways
        layout.addLayout(flow_row(self.link_button, self.line_button, self.round_button))
        # A change to the proposals reloads the section; a change to the meetings does not:
        # the Dagsorden tab refreshes then and shows its current item again (show_item).
        ctx.changed.connect(lambda areas: "sor" in areas and self._reload())
        self.show_item(None)

    def show_item(self, item_id: int | None) -> None:
        self.item_id = item_id
        self._reload()

    def _reload(self) -> None:
        self.setEnabled(self.item_id is not None)
        try:
            self.links = sor_links.proposals_for_item(self.ctx.store, self.item_id) if self.item_id else []
        except KkrDeskError:  # the server is away: shown again once it is back (a reload)
            self.links = []
        if not self.links:
            self.text.setText(translate("SorItemLinks", "<span style='color:#6b7280'>Punktet fremlægger ingen SOR-forslag.</span>"))
        else:  # grouped by status line, as the seed's slide has it
            groups: dict[str, list] = {}
            for p in self.links:
                groups.setdefault(p.status_line, []).append(p)
            self.text.setText("".join(
                f"<p style='margin:0 0 4px 0'><span style='color:#374151'>{escape(line)}</span>"
                + "".join(f"<br>&nbsp;• <a href='sor:{p.id}'>{escape(p.title)}</a>" for p in ps)
                + "</p>" for line, ps in groups.items()))
        self.line_button.setEnabled(bool(self.links))
        self.round_button.setEnabled(bool(self.links))

    def _jump(self, href: str) -> None:
        if href.startswith("sor:"):
            self.ctx.navigate("sor_proposal", int(href[4:]))

    def choose(self) -> None:
        if self.item_id is None:
            return
        linked = {p.id for p in self.links}
        dialog = ProposalChoiceDialog([(p.id, p.title) for p in sor.list_proposals(self.ctx.store)],
                                      linked, self)
        if not dialog.exec():
            return
        wanted = set(dialog.result_values["ids"])
        titles = dict(dialog.titles)
        stack = self.ctx.undo_stack
        changes = [(pid, True) for pid in sorted(wanted - linked)]
        changes += [(pid, False) for pid in sorted(linked - wanted)]
        if not changes:
            return
        stack.beginMacro("Ret SOR-forslag på dagsordenspunkt")
        for pid, add in changes:
            make = C.link_item if add else C.unlink_item
            undo.push(stack, make(self.ctx.store, pid, self.item_id, titles.get(pid, "")), self)
        stack.endMacro()

    def new_round(self, today: dt.date | None = None) -> int | None:
        """A round of the item's proposals; sent on the meeting's date when that has come."""
        if self.item_id is None or not self.links:
            return None
        today = today or dt.date.today()
        proposals = sor.list_proposals(self.ctx.store)
        day = next((m.meeting_date for p in proposals for m in p.meetings
                    if m.item_id == self.item_id), None)
        sent = day if day is not None and day <= today else None
        from kkrdesk.ui.sor import round_actions  # its dialogs, at the first click: not at start

        return round_actions.create_round(self.ctx, self, proposals, [p.id for p in self.links],
                                          sent, today)

    def add_lines(self) -> None:
        if self.item_id is not None and self.links:
            undo.push(self.ctx.undo_stack, C.add_status_lines(self.ctx.store, self.item_id), self)


class ProposalChoiceDialog(SorDialog):
    def __init__(self, proposals: list[tuple[int, str]], checked: set[int], parent=None):
        super().__init__(QT_TRANSLATE_NOOP("Form", "SOR-forslag på dagsordenspunktet"), parent)
        self.titles = proposals
        self.list = self.add(QT_TRANSLATE_NOOP("Form", "Forslag"), QListWidget())
        self.list.setMinimumSize(460, 200)
        for pid, title in proposals:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if pid in checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)

    def validate(self) -> dict:
        return {"ids": [self.list.item(i).data(Qt.ItemDataRole.UserRole)
                        for i in range(self.list.count())
                        if self.list.item(i).checkState() == Qt.CheckState.Checked]}
