"""Danish wording for argparse's own messages (usage errors and --help), so the
command line speaks the same language as the app."""

from __future__ import annotations

import argparse

DANISH = {
    "usage: ": "brug: ",
    "positional arguments": "argumenter",
    "options": "tilvalg",
    "show this help message and exit": "vis denne hjælp og afslut",
    "show program's version number and exit": "vis programmets version og afslut",
    "the following arguments are required: %s": "disse argumenter mangler: %s",
    "unrecognized arguments: %s": "ukendte argumenter: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ugyldigt valg: %(value)r (vælg mellem %(choices)s)",
    "argument %(argument_name)s: %(message)s": "tilvalget %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "ugyldig værdi: %(value)r",
    "expected one argument": "forventede ét argument",
    "expected at most one argument": "forventede højst ét argument",
    "expected at least one argument": "forventede mindst ét argument",
    "one of the arguments %s is required": "et af argumenterne %s skal angives",
    "not allowed with argument %s": "kan ikke bruges sammen med %s",
    "ambiguous option: %(option)s could match %(matches)s": "tvetydigt tilvalg: %(option)s kan være %(matches)s",
    "ignored explicit argument %r": "ignorerede argumentet %r",
}


def install() -> None:
    """Route argparse's gettext calls through the Danish table (idempotent)."""
    argparse._ = lambda text: DANISH.get(text, text)
