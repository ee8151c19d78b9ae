"""A ``--db`` argument: a file's path, or a database's URL (``postgresql+psycopg://…``,
``sqlite:///…``) kept as text for the store to open."""

from __future__ import annotations

from pathlib import Path


def place(text: str) -> Path | str:
    return text if "://" in text else Path(text)
