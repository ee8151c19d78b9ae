"""Dagsorden: the secretary's workplace before, during and after a meeting.

Left: the agenda tree with derived slots, edited in place, by keyboard and by drag
and drop. Right: the selected item (planning and minutes), attendance, follow-up.
Every edit is one undoable step, saved at once (the steps on items and their toolbar
are in item_steps.py)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QPushButton, QSplitter, QTreeView, QVBoxLayout, QWidget,
)

from kkrdesk.ui.i18n import Counts, translate, shown

from kkrdesk.ui.dates import clock, long_date
from kkrdesk.ui.elided_label import ElidedLabel
from kkrdesk.core.errors import KkrDeskError
from kkrdesk.services.agenda import meetings, minutes, presenters
from kkrdesk.ui.agenda import commands as cmds
from kkrdesk.ui.agenda.attachment_actions import AttachmentActions
from kkrdesk.ui.agenda.attendance_pane import AttendancePane
from kkrdesk.ui.agenda.followup_pane import FollowUpPane
from kkrdesk.ui.agenda.item_pane import ItemPane
from kkrdesk.ui.agenda.item_steps import ITEM_STEPS, ItemSteps
from kkrdesk.ui.agenda.meeting_actions import MeetingActions, meeting_line
from kkrdesk.ui.agenda.minutes_actions import MinutesActions
from kkrdesk.ui.agenda.model import AgendaModel
from kkrdesk.ui.agenda.side_panes import SidePanes
from kkrdesk.ui.agenda.tree_view import make_agenda_view
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.empty_hint import EmptyHint
from kkrdesk.ui.widgets import LazyTab, heading, tab_step

NO_ITEMS = ("Dagsordenen er tom. Importér en dagsorden (kopieret fra PowerPoint, Word, en PDF "
            "eller en mail), eller tilføj et punkt med »Nyt punkt« (Ctrl+Enter).")
NO_MEETING = ("Intet møde valgt. Opret et med »Nyt møde …« øverst, eller importér en dagsorden: "
              "så bliver den et nyt møde.")


class AgendaTab(ItemSteps, LazyTab):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._people: list[str] | None = None  # presenter choices, read again after a change
        self.meeting_actions = MeetingActions(ctx, self)
        self.minutes_actions = MinutesActions(ctx, self, self._push, self.current_item)
        self.attachment_actions = AttachmentActions(ctx, self, self._push, self.current_item)
        self.detail = None
        self.model = AgendaModel(self)
        self.model.time_sep = ctx.time_sep
        self.view = self._make_view()
        self.meeting_actions.after_new = self.view.setFocus
        self.toolbar = self._make_toolbar()
        self._build_panes()
        self._build_layout()
        self._wire()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized:  # give the agenda a little more than half the width the first time
            self._sized = True
            total = max(self.splitter.width(), 900)
            self.splitter.setSizes([total * 11 // 20, total - total * 11 // 20])

    # -- construction ----------------------------------------------------------------

    def _build_panes(self) -> None:
        self.item_pane = ItemPane(minutes_mode=False)
        self.minutes_pane = ItemPane(minutes_mode=True)
        self.attendance_pane = AttendancePane()
        self.followup_pane = FollowUpPane()
        self.side = SidePanes([(self.item_pane, translate("AgendaTab", "Punkt")), (self.minutes_pane, translate("AgendaTab", "Referat")),
                               (self.attendance_pane, translate("AgendaTab", "Fremmøde")), (self.followup_pane, translate("AgendaTab", "Opfølgning"))],
                              step=self.step)
        self.side.setMinimumWidth(320)

    def _build_layout(self) -> None:
        """The meeting's header across the top; below it the agenda (toolbar, tree, the
        time summary) beside the panes."""
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
        self.splitter = splitter
        self._sized = False
        layout = QVBoxLayout(self)
        layout.addLayout(self._make_header())
        layout.addWidget(splitter, 1)

    def _make_header(self) -> QVBoxLayout:
        """The title and date on a line of their own (the whole width is theirs), below
        them the time, place and status beside the meeting's buttons. One line each, the
        whole text in the tool tip: a header that wrapped moved the agenda under it at
        every change of meeting (ui/elided_label.py)."""
        self.title = ElidedLabel()
        self.title.setFont(heading("").font())
        self.subtitle = ElidedLabel()
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.subtitle, 1)
        self.meeting_buttons = {}
        for key, text, slot in (
            ("new", translate("AgendaTab", "Nyt møde …"), lambda: self.meeting_actions.new_meeting()),
            ("next", translate("AgendaTab", "Nyt møde fra forrige …"), lambda: self.meeting_actions.new_from_previous()),
            ("edit", translate("AgendaTab", "Redigér møde …"), lambda: self.meeting_actions.edit_meeting()),
            ("send", translate("AgendaTab", "Udsend referat …"), lambda: self.meeting_actions.send_minutes()),
            ("delete", translate("AgendaTab", "Slet møde"), lambda: self.meeting_actions.delete_meeting()),
            ("live", translate("AgendaTab", "Mødeleders visning (F5)"), self.open_live_view),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
            self.meeting_buttons[key] = b
        header = QVBoxLayout()
        header.addWidget(self.title)
        header.addLayout(row)
        return header

    def open_live_view(self):
        """The chair's live view of this meeting (imported when first asked for)."""
        from kkrdesk.ui.agenda.live_open import open_live_view

        return open_live_view(self, self.ctx)

    def _make_view(self) -> QTreeView:
        view, self.presenter_delegate = make_agenda_view(self.model)
        self.empty_hint = EmptyHint(view, buttons=((translate("AgendaTab", "Importér dagsorden …"), self.import_agenda),
                                                   (translate("AgendaTab", "Nyt punkt"), lambda: self.insert_item())))
        return view

    def import_agenda(self) -> None:
        """Filer > Importér dagsorden …, offered where the empty agenda would be."""
        from kkrdesk.ui.agenda.import_dialog import open_import_dialog

        self.import_dialog = open_import_dialog(self.window(), self.ctx)

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
        self.ctx.preferences_changed.connect(self._on_preferences)

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
        if detail is not None:  # the tab's read leaves them out (agenda_only)
            actions, topics, earlier = meetings.followup(self.ctx.store, detail.meeting.id)
            detail = replace(detail, actions=actions, topics=topics, earlier_open_actions=earlier)
        self.followup_pane.show_detail(detail)

    @tab_step
    def show_record(self, item_id: int) -> None:
        """Select an agenda item, changing meeting if need be (a jump from another wing)."""
        try:
            meeting_id = meetings.meeting_of_item(self.ctx.store, item_id)
        except KkrDeskError as exc:
            self.ctx.message.emit(shown(exc))
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
            self.detail = (meetings.get_detail(self.ctx.store, mid, agenda_only=True)
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
        for key in ("next", "edit", "delete", "live"):
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

    def _on_preferences(self) -> None:
        """The clock's separator may have changed: the tree and the header show it."""
        self.model.set_time_sep(self.ctx.time_sep)
        self._show_header()

    def _show_header(self) -> None:
        d = self.detail
        self.empty_hint.set_text(NO_MEETING if d is None else NO_ITEMS)
        self.empty_hint.show_button(1, d is not None)
        if d is None:
            self.title.setText(translate("AgendaTab", "Intet møde valgt"))
            self.subtitle.setText(translate("AgendaTab", "Opret et møde med »Nyt møde …«."))
            self.summary.clear()
            return
        self.title.setText(f"{d.meeting.title} – {long_date(d.meeting.date)}")
        sep = self.ctx.time_sep
        self.subtitle.setText(meeting_line(d.meeting, sep))
        m = d.meeting
        text = " · ".join([
            Counts.tr("%n punkt|%n punkter", "", len(d.items)),
            translate("AgendaTab", "{minutes} min. i alt").format(minutes=d.total_duration_min),
            translate("AgendaTab", "planlagt slut kl. {planned} (mødet slutter kl. {end})").format(
                planned=clock(d.planned_end_min, sep), end=clock(m.end_time, sep))])
        if d.overrun_min:
            text += " · " + translate("AgendaTab", "OVERSKRIDER mødets slut med {minutes} min.").format(
                minutes=d.overrun_min)
        if d.ended_at is not None:  # kept by the chair's live view
            text += " · " + translate("AgendaTab", "mødet sluttede kl. {time}").format(
                time=clock(d.ended_at.time(), sep))
        self.summary.setStyleSheet("color: #b3261e; font-weight: bold;" if d.overrun_min else "")
        self.summary.setText(text)

    _shown_count = 0  # how often the current item was shown (refresh shows it once)

    @tab_step
    def _show_current(self) -> None:
        self._shown_count += 1
        item = self.current_item()
        self.item_pane.show_item(item)
        self.side.when_shown(self.minutes_pane, lambda: self.minutes_pane.show_item(self.current_item()))
        for name in ITEM_STEPS:
            self.actions_by_name[name].setEnabled(item is not None)
