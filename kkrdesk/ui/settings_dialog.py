"""Filer > Indstillinger … (Ctrl+,): the secretary's name, the Word template, the clock's
separator, the export folder and contact data, a new meeting's start and length, the
SOR periods, and the language. OK checks every field, explains a refused value in red
at its field and keeps the dialog open; then everything is applied at once except the
language (from the next start). Annuller changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QTabWidget,
    QVBoxLayout, QWidget,
)

from kkrdesk.ui.i18n import translate, shown
from kkrdesk.ui.dates import clock
from kkrdesk.ui import preferences as P
from kkrdesk.ui import settings_fields as F
from kkrdesk.ui.form_dialog import dialog_frame
from kkrdesk.ui.settings_fields import FieldRow
from kkrdesk.ui.accessible import NamedDialog

# module-level texts are marked for lupdate and translated where shown (ui/i18n)
SEPARATORS = ((QT_TRANSLATE_NOOP("SettingsDialog", "12.00 (dansk standard)"), "."), ("12:00", ":"))
CONTACT = ((QT_TRANSLATE_NOOP("SettingsDialog", "Spørg hver gang"), "ask"),
           (QT_TRANSLATE_NOOP("SettingsDialog", "Altid med"), "always"),
           (QT_TRANSLATE_NOOP("SettingsDialog", "Aldrig med"), "never"))
LANGUAGE_NAMES = (("Dansk", "da"), ("English", "en"))  # each in its own language
LANGUAGE_NOTE = QT_TRANSLATE_NOOP("SettingsDialog", "Sproget skifter, næste gang KKR Desk startes.")
APPLIES = QT_TRANSLATE_NOOP("SettingsDialog", "Ændringerne gælder med det samme, når du trykker "
                            "OK (skærmen og de næste eksporter); sproget dog først fra næste start.")


def _combo(choices, current: str, name: str) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    for text, value in choices:
        box.addItem(translate("SettingsDialog", text), value)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def _line(text: str, name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    return edit


class SettingsDialog(NamedDialog):
    """``language_now``: the language this run was started in (``--lang``), if given."""

    def __init__(self, ctx, parent=None, language_now: str | None = None):
        super().__init__(parent)
        self.ctx, self.prefs = ctx, ctx.prefs
        self.setWindowTitle(translate("SettingsDialog", "Indstillinger"))
        self.checks: list[tuple[FieldRow, int, Callable[[], object]]] = []
        self.tabs = QTabWidget()
        self.tabs.addTab(self._documents_page(), translate("SettingsDialog", "Dokumenter og eksport"))
        self.tabs.addTab(self._meetings_page(), translate("SettingsDialog", "Møder og SOR"))
        self.tabs.addTab(self._language_page(language_now), translate("SettingsDialog", "Sprog"))
        self.error, self.buttons = dialog_frame(self, QFormLayout())
        layout: QVBoxLayout = self.layout()
        layout.insertWidget(0, self.tabs)
        applies = QLabel(translate("SettingsDialog", APPLIES))
        applies.setWordWrap(True)
        layout.insertWidget(1, applies)
        self.resize(620, 430)

    # -- pages --------------------------------------------------------------------------

    def _row(self, form: QFormLayout, label: str, row: FieldRow, page: int,
             read: Callable[[], object] | None = None) -> FieldRow:
        form.addRow(label, row)
        if read is not None:
            self.checks.append((row, page, read))
        return row

    def _documents_page(self) -> QWidget:
        p, page, form = self.prefs, QWidget(), QFormLayout()
        self.author = _line(p.author, translate("SettingsDialog", "Sekretariatets navn"))
        self.template = _line(p.template, translate("SettingsDialog", "Word-skabelon"), translate("SettingsDialog", "Standardskabelonen"))
        choose, default = QPushButton(translate("SettingsDialog", "Vælg …")), QPushButton(translate("SettingsDialog", "Standard"))
        choose.clicked.connect(self._choose_template)
        default.clicked.connect(self.template.clear)
        self.time_sep = _combo(SEPARATORS, p.time_sep, translate("SettingsDialog", "Klokkeslæt"))
        self.folder = _line(p.export_folder, translate("SettingsDialog", "Eksportmappe"), translate("SettingsDialog", "Den senest brugte mappe"))
        pick_folder = QPushButton(translate("SettingsDialog", "Vælg …"))
        pick_folder.clicked.connect(self._choose_folder)
        self.contact = _combo(CONTACT, p.contact, translate("SettingsDialog", "E-mail og telefon i eksporter"))
        self._row(form, translate("SettingsDialog", "Sekretariatets &navn:"), FieldRow(
            self.author, note=translate("SettingsDialog", "Forfatter på dokumenterne og ved hvert trin i historikken.")), 0,
            lambda: F.read_author(self.author.text()))
        self._row(form, translate("SettingsDialog", "&Word-skabelon:"), FieldRow(self.template, choose, default), 0,
                  lambda: F.read_template(self.template.text()))
        self._row(form, translate("SettingsDialog", "&Klokkeslæt:"), FieldRow(
            self.time_sep, note=translate("SettingsDialog", "På skærmen, i Word, PDF og kalenderfiler.")), 0)
        self._row(form, translate("SettingsDialog", "&Eksportmappe:"), FieldRow(self.folder, pick_folder), 0,
                  lambda: F.read_folder(self.folder.text()))
        self._row(form, translate("SettingsDialog", "E-mail og &telefon:"), FieldRow(
            self.contact, note=translate("SettingsDialog", "I Excel-oversigten og som deltagere i kalenderfilen. Det er "
            "personoplysninger.")), 0)
        page.setLayout(form)
        return page

    def _meetings_page(self) -> QWidget:
        p, page, form = self.prefs, QWidget(), QFormLayout()
        self.start = _line(clock(p.meeting_start, p.time_sep), translate("SettingsDialog", "Nyt møde starter kl."))
        self.minutes = _line(str(p.meeting_minutes), translate("SettingsDialog", "Nyt mødes længde i minutter"))
        self.round_days = _line(str(p.round_days), translate("SettingsDialog", "Høringsfrist i dage"))
        self.sds_weeks = _line(str(p.sds_weeks), translate("SettingsDialog", "Svar fra SDS ventes inden, uger"))
        low, high = P.MEETING_MINUTES_RANGE
        self.start_row = self._row(form, translate("SettingsDialog", "Nyt møde &starter kl.:"), FieldRow(self.start, short=True), 1,
                  lambda: F.read_clock(self.start.text()))
        self.minutes_row = self._row(
            form, translate("SettingsDialog", "Nyt mødes &længde:"), FieldRow(self.minutes, QLabel("minutter"), short=True), 1,
            lambda: F.read_whole(self.minutes.text(), low, high, "minutter"))
        low_d, high_d = P.ROUND_DAYS_RANGE
        self._row(form, translate("SettingsDialog", "&Høringsfrist:"), FieldRow(
            self.round_days, QLabel(translate("SettingsDialog", "dage efter afsendelsen")), short=True,
            note=translate("SettingsDialog", "En ny høringsrundes frist (samme indstilling som under listen på "
                 "SOR-forslag).")), 1,
            lambda: F.read_whole(self.round_days.text(), low_d, high_d, "dage"))
        low_w, high_w = P.SDS_WEEKS_RANGE
        self._row(form, translate("SettingsDialog", "Svar fra S&DS ventes inden:"), FieldRow(
            self.sds_weeks, QLabel("uger"), short=True,
            note=translate("SettingsDialog", "Derefter fremhæves et forslag uden svar fra Sundhedsdatastyrelsen.")), 1,
            lambda: F.read_whole(self.sds_weeks.text(), low_w, high_w, "uger"))
        page.setLayout(form)
        return page

    def _language_page(self, language_now: str | None) -> QWidget:
        page, form = QWidget(), QFormLayout()
        self.language = _combo(LANGUAGE_NAMES, self.prefs.language, translate("SettingsDialog", "Sprog"))
        note = translate("SettingsDialog", LANGUAGE_NOTE)
        if language_now:
            note += " " + translate("SettingsDialog", "Denne gang er programmet startet med "
                                    "--lang %1.").replace("%1", language_now)
        self._row(form, translate("SettingsDialog", "S&prog:"), FieldRow(self.language, note=note), 2)
        page.setLayout(form)
        return page

    # -- picking files ------------------------------------------------------------------

    def _choose_template(self) -> None:
        start = self.template.text().strip() or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(self, translate("SettingsDialog", "Vælg Word-skabelon"), start,
                                                translate("SettingsDialog", "Word-dokument (*.docx)"))
        if chosen:
            self.template.setText(chosen)

    def _choose_folder(self) -> None:
        start = self.folder.text().strip() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, translate("SettingsDialog", "Vælg eksportmappe"), start)
        if chosen:
            self.folder.setText(chosen)

    # -- OK -------------------------------------------------------------------------------

    def _read(self) -> dict | None:
        """Every field read; each refused one explained at itself. None if any was."""
        values, first = {}, None
        for row, page, read in self.checks:
            try:
                values[row] = read()
                row.clear_error()
            except ValueError as exc:
                row.show_error(shown(exc))
                first = first or (row, page)
        if first is None:
            try:
                F.check_meeting_end(values[self.start_row], values[self.minutes_row])
            except ValueError as exc:
                self.minutes_row.show_error(shown(exc))
                first = (self.minutes_row, 1)
        if first is not None:
            self.tabs.setCurrentIndex(first[1])
            first[0].editor.setFocus()
            return None
        return {row.editor: value for row, value in values.items()}

    def chosen(self, read: dict) -> P.Preferences:
        return replace(
            self.prefs, author=read[self.author], template=read[self.template],
            time_sep=self.time_sep.currentData(), meeting_start=read[self.start],
            meeting_minutes=read[self.minutes], round_days=read[self.round_days],
            sds_weeks=read[self.sds_weeks], export_folder=read[self.folder],
            contact=self.contact.currentData(), language=self.language.currentData())

    def accept(self) -> None:
        read = self._read()
        if read is None:
            return
        self.ctx.set_preferences(self.chosen(read))
        self.ctx.message.emit(translate("SettingsDialog", "Indstillingerne er gemt."))
        super().accept()


def open_settings(parent, ctx, language_now: str | None = None) -> bool:
    """Show the dialog; True when the user pressed OK (and the settings were applied)."""
    return SettingsDialog(ctx, parent, language_now).exec() == QDialog.DialogCode.Accepted
