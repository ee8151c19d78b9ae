"""Who a consultation round goes to: the standard recipients and every organisation in
the register, one entry per organisation. An organisation may be written by its name,
its short name or both (»Sundhedsdatastyrelsen«, »SDS«, »Sundhedsdatastyrelsen (SDS)«);
every spelling is stored and compared as the register's name, so a round never names
the same organisation twice and a response from it finds it among the recipients."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from kkrdesk.core.danish import sort_key
from kkrdesk.core.models import Organisation
from kkrdesk.core.store import Store

if TYPE_CHECKING:  # the ORM is imported at the first ORM session (core/orm_sessions)
    from sqlalchemy.orm import Session


NETWORK, SDS = "KKR-digitaliseringsnetværket", "Sundhedsdatastyrelsen"
STANDARD_RECIPIENTS = (NETWORK, "KKR", "KL", SDS, "SOR-styregruppen")

Aliases = dict[str, str]  # a spelling, casefolded -> the name to store


def aliases_in(s: Session) -> Aliases:
    """Every way a registered organisation is written -> its name in the register."""
    out: Aliases = {}
    for name, short in s.execute(select(Organisation.name, Organisation.short_name)):
        spellings = (name, short, f"{name} ({short})") if short and short != name else (name,)
        for spelling in spellings:
            out.setdefault(spelling.strip().casefold(), name)
    return out


def recipient_aliases(store: Store) -> Aliases:
    with store.reading() as s:
        return aliases_in(s)


def canonical(name: str, aliases: Aliases) -> str:
    return aliases.get(name.strip().casefold(), name.strip())


def unique(names: list[str], aliases: Aliases) -> list[str]:
    """The names as the register spells them, each organisation once, in order."""
    out: list[str] = []
    for name in names:
        name = canonical(name, aliases)
        if name and name.casefold() not in {n.casefold() for n in out}:
            out.append(name)
    return out


def is_among(who: str, names: list[str], aliases: Aliases) -> bool:
    wanted = canonical(who, aliases).casefold()
    return any(canonical(n, aliases).casefold() == wanted for n in names)


def recipient_choices(store: Store) -> list[str]:
    """The standard recipients first, then every other organisation in the register;
    each organisation once, by its name in the register."""
    with store.reading() as s:
        aliases = aliases_in(s)
        names = list(s.scalars(select(Organisation.name)))
    standard = unique(list(STANDARD_RECIPIENTS), aliases)
    rest = sorted(unique(names, aliases), key=sort_key)
    return unique([*standard, *rest], aliases)
