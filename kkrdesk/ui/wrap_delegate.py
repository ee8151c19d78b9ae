"""Cell text on as many lines as it needs: words wrap at spaces, and a word longer than
the column (»korrespondancemeddelelser« in a laptop's narrow pane) breaks inside itself
rather than being cut off. QStyledItemDelegate wraps at spaces only."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView,
)

MARGIN = 4  # left and right of the text, as the style's own item text


def _option(alignment) -> QTextOption:
    option = QTextOption(alignment)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


def text_height(text: str, font, width: float) -> float:
    """The height of ``text`` laid out in ``width`` pixels, broken as this delegate does."""
    layout = QTextLayout(text, font)
    layout.setTextOption(_option(Qt.AlignmentFlag.AlignLeft))
    layout.beginLayout()
    height = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(max(1.0, width))
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return height


class WrapPainting:
    """Mixed into a QStyledItemDelegate (first among its bases): the cell's text painted
    and measured on as many lines as the column needs. The view must allow rows of
    different heights (a table: ``widgets.wrap_rows``; a tree: uniformRowHeights off)."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        base = super().sizeHint(option, index)
        view = self.parent()
        width = view.columnWidth(index.column()) - 2 * MARGIN - _indent(view, index)
        if not opt.text or width <= 0:
            return base
        lines = text_height(opt.text.replace("\n", " "), opt.font, width)
        return QSize(base.width(), max(base.height(), int(lines + 0.999) + 4))

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text.replace("\n", " "), ""
        widget = opt.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Normal if opt.state & QStyle.StateFlag.State_Enabled
                 else QPalette.ColorGroup.Disabled)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(group, role))
        rect = QRectF(opt.rect).adjusted(MARGIN, 2, -MARGIN, -2)
        align = (opt.displayAlignment & Qt.AlignmentFlag.AlignHorizontal_Mask) | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, text, _option(align))
        painter.restore()


def _indent(view, index) -> int:
    """A tree's first column gives part of its width to the branch indentation."""
    if index.column() != 0 or not isinstance(view, QTreeView):
        return 0
    depth, parent = 1, index.parent()
    while parent.isValid():
        depth, parent = depth + 1, parent.parent()
    return depth * view.indentation()


class WrapDelegate(WrapPainting, QStyledItemDelegate):
    """For read-only table views (``widgets.wrap_rows`` installs it)."""
