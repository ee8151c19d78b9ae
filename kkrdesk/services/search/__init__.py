"""Search everything: one field over meetings, agenda items, minutes, follow-up points,
people, organisations, SOR proposals, rounds, answers and projects, grouped by kind.

``find.search`` is the use case; ``words`` folds Danish; ``backend`` is the one place
that touches the index (SQLite FTS5 in ``sqlite_fts``); ``describe_*`` name a hit and
say where it opens; ``excerpt`` shows the words around a match. The index itself is
written by the database's triggers (db/versions/0005_search_index.py), in the
transaction of every write."""
