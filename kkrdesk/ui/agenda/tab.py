"""Dagsorden: the secretary's workplace before, during and after a meeting.

Left: the agenda tree with derived slots, edited in place, by keyboard and by drag
and drop. Right: the selected item (planning and minutes), attendance, follow-up.
Every edit is one undoable step, saved at once."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QPushButton, QSplitter,
    QToolBar, QTreeView, QVBoxLayout, QWidget,
)

from kkrdesk.core.danish import clock, long_date
from kkrdesk.core.enums import ItemKind
from kkrdesk.core.errors import KkrDeskError
from kkrdesk.services.agenda import item_moves
from kkrdesk.services.agenda import meetings
from kkrdesk.services.agenda import minutes
from kkrdesk.services.agenda import presenters
from kkrdesk.ui.agenda import commands as cmds
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.delegates import flush_editors
from kkrdesk.ui.agenda.attachment_actions import AttachmentActions
from kkrdesk.ui.agenda.meeting_actions import MeetingActions, meeting_line
from kkrdesk.ui.agenda.minutes_actions import MinutesActions
from kkrdesk.ui.agenda.model import AgendaModel
from kkrdesk.ui.agenda.columns import COL_TITLE
from kkrdesk.ui.agenda.attendance_pane import AttendancePane
from kkrdesk.ui.agenda.followup_pane import FollowUpPane
from kkrdesk.ui.agenda.item_pane import ItemPane
from kkrdesk.ui.agenda.side_panes import SidePanes
from kkrdesk.ui.agenda.tree_view import make_agenda_view
from kkrdesk.ui.undo import ServiceCommand, push
from kkrdesk.ui.widgets import LazyTab, heading, tab_step


class AgendaTab(LazyTab):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._people: list[str] | None = None  # presenter choices, read again after a change
        self._committing = False  # saving the panes' typing before a toolbar step
        self.meeting_actions = MeetingActions(ctx, self)
        self.minutes_actions = MinutesActions(ctx, self, self._push, self.current_item)
        self.attachment_actions = AttachmentActions(ctx, self, self._push, self.current_item)
        self.detail = None
        self.title = heading("")
        self.subtitle = QLabel()
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle.setWordWrap(True)  # a long status line wraps instead of widening the window
        self.model = AgendaModel(self)
        self.view = self._make_view()
        self.toolbar = self._make_toolbar()
        self.item_pane = ItemPane(minutes_mode=False)
        self.minutes_pane = ItemPane(minutes_mode=True)
        self.attendance_pane = AttendancePane()
        self.followup_pane = FollowUpPane()
        self.side = SidePanes([(self.item_pane, "Punkt"), (self.minutes_pane, "Referat"),
                               (self.attendance_pane, "Fremmøde"), (self.followup_pane, "Opfølgning")],
                              step=self.step)
        self.summary = QLabel()
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.toolbar)
        ll.addWidget(self.view)
        ll.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        self.side.setMinimumWidth(320)
        self.splitter = splitter
        self._sized = False
        layout = QVBoxLayout(self)
        layout.addLayout(self._make_header())
        layout.addWidget(splitter, 1)
        self._wire()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized:  # give the agenda a little more than half the width the first time
            self._sized = True
            total = max(self.splitter.width(), 900)
            self.splitter.setSizes([total * 11 // 20, total - total * 11 // 20])

    # -- construction ----------------------------------------------------------------

    def _make_header(self) -> QHBoxLayout:
        texts = QVBoxLayout()
        texts.addWidget(self.title)
        texts.addWidget(self.subtitle)
        row = QHBoxLayout()
        row.addLayout(texts, 1)
        self.meeting_buttons = {}
        for key, text, slot in (
            ("new", "Nyt møde …", lambda: self.meeting_actions.new_meeting()),
            ("next", "Nyt møde fra forrige …", lambda: self.meeting_actions.new_from_previous()),
            ("edit", "Redigér møde …", lambda: self.meeting_actions.edit_meeting()),
            ("send", "Udsend referat …", lambda: self.meeting_actions.send_minutes()),
            ("delete", "Slet møde", lambda: self.meeting_actions.delete_meeting()),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
            self.meeting_buttons[key] = b
        return row

    def _make_view(self) -> QTreeView:
        view, self.presenter_delegate = make_agenda_view(self.model)
        return view

    def _make_toolbar(self) -> QToolBar:
        bar = QToolBar("Dagsorden")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, keys, slot in (
            ("insert", "Nyt punkt", ["Ctrl+Return", "Ins"], lambda: self.insert_item()),
            ("insert_sub", "Nyt underpunkt", ["Ctrl+Shift+Return"], lambda: self.insert_sub_item()),
            ("duplicate", "Dupliker", ["Ctrl+D"], self.duplicate_item),
            ("delete", "Slet", ["Del"], self.delete_item),
            ("up", "Flyt op", ["Ctrl+Up"], lambda: self.move_by(-1)),
            ("down", "Flyt ned", ["Ctrl+Down"], lambda: self.move_by(1)),
            ("indent", "Gør til underpunkt", ["Ctrl+Right"], self.indent),
            ("outdent", "Gør til punkt", ["Ctrl+Left"], self.outdent),
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

    def _wire(self) -> None:
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.model.edit_requested.connect(self._edit_from_view, Qt.ConnectionType.QueuedConnection)
        self.model.move_requested.connect(self._move_from_view, Qt.ConnectionType.QueuedConnection)
        self.item_pane.edit.connect(self._edit_current)
        self.item_pane.welcome_requested.connect(self.insert_welcome)
        self.item_pane.attach_requested.connect(lambda: self.attachment_actions.attach())
        self.item_pane.remove_attachment.connect(self.attachment_actions.remove)
        self.minutes_pane.edit.connect(self._edit_current)
        self.minutes_pane.choose.connect(
            lambda field, value: self._edit_current(field, value, mergeable=False))
        self.attendance_pane.change.connect(
            lambda states, text: self._push(cmds.set_attendance(self.ctx.store, self.ctx.meeting_id, states, text)))
        self.attendance_pane.add_guest.connect(lambda: self.minutes_actions.add_guest(self.attendance_pane))
        self.attendance_pane.presenters_present.connect(self.minutes_actions.presenters_present)
        self.attendance_pane.all_present.connect(
            lambda: self._push(cmds.mark_all_present(self.ctx.store, self.ctx.meeting_id)))
        self.minutes_actions.connect(self.followup_pane)
        self.ctx.meeting_selected.connect(self.request_refresh)
        self.ctx.changed.connect(self._on_changed)

    # -- showing -----------------------------------------------------------------------

    def _on_changed(self, areas: set[str]) -> None:
        if "participants" in areas:
            self._people = None
        if areas & {"meetings", "participants"}:
            self.request_refresh()

    def _presenter_names(self) -> list[str]:
        """Everybody as "Navn, Organisation" for the presenter pickers; read again only
        after a change to the participants."""
        if self._people is None:
            self._people = [p.text for p in presenters.presenter_choices(self.ctx.store)]
        return self._people

    def _fill_followup(self) -> None:
        """Opfølgning: this meeting's actions and topics, and the open ones from before."""
        detail = self.detail
        if detail is not None:
            earlier = meetings.open_actions_before(self.ctx.store, detail.meeting.id)
            detail = replace(detail, earlier_open_actions=earlier)
        self.followup_pane.show_detail(detail)

    @tab_step
    def show_record(self, item_id: int) -> None:
        """Select an agenda item, changing meeting if need be (a jump from another wing)."""
        try:
            meeting_id = meetings.meeting_of_item(self.ctx.store, item_id)
        except KkrDeskError as exc:
            self.ctx.message.emit(str(exc))
            return
        self.ctx.select_meeting(meeting_id)
        self.refresh(select_id=item_id)
        self.view.setFocus()

    def current_item(self):
        return self.model.item(self.view.currentIndex())

    @tab_step
    def refresh(self, select_id: int | None = None) -> None:
        self.mark_fresh()
        mid = self.ctx.meeting_id
        current = self.current_item()
        keep = select_id or (current.id if current else None)
        scroll = self.view.verticalScrollBar().value()
        shown = self._shown_count
        try:
            self.detail = (meetings.get_detail(self.ctx.store, mid, earlier_actions=False)
                           if mid is not None else None)
        except KkrDeskError:
            self.detail = None
        self.model.set_detail(self.detail)
        self.view.expandAll()
        now = self.current_item()
        if keep is not None and now is not None and now.id == keep:
            pass  # rows updated in place: the current cell (and an open editor) stay
        elif keep is not None and self.model.index_of(keep).isValid():
            self.view.setCurrentIndex(self.model.index_of(keep))
        elif self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.view.verticalScrollBar().setValue(scroll)
        self._show_header()
        if self._shown_count == shown:  # a new current row has shown itself already
            self._show_current()
        has = self.detail is not None
        for key in ("next", "edit", "delete"):
            self.meeting_buttons[key].setEnabled(has)
        self.meeting_buttons["send"].setEnabled(
            has and self.detail.meeting.is_held() and self.detail.meeting.minutes_sent_on is None)
        self.toolbar.setEnabled(has)
        self.side.setEnabled(has)
        if has:
            people = self._presenter_names()
            self.presenter_delegate.completions = people
            self.item_pane.set_people(people)
            self.side.when_shown(self.attendance_pane, lambda: self.attendance_pane.set_rows(
                minutes.roster(self.ctx.store, mid)))
        self.side.when_shown(self.followup_pane, self._fill_followup)

    def _show_header(self) -> None:
        d = self.detail
        if d is None:
            self.title.setText("Intet møde valgt")
            self.subtitle.setText("Opret et møde med »Nyt møde …«.")
            self.summary.clear()
            return
        self.title.setText(f"{d.meeting.title} – {long_date(d.meeting.date)}")
        self.subtitle.setText(meeting_line(d.meeting))
        m = d.meeting
        text = (f"{len(d.items)} punkter · {d.total_duration_min} min. i alt · "
                f"planlagt slut kl. {clock(d.planned_end_min)} (mødet slutter kl. {clock(m.end_time)})")
        if d.overrun_min:
            text += f" · OVERSKRIDER mødets slut med {d.overrun_min} min."
        self.summary.setStyleSheet("color: #b3261e; font-weight: bold;" if d.overrun_min else "")
        self.summary.setText(text)

    _shown_count = 0  # how often the current item was shown (refresh shows it once)

    @tab_step
    def _show_current(self) -> None:
        self._shown_count += 1
        item = self.current_item()
        self.item_pane.show_item(item)
        self.side.when_shown(self.minutes_pane, lambda: self.minutes_pane.show_item(self.current_item()))
        names = ("duplicate", "delete", "up", "down", "indent", "outdent", "insert_sub")
        for name in names:
            self.actions_by_name[name].setEnabled(item is not None)

    # -- editing -----------------------------------------------------------------------

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

    def _select_after(self, command: ServiceCommand) -> None:
        if isinstance(command.result, int):
            self.refresh(select_id=command.result)

    def insert_item(self, title: str = "Nyt punkt", kind: ItemKind = ItemKind.DISCUSSION) -> int | None:
        if self.detail is None:
            return None
        cur = self.current_item()
        after = cur.id if cur is not None and cur.parent_id is None else (cur.parent_id if cur else None)
        command = cmds.insert(self.ctx.store, self.ctx.meeting_id, title=title, kind=kind, after_id=after)
        if self._push(command):
            self._select_after(command)
            if title == "Nyt punkt":
                QTimer.singleShot(0, lambda: self.view.edit(self.view.currentIndex().siblingAtColumn(COL_TITLE)))
            return command.result
        return None

    def insert_sub_item(self, title: str = "Nyt underpunkt") -> int | None:
        cur = self.current_item()
        if cur is None:
            return None
        if cur.parent_id is None:
            command = cmds.insert(self.ctx.store, self.ctx.meeting_id, title=title,
                                  kind=cur.kind, parent_id=cur.id)
        else:
            command = cmds.insert(self.ctx.store, self.ctx.meeting_id, title=title,
                                  kind=cur.kind, after_id=cur.id)
        if self._push(command):
            self._select_after(command)
            if title == "Nyt underpunkt":  # type its title at once, as for "Nyt punkt"
                QTimer.singleShot(0, lambda: self.view.edit(self.view.currentIndex().siblingAtColumn(COL_TITLE)))
            return command.result
        return None

    def duplicate_item(self) -> None:
        cur = self.current_item()
        if cur is not None:
            command = cmds.duplicate(self.ctx.store, cur)
            if self._push(command):
                self._select_after(command)

    def delete_item(self) -> None:
        cur = self.current_item()
        if cur is not None:
            self._push(cmds.delete(self.ctx.store, cur))

    def move_by(self, step: int) -> None:
        cur = self.current_item()
        if cur is None:
            return
        parent_id, index = item_moves.position_of(self.ctx.store, cur.id)
        siblings = self.detail.by_id[parent_id].children if parent_id else self.detail.items
        target = index + step
        if 0 <= target < len(siblings):
            word = "op" if step < 0 else "ned"
            self._push(cmds.move(self.ctx.store, cur, parent_id, target, f"Flyt »{cur.title[:40]}« {word}"))

    def indent(self) -> None:
        cur = self.current_item()
        target = item_moves.indent_target(self.ctx.store, cur.id) if cur else None
        if target:
            self._push(cmds.move(self.ctx.store, cur, *target, f"Gør »{cur.title[:40]}« til underpunkt"))

    def outdent(self) -> None:
        cur = self.current_item()
        target = item_moves.outdent_target(self.ctx.store, cur.id) if cur else None
        if target:
            self._push(cmds.move(self.ctx.store, cur, *target, f"Gør »{cur.title[:40]}« til punkt"))

    def _edit_from_view(self, item_id: int, field: str, value) -> None:
        item = self.detail.by_id.get(item_id) if self.detail else None
        if item is not None:
            self._edit(item, field, value)

    def _edit_current(self, field: str, value, mergeable: bool = True) -> None:
        pane_item = getattr(self.sender(), "item", None)  # the pane that asked, if it shows one
        item = pane_item or self.current_item()
        if item is not None:
            self._edit(item, field, value, mergeable)

    def _edit(self, item, field: str, value, mergeable: bool = True) -> None:
        try:
            command = cmds.edit_field(self.ctx.store, item, field, value, mergeable)
        except KkrDeskError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, "KKR Desk", str(exc))
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
            self.ctx.message.emit("Ingen nye medlemmer siden forrige møde.")
            return 0
        self._edit(item, "sub_points", list(item.sub_points) + new)
        return len(new)

    def _move_from_view(self, item_id: int, parent_id, index: int) -> None:
        item = self.detail.by_id.get(item_id) if self.detail else None
        if item is not None:
            self._push(cmds.move(self.ctx.store, item, parent_id, index))
            self.refresh(select_id=item_id)
