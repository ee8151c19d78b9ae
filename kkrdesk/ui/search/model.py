"""The results as the panel shows them: a heading per kind ("Dagsordenspunkter (12)"),
the hits beneath it, and "… og 4 flere" when not all are shown, which shows them when
chosen. Headings cannot be selected; the panel's keys move from row to row beneath them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication

from kkrdesk.ui.i18n import shown, translate
from kkrdesk.views.search import SearchResult

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the SearchHit of a hit row (None elsewhere)
MORE_ROLE = Qt.ItemDataRole.UserRole + 2  # the kind whose "… og 4 flere" row this is


def _heading(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    font = QFont(item.font())
    font.setBold(True)
    item.setFont(font)
    item.setBackground(QApplication.palette().color(QPalette.ColorRole.Window))
    item.setAccessibleText(text)
    return item


def _more(kind: str, count: int) -> QStandardItem:
    item = QStandardItem(translate("model", "… og {count} flere (Enter viser dem)").format(count=count))
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setData(kind, MORE_ROLE)
    item.setForeground(QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                   QPalette.ColorRole.Text))
    return item


def fill(model: QStandardItemModel, result: SearchResult) -> None:
    """Show ``result`` in ``model`` (emptied first)."""
    model.clear()
    root = model.invisibleRootItem()
    for group in result.groups:
        heading = _heading(f"{shown(group.label)} ({group.total})")
        for hit in group.hits:
            row = QStandardItem(shown(hit.title))
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            row.setData(hit, HIT_ROLE)
            said = [shown(t) for t in (hit.title, hit.context, hit.excerpt) if t]
            row.setToolTip("\n".join(said))
            row.setAccessibleText(" – ".join(said))
            heading.appendRow(row)
        if group.total > len(group.hits):
            heading.appendRow(_more(group.kind, group.total - len(group.hits)))
        root.appendRow(heading)


def hit_indexes(model: QStandardItemModel) -> list:
    """The index of every row that can be chosen (hits, and "… og 4 flere"), in order."""
    out = []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        out += [model.index(r, 0, group) for r in range(model.rowCount(group))]
    return out
