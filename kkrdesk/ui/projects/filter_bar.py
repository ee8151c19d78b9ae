"""The Projekter list's filters: a search field, phase, RAG status, owner and "only
overdue milestones"; every change filters the list at once (the tab's ``on_change``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit

from kkrdesk.core.enums import ProjectPhase, Rag
from kkrdesk.ui.autosave import mark_filter
from kkrdesk.ui.i18n import translate
from kkrdesk.ui.labels import label
from kkrdesk.views.projects import ProjectRow


class ProjectFilters:
    def __init__(self, on_change: Callable[[], None]):
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("ProjectsTab", "Søg i projekter …"))
        self.search.setClearButtonEnabled(True)
        self.phase, self.rag, self.owner = QComboBox(), QComboBox(), QComboBox()
        self.phase.addItem(translate("ProjectsTab", "Alle faser"), None)
        for ph in ProjectPhase:
            self.phase.addItem(label(ph), ph)
        self.rag.addItem(translate("ProjectsTab", "Alle statusser"), None)
        for rag in Rag:
            self.rag.addItem(label(rag), rag)
        self.owner.addItem(translate("ProjectsTab", "Alle projektejere"), None)
        self.overdue = QCheckBox(translate("ProjectsTab", "Kun forsinkede milepæle"))
        mark_filter(self.search, self.phase, self.rag, self.owner)
        for box in (self.phase, self.rag, self.owner):
            box.currentIndexChanged.connect(on_change)
        self.search.textChanged.connect(on_change)
        self.overdue.toggled.connect(on_change)

    def rows(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        row1.addWidget(self.search, 2)
        row1.addWidget(self.phase, 1)
        row2.addWidget(self.rag)
        row2.addWidget(self.owner, 1)
        row2.addWidget(self.overdue)
        return row1, row2

    def fill_owners(self, rows: list[ProjectRow]) -> None:
        """The owners of the projects listed; the one chosen stays chosen if still there."""
        current = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(translate("ProjectsTab", "Alle projektejere"), None)
        for name in sorted({p.owner for p in rows if p.owner}):
            self.owner.addItem(name, name)
        self.owner.setCurrentIndex(max(0, self.owner.findData(current)))
        self.owner.blockSignals(False)

    def clear(self) -> None:
        for box in (self.phase, self.rag, self.owner):
            box.setCurrentIndex(0)
        self.search.clear()
        self.overdue.setChecked(False)

    def chosen(self) -> dict:
        """What the list's filter model filters by (ProjectFilter.set_filter)."""
        return {"phase": self.phase.currentData(), "rag": self.rag.currentData(),
                "owner": self.owner.currentData(), "only_overdue": self.overdue.isChecked(),
                "text": self.search.text()}
