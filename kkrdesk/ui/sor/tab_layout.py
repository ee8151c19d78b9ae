"""The SOR-forslag tab's layout, in named builders (mixed into SorTab): left the search,
filters, proposals and their buttons with the two deadlines the secretariat sets (a
round's usual period, the weeks SDS has to answer); right the selected proposal's title,
alerts and pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSpinBox,
    QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from kkrdesk.ui.i18n import translate
from kkrdesk.core.enums import SorProposalKind, SorStatus
from kkrdesk.ui.labels import label
from kkrdesk.ui.autosave import mark_filter
from kkrdesk.ui.sor.round_actions import round_days, sds_weeks
from kkrdesk.ui.widgets import heading


def _spin(low: int, high: int, suffix: str, value: int, tip: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    box.setValue(value)
    box.setToolTip(tip)
    return box


class SorTabLayout:
    """Builders of SorTab's widgets; the tab wires them and shows the data."""

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_list_side())
        splitter.addWidget(self._build_proposal_side())
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([660, 680])
        splitter.setChildrenCollapsible(False)
        QVBoxLayout(self).addWidget(splitter)

    def _build_filters(self) -> QHBoxLayout:
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("SorTabLayout", "Søg i titel, navne, koder og tekster …"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.addItem(translate("SorTabLayout", "Alle statusser"), None)
        for s in SorStatus:
            self.status_filter.addItem(label(s), s.value)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(translate("SorTabLayout", "Alle typer"), None)
        for k in SorProposalKind:
            self.kind_filter.addItem(label(k), k.value)
        self.overdue_only = QCheckBox(translate("SorTabLayout", "Kun overskredne"))
        filters = QHBoxLayout()
        for w in (self.status_filter, self.kind_filter, self.overdue_only):
            filters.addWidget(w)
        filters.addStretch(1)
        return filters

    def _build_deadlines(self) -> QHBoxLayout:
        """How long a round runs and how long SDS may take before it stands out (settings)."""
        self.round_days = _spin(1, 180, translate("SorTab", " dage"), round_days(self.ctx),
                                translate("SorTab", "En ny rundes frist: så mange dage efter afsendelsen"))
        self.weeks = _spin(1, 52, translate("SorTab", " uger"), sds_weeks(self.ctx),
                           translate("SorTab", "Efter så mange uger uden svar fra SDS fremhæves forslaget"))
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("SorTabLayout", "Høringsfrist:")))
        row.addWidget(self.round_days)
        row.addSpacing(12)
        row.addWidget(QLabel(translate("SorTabLayout", "Svar fra SDS ventes inden:")))
        row.addWidget(self.weeks)
        row.addStretch(1)
        return row

    def _build_list_side(self) -> QWidget:
        """Left: the heading, search and filters, the proposals, and their buttons."""
        filters = self._build_filters()
        deadlines = self._build_deadlines()
        mark_filter(self.search, self.status_filter, self.kind_filter, self.weeks, self.round_days)
        self.new_button = QPushButton(translate("SorTabLayout", "Nyt forslag …"))
        self.paste_button = QPushButton(translate("SorTabLayout", "Indsæt flere …"))
        self.paste_button.setToolTip(translate("SorTabLayout", "Indsæt forslag fra et regneark eller en slide, ét pr. linje "
                                     "(Ctrl+V i listen gør det samme)"))
        self.round_button = QPushButton(translate("SorTabLayout", "Ny høringsrunde …"))
        self.round_button.setToolTip(translate("SorTabLayout", "En høringsrunde for de markerede forslag"))
        self.delete_button = QPushButton(translate("SorTabLayout", "Slet forslag"))
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(heading(translate("SorTabLayout", "SOR-forslag")))
        ll.addWidget(self.search)
        ll.addLayout(filters)
        ll.addWidget(self.list_view, 1)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.paste_button, self.round_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        ll.addLayout(buttons)
        ll.addLayout(deadlines)
        return left

    def _build_proposal_side(self) -> QWidget:
        """Right: the selected proposal's title, alerts and pages."""
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        page = QWidget()
        pl = QVBoxLayout(page)
        pl.addWidget(self.form)
        pl.addStretch(1)  # fields keep their height; spare room goes below them
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.pages = QTabWidget()
        self.pages.addTab(scroll, translate("SorTabLayout", "Forslag"))
        self.pages.addTab(self.status_pane, translate("SorTabLayout", "Status og forløb"))
        self.pages.addTab(self.rounds_pane, translate("SorTabLayout", "Høringsrunder"))
        self.pages.addTab(self.meetings_pane, translate("SorTabLayout", "Møder"))
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.title_label)
        rl.addWidget(self.banner)
        rl.addWidget(self.pages, 1)
        return right
