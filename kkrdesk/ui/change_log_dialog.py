"""Vis > Ændringslog: who changed what when on a shared database, newest first, filtered
by person and period, and exported as a workbook or a CSV file through the usual export
path (atomic, the folder remembered, the status bar told). On a SQLite file no log per
person is kept; the dialog says so instead of showing an empty table."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from kkrdesk.services import change_log
from kkrdesk.ui import export_actions
from kkrdesk.ui.i18n import translate
from kkrdesk.ui.table_model import Column, RowTableModel
from kkrdesk.ui.accessible import NamedDialog

LIMIT = 5000  # rows read at most (newest first)


def periods(today: dt.date) -> list[tuple[str, dt.date | None]]:
    return [(translate("ChangeLog", "Hele loggen"), None),
            (translate("ChangeLog", "I dag"), today),
            (translate("ChangeLog", "Seneste 7 dage"), today - dt.timedelta(days=6)),
            (translate("ChangeLog", "Seneste 30 dage"), today - dt.timedelta(days=29)),
            (translate("ChangeLog", "Seneste år"), today - dt.timedelta(days=364))]


def change_model(parent=None) -> RowTableModel:
    return RowTableModel([
        Column(translate("ChangeLog", "Tidspunkt"), lambda c: f"{c.at:%d-%m-%Y %H.%M.%S}",
               sort=lambda c: c.at),
        Column(translate("ChangeLog", "Bruger"), lambda c: c.who),
        Column(translate("ChangeLog", "Maskine"), lambda c: c.machine),
        Column(translate("ChangeLog", "Faneblade"), lambda c: ", ".join(c.areas)),
    ], parent)


class ChangeLogDialog(NamedDialog):
    def __init__(self, parent: QWidget | None, ctx):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("ChangeLog", "Ændringslog"))
        self.resize(760, 480)
        self.person = QComboBox()
        self.person.setAccessibleName(translate("ChangeLog", "Person"))
        self.period = QComboBox()
        self.period.setAccessibleName(translate("ChangeLog", "Periode"))
        for text, since in periods(ctx.clock.now().date()):
            self.period.addItem(text, since)
        self.model = change_model(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(translate("ChangeLog", "Ændringer"))
        self.view.horizontalHeader().setStretchLastSection(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(translate("ChangeLog", "Om loggen"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.xlsx_button = self._export_button(buttons, translate("ChangeLog", "Eksportér til &Excel …"), "xlsx")
        self.csv_button = self._export_button(buttons, translate("ChangeLog", "Eksportér til &CSV …"), "csv")
        form = QFormLayout()
        form.addRow(translate("ChangeLog", "&Person:"), self.person)
        form.addRow(translate("ChangeLog", "P&eriode:"), self.period)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self._fill_people()
        self.person.currentIndexChanged.connect(self.refresh)
        self.period.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def _export_button(self, box: QDialogButtonBox, text: str, kind: str) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAccessibleName(text.replace("&", "").rstrip(" …"))
        button.clicked.connect(lambda: self.export(kind))
        return button

    def _fill_people(self) -> None:
        self.person.addItem(translate("ChangeLog", "Alle"), None)
        if change_log.kept(self.ctx.store):
            for who in change_log.people(self.ctx.store):
                self.person.addItem(who, who)

    def refresh(self) -> None:
        store = self.ctx.store
        if not change_log.kept(store):
            self.note.setText(translate(
                "ChangeLog", "Denne database er en fil på denne maskine: her føres ingen log "
                "over hvem der har ændret hvad. Ændringsloggen føres kun på en fælles database "
                "på en PostgreSQL-server (kkrdesk --db postgresql+psycopg://…)."))
            self.model.set_rows([])
        else:
            rows = change_log.changes(store, since=self.period.currentData(), limit=LIMIT,
                                      who=self.person.currentData())
            self.model.set_rows(rows)
            self.note.setText(translate("ChangeLog", "Ændringer: %1, nyeste først.").replace("%1", str(len(rows))))
        self.view.resizeColumnsToContents()
        for button in (self.xlsx_button, self.csv_button):
            button.setEnabled(bool(self.model.rowCount()))

    def export(self, kind: str) -> None:
        from kkrdesk.export import change_log_file

        title = translate("ChangeLog", "Eksportér ændringsloggen")
        file_filter = "Excel (*.xlsx)" if kind == "xlsx" else translate("ChangeLog", "CSV-fil (*.csv)")
        path = export_actions.ask_save_path(self, self.ctx, title, f"aendringslog.{kind}", file_filter)
        if path is None:
            return
        rows = self.model.rows()
        if kind == "xlsx":
            write = lambda: change_log_file.write_xlsx(path, rows, self.ctx.prefs.author)  # noqa: E731
        else:
            write = lambda: change_log_file.write_csv(path, rows)  # noqa: E731
        export_actions.write_export(self, self.ctx, title, write,
                                    lambda p: translate("ChangeLog", "Ændringsloggen er gemt: %1").replace("%1", p.name))
