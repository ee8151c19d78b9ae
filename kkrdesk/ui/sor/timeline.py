"""The status history drawn as a timeline: a dot per step in the step's colour on a
rail, its date, its status and note, who recorded it and when; corrected steps are
struck through and a correction says what it corrected. The text can be selected and
copied (Ctrl+C, or the context menu's »Kopiér hele forløbet«)."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTextBrowser

from kkrdesk.ui.i18n import translate
from kkrdesk.core import sor_rules
from kkrdesk.ui.dates import TIME_SEP, clock, short_date
from kkrdesk.core.enums import SorStatus
from kkrdesk.ui.labels import label
from kkrdesk.ui.sor.list_model import STATUS_COLOURS
from kkrdesk.views.sor import ProposalView, StatusChangeView

RAIL = "#c7cdd6"


def _who(h: StatusChangeView, sep: str = TIME_SEP) -> str:
    """Who recorded the step and when; ``sep``: the clock's separator setting."""
    if h.recorded_at is None:
        return ""
    when = translate("timeline", "{day} kl. {time}").format(
        day=short_date(h.recorded_at.date()), time=clock(h.recorded_at.time(), sep))
    return translate("timeline", "registreret {when}").format(when=when) + (translate("timeline", " af {recorded_by}").format(recorded_by=h.recorded_by) if h.recorded_by else "")


def _status_text(h: StatusChangeView) -> str:
    text = label(h.status)
    if h.status == SorStatus.RELEASED:
        text += f" ({sor_rules.release_name(h.changed_on)})"
    return text


def step_lines(p: ProposalView, sep: str = TIME_SEP) -> list[str]:
    """The history as plain lines (what »Kopiér« puts on the clipboard)."""
    by_id = {h.id: h for h in p.history}
    lines = []
    for h in p.history:
        text = f"{short_date(h.changed_on)}  {_status_text(h)}"
        if h.corrects_id and h.corrects_id in by_id:
            text += translate("timeline", "  [rettelse af »{status}«]").format(status=label(by_id[h.corrects_id].status))
        if h.corrected:
            text += "  " + translate("timeline", "[rettet]")
        if h.note:
            text += f" – {h.note}"
        if who := _who(h, sep):
            text += f" ({who})"
        lines.append(text)
    return lines


def timeline_html(p: ProposalView, sep: str = TIME_SEP) -> str:
    by_id = {h.id: h for h in p.history}
    rows = []
    for h in p.history:
        colour = "#9ca3af" if h.corrected else STATUS_COLOURS[h.status]
        status = escape(_status_text(h))
        if h.corrects_id and h.corrects_id in by_id:
            status = translate("timeline", "Rettelse: {status} <span style='color:#6b7280'>(i stedet "
                               "for »{old}«)</span>").format(
                status=status, old=escape(label(by_id[h.corrects_id].status)))
        if h.corrected:
            status = f"<s>{status}</s> <span style='color:#6b7280'>(" + \
                translate("timeline", "rettet") + ")</span>"
        body = f"<b style='color:{colour}'>{status}</b>"
        if h.note:
            body += f"<br>{escape(h.note)}"
        if who := _who(h, sep):
            body += f"<br><span style='color:#6b7280; font-size:small'>{escape(who)}</span>"
        rows.append(
            f"<tr><td style='padding:4px 8px 10px 0; white-space:nowrap; color:#374151' "
            f"valign='top'>{short_date(h.changed_on)}</td>"
            f"<td style='color:{colour}; font-size:large; padding:0 2px' valign='top'>●</td>"
            f"<td bgcolor='{RAIL}' width='2'></td>"
            f"<td style='padding:4px 0 10px 10px' valign='top'>{body}</td></tr>")
    if not rows:
        return "<p style='color:#6b7280'>" + translate("timeline", "Ingen statustrin endnu.") + "</p>"
    return "<table cellspacing='0' cellpadding='0'>" + "".join(rows) + "</table>"


class TimelineView(QTextBrowser):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.proposal: ProposalView | None = None
        self.sep = TIME_SEP  # the clock's separator setting (12.00 or 12:00)
        self.setPlaceholderText(translate("TimelineView", "Vælg et forslag for at se dets forløb."))

    def show_proposal(self, p: ProposalView | None) -> None:
        self.proposal = p
        self.setHtml(timeline_html(p, self.sep) if p else "")

    def plain_text(self) -> str:
        return "\n".join(step_lines(self.proposal, self.sep)) if self.proposal else ""

    def copy_all(self) -> None:
        if self.proposal is not None:
            QGuiApplication.clipboard().setText(f"{self.proposal.title}\n" + self.plain_text())

    def contextMenuEvent(self, event) -> None:
        menu = self.createStandardContextMenu()
        menu.addSeparator()
        menu.addAction(translate("TimelineView", "Kopiér hele forløbet")).triggered.connect(self.copy_all)
        menu.exec(event.globalPos())
