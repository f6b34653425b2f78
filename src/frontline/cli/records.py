"""Commands that keep the record store: db, seed, add, list, show, edit, rm,
history, restore. Each parses its options, calls the library's Tracker
(`frontline.api`), and renders."""

from __future__ import annotations

import re
from typing import Annotated, Any

import typer

from frontline.cli.app import (
    ActorOption,
    FormatOption,
    KindOption,
    LayerOption,
    RawOption,
    RegionOption,
    SourceOption,
    WideOption,
    command,
    plain_text_type,
    say,
    session,
)
from frontline.cli.help import HelpCommand
from frontline.cli.numbers import ascii_int
from frontline.cli.options import DecimalOption
from frontline.errors import InputError
from frontline.model.records import FIELD_NAMES
from frontline.render.formats import Column, OutputFormat, escape_control, write_json
from frontline.render.text import emit, format_area

# A record as the library gives it: `Record.to_row()`, `show -f json`.
Row = dict[str, Any]

RECORD_COLUMNS = (
    Column("id", "id", numeric=True),
    Column("kind", "kind"),
    Column("actor", "actor"),
    Column("region", "region"),
    Column("layer", "layer"),
    Column("start", "start"),
    Column("end", "end"),
    Column("area", "km²", numeric=True),
    Column("source", "source", wrap=True),
)

# Provenance options that `add` and `edit` share.
UrlOption = Annotated[
    str | None, typer.Option("--url", metavar="URL", help="Where it was published.")
]
PublishedOption = Annotated[
    str | None, typer.Option("--published", metavar="DATE", help="Publication date.")
]
NoteOption = Annotated[
    str | None,
    typer.Option("--note", metavar="TEXT", help="Free text: the sentence quoted."),
]
FromOption = Annotated[
    str | None,
    typer.Option("--from", metavar="DATE", help="First day (ISO or '1 Sep 2024')."),
]
ToOption = Annotated[
    str | None, typer.Option("--to", metavar="DATE", help="Last day, inclusive.")
]
# No range check here: `show 0` is answered "no record #0" by the store.
IdArgument = Annotated[
    int,
    typer.Argument(
        metavar="ID", help="Record id.", click_type=ascii_int(metavar=False)
    ),
]
OnOption = Annotated[
    str | None,
    typer.Option("--on", metavar="DATE", help="A single day: sets --from and --to."),
]


def _table_row(record: Row) -> dict[str, str]:
    row = {key: "" if value is None else str(value) for key, value in record.items()}
    row["area"] = format_area(record["area_km2"], record["bound"])
    return row


def emit_records(
    records: list[Row], fmt: OutputFormat, empty: str, raw: bool = False
) -> None:
    """Records as the Tracker gives them (`Record.to_row()`: `show -f json`)."""
    emit(
        fmt,
        data_rows=records,
        keys=FIELD_NAMES,
        table_rows=[_table_row(record) for record in records],
        columns=RECORD_COLUMNS,
        empty=empty,
        raw=raw,
    )


def emit_record(record: Row, fmt: OutputFormat, raw: bool = False) -> None:
    """One record for scripts: a JSON object (not a list), or a one-row table."""
    if fmt is OutputFormat.json:
        write_json(record)
    else:
        emit_records([record], fmt, empty="", raw=raw)


@command("db")
def db_info(ctx: typer.Context, fmt: FormatOption = OutputFormat.table) -> None:
    """Show which database file is in use, its schema version and its size."""
    info = session(ctx).tracker().info()
    if fmt is OutputFormat.table:
        version, name = info["schema_version"], info["schema_name"]
        lines = [
            f"database: {info['path']}",
            f"chosen by: {info['chosen_by']}",
            f"schema: {version} ({name})"
            if info["exists"]
            else "schema: (not created yet)",
            f"records: {info['records']:,}",
            f"earlier versions kept: {info['history_versions']:,}",
        ]
        typer.echo("\n".join(escape_control(line) for line in lines))
        return
    emit(
        fmt,
        data_rows=[info],
        keys=list(info),
        table_rows=[{k: str(v) for k, v in info.items()}],
        columns=[Column(k, k) for k in info],
        json_data=info,
    )


@command("seed")
def seed(ctx: typer.Context) -> None:
    """Load the bundled seed dataset (the figures of the founding articles).

    Running it again adds nothing: figures already stored are recognised by their
    natural key.
    """
    seeded = session(ctx).tracker().seed()
    for what in ("records", "regions", "events"):
        added, present, name = seeded[what]
        # The named events ship with the schema too (migrations/0008), so on a
        # new database they are present before the seed is read: say why.
        why = "; a new database has them" if what == "events" else ""
        say(f"seed: {added} added, {present} already present ({name}{why})")


