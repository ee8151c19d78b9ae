"""What another person's change made of the rows a refused (stale) write touched, so the
message can show their value beside the one typed, which nothing else keeps once the
views read the rows again: "Ændret af en anden – indlæst igen: nu »Anne Holm-Berg«
(din: »Anne Holm Jensen«)"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import inspect

if TYPE_CHECKING:  # the ORM is imported at a store's first ORM session
    from sqlalchemy.orm import Session

SHOWN = 60  # characters of a value shown in the message


Changing = list[tuple[type, object, list[str], list[object]]]


def changed_fields(session: Session) -> Changing:
    """(class, primary key, changed attribute names, their new values) of each row about
    to be written; kept before each flush, since a failed flush's rollback forgets it."""
    out = []
    for obj in list(session.dirty):
        state = inspect(obj)
        names = [a.key for a in state.attrs if a.key != "version" and a.history.has_changes()
                 and not isinstance(a.value, list | tuple | set)]
        if names and state.identity is not None:
            out.append((type(obj), state.identity, names, [getattr(obj, n) for n in names]))
    return out


def now_values(session: Session, fields: Changing) -> str:
    """The values those attributes have in the database now, and the ones this write
    meant to give them, as the message shows them; '' when there is nothing to show."""
    theirs, mine = [], []
    for cls, key, names, typed in fields:
        obj = session.get(cls, key)
        if obj is None:
            return "slettet af en anden"
        for name, value in zip(names, typed):
            if _showable(getattr(obj, name)):
                theirs.append(_quoted(getattr(obj, name)))
                mine.append(_quoted(value) if _showable(value) else "»«")
    if not theirs:
        return ""
    return f"nu {', '.join(theirs[:3])} (din: {', '.join(mine[:3])})"


def _showable(value: object) -> bool:
    return isinstance(value, str | int) and not isinstance(value, bool)


def _quoted(value: object) -> str:
    text = " ".join(str(value).split())
    return "»" + (text[:SHOWN] + "…" if len(text) > SHOWN else text) + "«"
