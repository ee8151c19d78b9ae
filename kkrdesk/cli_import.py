"""``kkrdesk import ...`` subcommands (filled in by the import issues)."""

from __future__ import annotations


def add_parser(sub) -> None:
    """Register the import subcommands (none yet)."""
