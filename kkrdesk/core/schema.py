"""The schema revisions this build knows, importable without SQLAlchemy (the overview's
sqlite3 reader checks a file's revision before reading it)."""

# The newest schema revision this build knows (tests check it equals Alembic's head).
SCHEMA_HEAD = "0004"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004")