class _AreaCommand(HelpCommand):
    """`add`, whose AREA may start with `-`: `add -5ha …` would otherwise be read
    as the options `-5`, `-h` (help, exit 0) and `-a`. An argument that is not an
    option's value and looks like a negative number is the area, refused here
    with the area's own message before any option is parsed."""

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:
        takes_value = {
            name
            for param in self.params
            if getattr(param, "is_flag", None) is False  # an option with a value
            for name in (*param.opts, *param.secondary_opts)
        }
        expect_value = False
        for arg in args:
            if expect_value:
                expect_value = False
            elif arg == "--":
                break
            elif arg in takes_value:
                expect_value = True
            elif _NEGATIVE.match(arg):
                from frontline.cli.app import fail
                from frontline.model.records import shown

                raise fail(
                    InputError(
                        "area",
                        f"{shown(arg)} is negative; record a loss as the other "
                        "actor's gain",
                    )
                )
        return super().parse_args(ctx, args)


_NEGATIVE = re.compile(r"[-\u2212]\s*[0-9.,]")


@command("add", cls=_AreaCommand)
def add(
    ctx: typer.Context,
    area: Annotated[
        str,
        typer.Argument(
            metavar="AREA",
            click_type=plain_text_type(),
            help="Area: 2700, 2,700.5, ~2700 (approx), >1000 or 1000+ (at least), "
            "<500 (at most); units km2 (default), mi2, ha. 2.700 or 1,171 read "
            "two ways: say which with --decimal.",
            show_default=False,
        ),
    ],
    actor: Annotated[
        str, typer.Option("--actor", metavar="NAME", help="Who gained / holds.")
    ],
    region: Annotated[str, typer.Option("--region", metavar="NAME", help="Where.")],
    start: FromOption = None,
    end: ToOption = None,
    on: OnOption = None,
    period: Annotated[
        str | None,
        typer.Option(
            "--period",
            "-p",
            metavar="PERIOD",
            help="A whole period instead of --from/--to: 2024, 2024-Q3, 2024-09, "
            "2024-W36 or A..B.",
            show_default=False,
        ),
    ] = None,
    holding: Annotated[
        bool, typer.Option("--holding", help="Area held on the day, not gained.")
    ] = False,
    layer: Annotated[
        str, typer.Option("--layer", metavar="NAME", help="Kind of control measured.")
    ] = ("control"),
    source: Annotated[
        str, typer.Option("--source", metavar="NAME", help="Who published it.")
    ] = "",
    url: UrlOption = None,
    published: PublishedOption = None,
    note: NoteOption = None,
    approx: Annotated[
        bool, typer.Option("--approx", help="Approximate figure.")
    ] = False,
    at_least: Annotated[
        bool, typer.Option("--at-least", help="A lower bound.")
    ] = False,
    at_most: Annotated[bool, typer.Option("--at-most", help="An upper bound.")] = False,
    replace: Annotated[
        bool, typer.Option("--replace", help="Update the figure if it already exists.")
    ] = False,
    decimal: DecimalOption = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Record one figure and print its id. AREA is exact, approximate or a bound:

    - `frontline add 465 --actor russia --region ukraine --from 2023-01-01
      --to 2023-12-31 --source ISW`
    - `frontline add "~2700" --actor russia --region ukraine --from 2024-01-01
      --to "19 Nov 2024"`
    - `frontline add ">1000" --actor russia --region ukraine --from 2024-09-01
      --to 2024-11-03`
    - `frontline add 110649 --holding --actor russia --region ukraine
      --on 2024-11-19`
    """
    from frontline.model.decimals import check_decimal_option, read_number
    from frontline.model.records import figure

    record = figure(
        read_number(area, check_decimal_option(decimal)),
        actor=actor,
        region=region,
        start=start,
        end=end,
        on=on,
        period=period,
        holding=holding,
        layer=layer,
        source=source,
        url=url,
        published=published,
        note=note,
        approx=approx,
        at_least=at_least,
        at_most=at_most,
    )
    tracker = session(ctx).tracker()
    added, summary = tracker.add_record(record, replace=replace)
    stored = added.to_row()
    _warn_early_publication(stored)
    if summary.unchanged:
        say(f"already recorded as #{added.id}; nothing added")
    elif summary.updated:
        say(f"updated #{added.id} (the previous version is in history)")
    if fmt is OutputFormat.table:
        typer.echo(str(added.id))
    else:
        emit_record(stored, fmt)


def _warn_early_publication(record: Row) -> None:
    """A figure cannot be published before the last day it counts: most often
    --published and --to were swapped, or the year is wrong. Kept (a source may
    really have dated it so), but said."""
    # ISO days: their text sorts as the days do.
    if record["published"] is None or record["published"] >= record["end"]:
        return
    say(
        f"warning: #{record['id']} is published {record['published']}, before "
        f"its last day {record['end']}; check --published and the dates",
        label=("warning:", "yellow"),
    )


@command("show")
def show(
    ctx: typer.Context,
    record_id: IdArgument,
    fmt: FormatOption = OutputFormat.table,
    raw: RawOption = False,
    wide: WideOption = False,
) -> None:
    """Show one record with every field.

    - `frontline show 3`
    """
    record = session(ctx).tracker().show(record_id)
    if fmt is OutputFormat.table:
        from frontline.render.table import terminal_width, wrap_text

        row = dict(record)
        row["area_km2"] = f"{format_area(record['area_km2'], record['bound'])} km²"
        width = max(len(key) for key in row)
        limit = terminal_width()
        for key, value in row.items():
            shown = "" if value is None else escape_control(str(value))
            text = f"{key:<{width}}  {shown}".rstrip()
            typer.echo(wrap_text(text, limit, indent=" " * (width + 2)))
        return
    emit_record(record, fmt, raw)


@command("edit")
def edit(
    ctx: typer.Context,
    record_id: IdArgument,
    area: Annotated[
        str | None,
        typer.Option("--area", metavar="AREA", help="New area, as for `add`."),
    ] = None,
    actor: ActorOption = None,
    region: RegionOption = None,
    layer: LayerOption = None,
    source: SourceOption = None,
    start: FromOption = None,
    end: ToOption = None,
    on: OnOption = None,
    kind: KindOption = None,
    url: UrlOption = None,
    published: PublishedOption = None,
    note: NoteOption = None,
    approx: Annotated[
        bool, typer.Option("--approx", help="Mark the figure approximate.")
    ] = False,
    at_least: Annotated[
        bool, typer.Option("--at-least", help="Mark the figure a lower bound.")
    ] = False,
    at_most: Annotated[
        bool, typer.Option("--at-most", help="Mark the figure an upper bound.")
    ] = False,
    exact: Annotated[
        bool, typer.Option("--exact", help="Mark the figure exact.")
    ] = False,
    decimal: DecimalOption = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Change any field of a record; the previous version is kept in history.

    - `frontline edit 8 --area 125 --note "revised"`
    - `frontline edit 8 --to 2024-10-30 --exact`
    """
    from frontline.model.decimals import check_decimal_option, read_number
    from frontline.model.records import bound_flag, figure_dates

    bound = bound_flag(approx, at_least, at_most)
    if exact:
        if bound:
            raise InputError(
                "bound", "give only one of --exact, --approx, --at-least, --at-most"
            )
        bound = "exact"
    changes: dict[str, object] = {
        key: value
        for key, value in {
            "area": read_number(area, check_decimal_option(decimal)),
            "actor": actor,
            "region": region,
            "layer": layer,
            "source": source,
            "kind": kind,
            "url": url,
            "published": published,
            "note": note,
            "bound": bound,
            **figure_dates(on, start, end),
        }.items()
        if value is not None
    }
    if not changes:
        raise InputError(None, "nothing to change: give at least one field option")
    updated, changed = session(ctx).tracker().change(record_id, changes)
    if not changed:
        say(
            f"nothing changed: #{record_id} already has these values; "
            "no version written",
        )
        if fmt is not OutputFormat.table:
            emit_record(updated, fmt)
        return
    _warn_early_publication(updated)
    say(
        f"edited #{record_id}: {_area(updated)} km² {updated['start']}.."
        f"{updated['end']} (previous version kept: frontline history {record_id})",
    )
    if fmt is not OutputFormat.table:
        emit_record(updated, fmt)


@command("rm")
def remove(
    ctx: typer.Context,
    record_id: IdArgument,
) -> None:
    """Remove a record. It stays in history and `frontline restore ID` brings it
    back.

    - `frontline rm 8`
    - `frontline restore 8`
    """
    record = session(ctx).tracker().rm(record_id)
    say(
        f"removed #{record_id} ({_area(record)} km², {_series(record)}, "
        f"{record['start']}..{record['end']}); "
        f"undo with: frontline restore {record_id}",
    )


@command("restore")
def restore(
    ctx: typer.Context,
    record_id: IdArgument,
    version: Annotated[
        int | None,
        typer.Option(
            "--version",
            metavar="N",
            help="Which saved version (default: the latest).",
            click_type=ascii_int(),
        ),
    ] = None,
) -> None:
    """Bring back a removed record, or an earlier version of an edited one.

    - `frontline restore 8`
    - `frontline restore 8 --version 1`
    """
    record = session(ctx).tracker().restore(record_id, version)
    say(
        f"restored #{record_id}: {_area(record)} km² {_series(record)} "
        f"{record['start']}..{record['end']}",
    )


def _area(record: Row) -> str:
    return format_area(record["area_km2"], record["bound"])


def _series(record: Row) -> str:
    return f"{record['actor']}/{record['region']}"
