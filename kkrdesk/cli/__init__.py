"""The command line: entry (parser and dispatch), export, imports, messages. Never loads Qt
except through the lazy start of the window in entry."""
from kkrdesk.cli.entry import main

__all__ = ["main"]
