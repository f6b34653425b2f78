"""The options every report command shares (window, buckets, comparison), and
the one step from a command line to a `ReportSpec` (`reports/spec.py`); and
the options of the commands that read figures as people write them:
`--decimal` (add, edit, import), `--delimiter`, `--encoding`, `--sheet` (import).

The option types are Typer annotations; `report_spec` parses them before the
database is opened (a malformed option never touches it), then resolves names
and open ends against the records.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from frontline.cli.app import session
from frontline.cli.numbers import ascii_int

if TYPE_CHECKING:
    import sqlite3

    from frontline.reports.spec import ReportSpec

BY_UNITS = ("year", "quarter", "month", "week", "day")
YearOption = Annotated[
    int | None,
    typer.Option(
        "--year",
        "-y",
        metavar="YEAR",
        click_type=ascii_int(),
        help="A calendar year: 2024.",
        show_default=False,
    ),
]
PeriodOption = Annotated[
    str | None,
    typer.Option(
        "--period",
        "-p",
        metavar="PERIOD",
        help="2024, 2024-H1, 2024-Q3, 2024-09, 2024-W36, 2024-09-01, last-30d, "
        "last-4w, last-3m, an event (invasion, invasion+3y, alaska-30d) or A..B "
        "(2024-09-01..2024-11-03); A.. runs to the latest record.",
        show_default=False,
    ),
]
FromOption = Annotated[
    str | None,
    typer.Option(
        "--from",
        metavar="DATE",
        help="First day (a date or an event: invasion+3y); alone, runs to the "
        "latest record.",
        show_default=False,
    ),
]
ToOption = Annotated[
    str | None,
    typer.Option(
        "--to", metavar="DATE", help="Last day, inclusive.", show_default=False
    ),
]
ByOption = Annotated[
    str | None,
    typer.Option(
        "--by",
        autocompletion=lambda incomplete: [
            unit for unit in BY_UNITS if unit.startswith(incomplete.lower())
        ],
        metavar="year|quarter|month|week|day",
        help="Split into calendar buckets: year, quarter, month, week (ISO) or day.",
        show_default=False,
    ),
]
CompareOption = Annotated[
    str | None,
    typer.Option(
        "--compare",
        metavar="PERIOD",
        help="Compare with this period (default: the previous equal period).",
        show_default=False,
    ),
]
NoCompareOption = Annotated[
    bool, typer.Option("--no-compare", help="Do not compare with another period.")
]


def report_spec(
    ctx: typer.Context, question: str, **options: Any
) -> tuple[sqlite3.Connection | None, ReportSpec]:
    """The reading connection and the spec the options name in it, for
    `question` (`ReportOptions.parse` takes the keywords)."""
    tracker = session(ctx).tracker()
    spec = tracker.spec(question, **options)
    return tracker.reader(), spec


AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="DATE",
        help="The day last-30d, last-4w and last-3m end on (default: the newest "
        "figure in scope).",
        show_default=False,
    ),
]


# --- figures as people write them (add, edit, import) -------------------------

DecimalOption = Annotated[
    str | None,
    typer.Option(
        "--decimal",
        metavar=".|,",
        help="The decimal mark of areas: 2.700 is 2,700 with --decimal , and 2.7 "
        "with --decimal . (a number that reads both ways is refused without it).",
        show_default=False,
    ),
]
DelimiterOption = Annotated[
    str | None,
    typer.Option(
        "--delimiter",
        metavar="CHAR",
        help="The delimiter of CSV input: , ; | or tab (default: read from the "
        "header line).",
        show_default=False,
    ),
]
EncodingOption = Annotated[
    str | None,
    typer.Option(
        "--encoding",
        metavar="NAME",
        help="The text encoding of the input (cp1252, latin-1, …); default UTF-8, "
        "with or without a byte-order mark.",
        show_default=False,
    ),
]
SheetOption = Annotated[
    str | None,
    typer.Option(
        "--sheet",
        metavar="NAME",
        help="The sheet of an .xlsx workbook to read (default: the first whose "
        "header names the fields a record needs).",
        show_default=False,
    ),
]
