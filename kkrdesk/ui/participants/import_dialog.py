"""Preview of a participant import: every row with what is wrong with it, before
anything is written. Import is all or nothing, unless the user chooses to skip the
rows with errors."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QVBoxLayout

from kkrdesk.ui.i18n import translate
from kkrdesk.ui.dates import short_date
from kkrdesk.ui.labels import label
from kkrdesk.services.participants.file_import import sorted_preview_rows
from kkrdesk.ui.form_dialog import name_cancel
from kkrdesk.ui.table_model import Column, RowTableModel
from kkrdesk.ui.widgets import fit_columns, sortable_table
from kkrdesk.ui.accessible import NamedDialog
from PySide6.QtCore import QT_TRANSLATE_NOOP

_BAD = QBrush(QColor("#f8d7da"))

PREVIEW_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Column", "Række"), lambda r: str(r.line), sort=lambda r: r.line, align_right=True),
    Column(QT_TRANSLATE_NOOP("Column", "Status"), lambda r: "OK" if r.ok else "\n".join(r.problems),
           tooltip=lambda r: "\n".join(r.problems),
           background=lambda r: None if r.ok else _BAD),
    Column(QT_TRANSLATE_NOOP("Column", "Navn"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("Column", "Organisation"), lambda r: r.organisation),
    Column(QT_TRANSLATE_NOOP("Column", "Rolle"), lambda r: label(r.role) if r.role else "(ingen plads)"),
    Column(QT_TRANSLATE_NOOP("Column", "Udpeget af"), lambda r: r.appointed_by),
    Column(QT_TRANSLATE_NOOP("Column", "Fra"), lambda r: short_date(r.start_date),
           sort=lambda r: r.start_date.isoformat() if r.start_date else ""),
    Column(QT_TRANSLATE_NOOP("Column", "E-mail"), lambda r: r.email),
    Column(QT_TRANSLATE_NOOP("Column", "Telefon"), lambda r: r.phone),
]


def _n(count: int) -> str:
    return f"{count:,}".replace(",", ".")


class ImportDialog(NamedDialog):
    def __init__(self, preview, parent=None):
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(translate("ImportDialog", "Importér deltagere – {source}").format(
            source=preview.source))
        bad, good = len(preview.invalid), len(preview.valid)
        self.summary = QLabel(preview.summary()
                              + ("" if not preview.ignored_columns else
                                 "\nKolonner, der ikke bruges: "
                                 + ", ".join(preview.ignored_columns) + "."))
        self.summary.setWordWrap(True)
        self.model = RowTableModel(PREVIEW_COLUMNS, self)
        self.model.set_rows(sorted_preview_rows(preview))
        self.view, self.proxy = sortable_table(self.model)
        self.view.setMinimumHeight(260)
        self.view.horizontalHeader().setResizeContentsPrecision(150)  # 2,000 rows: sample
        fit_columns(self.view, max_width=320)
        # What is wrong with a row is the point of the preview: its Status column gets the
        # room, one problem per line, and the rows with problems grow to show them whole
        # (they are sorted first; a long file's rest keeps one line and a tooltip).
        self.view.setColumnWidth(1, 400)
        self.view.setWordWrap(True)
        for row in range(min(len(preview.invalid), 500)):
            self.view.resizeRowToContents(row)
        self.skip = QCheckBox(translate("ImportDialog", "Spring de {bad} rækker med fejl over, og "
                                        "importér de {good} gyldige").format(bad=_n(bad), good=_n(good)))

        self.skip.setVisible(bad > 0 and good > 0)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        name_cancel(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.skip.toggled.connect(self._update)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.skip)
        lay.addWidget(self.note)
        lay.addWidget(self.buttons)
        self.resize(1200, 620)  # fits a 1366x768 screen
        self._update()

    @property
    def skip_invalid(self) -> bool:
        return self.skip.isChecked()

    def _update(self) -> None:
        bad, good = len(self.preview.invalid), len(self.preview.valid)
        count = good if (not bad or self.skip.isChecked()) else 0
        self.import_button.setText(translate("import_dialog", "Importér {count}").format(count=_n(count)) if count else translate("import_dialog", "Importér"))
        self.import_button.setEnabled(count > 0)
        if not good:
            self.note.setText(translate("ImportDialog", "Ingen rækker kan importeres. Ret filen, og prøv igen."))
        elif bad and not self.skip.isChecked():
            self.note.setText(translate("ImportDialog", "Der importeres intet, så længe der er rækker med fejl: ret "
                              "filen, eller spring rækkerne over."))
        else:
            self.note.setText(translate("ImportDialog", "Importen gemmes i ét trin og kan fortrydes."))
