"""Milepæle, the page a project opens on: the milestones' table above the painted
timeline (where the project stands, at a glance), with »Gem tidslinje som PNG …« and the
stretch of time shown in the table's button row."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton, QSplitter, QWidget

from kkrdesk.core.errors import KkrDeskError
from kkrdesk.ui.autosave import mark_filter
from kkrdesk.ui.projects.detail_panes import PartPane
from kkrdesk.ui.projects.timeline_widget import TimelineWidget, span_box


class MilestonePage(QSplitter):
    def __init__(self, milestones: PartPane, save: Callable[[], object], parent=None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.timeline = TimelineWidget()
        button = QPushButton("Gem tidslinje som PNG …")
        button.clicked.connect(lambda: save())  # the click's "checked" is no file name
        self.span_box = span_box(self.timeline)
        mark_filter(self.span_box)
        buttons = milestones.layout().itemAt(0).layout()
        buttons.insertWidget(3, button)
        buttons.insertWidget(4, QLabel("Vis:"))
        buttons.insertWidget(5, self.span_box)
        self.addWidget(milestones)
        self.addWidget(self.timeline)
        self.setSizes([170, 330])


def save_timeline(parent: QWidget, ctx, timeline: TimelineWidget, project_name: str,
                  path: str | None = None) -> Path | None:
    """Write the timeline as a PNG for a slide, asking where unless ``path`` is given;
    the folder is remembered for the next export, a refusal explained in a message."""
    from kkrdesk.ui.export_actions import last_folder, remember_folder

    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent, "Gem tidslinje", str(last_folder(ctx) / f"Tidslinje {project_name}.png"),
            "PNG-billede (*.png)")
        if not chosen:
            return None
        path = chosen
    try:
        written = timeline.save_png(path)
    except KkrDeskError as exc:
        QMessageBox.warning(parent, "Gem tidslinje", str(exc))
        return None
    remember_folder(ctx, written)
    ctx.message.emit(f"Tidslinjen er gemt: {written}")
    return written
