"""Filer > Eksportér: Word agenda and minutes of the selected meeting, their PDF/A
archive copies, and the choice of Word template. The save dialog remembers the last folder; errors are one clear
message and leave any earlier file as it was."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kkrdesk.ui.i18n import translate
from kkrdesk.core.errors import KkrDeskError
from kkrdesk.core.file_names import dated_name
from kkrdesk.services.agenda import meetings
from kkrdesk.ui import preferences
from kkrdesk.ui.context import AppContext

FOLDER_KEY = preferences.LAST_FOLDER_KEY
TEMPLATE_KEY = preferences.TEMPLATE_KEY
KIND_MARKS_KEY = "export/kind_marks"  # "short": (O)/(D)/(B); "long": "Til orientering"
AUTHOR_KEY = preferences.AUTHOR_KEY
ACTUAL_TIMES_KEY = "export/actual_times"  # the referat notes the items' actual times
# "en": the agenda, referat, overview, invitation and .ics in English (the SOR summary,
# the status report and the meeting package stay Danish); "da" or unset: Danish
DOC_LANG_KEY = "export/document_language"
WORD_FILTER = "Word-dokument (*.docx)"
PDF_FILTER = "PDF/A-arkivkopi (*.pdf)"


def last_folder(ctx: AppContext) -> Path:
    """Where a save dialog starts: the export folder of the settings, else the last one
    used, else the home folder (a folder that has gone is passed over)."""
    for folder in (ctx.prefs.export_folder, ctx.settings().value(FOLDER_KEY, "")):
        if folder and Path(str(folder)).is_dir():
            return Path(str(folder))
    return Path.home()


def remember_folder(ctx: AppContext, path: Path) -> None:
    ctx.settings().setValue(FOLDER_KEY, str(path.parent))


def word_template(ctx: AppContext) -> Path | None:
    value = ctx.settings().value(TEMPLATE_KEY, "")
    return Path(value) if value else None


def document_options(ctx: AppContext):
    """The template settings as the exporters take them."""
    from kkrdesk.views.agenda import DocumentOptions

    settings, prefs = ctx.settings(), ctx.prefs
    marks = str(settings.value(KIND_MARKS_KEY, "short") or "short")
    actual = str(settings.value(ACTUAL_TIMES_KEY, "false")).lower() == "true"
    return DocumentOptions(kind_marks="long" if marks == "long" else "short", author=prefs.author,
                           time_sep=prefs.time_sep, actual_times=actual,
                           lang=document_language(ctx))


def document_language(ctx: AppContext) -> str:
    """The documents' language as the Eksportér menu's tick left it: "da" unless "en"."""
    return "en" if str(ctx.settings().value(DOC_LANG_KEY, "da")) == "en" else "da"


def set_document_language(ctx: AppContext, english: bool) -> None:
    ctx.settings().setValue(DOC_LANG_KEY, "en" if english else "da")
    ctx.message.emit(translate("export_actions", "Dagsorden, referat, oversigt og indkaldelse skrives på engelsk.")
                     if english else translate("export_actions", "Dokumenterne skrives på dansk."))


def set_actual_times(ctx: AppContext, on: bool) -> None:
    ctx.settings().setValue(ACTUAL_TIMES_KEY, "true" if on else "false")
    ctx.message.emit("Referatet viser " + ("de faktiske tider ved hvert punkt." if on
                                           else "kun de planlagte tider."))


def set_kind_marks(ctx: AppContext, marks: str) -> None:
    ctx.settings().setValue(KIND_MARKS_KEY, marks)
    ctx.message.emit("Punkttyper i Word: " + ("»til orientering« …" if marks == "long"
                                               else "(O), (D), (B)"))


def ask_author(parent: QWidget, ctx: AppContext) -> str | None:
    """The secretariat's name, written as the documents' author."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(parent, translate("export_actions", "Forfatter"), translate("export_actions", "Sekretariatets navn (forfatter på "
                                    "dokumenterne):"), text=document_options(ctx).author)
    if not ok or not text.strip():
        return None
    ctx.settings().setValue(AUTHOR_KEY, text.strip())
    return text.strip()


