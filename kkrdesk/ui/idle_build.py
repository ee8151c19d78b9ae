"""The wings not shown at start are built in the idle moments after the window is
painted, one per moment, so that clicking SOR-forslag, Projekter or Deltagere shows it
at once. Building one on ten years of data takes 0.15-0.35 s (its modules, its widgets,
reading its list): paid at the click, that is a pause the user sees; paid while the
user reads the agenda, it is not. A tab clicked before its turn is built at the click,
as before. Start-up itself builds only the shown wing (``--smoke`` leaves before any
of this). Before the first wing, the ORM is imported and then, in a moment of its own,
the models are mapped and configured (services.database.load_orm, configure_models):
the first screen is read without the ORM, and neither step holds the window for long."""

from __future__ import annotations

from PySide6.QtCore import QTimer

IDLE_MS = 600  # after the first paint, and between two wings
ORM_MS = 100  # the ORM's modules, soon after the first paint
MODELS_MS = 160  # then the mappers, in a moment of their own (each step about 60 ms)


def build_when_idle(window) -> None:
    """Load the ORM, configure the models, then build ``window``'s hidden wings one by one,
    IDLE_MS apart."""
    from kkrdesk.services.database import configure_models, load_orm

    def step() -> None:
        if window.isVisible() and window.build_next_hidden():
            QTimer.singleShot(IDLE_MS, window, step)

    QTimer.singleShot(ORM_MS, window, load_orm)
    QTimer.singleShot(MODELS_MS, window, configure_models)
    QTimer.singleShot(IDLE_MS, window, step)
