"""Options shared by the commands that read figures as people write them:
`--decimal` (add, edit, import), `--delimiter` and `--encoding` (import)."""

from __future__ import annotations

from typing import Annotated

import typer

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
