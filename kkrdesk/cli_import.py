"""``kkrdesk import ...`` subcommands."""

from __future__ import annotations


def add_parser(sub) -> None:
    """Register ``import participants`` (set ``handler`` on its parser)."""
