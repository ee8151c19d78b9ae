"""The steering group's status report: gather the projects, paint each timeline (QtGui
only, so the command line can call this without QtWidgets) and write the Word file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kkrdesk.services import projects
from kkrdesk.views.projects import StatusReport
from kkrdesk.ui.projects.timeline_paint import timeline_data, timeline_png

DEFAULT_TITLE = "Projekter i KKR-digitaliseringsnetværket"


def build_report(store, project_name: str | None = None, day: dt.date | None = None) -> StatusReport:
    day = day or dt.date.today()
    if project_name:
        chosen = [projects.find_by_name(store, project_name)]
        title = chosen[0].name
    else:
        chosen = projects.list_projects(store)
        title = DEFAULT_TITLE
    pictures = tuple(timeline_png(timeline_data(p), day, 960, 340, 2.5) for p in chosen)
    return StatusReport(title, day, tuple(chosen), pictures)


def write_report(store, path: str | Path, project_name: str | None = None,
                 template: str | Path | None = None, day: dt.date | None = None) -> Path:
    from kkrdesk.export.status_docx import export_status

    return export_status(build_report(store, project_name, day), path, template=template)
