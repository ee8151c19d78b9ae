"""Use cases, one package per area (agenda, participants, sor, projects), the links
between areas (links), the overview workbook's reader (overview), and a small shared
root: opening a database, undo snapshots, the reference data, read models built from
rows. Each user action is one function, one transaction, and returns plain frozen
dataclasses, never live ORM objects."""
