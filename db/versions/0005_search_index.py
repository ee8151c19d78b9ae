"""search index: one SQLite FTS5 table over every record a user looks for, kept in step by
triggers and filled here from the rows already there

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07

The triggers write the index inside the transaction of every write, whatever wrote
(the services, undo's raw inserts, the demo generator's bulk inserts, a migration, an
outside tool): a row's document is deleted and written again by its key
``id * 32 + code``. The text is indexed with "å" written as "aa" (so "Aarhus" and
"Århus" are one word, as the Danish sort takes them) by the unicode61 tokenizer, which
folds case (ÆLDRE = ældre) and strips accents (idé = ide) but not the letters æ and ø.

This file keeps its own copy of the list (kkrdesk/services/search/sources.py is the
live one): a migration must do tomorrow what it does today. A later batch migration
of one of these tables drops its triggers with the old table (SQLite drops a table's
triggers with it) and must install them again; tests/core/test_search_index.py fails
until it does.
"""
import unicodedata

from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

DATE = "#date"
# (code, table, ref column, head columns, body columns), frozen at this revision
SOURCES = (
    (1, "meeting", "id", ("title", "place"), ("notes", DATE)),
    (2, "next_meeting_topic", "meeting_id", (), ("title",)),
    (3, "agenda_item", "id", ("title",), ("description", "proposal")),
    (4, "sub_point", "item_id", (), ("text",)),
    (5, "presenter", "item_id", (), ("name", "organisation_text")),
    (6, "attachment", "item_id", (), ("filename",)),
    (7, "agenda_item", "id", (), ("notes", "decision")),
    (8, "action_item", "id", ("what",), ("who_text",)),
    (9, "person", "id", ("name",), ("title", "email", "phone", "notes")),
    (10, "organisation", "id", ("name", "short_name"), ("region", "kkr")),
    (11, "sor_proposal", "id", ("title", "current_name", "proposed_name", "concept_code"),
     ("definition", "rationale", "open_questions", "related_codes", "notes")),
    (12, "sor_status_change", "proposal_id", (), ("note",)),
    (13, "consultation_round", "id", ("title",), ("recipient", "notes")),
    (14, "round_recipient", "round_id", (), ("name",)),
    (15, "consultation_response", "id", ("respondent",), ("text",)),
    (16, "project", "id", ("name",), ("description", "documents")),
    (17, "milestone", "project_id", (), ("title", "notes")),
    (18, "project_status_note", "project_id", (), ("text",)),
    (19, "project_decision", "project_id", (), ("text", "decided_by")),
    (20, "risk", "project_id", (), ("title", "mitigation")),
    (21, "financing", "project_id", (), ("source", "model", "notes")),
)

# No prefix indexes (prefix='2 3'): on 10 and 50 synthetic years they made the index
# three times larger and a search no faster; a search's time goes to ranking its matches.
CREATE = ("CREATE VIRTUAL TABLE search_index USING fts5(ref UNINDEXED, head, body, "
          "tokenize = 'unicode61 remove_diacritics 2')")


def _text(row: str, columns) -> str:
    """The indexed text of ``columns`` of ``row`` ("new", "old" or the table itself)."""
    if not columns:
        return "''"
    parts = [f"strftime('%d-%m-%Y', {row}.\"date\")" if c == DATE else f"{row}.\"{c}\""
             for c in columns]
    joined = " || ' ' || ".join(f"coalesce({p}, '')" for p in parts)
    return f"replace(replace({joined}, 'å', 'aa'), 'Å', 'Aa')"


def _write(row: str, code: int, ref: str, head, body) -> str:
    return (f"INSERT INTO search_index(rowid, ref, head, body) VALUES ({row}.id * 32 + {code}, "
            f"{row}.\"{ref}\", {_text(row, head)}, {_text(row, body)});")


def _triggers(code: int, table: str, ref: str, head, body) -> list[str]:
    columns = sorted({ref, *(c if c != DATE else "date" for c in (*head, *body))})
    drop = f"DELETE FROM search_index WHERE rowid = old.id * 32 + {code};"
    name = f"search_{code:02d}_{table}"
    return [
        f"CREATE TRIGGER {name}_insert AFTER INSERT ON \"{table}\" BEGIN "
        f"{_write('new', code, ref, head, body)} END",
        f"CREATE TRIGGER {name}_update AFTER UPDATE OF {', '.join(columns)} ON \"{table}\" "
        f"BEGIN {drop} {_write('new', code, ref, head, body)} END",
        f"CREATE TRIGGER {name}_delete AFTER DELETE ON \"{table}\" BEGIN {drop} END",
    ]


