"""On an agenda item (Dagsorden > Punkt): the projects the item presents, each with a
jump to the project and *Indsæt seneste status* (the project's latest status note
added to the item's description), and a list to link another project."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kkrdesk.ui.i18n import translate
from kkrdesk.core.errors import KkrDeskError
from kkrdesk.services.links import projects as project_links
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.undo import push


def _commands():
    """The wing's undoable steps (ui/projects/commands), imported at the first click: they
    and the seat paste behind them are not needed to show the links."""
    from kkrdesk.ui.projects import commands

    return commands


class ProjectLinks(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.item_id: int | None = None
        self.rows = QVBoxLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.chooser = QComboBox()
        # linking refills this very box: done once its popup has finished with the pick
        self.chooser.activated.connect(lambda i: QTimer.singleShot(0, self, lambda: self._link(i)))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(self.rows)
        lay.addWidget(self.chooser)
        self.buttons: dict[int, tuple[QPushButton, QPushButton, QPushButton]] = {}
        self._names: list | None = None  # every project's name, for the picker
        ctx.changed.connect(self._on_changed)

    def _on_changed(self, areas: set[str]) -> None:
        if "projects" in areas:
            self._names = None
            self._fill()

    def show_item(self, item_id: int | None) -> None:
        self.item_id = item_id
        self._fill()

    def _fill(self) -> None:
        while self.rows.count():
            row = self.rows.takeAt(0).layout()
            while row.count():
                w = row.takeAt(0).widget()
                if w is not None:
                    w.deleteLater()
        self.buttons.clear()
        self.chooser.clear()
        if self.item_id is None:
            return
        try:
            linked = project_links.projects_of_item(self.ctx.store, self.item_id)
            if self._names is None:  # read again only after a change to the projects
                self._names = project_links.project_names(self.ctx.store)
            every = self._names
        except KkrDeskError:
            return
        for pid, name in linked:
            go = QPushButton(f"→ {name}")
            go.setToolTip(translate("ProjectLinks", "Gå til projektet"))
            go.setFlat(True)
            go.setStyleSheet("text-align: left; color: #1a5fb4; font-weight: bold;")
            go.clicked.connect(lambda _=False, p=pid: self.ctx.navigate("project", p))
            status = QPushButton(translate("ProjectLinks", "Indsæt seneste status"))
            status.setToolTip(translate("ProjectLinks", "Tilføj projektets seneste statusnotat til punktets beskrivelse"))
            status.clicked.connect(lambda _=False, p=pid, n=name: self._status(p, n))
            drop = QPushButton(translate("ProjectLinks", "Fjern kobling"))
            drop.clicked.connect(lambda _=False, p=pid, n=name: push(
                self.ctx.undo_stack, _commands().unlink_item(self.ctx.store, p, self.item_id, n),
                self))
            head, row = QHBoxLayout(), QHBoxLayout()
            head.addWidget(go, 1)
            row.addWidget(status)
            row.addWidget(drop)
            row.addStretch(1)
            self.rows.addLayout(head)
            self.rows.addLayout(row)
            self.buttons[pid] = (go, status, drop)
        self.chooser.addItem(translate("ProjectLinks", "Knyt punktet til et projekt …"), None)
        ids = {pid for pid, _ in linked}
        for pid, name in every:
            if pid not in ids:
                self.chooser.addItem(name, pid)

    def _link(self, index: int) -> None:
        pid = self.chooser.itemData(index)
        if pid is None or self.item_id is None:
            return
        name = self.chooser.itemText(index)
        step = _commands().link_item(self.ctx.store, pid, self.item_id, name)
        push(self.ctx.undo_stack, step, self)

    def _status(self, project_id: int, name: str) -> None:
        if self.item_id is not None:
            step = _commands().add_latest_status(self.ctx.store, project_id, self.item_id, name)
            push(self.ctx.undo_stack, step, self)
