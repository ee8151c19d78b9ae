"""``kkrdesk search --db PATH ORD …``: what the window's search field finds, grouped by
kind, on standard output. Read-only, so it works while the app has the file open.
Exit 0 when something was found, 1 when nothing was (or the database cannot be read),
2 when there is no word to look for."""

from __future__ import annotations

from kkrdesk.cli.places import place
from kkrdesk.cli.usage import UsageError

DEFAULT_LIMIT = 10


def add_parser(sub) -> None:
    """Register ``search`` (set ``handler`` on its parser)."""
    p = sub.add_parser(
        "search", help="søg i møder, dagsordenspunkter, referater, personer, organisationer, "
                       "SOR-forslag, høringer og projekter",
        description="Søg i alt, som søgefeltet i vinduet (Ctrl+F) gør: hvert ord skal findes "
                    "som begyndelsen af et ord (»æld« finder »ældre«); store og små bogstaver "
                    "er ét; æ, ø og å er bogstaver for sig, og »aa« er »å« (Aarhus = Århus). "
                    "Databasen åbnes kun til læsning.")
    p.add_argument("--db", type=place, required=True, dest="search_db", metavar="STI",
                   help="databasefilen (skal findes; åbnes kun til læsning) eller "
                        "databasens adresse (postgresql+psycopg://…)")
    p.add_argument("words", nargs="+", metavar="ORD", help="det, der søges efter")
    p.add_argument("--limit", type=_limit, default=DEFAULT_LIMIT, metavar="N",
                   help=f"vis højst N fund af hver slags (standard {DEFAULT_LIMIT})")
    p.set_defaults(handler=_search)


def _limit(text: str) -> int:
    import argparse

    if not text.isdigit() or not 1 <= int(text) <= 1000:
        raise argparse.ArgumentTypeError(f"skal være et helt tal fra 1 til 1000: {text!r}")
    return int(text)


def _search(args) -> int:
    from kkrdesk.cli.lines import one_line
    from kkrdesk.services.database import open_for_reading
    from kkrdesk.services.search.find import search
    from kkrdesk.services.search.words import terms

    asked = " ".join(args.words)
    if not terms(asked):
        raise UsageError(f"der er intet ord at søge efter i {asked!r} (et ord har bogstaver "
                         "eller tal)")
    with open_for_reading(args.search_db) as store:
        result = search(store, asked, per_kind=args.limit)
    if not result.groups:
        print(f"Intet fundet for »{one_line(asked)}«.")
        return 1
    for line in report_lines(result):
        print(one_line(line))
    return 0


def report_lines(result) -> list[str]:
    """The result as the command prints it: a heading per kind, then one line per hit
    (title, then where it is) and the words around the match beneath it."""
    n = result.total
    lines = [f"Søgning efter »{result.text}«: {n} fund"]
    for group in result.groups:
        lines += ["", f"{group.label} ({group.total})"]
        for hit in group.hits:
            lines.append(f"  {hit.title}" + (f"  ({hit.context})" if hit.context else ""))
            if hit.excerpt:
                lines.append(f"      {hit.excerpt}")
        if group.total > len(group.hits):
            lines.append(f"  … og {group.total - len(group.hits)} flere")
    return lines