def _fill(code: int, table: str, ref: str, head, body) -> str:
    return (f"INSERT INTO search_index(rowid, ref, head, body) SELECT t.id * 32 + {code}, "
            f"t.\"{ref}\", {_text('t', head)}, {_text('t', body)} FROM \"{table}\" AS t")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _upgrade_postgresql()
        return
    op.execute(CREATE)
    for source in SOURCES:
        for statement in _triggers(*source):
            op.execute(statement)
        op.execute(_fill(*source))
    op.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for code, table, *_ in SOURCES:
            op.execute(f'DROP TRIGGER IF EXISTS search_{code:02d}_{table} ON "{table}"')
            op.execute(f"DROP FUNCTION IF EXISTS search_{code:02d}_{table}()")
        op.execute("DROP TABLE IF EXISTS search_index")
        op.execute("DROP FUNCTION IF EXISTS kkr_search_fold(text)")
        return
    for code, table, *_ in SOURCES:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{code:02d}_{table}_{event}")
    op.execute("DROP TABLE IF EXISTS search_index")


# -- PostgreSQL: the same documents in a table with a tsvector (head weighs "A", body
# "B") under a GIN index, written by one PL/pgSQL trigger per source in the same
# transaction. kkr_search_fold is the SQL twin of services/search/words.fold: "å" as
# "aa", lower case by ICU, accents gone but æ and ø kept, anything but letters and
# digits a space (where FTS5's unicode61 splits words).

def _accent_map() -> tuple[str, str]:
    """Lower-case Latin letters with an accent -> their base letter (not æ, ø)."""
    src, dst = [], []
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if ch == ch.lower() and ch not in "æø" and base != ch and base.isascii():
            src.append(ch)
            dst.append(base)
    return "".join(src), "".join(dst)


def _fold_function() -> str:
    src, dst = _accent_map()
    return ("CREATE FUNCTION kkr_search_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE "
            "PARALLEL SAFE AS $$ SELECT regexp_replace(translate(lower(replace(replace("
            "coalesce(t, ''), 'å', 'aa'), 'Å', 'Aa') COLLATE \"und-x-icu\"), "
            f"'{src}', '{dst}') COLLATE \"und-x-icu\", '[^[:alnum:]]+', ' ', 'g') $$")


def _pg_text(row: str, columns) -> str:
    parts = [f"to_char({row}.\"date\", 'DD-MM-YYYY')" if c == DATE else f"{row}.\"{c}\""
             for c in columns]
    joined = " || ' ' || ".join(f"coalesce({p}, '')" for p in parts) if parts else "''"
    return f"to_tsvector('simple', kkr_search_fold({joined}))"


def _pg_document(row: str, head, body) -> str:
    return (f"setweight({_pg_text(row, head)}, 'A') || setweight({_pg_text(row, body)}, 'B')")


def _pg_triggers(code: int, table: str, ref: str, head, body) -> list[str]:
    columns = sorted({ref, *(c if c != DATE else "date" for c in (*head, *body))})
    name = f"search_{code:02d}_{table}"
    key = f"{code} + 32 * "
    return [
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"IF TG_OP <> 'INSERT' THEN DELETE FROM search_index WHERE key = {key}OLD.id; END IF; "
        f"IF TG_OP <> 'DELETE' THEN INSERT INTO search_index (key, ref, doc) VALUES "
        f"({key}NEW.id, NEW.\"{ref}\", {_pg_document('NEW', head, body)}); END IF; "
        "RETURN NULL; END $$",
        f"CREATE TRIGGER {name} AFTER INSERT OR DELETE OR UPDATE OF "
        f"{', '.join(columns)} ON \"{table}\" FOR EACH ROW EXECUTE FUNCTION {name}()",
    ]


def _upgrade_postgresql() -> None:
    op.execute(_fold_function())
    op.execute("CREATE TABLE search_index (key bigint CONSTRAINT pk_search_index PRIMARY KEY, "
               "ref integer NOT NULL, doc tsvector NOT NULL)")
    for code, table, ref, head, body in SOURCES:
        for statement in _pg_triggers(code, table, ref, head, body):
            op.execute(statement)
        op.execute(f"INSERT INTO search_index (key, ref, doc) SELECT {code} + 32 * t.id, "
                   f"t.\"{ref}\", {_pg_document('t', head, body)} FROM \"{table}\" AS t")
    op.execute("CREATE INDEX ix_search_index_doc ON search_index USING gin (doc)")
