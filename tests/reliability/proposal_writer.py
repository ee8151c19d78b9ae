"""The first window on a database file, as its own process: it opens the file as the
window does (taking the writer lock), says "ready", and for each line on stdin
(``ID<TAB>TITLE``) renames that SOR proposal and says "saved"; an empty line closes.
``python proposal_writer.py DB``."""

from __future__ import annotations

import sys

from kkrdesk.services.database import open_database
from kkrdesk.services.sor import proposals


def main(path: str) -> None:
    store = open_database(path, create=False)
    try:
        print("ready", flush=True)
        for line in sys.stdin:
            if not line.strip():
                break
            pid, title = line.rstrip("\n").split("\t")
            proposals.update_proposal(store, int(pid), title=title)
            print("saved", flush=True)
    finally:
        store.close()


if __name__ == "__main__":
    main(sys.argv[1])
