"""An empty pane says what to do next instead of showing a bare table (issue 22, item 9):
a hint stands above the view while there is nothing to show (the view stays, so an empty
group can still be selected). The texts name the buttons of the pane, so a new user
knows where to start."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kkrdesk.core.enums import GroupKind
from kkrdesk.ui.i18n import translate
from kkrdesk.ui.labels import label
from kkrdesk.views.projects import ProjectView

NO_GROUPS = QT_TRANSLATE_NOOP("PaneHints", "Projektet har ingen organisation endnu. Opret styregruppen med »Ny gruppe …«, "
             "eller sæt organiseringen ind fra et dias eller en e-mail med »Indsæt navne …« "
             "(grupperne oprettes med det samme).")
NO_SEATS = QT_TRANSLATE_NOOP("PaneHints", "Der er ingen i {group} endnu. Vælg gruppen, og tilføj en person med »Tilføj "
            "medlem …« (»Ny person …« opretter en, der ikke er i registret), eller sæt en liste "
            "af navne ind med »Indsæt navne …«.")
NO_RISKS = QT_TRANSLATE_NOOP("PaneHints", "Der er ingen risici registreret for projektet. Tilføj den første med »Ny risiko …« "
            "og giv den sandsynlighed og konsekvens fra 1 til 5.")


def organisation_hint(p: ProjectView | None) -> str:
    """What the Organisation pane says when there is no one in it ('' when there is)."""
    if p is None:
        return ""
    if not p.groups:
        return translate("PaneHints", NO_GROUPS)
    if any(g.seats for g in p.groups):
        return ""
    first = next((g for g in p.groups if g.kind == GroupKind.STEERING_GROUP), p.groups[0])
    name = first.name.strip() or label(first.kind)
    if name.lower().endswith("gruppe"):  # "styregruppen": Danish adds the article
        group = translate("PaneHints", "{name}n").format(name=name.lower())
    else:
        group = translate("PaneHints", "gruppen »{name}«").format(name=name)
    return translate("PaneHints", NO_SEATS).format(group=group)


class HintAbove(QWidget):
    """``view`` with the hint ``show_hint(text)`` puts above it (an empty text: none).

    Not ui/empty_hint.EmptyHint, which lies over a view while its model has no rows: the
    Organisation tree can hold groups with no one in them, and those rows must stay
    visible and selectable under the hint."""

    def __init__(self, view: QWidget, parent=None):
        super().__init__(parent)
        self.view = view
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setMargin(8)
        self.label.setStyleSheet("color: #3a3a3a; background: #f3f6fa; border: 1px solid #d5dde8;")
        self.label.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label)
        lay.addWidget(view, 1)

    def show_hint(self, text: str) -> None:
        self.label.setText(text)
        self.label.setVisible(bool(text))

    @property
    def hint(self) -> str:
        """The hint on screen ('' when there is none)."""
        return self.label.text() if not self.label.isHidden() else ""
