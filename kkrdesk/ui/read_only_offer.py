"""A second window on a database file another KKR Desk window writes: the file has
one writer (core/writer_lock.py), so instead of a refusal the user is offered to open
it read-only, as a reader's role on a server opens it ("Kun læseadgang" in the status
bar). That window hears the writer's commits (core/file_feed.py) and shows them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from kkrdesk import APP_NAME
from kkrdesk.core.errors import DatabaseLocked
from kkrdesk.services.database import open_for_reading
from kkrdesk.ui.i18n import translate


def offer(parent: QWidget | None, path: Path | str, refused: DatabaseLocked):
    """The read-only store of ``path`` if the user takes the offer, else None. Raises
    the store's error when the file cannot be read either."""
    yes, cancel = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, str(refused), yes | cancel, parent)
    box.setInformativeText(translate("ReadOnlyOffer", "Du kan åbne den skrivebeskyttet: du ser det andet vindues ændringer, så snart de er gemt, men kan ikke selv rette."))
    box.button(yes).setText(translate("ReadOnlyOffer", "Åbn &skrivebeskyttet"))
    box.button(cancel).setText(translate("ReadOnlyOffer", "Annuller"))
    box.button(yes).setAccessibleName(translate("ReadOnlyOffer", "Åbn skrivebeskyttet"))
    box.button(cancel).setAccessibleName(translate("ReadOnlyOffer", "Annuller"))
    box.setDefaultButton(yes)
    box.setEscapeButton(cancel)
    box.setObjectName("read_only_offer")
    if box.exec() != yes:
        return None
    return open_for_reading(path)
