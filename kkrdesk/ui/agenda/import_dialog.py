"""Filer > Importér dagsorden …: paste (Ctrl+V), open or drop an agenda (text, Word,
PowerPoint, PDF), see it read as a tree (every line accounted for; doubtful rows yellow
with ⚠ and why; lines not understood listed, to be made items), fix titles, times, kinds,
minutes and presenters in place, then create a new meeting or add the items to the
selected one, as one undoable step. A text that does not read as an agenda is refused
with the reason. Unknown presenters are only created when ticked. Cancel keeps nothing:
the preview edits only the parsed text, and the next import starts afresh."""

from __future__ import annotations


from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QPushButton, QSplitter, QTreeView, QVBoxLayout, QWidget,
)

from kkrdesk.ui.i18n import Counts, shown, translate
from kkrdesk.core.errors import KkrDeskError
from kkrdesk.imports.agenda_parser import read_agenda
from kkrdesk.imports.parsed_agenda import ParsedItem, default_end, default_start
from kkrdesk.services.agenda import file_import as agenda_import
from kkrdesk.services.agenda import meetings
from kkrdesk.ui.agenda.import_command import import_command
from kkrdesk.ui.agenda.import_intake import SourceIntake
from kkrdesk.ui.agenda.import_model import COL_TITLE, ImportPreviewModel
from kkrdesk.ui.agenda.import_panels import ImportSidePanel, summary
from kkrdesk.ui.agenda.import_target import ImportTargetBox
from kkrdesk.ui.agenda.import_view import preview_view
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.form_dialog import name_cancel
from kkrdesk.ui.undo import push
from kkrdesk.ui.accessible import NamedDialog

HINT = QT_TRANSLATE_NOOP("AgendaImportDialog", "Kopiér dagsordenen (fra PowerPoint, Word, en PDF "
                         "eller en e-mail), og sæt den ind her med Ctrl+V – eller åbn filen, "
                         "eller træk den hertil.")

