"""Where the import dialog's agenda comes from: pasted (Ctrl+V anywhere in the dialog),
dropped (a file from the file manager, or text dragged from another program) or opened
from a file; the folder last opened from is remembered. What is read goes to the
dialog's ``load_source``; a file that cannot be read is said with ``show_error``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog

from kkrdesk.core.errors import KkrDeskError
from kkrdesk.imports import agenda_sources
from kkrdesk.ui.i18n import shown, translate

OPEN_DIR_KEY = "agenda/import_dir"


class SourceIntake:
    """Mixed into the import dialog (a QDialog with ``ctx``, ``load_source`` and
    ``show_error``)."""

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        """A file dropped from the file manager, or text dragged from another program."""
        self.read_mime(event.mimeData())
        event.acceptProposedAction()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Ctrl+V anywhere in the dialog (a text field pastes into itself first)."""
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return
        super().keyPressEvent(event)

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
            self.show_error(shown(exc))
            return False
        return self.load_source(source)

    def open_file(self, path: str | None = None) -> bool:
        settings = self.ctx.settings()
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, translate("AgendaImportDialog", "Åbn dagsorden"), str(settings.value(OPEN_DIR_KEY, "") or ""),
                translate("AgendaImportDialog", "Dagsordener (*.txt *.docx *.pptx *.pdf);;Alle filer (*)"))
            if not path:
                return False
        settings.setValue(OPEN_DIR_KEY, str(Path(path).parent))
        try:
            source = agenda_sources.read_agenda_source(path)
        except KkrDeskError as exc:
            self.show_error(shown(exc))
            return False
        return self.load_source(source)
