"""Renew docs/agenda-import.png: the import preview with the seed's agenda slide pasted
into an empty database (so the presenters show as unknown), at a laptop's 1366 px width.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/agenda_import_png.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(out: Path = ROOT / "docs" / "agenda-import.png") -> Path:
    from PySide6.QtWidgets import QApplication

    from kkrdesk.services.database import open_database
    from kkrdesk.ui.agenda.import_dialog import AgendaImportDialog
    from kkrdesk.ui.agenda.import_model import COL_TITLE
    from kkrdesk.ui.context import AppContext

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        store = open_database(Path(folder) / "tom.sqlite")
        dialog = AgendaImportDialog(AppContext(store))
        text = (ROOT / "tests" / "data" / "seed_agenda_slide.txt").read_text(encoding="utf-8")
        QApplication.clipboard().setText(text)
        dialog.paste()
        dialog.date.setText("18-06-2025")
        dialog.resize(1366, 720)
        dialog.show()
        dialog.view.setCurrentIndex(dialog.model.index(3, COL_TITLE))  # a paired, doubtful row
        app.processEvents()
        dialog.grab().save(str(out))
        dialog.close()
        store.close()
    return out


if __name__ == "__main__":
    print(main())