class AgendaImportDialog(SourceIntake, NamedDialog):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("AgendaImportDialog", "Importér dagsorden"))
        self.setAcceptDrops(True)
        self.source = None
        self.result = None
        self.register = agenda_import.load_register(ctx.store)
        self.model = ImportPreviewModel(self)
        self.model.sep = ctx.time_sep

        self.model.startEdited.connect(self._start_edited)
        top = self._build_source_row()
        split = self._build_preview()
        self.target_box = self._build_target()
        self._build_buttons()
        lay = QVBoxLayout(self)
        for part, stretch in ((top, 0), (self.error, 0), (split, 1), (self.summary, 0),
                              (self.target_box, 0), (self.buttons, 0)):
            if isinstance(part, QHBoxLayout):
                lay.addLayout(part)
            else:
                lay.addWidget(part, stretch)
        self.model.dataChanged.connect(lambda *_: self._refresh_panels())
        self.model.modelReset.connect(self._refresh_panels)
        self.resize(1240, 660)  # fits a 1366x768 laptop screen with its task bar
        self._refresh_panels()

    def _build_source_row(self) -> QHBoxLayout:
        self.source_label = QLabel(translate("AgendaImportDialog", HINT))
        self.source_label.setWordWrap(True)
        self.paste_button = QPushButton(translate("AgendaImportDialog", "Sæt tekst ind (Ctrl+V)"))
        self.open_button = QPushButton(translate("AgendaImportDialog", "Åbn fil …"))
        self.paste_button.clicked.connect(self.paste)
        self.open_button.clicked.connect(lambda: self.open_file())
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error.hide()
        row = QHBoxLayout()
        row.addWidget(self.source_label, 1)
        row.addWidget(self.paste_button)
        row.addWidget(self.open_button)
        return row

    def _build_preview(self) -> QSplitter:
        """The tree, the source lines and doubts of its current row, the side panel."""
        self.view = self._make_view()
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(48)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.side = side = ImportSidePanel()
        side.add_line_button.clicked.connect(self.add_unread_as_item)
        side.remove_button.clicked.connect(self.remove_current)
        # the parts a user works with, by name
        self.unread, self.add_line_button, self.people, self.people_box, self.skipped = (
            side.unread, side.add_line_button, side.people, side.people_box, side.skipped)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view, 1)
        column.addWidget(self.detail)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(side)
        split.setStretchFactor(0, 1)
        split.setSizes([1000, 270])
        return split

    def _make_view(self) -> QTreeView:
        view = preview_view(self.model)
        view.selectionModel().currentChanged.connect(lambda *_: self._show_detail())
        view.installEventFilter(self)  # Delete leaves the row out
        return view

    def _build_target(self) -> ImportTargetBox:
        mid = self.ctx.meeting_id
        selected = None
        if mid is not None:
            d = meetings.get_detail(self.ctx.store, mid)
            selected = (d.meeting.date, d.meeting.title, not d.items)
        box = ImportTargetBox(selected, sep=self.ctx.time_sep)
        # the parts a user works with, by name
        self.new_radio, self.append_radio, self.date, self.date_text, self.start, self.end = (
            box.new_radio, box.append_radio, box.date, box.date_text, box.start, box.end)
        self.start.timeChanged.connect(lambda t: self.model.set_start(t.hour() * 60 + t.minute()))
        return box

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(translate("AgendaImportDialog", "Importér"))
        name_cancel(self.buttons)
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.view and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Delete and self.view.state() != QAbstractItemView.State.EditingState:
            self.remove_current()
            return True
        return super().eventFilter(watched, event)

    # the kinds a source is read as (imports/agenda_sources), and the clause a refusal
    # ends with, said in the window's language
    _WORDS = (QT_TRANSLATE_NOOP("AgendaImportDialog", "tekst"),
              QT_TRANSLATE_NOOP("AgendaImportDialog", "; intet er importeret"))

    def load_source(self, source) -> bool:
        try:
            agenda = read_agenda(source)
        except KkrDeskError as exc:  # more items than a meeting has: said, nothing shown
            self.show_error(shown(exc))
            return False
        self.source = source
        self.error.hide()
        text = translate("AgendaImportDialog", "Kilde: »{name}« ({kind}, {n} linjer).").format(
            name=shown(source.name), kind=translate("AgendaImportDialog", source.kind),
            n=len(source.lines))
        self.source_label.setText(text + (" " + source.note if source.note else ""))
        start = default_start(agenda)
        self.target_box.set_times(start, min(default_end(agenda, start), 23 * 60 + 59))
        if agenda.meeting_date:
            self.target_box.take_date(agenda.meeting_date)
        self.model.start_min = start
        self.model.set_agenda(agenda, self.register)
        self.view.expandAll()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, COL_TITLE))
        if problem := agenda_import.refusal(agenda):
            self.show_error(shown(problem).replace(translate("AgendaImportDialog", "; intet er importeret"), ""))
        return True

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _refused(self, exc: KkrDeskError) -> None:
        """A date or time is explained at its field, anything else at the top."""
        self.error.hide()  # an earlier refusal at the top is out of date
        if not self.target_box.show_refusal(exc):
            self.show_error(shown(exc))

    def _refresh_panels(self) -> None:
        agenda = self.model.agenda
        self.import_button.setEnabled(agenda is not None and not agenda_import.refusal(agenda))
        self.side.show_agenda(agenda, self.register)
        self.summary.setText(summary(agenda) if agenda is not None else "")

    def people_to_create(self) -> list[tuple[str, str]]:
        return self.side.people_to_create()

    def _show_detail(self) -> None:
        obj = self.model.obj(self.view.currentIndex())
        if obj is None:
            self.detail.clear()
            return
        if isinstance(obj, ParsedItem):
            lines, doubts = obj.all_lines(), [f"⚠ {d}" for d in obj.doubts]
        else:
            lines, doubts = obj.lines, []
        self.detail.setText("\n".join([self.model.source_text(lines)] + doubts))

    def _start_edited(self, start: int) -> None:
        """The first item's time typed in the tree is the meeting's start."""
        end = max(self.end.time().hour() * 60 + self.end.time().minute(), start + 15)
        self.target_box.set_times(start, min(end, 23 * 60 + 59))

    def remove_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.remove(index)
            self.view.expandAll()

    def add_unread_as_item(self) -> None:
        entry = self.unread.currentItem() or self.unread.item(0)
        if entry is None:
            return
        index = self.model.add_line_as_item(entry.data(Qt.ItemDataRole.UserRole))
        self.view.expandAll()
        if index.isValid():
            self.view.setCurrentIndex(index)

    def target(self):
        if self.append_radio.isChecked():
            return self.ctx.meeting_id, None
        return None, self.target_box.new_meeting()

    def do_import(self) -> bool:
        agenda = self.model.agenda
        if agenda is None or agenda_import.refusal(agenda):
            return False
        try:
            meeting_id, new = self.target()
        except KkrDeskError as exc:
            self._refused(exc)
            return False
        command = import_command(self.ctx.store, agenda, meeting_id, new, self.people_to_create())
        if not push(self.ctx.undo_stack, command, on_refusal=self._refused):
            return False
        self.result = command.result
        self.ctx.select_meeting(command.result.meeting_id)
        self.ctx.message.emit(Counts.tr("Dagsordenen er importeret: %n punkt. Fortryd med Ctrl+Z.|"
                                        "Dagsordenen er importeret: %n punkter. Fortryd med Ctrl+Z.",
                                        "", len(agenda.items)))

        self.accept()
        return True


def open_import_dialog(parent: QWidget, ctx: AppContext) -> AgendaImportDialog:
    """Show the dialog (window-modal, without blocking) and return it."""
    dialog = AgendaImportDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.open()
    return dialog
