"""The columns of the parts' tables, and the Ny/Ret/Slet steps that go through the
part dialog. Overdue milestones are red; status notes are coloured by RAG."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QWidget

from kkrdesk.ui.i18n import translate
from kkrdesk.ui.dates import short_date
from kkrdesk.core.enums import Rag
from kkrdesk.ui.labels import label
from kkrdesk.services.projects import parts as project_parts
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.projects import commands as C
from kkrdesk.ui.projects.dialogs import PART_FIELDS, PART_TITLES, PartDialog, ask
from kkrdesk.ui.projects.list_model import OVERDUE_TEXT, RAG_BACKGROUNDS, planned_text
from kkrdesk.ui.projects.milestone_rows import MilestoneRowsDialog
from kkrdesk.ui.table_model import Column
from kkrdesk.ui.undo import push
from kkrdesk.views.projects import ProjectView
from PySide6.QtCore import QT_TRANSLATE_NOOP


def _day(d: dt.date | None) -> str:
    return short_date(d) if d else ""


def _amount(v) -> str:
    if v is None:
        return ""
    return f"{v:,.0f} kr.".replace(",", ".")


def _level(n) -> str:
    return str(n) if n else "–"


def part_columns(today: dt.date) -> dict[str, tuple[list[Column], callable, int]]:
    """kind -> (columns, rows of a project, stretch column)."""
    return {
        "note": ([
            Column(QT_TRANSLATE_NOOP("Column", "Dato"), lambda n: _day(n.noted_on), sort=lambda n: n.noted_on.toordinal()),
            Column(QT_TRANSLATE_NOOP("Column", "Status"), lambda n: label(n.rag),
                   background=lambda n: RAG_BACKGROUNDS.get(n.rag.value)),
            Column(QT_TRANSLATE_NOOP("Column", "Statusnotat"), lambda n: " ".join(n.text.split()), tooltip=lambda n: n.text),
        ], lambda p: tuple(reversed(p.notes)), 2),
        "milestone": ([
            Column(QT_TRANSLATE_NOOP("Column", "Milepæl"), lambda m: m.title, tooltip=lambda m: m.notes,
                   foreground=lambda m: OVERDUE_TEXT if m.is_overdue(today) else None),
            Column(QT_TRANSLATE_NOOP("Column", "Planlagt"), planned_text,
                   sort=lambda m: m.planned_on.toordinal() if m.planned_on else 0,
                   foreground=lambda m: OVERDUE_TEXT if m.is_overdue(today) else None),
            Column(QT_TRANSLATE_NOOP("Column", "Nået"), lambda m: _day(m.actual_on),
                   sort=lambda m: m.actual_on.toordinal() if m.actual_on else 0),
            Column(QT_TRANSLATE_NOOP("Column", "Status"), lambda m: translate("Column", "Forsinket") if m.is_overdue(today) else label(m.status),
                   foreground=lambda m: OVERDUE_TEXT if m.is_overdue(today) else None,
                   background=lambda m: QColor("#fbe3e0") if m.is_overdue(today) else None),
        ], lambda p: p.milestones, 0),
        "financing": ([
            Column(QT_TRANSLATE_NOOP("Column", "Kilde"), lambda f: f.source), Column(QT_TRANSLATE_NOOP("Column", "Model"), lambda f: f.model),
            Column(QT_TRANSLATE_NOOP("Column", "Beløb"), lambda f: _amount(f.amount_dkk), align_right=True,
                   sort=lambda f: float(f.amount_dkk or 0)),
            Column(QT_TRANSLATE_NOOP("Column", "År"), lambda f: str(f.year or ""), sort=lambda f: f.year or 0),
            Column(QT_TRANSLATE_NOOP("Column", "Bemærkning"), lambda f: " ".join(f.notes.split()), tooltip=lambda f: f.notes),
        ], lambda p: p.financing, 4),
        "risk": ([
            Column(QT_TRANSLATE_NOOP("Column", "Risiko"), lambda r: r.title),
            Column(QT_TRANSLATE_NOOP("Column", "Sandsynlighed"), lambda r: _level(r.probability), sort=lambda r: r.probability or 0),
            Column(QT_TRANSLATE_NOOP("Column", "Konsekvens"), lambda r: _level(r.impact), sort=lambda r: r.impact or 0),
            Column(QT_TRANSLATE_NOOP("Column", "Tiltag"), lambda r: " ".join(r.mitigation.split()), tooltip=lambda r: r.mitigation),
            Column(QT_TRANSLATE_NOOP("Column", "Åben"), lambda r: "Åben" if r.is_open else "Lukket"),
        ], lambda p: p.risks, 3),
        "decision": ([
            Column(QT_TRANSLATE_NOOP("Column", "Dato"), lambda d: _day(d.decided_on),
                   sort=lambda d: d.decided_on.toordinal() if d.decided_on else 0),
            Column(QT_TRANSLATE_NOOP("Column", "Beslutning"), lambda d: " ".join(d.text.split()), tooltip=lambda d: d.text),
            Column(QT_TRANSLATE_NOOP("Column", "Truffet af"), lambda d: d.decided_by),
        ], lambda p: p.decisions, 1),
    }


NEW_TEXTS = {"note": QT_TRANSLATE_NOOP("Form", "Nyt statusnotat …"), "milestone": QT_TRANSLATE_NOOP("Form", "Nye milepæle …"),
             "financing": QT_TRANSLATE_NOOP("Form", "Ny finansiering …"), "risk": QT_TRANSLATE_NOOP("Form", "Ny risiko …"), "decision": QT_TRANSLATE_NOOP("Form", "Ny beslutning …")}


def _defaults(kind: str, p: ProjectView) -> dict:
    if kind == "note":
        return {"noted_on": dt.date.today(), "rag": p.rag or Rag.GREEN}
    if kind == "decision":
        return {"decided_on": dt.date.today()}
    return {"is_open": True}


def add_milestones(parent: QWidget, ctx: AppContext, p: ProjectView) -> tuple[int, ...] | None:
    """Nye milepæle …: the rows of one small table, one undo step."""
    dialog = MilestoneRowsDialog(lambda v: project_parts.check_part(ctx.store, "milestone", p.id, v),
                                 parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    cmd = C.add_parts(ctx.store, "milestone", p.id, dialog.result_values)
    return cmd.result if push(ctx.undo_stack, cmd, parent) else None


def add(parent: QWidget, ctx: AppContext, kind: str, p: ProjectView) -> int | None:
    if kind == "milestone":
        made = add_milestones(parent, ctx, p)
        return made[0] if made else None
    dialog = PartDialog(PART_TITLES[kind], PART_FIELDS[kind], _defaults(kind, p),
                        lambda v: project_parts.check_part(ctx.store, kind, p.id, v), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    cmd = C.add_part(ctx.store, kind, p.id, dialog.result_values)
    return cmd.result if push(ctx.undo_stack, cmd, parent) else None


def edit(parent: QWidget, ctx: AppContext, kind: str, p: ProjectView, row) -> bool:
    values = {f.name: getattr(row, f.name) for f in dataclasses.fields(row) if f.name != "id"}
    dialog = PartDialog(PART_TITLES[kind], PART_FIELDS[kind], values,
                        lambda v: project_parts.check_part(ctx.store, kind, p.id, v), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    new = dialog.result_values
    if all(values.get(k) == v for k, v in new.items() if k in values) and \
            project_parts.check_part(ctx.store, kind, p.id, new) == \
            project_parts.check_part(ctx.store, kind, p.id, values):
        return False
    return push(ctx.undo_stack, C.edit_part(ctx.store, kind, row.id, new), parent)


def delete(parent: QWidget, ctx: AppContext, kind: str, row) -> bool:
    values = {f.name: getattr(row, f.name) for f in dataclasses.fields(row)}
    if not ask(parent, translate("part_columns", "Slet"), translate("part_columns", "Slet {kind}{values}? (Kan fortrydes med Ctrl+Z.)").format(kind=C.part_name(kind), values=C.part_label(kind, values))):
        return False
    return push(ctx.undo_stack, C.delete_part(ctx.store, kind, row.id, values), parent)
