"""»Indsæt flere forslag«: text pasted from a spreadsheet or a slide becomes proposals
after a preview (kkrdesk.imports.sor_paste reads it). The preview says what will be
made; a title, type, name or code is fixed in place, a line that is no proposal is
unticked, and the lines left out are named under it. Cancel keeps nothing; OK makes all
of them in one step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialogButtonBox, QFormLayout, QHeaderView, QLabel, QPlainTextEdit,
    QTableView, QVBoxLayout,
)

from kkrdesk.ui.i18n import translate, shown
from kkrdesk.ui.dates import join_and, short_date
from kkrdesk.core.errors import KkrDeskError, ValidationError
from kkrdesk.imports.sor_paste import parse
from kkrdesk.services.sor import codes as sor_codes
from kkrdesk.services.sor import proposals as sor
from kkrdesk.ui.form_dialog import error_label, name_cancel
from kkrdesk.ui.sor.fields import DateEdit
from kkrdesk.ui.sor.paste_model import COL_KIND, COL_TEXT, COL_TITLE, KindChoice, PastePreviewModel
from kkrdesk.views.sor import SorCodeView
from kkrdesk.ui.accessible import NamedDialog

HINT = QT_TRANSLATE_NOOP("SorPasteDialog", "Indsæt her (Ctrl+V): ét forslag pr. linje – fra et regneark (kolonner adskilt af "
        "tabulator, gerne med overskrifter som Titel, Type, Nuværende navn) eller teksten fra "
        "en slide (punkter og underpunkter).")


class PasteDialog(NamedDialog):
    def __init__(self, codes: list[SorCodeView], today: dt.date, text: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("PasteDialog", "Indsæt flere SOR-forslag"))
        self.codes, self.today = codes, today
        self.result_values: dict | None = None
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(translate("SorPasteDialog", HINT))
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(110)
        self.model = PastePreviewModel(self)
        self.view = self._make_view()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.created = DateEdit("Udkast fra", optional=False)
        self.created.set_date(today)
        self.created.setToolTip(translate("PasteDialog", "Datoen for forslagenes første trin, Udkast"))
        self.error = error_label()
        self._layout()
        self.text.textChanged.connect(self._read)
        self.model.dataChanged.connect(lambda *_: self._sum_up())
        self.text.setPlainText(text)
        self._read()
        self.resize(1100, 620)

    def _make_view(self) -> QTableView:
        view = QTableView()
        view.setAccessibleName(translate("PasteDialog", "Forhåndsvisning"))
        view.setModel(self.model)
        view.setItemDelegateForColumn(COL_KIND, KindChoice(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(translate("PasteDialog", "Udkast fra"), self.created)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        name_cancel(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("PasteDialog", "Tekst")))
        layout.addWidget(self.text)
        layout.addWidget(QLabel(translate("PasteDialog", "Det bliver oprettet (dobbeltklik for at rette titel, type, "
                                "navn eller kode; fjern fluebenet ved en linje, der ikke er et forslag):")))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    # -- reading -----------------------------------------------------------------------

    def _read(self) -> None:
        """The text read again; a current name names its code when only one fits."""
        found = parse(self.text.toPlainText())
        for p in found.proposals:
            if p.current_name and not p.concept_code:
                code = sor_codes.find_by_name(self.codes, p.current_name, p.about)
                p.concept_code = code.code if code else ""
        self.skipped = found.skipped
        self.model.set_proposals(found.proposals)
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(COL_TITLE, min(self.view.columnWidth(COL_TITLE), 340))
        self.view.setColumnWidth(COL_TEXT, 120)  # the last column takes the room that is left
        self._sum_up()

    def _sum_up(self) -> None:
        n = len(self.model.chosen())
        why: dict[str, list[str]] = {}
        for line, reason in self.skipped:
            why.setdefault(reason, []).append(str(line))
        left = "; ".join(translate("paste_dialog", "linje {lines} ({reason})").format(lines=join_and(lines), reason=reason) for reason, lines in why.items())
        self.summary.setText(translate("paste_dialog", "{n} forslag oprettes.").format(n=n) + (translate("paste_dialog", " Sprunget over: {left}.").format(left=left) if left else ""))
        self.ok_button.setText(translate("paste_dialog", "Opret {n} forslag").format(n=n) if n != 1 else translate("paste_dialog", "Opret 1 forslag"))
        self.ok_button.setEnabled(n > 0)

    # -- creating ----------------------------------------------------------------------

    def accept(self) -> None:
        try:
            self.result_values = self.validate()
        except (ValueError, KkrDeskError) as exc:
            self.error.setText(shown(exc))
            self.error.show()
            return
        super().accept()

    def validate(self) -> dict:
        chosen = self.model.chosen()
        if not chosen:
            raise ValidationError("Der er ingen forslag at oprette.", field="Forslag")
        for n, p in enumerate(chosen, start=1):
            try:
                sor.clean_fields(p.values())
            except ValidationError as exc:
                raise ValidationError(translate("paste_dialog", "Forslag {n} (»{title}«): {reason}").format(n=n, title=p.title[:40], reason=exc), field=exc.field) from None
        on = self.created.date()
        if on > self.today:
            raise ValidationError(translate("paste_dialog", "Datoen {on} ligger i fremtiden.").format(on=short_date(on)), field="Udkast fra")
        return {"rows": [p.values() for p in chosen], "on": on}

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Enter in the table finishes an edit there; it does not create."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.view.hasFocus():
            return
        super().keyPressEvent(event)
