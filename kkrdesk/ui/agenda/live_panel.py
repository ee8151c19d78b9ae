"""The face of the chair's live view: large light type on a dark ground, sized from
the window's height and shrunk until every line fits (a long title wraps; nothing is
cut off at 1366×768 or on a 1920×1080 projector). Colours say what the words say:
amber near the end of a slot or a little behind, red past it or well behind."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from kkrdesk.ui.agenda.live_texts import LiveTexts

BACKGROUND = "#11161c"
TONES = {"normal": "#f4f6f8", "idle": "#9aa5b1", "good": "#6fdc8c", "amber": "#ffb300",
         "red": "#ff5c50"}
# line: (share of the window's height for its type, bold, tone, accessible name)
LINES = {
    "heading": (0.030, False, "idle", "Møde"),
    "clock": (0.030, False, "idle", "Klokken"),
    "label": (0.045, False, "idle", "Punkt og type"),
    "title": (0.070, True, "normal", "Aktuelt punkt"),
    "presenters": (0.046, False, "normal", "Oplægsholdere"),
    "details": (0.032, False, "idle", "Underpunkter"),
    "countdown": (0.190, True, "normal", "Tid tilbage"),
    "countdown_note": (0.032, False, "idle", "Punktets tid"),
    "behind": (0.060, True, "good", "Forsinkelse i forhold til planen"),
    "forecast": (0.032, False, "idle", "Forventet slut"),
    "next": (0.040, False, "idle", "Næste punkt"),
    "hint": (0.021, False, "idle", "Taster"),
}
SCALES = (1.0, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6, 0.55, 0.5, 0.45, 0.4)


class LivePanel(QWidget):
    """Shows a LiveTexts; ``labels[name]`` is the line named as in LiveTexts."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
        self.setPalette(palette)
        self.labels: dict[str, QLabel] = {}
        self.scale = 1.0
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)  # fit() shrinks the type
        layout.setContentsMargins(48, 24, 48, 16)
        layout.setSpacing(6)
        for name, (_size, bold, tone, accessible) in LINES.items():
            label = QLabel()
            label.setObjectName(f"live_{name}")
            label.setAccessibleName(accessible)
            label.setWordWrap(name not in ("countdown", "clock"))
            # a wrapping line takes the width it is given (Ignored), the short clock its own
            label.setSizePolicy(QSizePolicy.Policy.Preferred if name == "clock"
                                else QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            font = QFont(label.font())
            font.setBold(bold)
            label.setFont(font)
            self.labels[name] = label
            self._tone(label, tone)
        self._arrange(layout)

    def _arrange(self, layout: QVBoxLayout) -> None:
        from PySide6.QtWidgets import QHBoxLayout

        top = QHBoxLayout()
        top.addWidget(self.labels["heading"], 1)
        top.addWidget(self.labels["clock"])
        layout.addLayout(top)
        layout.addSpacing(8)
        for name in ("label", "title", "presenters", "details"):
            layout.addWidget(self.labels[name])
        layout.addStretch(1)
        for name in ("countdown", "countdown_note", "behind", "forecast"):
            layout.addWidget(self.labels[name])
        layout.addStretch(1)
        layout.addWidget(self.labels["next"])
        layout.addWidget(self.labels["hint"])

    @staticmethod
    def _tone(label: QLabel, tone: str) -> None:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(TONES[tone]))
        label.setPalette(palette)
        label.setProperty("tone", tone)

    def show_texts(self, texts: LiveTexts) -> None:
        """Put ``texts`` on the screen; the type is fitted again when a line other than
        the ticking clock and countdown changed."""
        refit = False
        for name in LINES:
            value = getattr(texts, name)
            label = self.labels[name]
            if label.text() != value:
                refit = refit or name not in ("clock", "countdown")
                label.setText(value)
            label.setVisible(bool(value))
        self._tone(self.labels["countdown"], texts.countdown_tone)
        self._tone(self.labels["behind"], texts.behind_tone)
        if refit:
            self.fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """The largest type of SCALES at which every line fits the window's height."""
        layout = self.layout()
        for scale in SCALES:
            self._size_fonts(scale)
            layout.activate()
            if layout.totalHeightForWidth(self.width()) <= self.height():
                break
        self.scale = scale

    def _size_fonts(self, scale: float) -> None:
        height = max(self.height(), 300)
        for name, (share, _bold, _tone, _name) in LINES.items():
            label = self.labels[name]
            font = label.font()
            font.setPixelSize(max(11, round(height * share * scale)))
            label.setFont(font)
