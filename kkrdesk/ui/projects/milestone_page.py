"""Milepæle, the page a project opens on: the milestones' table above the painted
timeline (where the project stands, at a glance), with »Gem tidslinje som PNG …« and the
stretch of time shown in the table's button row."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QWidget

from kkrdesk.ui.i18n import translate
from kkrdesk.ui.autosave import mark_filter
from kkrdesk.ui.projects.detail_panes import PartPane
from kkrdesk.ui.projects.timeline_widget import TimelineWidget, span_box


class MilestonePage(QSplitter):
    def __init__(self, milestones: PartPane, save: Callable[[], object], parent=None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.timeline = TimelineWidget()
        button = QPushButton(translate("MilestonePage", "Gem tidslinje som PNG …"))
        button.clicked.connect(lambda: save())  # the click's "checked" is no file name
        self.span_box = span_box(self.timeline)
        mark_filter(self.span_box)
        buttons = milestones.layout().itemAt(0).layout()
        buttons.insertWidget(3, button)
        buttons.insertWidget(4, QLabel(translate("MilestonePage", "Vis:")))
        buttons.insertWidget(5, self.span_box)
        self.addWidget(milestones)
        self.addWidget(self.timeline)
        self.setSizes([170, 330])


def save_timeline(parent: QWidget, ctx, timeline: TimelineWidget, project_name: str,
                  path: str | Path | None = None) -> Path | None:
    """Write the timeline as a PNG for a slide, asking where unless ``path`` is given."""
    from kkrdesk.ui.export_actions import ask_save_path, write_export

    if path is None:
        path = ask_save_path(parent, ctx, "Gem tidslinje", f"Tidslinje {project_name}.png",
                             "PNG-billede (*.png)")
        if path is None:
            return None
    return write_export(parent, ctx, "Gem tidslinje", lambda: timeline.save_png(path),
                        lambda written: translate("milestone_page", "Tidslinjen er gemt: {written}").format(written=written))
