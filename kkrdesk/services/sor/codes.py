"""Reference codes to pick a proposal's current name and code from: the published SOR
unit types and specialty codes shipped in resources/reference/sor_codes.csv, and the
codes the user adds (kept in the database).

The shipped file has one row per code: ``kode``, ``navn`` (as the primary source writes
it, first letter capitalised), ``type`` (unit_type / specialty), ``udgaaet`` ("ja" when
the code is inactive in the SNOMED CT Danish edition the sources were expanded against:
SOR still lists it, so it is offered, marked »udgået i SNOMED CT«), ``kilde`` (the
source's id) and ``andre_navne`` (what other published lists call it, separated by
" | ", so a search by any of them finds it). ``sor_codes_kilder.csv`` names each source
with its address, edition and date."""

from __future__ import annotations

import csv
from functools import cache

from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core import validate
from kkrdesk.core.danish import sort_key
from kkrdesk.core.enums import SorCodeKind
from kkrdesk.core.errors import NotFound, ValidationError
from kkrdesk.core.models import SorCode
from kkrdesk.core.paths import resource
from kkrdesk.core.store import Store
from kkrdesk.services import plain_rows
from kkrdesk.services.areas import SOR
from kkrdesk.views.sor import SorCodeView


def _shipped(row: dict) -> SorCodeView:
    others = tuple(n.strip() for n in (row.get("andre_navne") or "").split("|") if n.strip())
    return SorCodeView(row["kode"], row["navn"], SorCodeKind(row["type"]),
                       inactive=row.get("udgaaet", "").strip() == "ja", other_names=others,
                       source=row.get("kilde", ""))


@cache
def shipped_codes() -> tuple[SorCodeView, ...]:
    with resource("reference", "sor_codes.csv").open(encoding="utf-8", newline="") as fh:
        return tuple(_shipped(r) for r in csv.DictReader(fh))


@cache
def sources() -> tuple[dict[str, str], ...]:
    """The sources of the shipped codes: kilde, beskrivelse, adresse, udgave, dato."""
    with resource("reference", "sor_codes_kilder.csv").open(encoding="utf-8", newline="") as fh:
        return tuple(dict(r) for r in csv.DictReader(fh))


def list_codes(store: Store) -> list[SorCodeView]:
    """Shipped and user-added codes, unit types first, each kind by name."""
    with store.rows() as s:  # plain rows, each noted with its version
        mine = [SorCodeView(c.code, c.name, c.kind, True, c.id)
                for c in plain_rows.rows(s, store.versions.saw, SorCode.__table__)]
    rows = list(shipped_codes()) + mine
    return sorted(rows, key=lambda c: (c.kind != SorCodeKind.UNIT_TYPE, sort_key(c.name)))


def find_by_name(codes: list[SorCodeView], name: str,
                 kind: SorCodeKind | None = None) -> SorCodeView | None:
    """The one code called ``name`` (by its name or another published name, any case),
    of ``kind`` first; None when there is none or more than one to choose between."""
    named = [c for c in codes if c.known_as(name)]
    if kind is not None and any(c.kind == kind for c in named):
        named = [c for c in named if c.kind == kind]
    exact = [c for c in named if c.name.casefold() == name.strip().casefold()]
    found = exact if len(exact) == 1 else named
    return found[0] if len(found) == 1 else None


def add_code(store: Store, code: str, name: str, kind: SorCodeKind) -> int:
    code = validate.snomed_code(code, "Kode")
    if not code:
        raise ValidationError(QT_TRANSLATE_NOOP("SorCodes", "Koden skal udfyldes."), field="Kode")
    name = validate.clean_text(name, "Navn", required=True, max_len=200, single_line=True)
    known = {c.code: c for c in list_codes(store)}
    if code in known:
        raise ValidationError(QT_TRANSLATE_NOOP("SorCodes", "Koden {code} findes allerede ({name}).").format(
            code=code, name=known[code].name), field="Kode")
    with store.transaction(SOR) as s:
        row = SorCode(code=code, name=name, kind=SorCodeKind(kind))
        s.add(row)
        s.flush()
        return row.id


def delete_code(store: Store, code_id: int) -> tuple[str, str, SorCodeKind]:
    with store.transaction(SOR) as s:
        row = s.get(SorCode, code_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Koden findes ikke længere."))
        old = (row.code, row.name, row.kind)
        s.delete(row)
        return old
