"""``kkrdesk export ...``: Word agenda and minutes, the Excel overview.

Never imports Qt. Each kind lives in its own module: export_docx (agenda, minutes),
export_xlsx (overview), export_sor, export_status, export_package (pakke),
export_calendar (ics, frister) and export_invitation (invitation)."""

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
    from kkrdesk.cli import export_calendar as cli_export_calendar

    cli_export_calendar.add_parsers(kinds)
    from kkrdesk.cli import export_invitation as cli_export_invitation

    cli_export_invitation.add_parsers(kinds)
