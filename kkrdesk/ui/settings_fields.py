"""The fields of Filer > Indstillinger: each editor with its own red line under it,
where a refused value is explained, and the readers that turn typed text into a
setting or raise ValueError with the Danish sentence to show there."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kkrdesk.ui.i18n import translate, shown
from kkrdesk.core.dates import parse_clock
from kkrdesk.core.errors import KkrDeskError
from kkrdesk.core.validate import clean_text
from kkrdesk.ui.form_dialog import error_label

AUTHOR_MAX = 200
SHORT_WIDTH = 90  # pixels: a clock time or a number of days


class FieldRow(QWidget):
    """``editor`` (with buttons or a unit beside it), the error line, and a grey note."""

    def __init__(self, editor: QWidget, *beside: QWidget, note: str = "", short: bool = False):
        """``short``: a field for a few characters (a number, a clock time)."""
        super().__init__()
        self.editor = editor
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        if short:
            editor.setMaximumWidth(SHORT_WIDTH)
        top.addWidget(editor, 0 if short else 1)
        for widget in beside:
            top.addWidget(widget)
        if short:
            top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        self.error = error_label()
        self.error.setObjectName("field_error")
        layout.addWidget(self.error)
        if note:
            hint = QLabel(note)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555555;")
            layout.addWidget(hint)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()


def read_author(text: str) -> str:
    name = clean_text(text, "Navn", single_line=True)
    if not name:
        raise ValueError("Skriv sekretariatets navn: det står som forfatter på dokumenterne "
                         "og ved hvert trin i forløbets historik.")
    if len(name) > AUTHOR_MAX:
        raise ValueError(translate("settings_fields", "Navnet er for langt: {n} tegn (højst {AUTHOR_MAX}).").format(n=len(name), AUTHOR_MAX=AUTHOR_MAX))
    return name


def read_template(text: str) -> str:
    """'' for the built-in template; else a Word file with the KKR style names."""
    path = text.strip()
    if not path:
        return ""
    from kkrdesk.export import docx_template as T

    try:
        T.open_template(Path(path), T.MINUTES_STYLES)
    except KkrDeskError as exc:
        raise ValueError(shown(exc)) from None
    return str(Path(path))


def read_folder(text: str) -> str:
    """'' for the last folder used; else a folder that exists."""
    folder = text.strip()
    if not folder:
        return ""
    if not Path(folder).is_dir():
        raise ValueError(translate("settings_fields", "Mappen findes ikke: {folder}. Vælg en mappe, der findes, eller lad feltet stå tomt (så bruges den senest brugte mappe).").format(folder=folder))
    return str(Path(folder))


def read_clock(text: str) -> dt.time:
    return parse_clock(text)  # its ValueError says what is wrong, in Danish


def read_whole(text: str, low: int, high: int, what: str) -> int:
    """A whole number from ``low`` to ``high``; ``what`` names it in the message."""
    value = text.strip()
    try:
        number = int(value)
    except ValueError:
        number = None
    if number is None or not low <= number <= high:
        units = {"minutter": translate("settings_fields", "minutter"),
                 "dage": translate("settings_fields", "dage"), "uger": translate("settings_fields", "uger")}
        if value:
            raise ValueError(translate("settings_fields", "»{value}« er ikke et helt antal {what} fra "
                                       "{low} til {high}.").format(value=value, what=units.get(what, what),
                                                                  low=low, high=high))
        raise ValueError(translate("settings_fields", "Feltet er tomt; skriv et helt antal {what} fra "
                                   "{low} til {high}.").format(what=units.get(what, what), low=low, high=high))
    return number


def check_meeting_end(start: dt.time, minutes: int) -> None:
    """A new meeting ends the same day (the schema says so)."""
    if start.hour * 60 + start.minute + minutes > 23 * 60 + 59:
        raise ValueError("Et møde med den start og længde ville slutte efter midnat. Vælg en "
                         "tidligere start eller en kortere længde.")
