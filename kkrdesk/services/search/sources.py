"""What the search index holds: for each table, which columns are searched and which
record a match in them finds. A row of a table is one document of the index; a row of
a part (a sub-point, a milestone, a project's status note) finds the record it belongs
to (the agenda item, the project).

The index is written by the database itself (triggers installed by the migration that
introduced it, db/versions/0005_search_index.py, which keeps its own frozen copy of
this list). Changing this list means a new migration that installs the triggers anew;
tests/core/test_search_index.py compares the triggers of a new database with
:func:`kkrdesk.services.search.sqlite_ddl.triggers` of this list and fails until then."""

from __future__ import annotations

from dataclasses import dataclass

from kkrdesk.core.marked import QT_TRANSLATE_NOOP

# The kinds of record found, in the order their groups are shown.
MEETING, ITEM, MINUTES, ACTION = "meeting", "item", "minutes", "action"
PERSON, ORGANISATION = "person", "organisation"
PROPOSAL, ROUND, ANSWER, PROJECT = "proposal", "round", "answer", "project"
KINDS = (MEETING, ITEM, MINUTES, ACTION, PERSON, ORGANISATION, PROPOSAL, ROUND, ANSWER, PROJECT)

LABELS = {  # marked: the window shows them in its language (core/marked, ui/i18n.shown)
    MEETING: QT_TRANSLATE_NOOP("Search", "Møder"),
    ITEM: QT_TRANSLATE_NOOP("Search", "Dagsordenspunkter"),
    MINUTES: QT_TRANSLATE_NOOP("Search", "Referat"), ACTION: QT_TRANSLATE_NOOP("Search", "Opfølgning"),
    PERSON: QT_TRANSLATE_NOOP("Search", "Personer"),
    ORGANISATION: QT_TRANSLATE_NOOP("Search", "Organisationer"),
    PROPOSAL: QT_TRANSLATE_NOOP("Search", "SOR-forslag"),
    ROUND: QT_TRANSLATE_NOOP("Search", "Høringsrunder"), ANSWER: QT_TRANSLATE_NOOP("Search", "Høringssvar"),
    PROJECT: QT_TRANSLATE_NOOP("Search", "Projekter"),
}

DATE = "#date"  # stands for a meeting's date, indexed as 18-06-2025


@dataclass(frozen=True)
class Source:
    """``code`` (1-31) tells the table's documents apart in the index: a document's key
    is ``id * 32 + code``. ``ref`` is the column naming the record found (``id`` for the
    record itself). ``head`` weighs more than ``body`` in the ranking (titles, names)."""

    code: int
    table: str
    kind: str
    ref: str
    head: tuple[str, ...]
    body: tuple[str, ...] = ()

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(c for c in (*self.head, *self.body) if c != DATE)


SOURCES = (
    Source(1, "meeting", MEETING, "id", ("title", "place"), ("notes", DATE)),
    Source(2, "next_meeting_topic", MEETING, "meeting_id", (), ("title",)),
    Source(3, "agenda_item", ITEM, "id", ("title",), ("description", "proposal")),
    Source(4, "sub_point", ITEM, "item_id", (), ("text",)),
    Source(5, "presenter", ITEM, "item_id", (), ("name", "organisation_text")),
    Source(6, "attachment", ITEM, "item_id", (), ("filename",)),
    Source(7, "agenda_item", MINUTES, "id", (), ("notes", "decision")),
    Source(8, "action_item", ACTION, "id", ("what",), ("who_text",)),
    Source(9, "person", PERSON, "id", ("name",), ("title", "email", "phone", "notes")),
    Source(10, "organisation", ORGANISATION, "id", ("name", "short_name"), ("region", "kkr")),
    Source(11, "sor_proposal", PROPOSAL, "id",
           ("title", "current_name", "proposed_name", "concept_code"),
           ("definition", "rationale", "open_questions", "related_codes", "notes")),
    Source(12, "sor_status_change", PROPOSAL, "proposal_id", (), ("note",)),
    Source(13, "consultation_round", ROUND, "id", ("title",), ("recipient", "notes")),
    Source(14, "round_recipient", ROUND, "round_id", (), ("name",)),
    Source(15, "consultation_response", ANSWER, "id", ("respondent",), ("text",)),
    Source(16, "project", PROJECT, "id", ("name",), ("description", "documents")),
    Source(17, "milestone", PROJECT, "project_id", (), ("title", "notes")),
    Source(18, "project_status_note", PROJECT, "project_id", (), ("text",)),
    Source(19, "project_decision", PROJECT, "project_id", (), ("text", "decided_by")),
    Source(20, "risk", PROJECT, "project_id", (), ("title", "mitigation")),
    Source(21, "financing", PROJECT, "project_id", (), ("source", "model", "notes")),
)

BY_CODE = {s.code: s for s in SOURCES}
KEY_BITS = 5  # a document's key is id << KEY_BITS | code
