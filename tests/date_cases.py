"""The dates every door of the app must refuse, and what it must say, written down here
by hand (never taken from ``kkrdesk.core.dates``): 1 January 1900 to 31 December 2100
are accepted, a year outside gets one message, an impossible day another."""

from __future__ import annotations

import datetime as dt

TAIL = "er urimeligt; skriv et år mellem 1900 og 2100 (fx 18-06-2025)."
TWENTY = "9" * 20

# typed text -> the message's words (the whole message for a year out of range)
TYPED = {
    "20-digit year": (f"18-06-{TWENTY}", f"»18-06-{TWENTY}«: året 9999… (20 cifre) {TAIL}"),
    "20-digit ISO year": (f"{TWENTY}-06-18", f"»{TWENTY}-06-18«: året 9999… (20 cifre) {TAIL}"),
    "year 0": ("18-06-0000", f"»18-06-0000«: året 0000 {TAIL}"),
    "year 0025": ("18-06-0025", f"»18-06-0025«: året 0025 {TAIL}"),
    "year 9999": ("18-06-9999", f"»18-06-9999«: året 9999 {TAIL}"),
    "year 1899": ("31-12-1899", f"»31-12-1899«: året 1899 {TAIL}"),
    "year 2101": ("01-01-2101", f"»01-01-2101«: året 2101 {TAIL}"),
    "year 2201": ("18-06-2201", f"»18-06-2201«: året 2201 {TAIL}"),
    "31 February": ("31-02-2025", "»31-02-2025« er ikke en dato (skriv fx 18-06-2025)."),
}

# a month as a milestone's planned date may be given
MONTHS = {
    "20-digit year": (f"august {TWENTY}", f"»august {TWENTY}«: året 9999… (20 cifre) {TAIL}"),
    "year 0": ("08-0000", f"»08-0000«: året 0000 {TAIL}"),
    "year 0025": ("august 0025", f"»august 0025«: året 0025 {TAIL}"),
    "year 9999": ("aug. 9999", f"»aug. 9999«: året 9999 {TAIL}"),
    "year 1899": ("december 1899", f"»december 1899«: året 1899 {TAIL}"),
    "year 2201": ("01-2201", f"»01-2201«: året 2201 {TAIL}"),
}

# dates a service may be handed by code -> how the message shows them
DAYS = {
    "year 1": (dt.date(1, 1, 1), f"»01-01-0001«: året 0001 {TAIL}"),
    "year 25": (dt.date(25, 6, 18), f"»18-06-0025«: året 0025 {TAIL}"),
    "year 1899": (dt.date(1899, 12, 31), f"»31-12-1899«: året 1899 {TAIL}"),
    "year 2101": (dt.date(2101, 1, 1), f"»01-01-2101«: året 2101 {TAIL}"),
    "year 2201": (dt.date(2201, 6, 18), f"»18-06-2201«: året 2201 {TAIL}"),
    "year 9999": (dt.date(9999, 12, 31), f"»31-12-9999«: året 9999 {TAIL}"),
}

FIRST, LAST = dt.date(1900, 1, 1), dt.date(2100, 12, 31)


def dump(path) -> str:
    """The whole database as SQL text, to prove that nothing was written."""
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()
