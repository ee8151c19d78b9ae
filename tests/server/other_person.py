"""Another person's app, as its own process: opens the shared database and changes one
field of a SOR proposal, as their autosave would, then closes.
``python other_person.py URL PROPOSAL_ID FIELD VALUE``."""

from __future__ import annotations

import sys

from kkrdesk.services.database import open_database
from kkrdesk.services.sor import proposals


def main(url: str, proposal_id: int, field: str, value: str) -> None:
    store = open_database(url)
    store.login, store.machine = "jens", "PC-2"
    try:
        proposals.update_proposal(store, proposal_id, **{field: value})
    finally:
        store.close()
    print("saved", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4])
