"""The Dagsorden tab's steps on agenda items (insert, duplicate, delete, move, indent,
outdent, edit a field, the welcome lines) and the toolbar that offers them.

Mixed into AgendaTab, so the toolbar, the keyboard, the tree's and the panes' signals
and the tests all call a step on the tab itself. Each step is one undoable command,
pushed only after what is being typed in the panes has been saved as its own step."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from kkrdesk.ui.i18n import translate, shown
from kkrdesk.core.enums import ItemKind
from kkrdesk.core.errors import KkrDeskError
from kkrdesk.services.agenda import item_moves
from kkrdesk.ui.agenda import commands as cmds
from kkrdesk.ui.agenda.columns import COL_TITLE
from kkrdesk.ui.agenda.item_pane import ItemPane
from kkrdesk.ui.delegates import flush_editors
from kkrdesk.ui.undo import ServiceCommand, push

# the steps that need a current item (the toolbar greys them out without one)
ITEM_STEPS = ("duplicate", "delete", "up", "down", "indent", "outdent", "insert_sub")


class ItemSteps:
    """Needs from the tab: ctx, view, detail, item_pane, minutes_pane, current_item()
    and refresh(select_id)."""

    _committing = False  # saving the panes' typing before a toolbar step

    def _make_toolbar(self) -> QToolBar:
        bar = QToolBar(translate("ItemSteps", "Dagsorden"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, keys, slot in (
            ("insert", translate("ItemSteps", "Nyt punkt"), ["Ctrl+Return", "Ins"], lambda: self.insert_item()),
            ("insert_sub", translate("ItemSteps", "Nyt underpunkt"), ["Ctrl+Shift+Return"], lambda: self.insert_sub_item()),
            ("duplicate", translate("ItemSteps", "Dupliker"), ["Ctrl+D"], self.duplicate_item),
            ("delete", translate("ItemSteps", "Slet"), ["Del"], self.delete_item),
            ("up", translate("ItemSteps", "Flyt op"), ["Ctrl+Up"], lambda: self.move_by(-1)),
            ("down", translate("ItemSteps", "Flyt ned"), ["Ctrl+Down"], lambda: self.move_by(1)),
            ("indent", translate("ItemSteps", "Gør til underpunkt"), ["Ctrl+Right"], self.indent),
            ("outdent", translate("ItemSteps", "Gør til punkt"), ["Ctrl+Left"], self.outdent),
        ):
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({keys[0]})")
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            bar.addAction(action)
            self.view.addAction(action)
            self.actions_by_name[name] = action
        return bar

    def _push(self, command: ServiceCommand) -> bool:
        # Save what is being typed in the panes first, as its own step, so a toolbar
        # click (which takes no focus) never loses or misplaces it.
        if not self._committing:
            self._committing = True
            try:
                flush_editors(self.view)
                self.item_pane.commit()
                self.minutes_pane.commit()
            finally:
                self._committing = False
        return push(self.ctx.undo_stack, command, self)

    def _push_new(self, command: ServiceCommand, edit_title: bool) -> int | None:
        """Push an insert and select the new item; with ``edit_title`` its title opens
        for typing at once."""
        if not self._push(command):
            return None
        if isinstance(command.result, int):
            self.refresh(select_id=command.result)
        if edit_title:
            QTimer.singleShot(0, lambda: self.view.edit(self.view.currentIndex().siblingAtColumn(COL_TITLE)))
        return command.result

    # -- insert, duplicate, delete ---------------------------------------------------------

    def insert_item(self, title: str | None = None, kind: ItemKind = ItemKind.DISCUSSION) -> int | None:
        """``title``: a new item is called "Nyt punkt" (in the window's language) and
        its title opens for typing."""
        title = translate("ItemSteps", "Nyt punkt") if title is None else title
        fresh = title == translate("ItemSteps", "Nyt punkt")
        if self.detail is None:
            return None
        cur = self.current_item()
        after = cur.id if cur is not None and cur.parent_id is None else (cur.parent_id if cur else None)
        command = cmds.insert(self.ctx.store, self.ctx.meeting_id, title=title, kind=kind, after_id=after)
        return self._push_new(command, edit_title=fresh)

    def insert_sub_item(self, title: str | None = None) -> int | None:
        title = translate("ItemSteps", "Nyt underpunkt") if title is None else title
        fresh = title == translate("ItemSteps", "Nyt underpunkt")
        cur = self.current_item()
        if cur is None:
            return None
        # under a top-level item, or right after a sub-item (beside it)
        where = {"parent_id": cur.id} if cur.parent_id is None else {"after_id": cur.id}
        command = cmds.insert(self.ctx.store, self.ctx.meeting_id, title=title, kind=cur.kind, **where)
        return self._push_new(command, edit_title=fresh)

    def duplicate_item(self) -> None:
        cur = self.current_item()
        if cur is not None:
            self._push_new(cmds.duplicate(self.ctx.store, cur), edit_title=False)

    def delete_item(self) -> None:
        cur = self.current_item()
        if cur is not None:
            self._push(cmds.delete(self.ctx.store, cur))

    # -- moving ----------------------------------------------------------------------------

    def move_by(self, step: int) -> None:
        cur = self.current_item()
        if cur is None:
            return
        parent_id, index = item_moves.position_of(self.ctx.store, cur.id)
        siblings = self.detail.by_id[parent_id].children if parent_id else self.detail.items
        target = index + step
        if 0 <= target < len(siblings):
            text = (translate("item_steps", "Flyt »{title}« op") if step < 0
                    else translate("item_steps", "Flyt »{title}« ned")).format(title=cur.title[:40])
            self._push(cmds.move(self.ctx.store, cur, parent_id, target, text))

    def indent(self) -> None:
        cur = self.current_item()
        target = item_moves.indent_target(self.ctx.store, cur.id) if cur else None
        if target:
            self._push(cmds.move(self.ctx.store, cur, *target, translate("item_steps", "Gør »{title}« til underpunkt").format(title=cur.title[:40])))

    def outdent(self) -> None:
        cur = self.current_item()
        target = item_moves.outdent_target(self.ctx.store, cur.id) if cur else None
        if target:
            self._push(cmds.move(self.ctx.store, cur, *target, translate("item_steps", "Gør »{title}« til punkt").format(title=cur.title[:40])))

    def _move_from_view(self, item_id: int, parent_id, index: int) -> None:
        item = self.detail.by_id.get(item_id) if self.detail else None
        if item is not None:
            self._push(cmds.move(self.ctx.store, item, parent_id, index))
            self.refresh(select_id=item_id)

    # -- editing a field -------------------------------------------------------------------

    def _edit_from_view(self, item_id: int, field: str, value) -> None:
        item = self.detail.by_id.get(item_id) if self.detail else None
        if item is not None:
            self._edit(item, field, value)

    def _edit_current(self, field: str, value, mergeable: bool = True) -> None:
        pane = self.sender()  # the pane that asked shows the item it means
        item = (pane.item if isinstance(pane, ItemPane) else None) or self.current_item()
        if item is not None:
            self._edit(item, field, value, mergeable)

    def _edit(self, item, field: str, value, mergeable: bool = True) -> None:
        try:
            command = cmds.edit_field(self.ctx.store, item, field, value, mergeable,
                                      self.ctx.time_sep)
        except KkrDeskError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, "KKR Desk", shown(exc))
            return
        self._push(command)

    def insert_welcome(self) -> int:
        """Add the welcome lines of members new since the previous meeting to the
        selected Velkomst item's sub-points; returns how many were added."""
        from kkrdesk.services.participants import welcome

        item = self.current_item()
        if item is None:
            return 0
        self.item_pane.commit()
        item = self.detail.by_id.get(item.id, item) if self.detail else item
        lines = [line.text for line in welcome.welcome_lines_for_meeting(self.ctx.store, self.ctx.meeting_id)]
        new = [text for text in lines if text not in item.sub_points]
        if not new:
            self.ctx.message.emit(translate("ItemSteps", "Ingen nye medlemmer siden forrige møde."))
            return 0
        self._edit(item, "sub_points", list(item.sub_points) + new)
        return len(new)
