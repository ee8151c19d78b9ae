"""What another person's change made of the rows a refused (stale) write touched, so the
message can show their value: "Ændret af en anden – indlæst igen: nu »Anne Holm-Berg«"."""

from __future__ import annotations

from sqlalchemy import inspect
from sqlalchemy.orm import Session

SHOWN = 60  # characters of a value shown in the message


def remember(session: Session, _context, _instances) -> None:
    """Before each flush (a session event): what it is about to write, kept in the
    session's info, since a failed flush's rollback forgets it."""
    session.info["changing"] = changed_fields(session)


def changed_fields(session: Session) -> list[tuple[type, object, list[str]]]:
    """(class, primary key, changed attribute names) of each row about to be written."""
    out = []
    for obj in list(session.dirty):
        state = inspect(obj)
        names = [a.key for a in state.attrs if a.key != "version" and a.history.has_changes()
                 and not isinstance(a.value, list | tuple | set)]
        if names and state.identity is not None:
            out.append((type(obj), state.identity, names))
    return out


def now_values(session: Session, fields: list[tuple[type, object, list[str]]]) -> str:
    """The values those attributes have in the database now, as the message shows them;
    '' when the rows are gone or hold nothing to show."""
    shown = []
    for cls, key, names in fields:
        obj = session.get(cls, key)
        if obj is None:
            return "slettet af en anden"
        for name in names:
            value = getattr(obj, name)
            if isinstance(value, str | int) and not isinstance(value, bool):
                text = " ".join(str(value).split())
                shown.append("»" + (text[:SHOWN] + "…" if len(text) > SHOWN else text) + "«")
    return "nu " + ", ".join(shown[:3]) if shown else ""
