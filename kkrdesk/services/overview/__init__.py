"""The Excel overview's data from every area, read-only: through the store, or straight
from a SQLite file with the standard library (``sql``) where start-up time matters."""
