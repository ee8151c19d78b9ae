"""What ``kkrdesk import agenda`` prints of a parsed agenda before anything is written:
the items with their clock slots, kinds, durations and presenters, how much the text
reads as an agenda, then what the user should look at — the next meeting, the doubtful
items and why, presenters not in the register, lines not understood or skipped — so a
dry run shows all the window's preview would."""

from __future__ import annotations


def report(source, agenda, register) -> list[str]:
    """The parsed agenda as lines of text: items with slots, then what is doubtful,
    unknown or not understood."""
    out = [f"Dagsorden fra »{source.name}« ({source.kind}, {len(source.lines)} linjer): "
           f"{len(agenda.items)} punkter."]
    if source.note:
        out.append(source.note)
    if agenda.items:
        out.append(f"Ligner en dagsorden: {round(100 * agenda.confidence)} %"
                   + (f" ({'; '.join(agenda.evidence)})." if agenda.evidence else "."))
    return out + _items(agenda, register) + _remarks(agenda, register)


def _items(agenda, register) -> list[str]:
    from kkrdesk.core.danish import short_date
    from kkrdesk.core.enums import label
    from kkrdesk.imports.parsed_agenda import clock, slots

    out = [f"Mødedato i teksten: {short_date(agenda.meeting_date)}"] if agenda.meeting_date else []
    when = slots(agenda)
    for n, item in enumerate(agenda.items, start=1):
        rows = [(str(n), item)] + [(f"{n}.{chr(97 + k) if k < 26 else k + 1}", c)
                                   for k, c in enumerate(item.children)]
        for number, it in rows:
            start, end = when[id(it)]
            top = "." not in number
            slot = f"kl. {clock(start)}–{clock(end)}" if top or it.duration_min else " " * 16
            who = " og ".join(register.match(p.name, p.organisation).text for p in it.presenters)
            mark = "?" if it.doubtful else " "
            minutes = f", {it.duration_min} min." if it.duration_min else ""
            out.append(f"{mark} {number:<5} {slot}  {it.title} ({label(it.kind).lower()}{minutes})"
                       + (f" v. {who}" if who else ""))
            out += [f"{'':>8}• {point.text}" for point in it.sub_points]
    return out


def _remarks(agenda, register) -> list[str]:
    """The next meeting, the doubtful items, unknown presenters, lines not understood or skipped."""
    from kkrdesk.core.danish import short_date

    out = []
    if agenda.next_meeting_date or agenda.topics:
        day = short_date(agenda.next_meeting_date) if agenda.next_meeting_date else "uden dato"
        out.append(f"Næste møde: {day}" + (": " + "; ".join(t.text for t in agenda.topics)
                                           if agenda.topics else ""))
    doubtful = agenda.doubtful_items()
    if doubtful:
        out.append(f"Tvivlsomme punkter ({len(doubtful)}):")
        for it in doubtful:
            lines = ", ".join(str(n + 1) for n in sorted(it.lines))
            out.append(f"  »{it.title}« (linje {lines}): " + " ".join(it.doubts))
    unknown = _unknown(register, agenda)
    if unknown:
        out.append("Ukendte oplægsholdere (står som navn på punktet, oprettes ikke): "
                   + "; ".join(m.text for m in unknown))
    if agenda.unread:
        out.append(f"Ikke forstået ({_lines(len(agenda.unread))}):")
        out += [f"  linje {n + 1}: {agenda.lines[n].strip()}" for n in agenda.unread]
    skipped = agenda.shown_skipped()
    if skipped:
        out.append(f"Sprunget over ({_lines(len(skipped))}): " + ", ".join(agenda.skipped_ranges()))
    return out


def _lines(count: int) -> str:
    return f"{count} linje" if count == 1 else f"{count} linjer"


def _unknown(register, agenda):
    from kkrdesk.services.agenda.file_import import unknown_presenters

    return unknown_presenters(register, agenda)
