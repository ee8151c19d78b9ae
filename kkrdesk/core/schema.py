"""The schema revisions this build knows, importable without SQLAlchemy (the overview's
sqlite3 reader checks a file's revision before reading it)."""

# The newest schema revision this build knows (tests check it equals Alembic's head).
SCHEMA_HEAD = "0007"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")

# The search index (revision 0005): an SQLite FTS5 table and the tables FTS5 keeps for
# it. No model declares them; they are derived from the rows and written by triggers.
SEARCH_INDEX = "search_index"


def is_derived_table(name: str) -> bool:
    """Whether ``name`` is the search index or one of its own tables (which a comparison
    of the models with the database, or of two databases' rows, leaves out)."""
    return name == SEARCH_INDEX or name.startswith(SEARCH_INDEX + "_")


def include_name(name: str | None, type_: str, parent_names) -> bool:
    """Alembic's filter for comparing the models with a database (autogenerate, and the
    test that the migrations make exactly the models' schema): the search index's
    tables are no model's."""
    return not (type_ == "table" and name is not None and is_derived_table(name))
