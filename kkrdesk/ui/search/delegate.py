"""A hit on two or three lines: its title, where it is (grey: the meeting's date and
item number, a person's organisation), and the words around the match (grey, italic)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kkrdesk.ui.i18n import shown
from kkrdesk.ui.search.model import HIT_ROLE

PAD = 4  # pixels around the text


def _fonts(base: QFont) -> tuple[QFont, QFont, QFont]:
    title = QFont(base)
    context = QFont(base)
    context.setPointSizeF(base.pointSizeF() * 0.9)
    excerpt = QFont(context)
    excerpt.setItalic(True)
    return title, context, excerpt


class HitDelegate(QStyledItemDelegate):
    def _lines(self, hit, option) -> list[tuple[str, QFont, bool]]:
        """(text, font, grey) for each line of the hit."""
        title, context, excerpt = _fonts(option.font)
        lines = [(shown(hit.title), title, False)]
        if hit.context:
            lines.append((shown(hit.context), context, True))
        if hit.excerpt:
            lines.append((hit.excerpt, excerpt, True))
        return lines

    def sizeHint(self, option, index) -> QSize:
        hit = index.data(HIT_ROLE)
        if hit is None:
            return super().sizeHint(option, index)
        height = sum(QFontMetrics(f).height() for _t, f, _g in self._lines(hit, option))
        return QSize(super().sizeHint(option, index).width(), height + 2 * PAD)

    def paint(self, painter, option, index) -> None:
        hit = index.data(HIT_ROLE)
        if hit is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        grey_role = (QPalette.ColorRole.HighlightedText if selected
                     else QPalette.ColorRole.PlaceholderText)
        painter.save()
        y = opt.rect.top() + PAD
        for text, font, grey in self._lines(hit, opt):
            metrics = QFontMetrics(font)
            rect = QRect(opt.rect.left() + PAD, y, opt.rect.width() - 2 * PAD, metrics.height())
            painter.setFont(font)
            painter.setPen(opt.palette.color(grey_role if grey else text_role))
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()))
            y += metrics.height()
        painter.restore()
