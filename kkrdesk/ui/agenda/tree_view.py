"""The Dagsorden tab's agenda tree: derived slots, in-place editors that save as the user
types (title, kind, minutes, presenters, a pinned time), drag and drop of whole items."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from kkrdesk.ui.i18n import translate
from kkrdesk.core.dates import parse_clock
from kkrdesk.ui.agenda.columns import (
    COL_DURATION, COL_KIND, COL_NUMBER, COL_PRESENTERS, COL_SLOT, COL_TITLE,
)
from kkrdesk.ui.agenda.model import AgendaModel
from kkrdesk.ui.delegates import DurationDelegate, KindDelegate, TextDelegate, WrapTextDelegate


def _is_clock(text) -> bool:
    try:
        parse_clock(str(text))
    except ValueError:
        return False
    return True


def make_agenda_view(model: AgendaModel) -> tuple[QTreeView, TextDelegate]:
    """The tree over ``model``, and the presenters' editor (its completions follow the
    participant register)."""
    view = QTreeView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setUniformRowHeights(False)  # a long title or presenter line wraps onto more lines
    view.setWordWrap(True)
    view.setAllColumnsShowFocus(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                         | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.SelectedClicked)
    view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    view.setDragEnabled(True)
    view.setAcceptDrops(True)
    view.setDropIndicatorShown(True)
    view.setItemDelegate(TextDelegate(view))
    view.setItemDelegateForColumn(COL_TITLE, WrapTextDelegate(view))  # autosaved as typed
    view.setItemDelegateForColumn(COL_KIND, KindDelegate(view))
    view.setItemDelegateForColumn(COL_DURATION, DurationDelegate(view))
    view.setItemDelegateForColumn(COL_SLOT, TextDelegate(view, translate("AgendaView", "fx 13.35"),  # empty: not pinned
                                                         accept=_is_clock))
    presenter_delegate = WrapTextDelegate(view, translate("AgendaView", "Navn, Organisation; …"))
    view.setItemDelegateForColumn(COL_PRESENTERS, presenter_delegate)
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
    view.setIndentation(14)
    # a fixed slot shows "12.00–12.10 (låst)", as long as that is in the window's language
    slot = view.fontMetrics().horizontalAdvance("00.00–00.00 " + translate("Column", "(låst)")) + 24
    for col, width in ((COL_NUMBER, 60), (COL_SLOT, max(122, slot)), (COL_PRESENTERS, 190),
                       (COL_KIND, 96), (COL_DURATION, 86)):  # room for the "15 min." editor
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(col, width)
    # the rows are measured at the columns' widths: a new width lays them out again
    header.sectionResized.connect(lambda *_: view.doItemsLayout())
    return view, presenter_delegate
