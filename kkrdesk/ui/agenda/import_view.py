"""The tree of the import preview: one row for each item, sub-item and sub-point, edited
in place (title, time, kind, minutes, presenters: double-click or F2), the columns sized
for a laptop's screen."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from kkrdesk.ui.i18n import translate
from kkrdesk.ui.agenda.import_edits import slot_ok
from kkrdesk.ui.agenda.import_model import (
    COL_DURATION, COL_KIND, COL_LINES, COL_NUMBER, COL_PRESENTERS, COL_SLOT, COL_TITLE,
)
from kkrdesk.ui.delegates import DurationDelegate, KindDelegate, TextDelegate

_WIDTHS = ((COL_NUMBER, 76), (COL_SLOT, 128), (COL_KIND, 92), (COL_DURATION, 44), (COL_PRESENTERS, 230),
           (COL_LINES, 56))


def preview_view(model) -> QTreeView:
    view = QTreeView()
    view.setAccessibleName(translate("import_view", "Forhåndsvisning af dagsordenen"))
    view.setModel(model)
    view.setAlternatingRowColors(False)
    view.setAllColumnsShowFocus(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
    view.setItemDelegateForColumn(COL_TITLE, TextDelegate(view, "Titel"))
    view.setItemDelegateForColumn(COL_SLOT, TextDelegate(view, "tt.mm eller tt.mm–tt.mm", accept=slot_ok))
    view.setItemDelegateForColumn(COL_KIND, KindDelegate(view))
    view.setItemDelegateForColumn(COL_DURATION, DurationDelegate(view))
    view.setItemDelegateForColumn(COL_PRESENTERS, TextDelegate(view, "Navn, Organisation og …"))
    view.setIndentation(14)
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
    for col, width in _WIDTHS:
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(col, width)
    return view
