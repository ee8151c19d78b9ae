"""``kkrdesk export agenda|minutes --db PATH --meeting YYYY-MM-DD -o FILE.docx``."""

from __future__ import annotations


def add_parsers(kinds) -> None:
    """Register ``agenda`` and ``minutes`` (set ``handler`` on each parser)."""
