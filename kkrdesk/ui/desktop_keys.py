"""The standard keys of a desktop program, one table for the four tabs.

Ctrl+N makes the tab's new record (a meeting, a proposal, a project, a person), Ctrl+E
exports the tab's document, Delete deletes the selected row of the tab's list (asking
first where much goes with it) and F2 edits it in place or opens it. Ctrl+O opens a
database, Ctrl+Shift+N makes a new one, Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo and redo
(frame_menus). The Filer menu's two tab actions say what they will do on the tab shown.

The ui root reaches into the wings here only through what each tab already offers
its own buttons (new_project, delete_person …), so a wing needs no change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QMainWindow, QWidget

from kkrdesk.ui.i18n import translate


def _sor_actions():
    from kkrdesk.ui.sor import actions

    return actions


def _edit_project(tab) -> None:
    """F2 on a project: its name, ready for typing, on the Stamdata page."""
    if tab.selected_project() is None:
        return
    tab.pages.setCurrentWidget(tab.general)
    tab.general.name.setFocus(Qt.FocusReason.ShortcutFocusReason)
    tab.general.name.selectAll()


@dataclass(frozen=True)
class TabKeys:
    new_text: str  # the Filer menu's Ctrl+N entry on this tab
    new: Callable
    export_text: str  # its Ctrl+E entry: the frame's export action of that name
    export_action: str
    list_view: str  # the tab's list, where Delete and F2 act
    delete: Callable | None  # None: the tab binds Delete itself
    edit: Callable | None  # None: the list's own F2 (edit in place) or the tab's


TAB_KEYS = (
    TabKeys(QT_TRANSLATE_NOOP("TabKeys", "&Nyt møde …"), lambda t: t.meeting_actions.new_meeting(),
            QT_TRANSLATE_NOOP("TabKeys", "E&ksportér dagsorden (Word) …"), "agenda_export_action", "view", None, None),
    TabKeys(QT_TRANSLATE_NOOP("TabKeys", "&Nyt SOR-forslag …"), lambda t: _sor_actions().new_proposal(t),
            QT_TRANSLATE_NOOP("TabKeys", "E&ksportér SOR-forslag (Word) …"), "sor_export_action", "list_view", None, None),
    TabKeys(QT_TRANSLATE_NOOP("TabKeys", "&Nyt projekt …"), lambda t: t.new_project(),
            QT_TRANSLATE_NOOP("TabKeys", "E&ksportér statusrapport (Word) …"), "status_action", "view",
            lambda t: t.delete_project(), _edit_project),
    TabKeys(QT_TRANSLATE_NOOP("TabKeys", "&Ny person …"), lambda t: t.new_person(),
            QT_TRANSLATE_NOOP("TabKeys", "E&ksportér oversigt (Excel) …"), "overview_action", "people_view",
            lambda t: t.delete_person(), lambda t: t.edit_person()),
)


def install(window: QMainWindow) -> None:
    """The Filer menu's Ctrl+N and Ctrl+E entries, following the tab shown; called
    once a database is open."""
    window.new_action.setText(translate("desktop_keys", "Ny &database …"))
    window.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
    window.new_record_action = QAction(window)
    window.new_record_action.setShortcut(QKeySequence.StandardKey.New)  # Ctrl+N
    window.new_record_action.triggered.connect(lambda: _on_tab(window, lambda k, t: k.new(t)))
    window.export_tab_action = QAction(window)
    window.export_tab_action.setShortcut(QKeySequence("Ctrl+E"))
    window.export_tab_action.triggered.connect(
        lambda: _on_tab(window, lambda k, _t: getattr(window, k.export_action).trigger()))
    window.file_menu.insertAction(window.new_action, window.new_record_action)
    window.file_menu.insertAction(window.export_menu.menuAction(), window.export_tab_action)
    window.tabs.currentChanged.connect(lambda index: _follow(window, index))
    _follow(window, window.tabs.currentIndex())


def bind_tab(index: int, tab: QWidget) -> None:
    """Delete and F2 on the tab's list, where the tab has not bound them itself; Tab
    leaves every list for the next control (arrows move inside it), instead of
    walking its cells one by one."""
    for view in tab.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    keys = TAB_KEYS[index]
    view = getattr(tab, keys.list_view)
    for key, slot in ((QKeySequence.StandardKey.Delete, keys.delete), (Qt.Key.Key_F2, keys.edit)):
        if slot is None:
            continue
        shortcut = QShortcut(QKeySequence(key), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(lambda s=slot: s(tab))


def _follow(window: QMainWindow, index: int) -> None:
    if 0 <= index < len(TAB_KEYS):
        window.new_record_action.setText(translate("TabKeys", TAB_KEYS[index].new_text))
        window.export_tab_action.setText(translate("TabKeys", TAB_KEYS[index].export_text))


def _on_tab(window: QMainWindow, do: Callable) -> None:
    index = window.tabs.currentIndex()
    if window.ctx is not None and 0 <= index < len(TAB_KEYS):
        do(TAB_KEYS[index], window.tab(index))
