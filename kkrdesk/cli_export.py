"""``kkrdesk export ...`` subcommands (filled in by the export issues)."""

from __future__ import annotations


def add_parser(sub) -> None:
    """Register the export subcommands (none yet)."""