def ask_contact(parent: QWidget, ctx: AppContext, question: str) -> bool:
    """Whether e-mail and phone go into an export: as the settings say (Filer >
    Indstillinger: always, never), or asked with ``question`` (the default: ask)."""
    choice = ctx.prefs.contact
    if choice != "ask":
        return choice == "always"
    answer = QMessageBox.question(parent, translate("export_actions", "Personoplysninger"), question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_save_path(parent: QWidget, ctx: AppContext, title: str, name: str, file_filter: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(last_folder(ctx) / name), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    suffix = "." + file_filter.rsplit("*.", 1)[1].rstrip(")")
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def write_export(parent: QWidget, ctx: AppContext, title: str, write: Callable[[], Path],
                 told: Callable[[Path], str], background: bool = False) -> Path | None:
    """Run ``write`` (it returns the file written). A refusal is one message box titled
    ``title`` and changes nothing; a file written makes its folder the next export's,
    the status bar says ``told(path)`` and offers to open it (ui/export_feedback).
    ``background``: ``write`` uses read models only, so it runs on a worker thread
    behind a progress dialog with Annuller (shown after half a second)."""
    from kkrdesk.export.atomic import ExportCancelled
    from kkrdesk.ui.export_feedback import run_with_progress, show_export_note

    try:
        written = run_with_progress(parent, f"{title} …", write) if background else write()
    except ExportCancelled as exc:
        ctx.message.emit(str(exc))
        return None
    except KkrDeskError as exc:
        QMessageBox.warning(parent, title, str(exc))
        return None
    remember_folder(ctx, written)
    ctx.message.emit(told(written))
    show_export_note(parent, written)
    return written


def export_word(parent: QWidget, ctx: AppContext, kind: str, path: Path | None = None,
                pdf: bool = False) -> Path | None:
    """kind: "agenda" or "minutes"; ``pdf`` writes the PDF/A archive copy instead of the
    Word document. Without ``path`` the user is asked."""
    if ctx.meeting_id is None:
        QMessageBox.information(parent, translate("export_actions", "Eksportér"), translate("export_actions", "Vælg et møde først."))
        return None
    detail = meetings.get_detail(ctx.store, ctx.meeting_id)
    word = "Dagsorden" if kind == "agenda" else "Referat"
    if path is None:
        name = dated_name(word, detail.meeting.date, "pdf" if pdf else "docx")
        path = ask_save_path(parent, ctx, f"Eksportér {word.lower()}", name,
                             PDF_FILTER if pdf else WORD_FILTER)
        if path is None:
            return None

    template, options = word_template(ctx), document_options(ctx)  # settings: this thread

    def write() -> Path:
        if pdf:
            from kkrdesk.export.pdf_export import export_pdf

            return export_pdf(detail, kind, path, template=template, options=options)
        if kind == "agenda":
            from kkrdesk.export.agenda_docx import export_agenda

            return export_agenda(detail, path, template=template, options=options)
        from kkrdesk.export.minutes_docx import export_minutes

        return export_minutes(detail, path, template=template, options=options)

    return write_export(parent, ctx, f"Eksportér {word.lower()}", write,
                        lambda written: f"{word} gemt: {written}", background=True)


def choose_template(parent: QWidget, ctx: AppContext, path: Path | None = None) -> Path | None:
    """Pick a .docx with the KKR style names as the Word template; it is checked at once."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(parent, translate("export_actions", "Vælg Word-skabelon"), str(last_folder(ctx)),
                                                WORD_FILTER)
        if not chosen:
            return None
        path = Path(chosen)
    try:
        from kkrdesk.export import docx_template as T

        T.open_template(path, T.MINUTES_STYLES)
    except KkrDeskError as exc:
        QMessageBox.warning(parent, translate("export_actions", "Word-skabelon"), str(exc))
        return None
    ctx.settings().setValue(TEMPLATE_KEY, str(path))
    ctx.message.emit(f"Word-skabelon: {path.name}")
    return path


def reset_template(ctx: AppContext) -> None:
    ctx.settings().remove(TEMPLATE_KEY)
    ctx.message.emit(translate("export_actions", "Word-skabelon: standard"))



def export_status(parent: QWidget, ctx: AppContext, path: Path | None = None,
                  project: tuple[int, str] | None | bool = False,
                  day: dt.date | None = None) -> Path | None:
    """The steering group's status report (Word): every project, or ``project`` (id, name);
    None there means "the selected project" was asked for but none is selected."""
    from kkrdesk.export.status_docx import export_status as write
    from kkrdesk.export.status_docx import status_report
    from kkrdesk.services.projects import portfolio as projects

    if project is None:
        QMessageBox.information(parent, translate("export_actions", "Eksportér"), translate("export_actions", "Vælg et projekt på fanen Projekter først."))
        return None
    project_name = project[1] if project else None
    if path is None:
        name = dated_name(f"Statusrapport {project_name}" if project_name else "Statusrapport",
                          dt.date.today(), "docx")
        path = ask_save_path(parent, ctx, "Eksportér statusrapport", name, WORD_FILTER)
        if path is None:
            return None

    if project:  # read here, on the window's thread; the worker only writes
        chosen = [projects.get_project(ctx.store, project[0])]
        title = chosen[0].name
    else:
        title, chosen = projects.report_projects(ctx.store)
    options = (word_template(ctx), document_options(ctx).author)

    def report() -> Path:
        return write(status_report(title, chosen, day or dt.date.today()), path,
                     template=options[0], author=options[1])

    return write_export(parent, ctx, "Eksportér statusrapport", report,
                        lambda written: f"Statusrapport gemt: {written}", background=True)
