"""Danish wording for the operating system's file errors and SQLite's error codes.

The words come from the error number (errno) or SQLite's error code, never from the
English text the system attaches, so a user never reads "Permission denied" inside
a Danish sentence."""

from __future__ import annotations

import errno
import sqlite3

_REASONS = {
    errno.ENOENT: "findes ikke",
    errno.EEXIST: "findes allerede",
    errno.ENOTDIR: "er ikke en mappe",
    errno.EISDIR: "er en mappe",
    errno.EACCES: "må ikke bruges (adgang nægtet)",
    errno.EPERM: "må ikke bruges (adgang nægtet)",
    errno.EROFS: "ligger på et skrivebeskyttet drev",
    errno.ENOSPC: "kan ikke skrives: disken er fuld",
    errno.EDQUOT: "kan ikke skrives: din diskkvote er brugt op",
    errno.EFBIG: "kan ikke skrives: filen bliver for stor",
    errno.ENAMETOOLONG: "har et for langt navn",
    errno.ELOOP: "peger i ring (for mange symbolske henvisninger)",
    errno.EBUSY: "er i brug af et andet program",
    errno.ETXTBSY: "er i brug af et andet program",
    errno.EMFILE: "kan ikke åbnes: programmet har for mange filer åbne",
    errno.ENFILE: "kan ikke åbnes: systemet har for mange filer åbne",
    errno.EIO: "kan ikke læses eller skrives (fejl på drevet)",
    errno.ENXIO: "er ikke en almindelig fil (en enhed eller et rør uden modtager)",
    errno.ENODEV: "er ikke en almindelig fil (en enhed)",
    errno.EXDEV: "ligger på et andet drev end den midlertidige fil",
    errno.EINVAL: "kan ikke bruges (ugyldigt navn eller ugyldig handling)",
    errno.ENOMEM: "kan ikke behandles: der er ikke nok hukommelse",
}


def reason(exc: OSError) -> str:
    """The Danish predicate for an OSError: 'er en mappe', 'kan ikke skrives: disken er fuld'."""
    return _REASONS.get(exc.errno or -1, "kan ikke bruges (systemfejl)")


def describe(exc: OSError) -> str:
    """'Stien /x/y findes allerede.' — never the system's English wording."""
    where = exc.filename or ""
    return f"Stien {where} {reason(exc)}." if where else f"Filen {reason(exc)}."


# SQLite's primary result codes (https://sqlite.org/rescode.html) and the extended
# constraint codes a user can meet.
_SQLITE = {
    1: "databasen afviste handlingen (SQL-fejl)",
    2: "der opstod en intern fejl i databasen",
    3: "adgang til databasefilen blev nægtet",
    4: "handlingen blev afbrudt",
    5: "databasen er optaget af et andet program; prøv igen om lidt",
    6: "databasen er optaget; prøv igen om lidt",
    7: "der er ikke nok hukommelse",
    8: "databasen er skrivebeskyttet",
    9: "handlingen blev afbrudt",
    10: "databasefilen kunne ikke læses eller skrives (fejl på drevet)",
    11: "databasen er beskadiget",
    12: "databasen fandt ikke det ventede",
    13: "databasen eller disken er fuld",
    14: "databasefilen kan ikke åbnes",
    15: "databasens låsning fejlede",
    16: "databasen er tom",
    17: "databasens opbygning blev ændret undervejs; prøv igen",
    18: "teksten eller værdien er for stor",
    19: "ændringen bryder en regel i databasen",
    20: "en værdi har den forkerte type",
    21: "databasen blev brugt forkert af programmet",
    22: "styresystemet understøtter ikke en nødvendig funktion",
    23: "adgang nægtet",
    25: "en værdi er uden for det tilladte område",
    26: "filen er ikke en database",
}
_SQLITE_EXTENDED = {
    275: "en værdi er ikke tilladt (kontrolregel)",
    787: "en række henviser til noget, der ikke findes (fremmednøgle)",
    1299: "et påkrævet felt mangler",
    1555: "rækken findes allerede",
    2067: "værdien findes allerede og skal være entydig",
    1032: "databasen er skrivebeskyttet",
    264: "databasen er skrivebeskyttet (den kan ikke gendannes her)",
}
# Errors without a code (older Python or a driver that drops it): match the English text.
_SQLITE_TEXT = {
    "foreign key constraint failed": 787,
    "unique constraint failed": 2067,
    "not null constraint failed": 1299,
    "check constraint failed": 275,
    "database or disk is full": 13,
    "unable to open database file": 14,
    "database is locked": 5,
    "attempt to write a readonly database": 8,
    "file is not a database": 26,
    "database disk image is malformed": 11,
    "disk i/o error": 10,
}


def sqlite_reason(exc: BaseException) -> str:
    """A Danish phrase for a sqlite3 error (or a SQLAlchemy error wrapping one)."""
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorcode", None)
    if code is None:
        text = str(orig).lower()
        code = next((c for key, c in _SQLITE_TEXT.items() if key in text), None)
    if code is None:
        return "databasen afviste handlingen" if isinstance(orig, sqlite3.Error) \
            else "databasen kunne ikke bruges"
    return _SQLITE_EXTENDED.get(code) or _SQLITE.get(code & 0xFF, "databasen afviste handlingen")
