"""``kkrdesk export overview --db PATH -o FILE.xlsx``."""

from __future__ import annotations


def add_parsers(kinds) -> None:
    """Register ``overview`` (set ``handler`` on its parser)."""
