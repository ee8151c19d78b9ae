"""Danish sentences for the operating system's file errors."""

from __future__ import annotations

import errno

_REASONS = {
    errno.ENOENT: "findes ikke",
    errno.EEXIST: "findes allerede",
    errno.ENOTDIR: "er ikke en mappe",
    errno.EISDIR: "er en mappe",
    errno.EACCES: "må ikke bruges (adgang nægtet)",
    errno.EPERM: "må ikke bruges (adgang nægtet)",
    errno.EROFS: "ligger på et skrivebeskyttet drev",
    errno.ENOSPC: "kan ikke skrives: disken er fuld",
    errno.ENAMETOOLONG: "har et for langt navn",
}


def describe(exc: OSError) -> str:
    """'Stien /x/y findes allerede.' — never the system's English wording."""
    where = exc.filename or ""
    reason = _REASONS.get(exc.errno or -1, "kan ikke bruges")
    return f"Stien {where} {reason}." if where else f"Filen {reason}."
