"""``kkrdesk export ...``: Word agenda and minutes, the Excel overview.

Never imports Qt. Each kind lives in its own module: export_docx (agenda, minutes)
and cli_export_xlsx (overview)."""

from __future__ import annotations


def add_parser(sub) -> None:
    from kkrdesk.cli import export_docx as cli_export_docx
    from kkrdesk.cli import export_sor as cli_export_sor
    from kkrdesk.cli import export_xlsx as cli_export_xlsx

    export = sub.add_parser("export", help="eksportér Word- og Excel-dokumenter")
    kinds = export.add_subparsers(dest="kind", required=True, parser_class=type(export),
                                  metavar="DOKUMENT")
    cli_export_docx.add_parsers(kinds)
    cli_export_xlsx.add_parsers(kinds)
    cli_export_sor.add_parsers(kinds)
    from kkrdesk.cli import export_status as cli_export_status

    cli_export_status.add_parsers(kinds)
    from kkrdesk.cli import export_package as cli_export_package

    cli_export_package.add_parsers(kinds)
