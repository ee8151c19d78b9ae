"""What deleting a person changes, said in the window's language (the read model
views/participants.PersonUsage.describe says it in Danish for the command line)."""

from __future__ import annotations

from kkrdesk.ui.dates import join_and
from kkrdesk.ui.i18n import Counts, translate


def describe(usage) -> str:
    """Plain sentences ('' when the person is unused)."""
    out = []
    gone = []
    if usage.memberships:
        gone.append(Counts.tr("%n medlemskab|%n medlemskaber", "", usage.memberships))
    if usage.attendance:
        gone.append(Counts.tr("%n fremmøderegistrering til kommende møder|%n "
                              "fremmøderegistreringer til kommende møder", "", usage.attendance))
    if gone:
        what = join_and(gone)
        out.append(translate("PersonUsage", "{what} slettes.").format(what=what[:1].upper() + what[1:]))
    kept = []
    if usage.presenter:
        kept.append(Counts.tr("%n oplæg på kommende møder|%n oplæg på kommende møder", "",
                              usage.presenter))
    if usage.actions:
        kept.append(Counts.tr("%n opfølgningspunkt|%n opfølgningspunkter", "", usage.actions))
    if kept:
        out.append(translate("PersonUsage", "Navnet står fortsat som tekst ved {what}.").format(
            what=join_and(kept)))
    if usage.cleared:
        out.append(Counts.tr("Personen fjernes som mødeleder, referent eller »stedfortræder for« "
                             "%n sted på kommende møder.|Personen fjernes som mødeleder, referent "
                             "eller »stedfortræder for« %n steder på kommende møder.", "",
                             usage.cleared))
    return " ".join(out)
