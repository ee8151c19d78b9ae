"""The meetings where a project was presented: the agenda items linked to it;
double-click (or Gå til punktet) jumps to the item on the Dagsorden tab."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from kkrdesk.ui.dates import short_date
from kkrdesk.ui.i18n import translate
from kkrdesk.views.projects import ProjectView


class LinksPane(QWidget):
    """The agenda items where the project was presented; double-click jumps there."""

    jump = Signal(int)  # agenda item id
    unlink = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(lambda it: self.jump.emit(it.data(Qt.ItemDataRole.UserRole)))
        go = QPushButton(translate("LinksPane", "Gå til punktet"))
        go.clicked.connect(lambda: self._emit(self.jump))
        drop = QPushButton(translate("LinksPane", "Fjern kobling"))
        drop.clicked.connect(lambda: self._emit(self.unlink))
        row = QHBoxLayout()
        row.addWidget(go)
        row.addWidget(drop)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        hint = QLabel(translate("LinksPane", "Møder, hvor projektet er præsenteret. Knyt et punkt til projektet fra "
                      "punktet på Dagsorden-fanen."))
        hint.setWordWrap(True)
        lay.addWidget(hint)
        lay.addLayout(row)
        lay.addWidget(self.list, 1)

    def show_project(self, p: ProjectView | None) -> None:
        self.list.clear()
        for link in (p.links if p else ()):
            it = QListWidgetItem(translate("detail_panes", "{meeting_date}  punkt {number}: {title}").format(meeting_date=short_date(link.meeting_date), number=link.number, title=link.title))
            it.setData(Qt.ItemDataRole.UserRole, link.item_id)
            self.list.addItem(it)

    def _emit(self, signal) -> None:
        it = self.list.currentItem()
        if it is not None:
            signal.emit(it.data(Qt.ItemDataRole.UserRole))

