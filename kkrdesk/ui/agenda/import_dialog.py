"""Filer > Importér dagsorden …: paste (Ctrl+V) or open an agenda (text, Word,
PowerPoint, PDF), see it parsed as a tree, fix what is doubtful, then create a new
meeting or add the items to the selected one, as one undoable step.

Every line of the source is accounted for: the tree shows the lines each row came from,
doubtful rows are yellow, and lines that were not understood are listed (and can be
made items). Unknown presenters stay names on their items unless ticked to be created
as new people; nobody is added to the register silently."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTime
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QButtonGroup, QDialog, QDialogButtonBox, QFileDialog,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QRadioButton, QSplitter, QTimeEdit, QTreeView, QVBoxLayout, QWidget,
)

from kkrdesk.core.danish import long_date, short_date
from kkrdesk.core.dates import parse_date
from kkrdesk.core.errors import KkrDeskError
from kkrdesk.imports import agenda_sources
from kkrdesk.imports.agenda_parser import parse_lines
from kkrdesk.imports.parsed_agenda import default_end, default_start
from kkrdesk.services.agenda import file_import as agenda_import
from kkrdesk.services.agenda import meetings
from kkrdesk.ui.agenda.import_panels import ImportSidePanel, summary
from kkrdesk.ui.agenda.import_model import (
    COL_DURATION, COL_KIND, COL_LINES, COL_NUMBER, COL_PRESENTERS, COL_SLOT, COL_TITLE,
    ImportPreviewModel,
)
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.form_dialog import name_cancel
from kkrdesk.ui.delegates import DurationDelegate, KindDelegate, TextDelegate
from kkrdesk.ui.undo import ServiceCommand, push
from kkrdesk.ui.date_edit import DateEdit
from kkrdesk.views.agenda_import import NewMeeting

OPEN_DIR_KEY = "agenda/import_dir"
HINT = ("Kopiér dagsordenen (fra PowerPoint, Word, en PDF eller en e-mail), og sæt den ind her "
        "med Ctrl+V – eller åbn filen, eller træk den hertil.")


class AgendaImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Importér dagsorden")
        self.setAcceptDrops(True)
        self.source = None
        self.result = None
        self.register = agenda_import.load_register(ctx.store)
        self.model = ImportPreviewModel(self)
        self.source_label = QLabel(HINT)
        self.source_label.setWordWrap(True)
        self.paste_button = QPushButton("Sæt tekst ind (Ctrl+V)")
        self.open_button = QPushButton("Åbn fil …")
        self.paste_button.clicked.connect(self.paste)
        self.open_button.clicked.connect(lambda: self.open_file())
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error.hide()
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
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.view, 1)
        ll.addWidget(self.detail)
        split.addWidget(left)
        split.addWidget(side)
        split.setStretchFactor(0, 1)
        split.setSizes([1000, 270])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText("Importér")
        name_cancel(self.buttons)
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.source_label, 1)
        top.addWidget(self.paste_button)
        top.addWidget(self.open_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.error)
        lay.addWidget(split, 1)
        lay.addWidget(self.summary)
        lay.addWidget(self._make_target())
        lay.addWidget(self.buttons)
        self.model.dataChanged.connect(lambda *_: self._refresh_panels())
        self.model.modelReset.connect(self._refresh_panels)
        self.resize(1240, 660)  # fits a 1366x768 laptop screen with its task bar
        self._refresh_panels()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        """A file dropped from the file manager, or text dragged from another program."""
        self.read_mime(event.mimeData())
        event.acceptProposedAction()

    def keyPressEvent(self, event) -> None:
        """Ctrl+V anywhere in the dialog (a text field pastes into itself first)."""
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Delete and self.view.state() != QAbstractItemView.State.EditingState:
            self.remove_current()
            return True
        return super().eventFilter(watched, event)

    # -- construction ----------------------------------------------------------------------

    def _make_view(self) -> QTreeView:
        view = QTreeView()
        view.setModel(self.model)
        view.setAlternatingRowColors(False)
        view.setAllColumnsShowFocus(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        view.setItemDelegateForColumn(COL_KIND, KindDelegate(view))
        view.setItemDelegateForColumn(COL_DURATION, DurationDelegate(view))
        view.setItemDelegateForColumn(COL_PRESENTERS, TextDelegate(view, "Navn, Organisation og …"))
        view.setIndentation(14)
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_NUMBER, 58), (COL_SLOT, 128), (COL_KIND, 92), (COL_DURATION, 44),
                           (COL_PRESENTERS, 230), (COL_LINES, 56)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        view.selectionModel().currentChanged.connect(lambda *_: self._show_detail())
        view.installEventFilter(self)  # Delete leaves the row out
        return view

    def _make_target(self) -> QGroupBox:
        box = QGroupBox("Hvor skal dagsordenen hen?")
        grid = QGridLayout(box)
        self.new_radio = QRadioButton("Nyt møde den")
        self.append_radio = QRadioButton("Føj punkterne til det valgte møde")
        group = QButtonGroup(box)
        group.addButton(self.new_radio)
        group.addButton(self.append_radio)
        self.new_radio.setChecked(True)
        self.date = DateEdit(name="Dato", optional=False)  # typed or picked in the calendar
        self.date.textChanged.connect(self._show_date)
        self.date.textEdited.connect(lambda _t: self.new_radio.setChecked(True))
        self.date_text = QLabel()
        self.start = QTimeEdit()
        self.end = QTimeEdit()
        for w, hour in ((self.start, 12), (self.end, 15)):
            w.setDisplayFormat("HH.mm")
            w.setTime(QTime(hour, 0))
        self.start.timeChanged.connect(lambda t: self.model.set_start(t.hour() * 60 + t.minute()))
        grid.addWidget(self.new_radio, 0, 0)
        grid.addWidget(self.date, 0, 1)
        grid.addWidget(QLabel("kl."), 0, 2)
        grid.addWidget(self.start, 0, 3)
        grid.addWidget(QLabel("–"), 0, 4)
        grid.addWidget(self.end, 0, 5)
        grid.addWidget(self.date_text, 0, 6)
        grid.setColumnStretch(6, 1)
        grid.addWidget(self.append_radio, 1, 0, 1, 7)
        mid = self.ctx.meeting_id
        if mid is not None:
            m = meetings.get_detail(self.ctx.store, mid).meeting
            self.append_radio.setText(f"Føj punkterne til det valgte møde: {short_date(m.date)} {m.title}")
        else:
            self.append_radio.setEnabled(False)
        return box

    # -- sources -----------------------------------------------------------------------------

    def paste(self) -> bool:
        return self.read_mime(QApplication.clipboard().mimeData())

    def read_mime(self, mime) -> bool:
        """Read a copied or dropped file (the first), else the text."""
        try:
            if mime is not None and mime.hasUrls() and mime.urls() and mime.urls()[0].isLocalFile():
                source = agenda_sources.read_agenda_source(mime.urls()[0].toLocalFile())
            else:
                source = agenda_sources.from_text(mime.text() if mime is not None else "")
        except KkrDeskError as exc:
            self._show_error(str(exc))
            return False
        return self.load_source(source)

    def open_file(self, path: str | None = None) -> bool:
        settings = self.ctx.settings()
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, "Åbn dagsorden", str(settings.value(OPEN_DIR_KEY, "") or ""),
                "Dagsordener (*.txt *.docx *.pptx *.pdf);;Alle filer (*)")
            if not path:
                return False
        settings.setValue(OPEN_DIR_KEY, str(Path(path).parent))
        try:
            source = agenda_sources.read_agenda_source(path)
        except KkrDeskError as exc:
            self._show_error(str(exc))
            return False
        return self.load_source(source)

    def load_source(self, source) -> bool:
        try:
            agenda = parse_lines(source.lines)
        except KkrDeskError as exc:  # more items than a meeting has: said, nothing shown
            self._show_error(str(exc))
            return False
        self.source = source
        self.error.hide()
        text = f"Kilde: »{source.name}« ({source.kind}, {len(source.lines)} linjer)."
        self.source_label.setText(text + (" " + source.note if source.note else ""))
        start = default_start(agenda)
        end = min(default_end(agenda, start), 23 * 60 + 59)
        self.start.blockSignals(True)
        self.start.setTime(QTime(start // 60, start % 60))
        self.start.blockSignals(False)
        self.end.setTime(QTime(end // 60, end % 60))
        if agenda.meeting_date:
            self.date.setText(short_date(agenda.meeting_date))
        self.model.start_min = start
        self.model.set_agenda(agenda, self.register)
        self.view.expandAll()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, COL_TITLE))
        if not agenda.items:
            self._show_error(agenda_import.NO_ITEMS.replace("; intet er importeret", ""))
        return True

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # -- panels --------------------------------------------------------------------------------

    def _refresh_panels(self) -> None:
        agenda = self.model.agenda
        self.import_button.setEnabled(agenda is not None and bool(agenda.items))
        self.side.show_agenda(agenda, self.register)
        self.summary.setText(summary(agenda) if agenda is not None else "")

    def people_to_create(self) -> list[tuple[str, str]]:
        return self.side.people_to_create()

    def _show_detail(self) -> None:
        index = self.view.currentIndex()
        obj = self.model.obj(index)
        if obj is None:
            self.detail.clear()
            return
        lines = obj.all_lines() if hasattr(obj, "all_lines") else obj.lines
        text = self.model.source_text(lines)
        doubts = getattr(obj, "doubts", [])
        self.detail.setText("\n".join([text] + [f"⚠ {d}" for d in doubts]))

    def _show_date(self, text: str) -> None:
        try:
            self.date_text.setText(long_date(parse_date(text)) if text.strip() else "")
        except ValueError:
            self.date_text.setText("(ikke en dato)")

    # -- edits ---------------------------------------------------------------------------------

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

    # -- the import --------------------------------------------------------------------------

    def target(self) -> tuple[int | None, NewMeeting | None]:
        if self.append_radio.isChecked():
            return self.ctx.meeting_id, None
        try:
            day = parse_date(self.date.text())
        except ValueError as exc:
            raise KkrDeskError(f"Mødedato: {exc}") from None
        start, end = self.start.time().toPython(), self.end.time().toPython()
        return None, NewMeeting(day, start, end, "Møde i KKR-digitaliseringsnetværket")

    def do_import(self) -> bool:
        agenda = self.model.agenda
        if agenda is None or not agenda.items:
            return False
        try:
            meeting_id, new = self.target()
        except KkrDeskError as exc:
            self._show_error(str(exc))
            self.date.setFocus()
            return False
        command = import_command(self.ctx.store, agenda, meeting_id, new, self.people_to_create())
        if not push(self.ctx.undo_stack, command):
            self._show_error(str(command.error))
            return False
        self.result = command.result
        self.ctx.select_meeting(command.result.meeting_id)
        count = len(agenda.items)
        self.ctx.message.emit(f"Dagsordenen er importeret: {count} punkter. Fortryd med Ctrl+Z.")
        self.accept()
        return True


def import_command(store, agenda, meeting_id: int | None, new: NewMeeting | None,
                   people: list[tuple[str, str]]) -> ServiceCommand:
    """One undo step: the whole import, undone and redone with the same ids."""
    state: dict = {}

    def do():
        if "snap" in state:
            agenda_import.redo_import(store, state["snap"])
            return state["result"]
        state["result"] = agenda_import.commit_import(store, agenda, meeting_id=meeting_id,
                                                      new_meeting=new, create_people=people)
        return state["result"]

    def undo(result):
        state["snap"] = agenda_import.undo_import(store, result)

    where = f"nyt møde {short_date(new.date)}" if new else "det valgte møde"
    return ServiceCommand(f"Importér dagsorden ({len(agenda.items)} punkter, {where})", do, undo)


def open_import_dialog(parent: QWidget, ctx: AppContext) -> AgendaImportDialog:
    """Show the dialog (window-modal, without blocking) and return it."""
    dialog = AgendaImportDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.open()
    return dialog

