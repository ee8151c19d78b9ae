"""Several SOR proposals pasted from a spreadsheet: one row a proposal, columns by tab.
With a header row the columns are named (»Titel«, »Type«, »Nuværende kode«, »Foreslået
navn« …); without one the first column is the title, a column naming a kind the type, a
SNOMED code the current code, and any other text goes to the notes. A spreadsheet's
title stays as written; its wording still fills what it says (see
:mod:`kkrdesk.imports.sor_paste_lines`). A slide's lines are :mod:`kkrdesk.imports.sor_paste`'s."""

from __future__ import annotations

import re

from kkrdesk.imports.sor_paste_lines import PastedText, kind_of_words, shaped

HEADERS = {
    "titel": "title", "forslag": "title", "overskrift": "title", "type": "kind", "art": "kind",
    "nuværende navn": "current_name", "navn": "current_name", "nuværende kode": "concept_code",
    "kode": "concept_code", "snomed-kode": "concept_code", "foreslået navn": "proposed_name",
    "nyt navn": "proposed_name", "definition": "definition", "begrundelse": "rationale",
    "åbne spørgsmål": "open_questions", "spørgsmål": "open_questions",
    "relaterede koder": "related_codes", "noter": "notes", "bemærkninger": "notes",
}
CODE = re.compile(r"^\d{6,18}$")


def table(lines: list[str]) -> PastedText:
    rows = [(n, [c.strip() for c in line.split("\t")]) for n, line in enumerate(lines, start=1)
            if line.strip()]
    out = PastedText([], [])
    if not rows:
        return out
    names = [HEADERS.get(c.casefold().strip(":")) for c in rows[0][1]]
    if "title" in names:
        out.skipped.append((rows[0][0], "overskrifter"))
        for number, cells in rows[1:]:
            _headed_row(out, number, dict(zip(names, cells)))
        return out
    for number, cells in rows:
        _bare_row(out, number, cells)
    return out


def _headed_row(out: PastedText, number: int, cells: dict) -> None:
    title = cells.get("title", "")
    if not title:
        out.skipped.append((number, "ingen titel"))
        return
    kind = kind_of_words(cells.get("kind", "") or "") if cells.get("kind") else None
    p = shaped(title, kind, number)
    p.title = title.strip()  # a spreadsheet's title stays as written
    for name, value in cells.items():
        if name and name not in ("title", "kind") and value:
            setattr(p, name, value)
    out.proposals.append(p)


def _bare_row(out: PastedText, number: int, cells: list[str]) -> None:
    """No header: the first column is the title; a column naming a kind is the type, a
    SNOMED code the current code; other text goes to the notes."""
    if not cells or not cells[0]:
        out.skipped.append((number, "ingen titel"))
        return
    kinds = [k for c in cells[1:] if c and (k := kind_of_words(c)) is not None]
    p = shaped(cells[0], kinds[0] if kinds else None, number)
    p.title = cells[0].strip()  # a spreadsheet's title stays as written
    for cell in cells[1:]:
        if not cell or kind_of_words(cell) is not None:
            continue
        if CODE.match(cell) and not p.concept_code:
            p.concept_code = cell
        else:
            p.notes = f"{p.notes}\n{cell}".strip()
    out.proposals.append(p)
