"""Commands that answer questions about the records: report, balance, project,
check (chart is in cli/charts.py).

Each parses its options into periods and a scope, calls `reports`, and hands the
result to `render`. No SQL and no arithmetic here. The report modules are
imported inside the commands so that other commands do not pay for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from frontline.cli.app import (
    ActorOption,
    FormatOption,
    LayerOption,
    RawOption,
    RegionOption,
    SourceOption,
    WideOption,
    command,
    forgive_names,
    session,
)
from frontline.cli.numbers import ascii_int
from frontline.errors import InputError
from frontline.render.formats import OutputFormat

if TYPE_CHECKING:
    import sqlite3

    from frontline.model.periods import Period
    from frontline.store.select import Scope

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
        help="2024, 2024-Q3, 2024-09, 2024-W36, 2024-09-01 or A..B "
        "(2024-09-01..2024-11-03); A.. runs to the latest record.",
        show_default=False,
    ),
]
FromOption = Annotated[
    str | None,
    typer.Option(
        "--from",
        metavar="DATE",
        help="First day; alone, runs to the latest record.",
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


def _scope(
    actor: str | None, region: str | None, layer: str | None, source: str | None
) -> Scope:
    from frontline.model.values import parse_slug
    from frontline.store.select import Scope

    if layer:
        from frontline.model.views import parse_layer_sum
    return Scope(
        actor=parse_slug(actor, "actor") if actor else None,
        region=parse_slug(region, "region") if region else None,
        layer=parse_layer_sum(layer) if layer else None,
        source=source.strip() if source and source.strip() else None,
    )


def _window(
    conn: sqlite3.Connection | None,
    scope: Scope,
    year: int | None,
    period: str | None,
    start: str | None,
    end: str | None,
) -> tuple[Period | None, bool]:
    """The window the options name, and whether they named one at all."""
    from frontline.model.periods import bucket_of, parse_open_period
    from frontline.model.values import parse_date
    from frontline.reports.common import resolve_window

    if year is not None and period is not None:
        raise InputError("period", "give --year or --period, not both")
    if (year is not None or period is not None) and (start or end):
        raise InputError("from", "give --from/--to or --year/--period, not both")
    first = last = None
    if year is not None:
        if not 1 <= year <= 9999:
            raise InputError("year", f"{year} is not a year")
        from datetime import date

        return bucket_of(date(year, 1, 1), "year"), True
    if period is not None:
        low, high = parse_open_period(period, "period")
        first = low.start if low else None
        last = high.end if high else None
    else:
        first = parse_date(start, "from") if start else None
        last = parse_date(end, "to") if end else None
        if first and last and last < first:
            raise InputError("to", f"{last} is before --from {first}")
    if first is None and last is None:
        return None, False
    return resolve_window(conn, scope, first, last), True


def _report(
    ctx: typer.Context,
    year: int | None,
    period: str | None,
    start: str | None,
    end: str | None,
    by: str | None,
    compare: str | None,
    no_compare: bool,
    scope: Scope,
    common: bool = False,
    rolling: str | None = None,
):
    from frontline.model.periods import UNITS, parse_period
    from frontline.reports.window import PREVIOUS
    from frontline.reports.window import report as window_report

    if by is not None and by.strip().lower() not in UNITS:
        raise InputError("by", f"{by!r} is not one of {', '.join(UNITS)}")
    if compare is not None and no_compare:
        raise InputError("compare", "give --compare or --no-compare, not both")
    baseline = parse_period(compare, "compare") if compare is not None else None
    length = None
    if rolling is not None:
        from frontline.model.periods import parse_duration

        length = parse_duration(rolling, "rolling")
    conn = session(ctx).reader()
    scope = forgive_names(conn, scope)
    window, named = _window(conn, scope, year, period, start, end)
    if baseline is None and named and not no_compare:
        baseline = PREVIOUS
    return window_report(
        conn,
        scope,
        window,
        by.strip().lower() if by else None,
        baseline,
        common=common,
        rolling=length,
    )


@command("report")
def report(
    ctx: typer.Context,
    year: YearOption = None,
    period: PeriodOption = None,
    start: FromOption = None,
    end: ToOption = None,
    by: ByOption = None,
    compare: CompareOption = None,
    no_compare: NoCompareOption = False,
    actor: ActorOption = None,
    region: RegionOption = None,
    layer: LayerOption = None,
    source: SourceOption = None,
    chart: Annotated[
        bool, typer.Option("--chart", help="Draw the buckets as a bar chart instead.")
    ] = False,
    common: Annotated[
        bool,
        typer.Option(
            "--common",
            help="Where several sources measure one actor, region and layer, count "
            "only the days all of them cover.",
        ),
    ] = False,
    rolling: Annotated[
        str | None,
        typer.Option(
            "--rolling",
            metavar="LENGTH",
            help="Pace: the rate over this trailing length (30d, 4w, 3m) ending on "
            "each bucket's last day, against the same length before it.",
            show_default=False,
        ),
    ] = None,
    fmt: FormatOption = OutputFormat.table,
    raw: RawOption = False,
    wide: WideOption = False,
) -> None:
    """Totals, coverage, rates, cumulative totals and holdings per series, and a
    comparison with the previous equal period.

    Without a window: every record, by year.

    - `frontline report --year 2024`
    - `frontline report --year 2024 --by quarter --region ukraine -f csv`
    """
    if chart and fmt is not OutputFormat.table:
        raise InputError("format", "--chart draws text; leave --format at table")
    from frontline.reports.common import collector_paused

    with collector_paused():
        result = _report(
            ctx,
            year,
            period,
            start,
            end,
            by,
            compare,
            no_compare,
            _scope(actor, region, layer, source),
            common,
            rolling,
        )
        if chart:
            from frontline.render.chart import render_chart

            render_chart(result)
        else:
            from frontline.render.report import render_report

            render_report(result, fmt, raw)
        del result  # freed while the collector is paused: see collector_paused


@command("balance")
def balance(
    ctx: typer.Context,
    region: RegionOption = None,
    year: YearOption = None,
    period: PeriodOption = None,
    start: FromOption = None,
    end: ToOption = None,
    layer: LayerOption = None,
    source: SourceOption = None,
    fmt: FormatOption = OutputFormat.table,
    raw: RawOption = False,
    wide: WideOption = False,
) -> None:
    """Each actor's gains in a contested region against the others' gains there,
    paired within one source: gained, retaken, net, and the share retaken.

    Without a window: every record of the region.

    - `frontline balance --region kursk`
    """
    from frontline.render.balance import render_balance
    from frontline.reports.balance import balance
    from frontline.reports.common import collector_paused

    conn = session(ctx).reader()
    scope = forgive_names(conn, _scope(None, region, layer, source))
    window, _ = _window(conn, scope, year, period, start, end)
    with collector_paused():
        render_balance(balance(conn, scope, window), fmt, raw)


@command("project")
def project(
    ctx: typer.Context,
    until: Annotated[
        str,
        typer.Option(
            "--until",
            metavar="DATE",
            help="Project to the end of this day.",
            show_default=False,
        ),
    ],
    window: Annotated[
        str | None,
        typer.Option(
            "--window",
            metavar="PERIOD",
            help="Trailing length (90d, 12w, 3m, 1y) ending on the latest record, or a "
            "period whose rate to use. Default: 90d.",
            show_default=False,
        ),
    ] = None,
    actor: ActorOption = None,
    region: RegionOption = None,
    layer: LayerOption = None,
    source: SourceOption = None,
    fmt: FormatOption = OutputFormat.table,
    raw: RawOption = False,
    wide: WideOption = False,
) -> None:
    """Carry the trailing rate forward: the gain and the holding by a date.

    - `frontline project --until 2025-01-20 --window 3m`
    """
    from frontline.model.periods import parse_duration, parse_period
    from frontline.model.values import parse_date
    from frontline.render.projection import render_projection
    from frontline.reports.common import collector_paused
    from frontline.reports.projection import DEFAULT_TRAILING_DAYS
    from frontline.reports.projection import project as project_forward

    target = parse_date(until, "until")
    length: object = DEFAULT_TRAILING_DAYS
    if window is not None:
        text = window.strip().lower()
        if text and text[-1] in "dwmy" and text[:-1].strip().isdigit():
            length = parse_duration(window, "window")
        else:
            length = parse_period(window, "window")
    conn = session(ctx).reader()
    scope = forgive_names(conn, _scope(actor, region, layer, source))
    with collector_paused():
        result = project_forward(conn, scope, target, length)  # type: ignore[arg-type]
        render_projection(result, fmt, raw)


@command("check")
def check(
    ctx: typer.Context,
    actor: ActorOption = None,
    region: RegionOption = None,
    layer: LayerOption = None,
    source: SourceOption = None,
    gap: Annotated[
        int | None,
        typer.Option(
            "--gap",
            metavar="DAYS",
            click_type=ascii_int(minimum=1),
            help="List runs of at least this many days without a figure (default: "
            "3 for a daily series, else 3× its median spacing).",
            show_default=False,
        ),
    ] = None,
    stale: Annotated[
        int | None,
        typer.Option(
            "--stale",
            metavar="DAYS",
            click_type=ascii_int(minimum=0),
            help="List series whose last figure is more than this many days older "
            "than the newest figure in the database (or --as-of).",
            show_default=False,
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="DATE",
            help="The day --stale counts from.",
            show_default=False,
        ),
    ] = None,
    fmt: FormatOption = OutputFormat.table,
    raw: RawOption = False,
    wide: WideOption = False,
) -> None:
    """List crossing records, children larger than their parent, holdings that
    contradict changes, figures their children contradict, gaps, and (with
    --stale) series that stopped publishing.

    - `frontline check --source ISW`
    """
    from frontline.model.values import parse_date
    from frontline.render.check import render_check
    from frontline.reports.check import check as check_series
    from frontline.reports.common import collector_paused

    if as_of is not None and stale is None:
        raise InputError("as-of", "--as-of goes with --stale N")
    day = parse_date(as_of, "as-of") if as_of is not None else None
    conn = session(ctx).reader()
    scope = forgive_names(conn, _scope(actor, region, layer, source))
    with collector_paused():
        result = check_series(conn, scope, gap=gap, stale=stale, as_of=day)
        render_check(result, fmt, raw)


@command("held")
def held(
    ctx: typer.Context,
    on: Annotated[
        list[str],
        typer.Option(
            "--on",
            metavar="DATE",
            help="A day (repeat --on for several): the area held at its end.",
            show_default=False,
        ),
    ],
    actor: ActorOption = None,
    region: RegionOption = None,
    layer: LayerOption = None,
    source: SourceOption = None,
    fmt: FormatOption = OutputFormat.table,
    wide: WideOption = False,
) -> None:
    """The area each series held at the end of a day: the last snapshot plus the
    changes since, or the last holding known, as of its day, and how stale it is.

    - `frontline held --on 2024-11-01 --on 2024-12-31 --region ukraine -f csv`
    """
    from frontline.model.values import parse_date
    from frontline.render.held import render_held
    from frontline.reports.common import collector_paused
    from frontline.reports.held import held as held_on

    days = [parse_date(day, "on") for day in on]
    conn = session(ctx).reader()
    scope = forgive_names(conn, _scope(actor, region, layer, source))
    with collector_paused():
        render_held(held_on(conn, scope, days), fmt)


@command("sources")
def sources(
    ctx: typer.Context,
    year: YearOption = None,
    period: PeriodOption = None,
    start: FromOption = None,
    end: ToOption = None,
    actor: ActorOption = None,
    region: RegionOption = None,
    layer: LayerOption = None,
    own: Annotated[
        bool,
        typer.Option(
            "--own/--common",
            help="Count each source's own covered days (default: only the days "
            "every listed source covers).",
        ),
    ] = False,
    against: Annotated[
        str | None,
        typer.Option(
            "--against",
            metavar="NAME",
            help="The source the others are compared with (default: the first).",
            show_default=False,
        ),
    ] = None,
    fmt: FormatOption = OutputFormat.table,
    wide: WideOption = False,
) -> None:
    """The same actor, region and layer as each source measures it, side by side:
    change, rate and holding over the same days, and the difference from one
    source.

    Without a window: every record.

    - `frontline sources --period 2024-11-17..2024-11-18 --region ukraine`
    """
    from frontline.render.sources import render_sources
    from frontline.reports.common import collector_paused
    from frontline.reports.sources import sources as compare_sources

    conn = session(ctx).reader()
    scope = forgive_names(conn, _scope(actor, region, layer, None))
    window, _ = _window(conn, scope, year, period, start, end)
    reference = against.strip() if against and against.strip() else None
    with collector_paused():
        result = compare_sources(conn, scope, window, common=not own, against=reference)
        render_sources(result, fmt)
