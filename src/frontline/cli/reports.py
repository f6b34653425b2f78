"""Commands that answer questions about the records: report, balance, project,
check (chart is in cli/charts.py).

Each parses its options into periods and a scope, calls `reports`, and hands the
result to `render`. No SQL and no arithmetic here. The report modules are
imported inside the commands so that other commands do not pay for them.
"""

from __future__ import annotations

from typing import Annotated

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
)
from frontline.cli.numbers import ascii_int
from frontline.cli.options import (
    AsOfOption,
    ByOption,
    CompareOption,
    FromOption,
    NoCompareOption,
    PeriodOption,
    ToOption,
    YearOption,
    report_spec,
)
from frontline.errors import InputError
from frontline.render.formats import OutputFormat

# `report`'s own options, by name (see `app.resolved`: not compiled from text).
ChartOption = Annotated[
    bool, typer.Option("--chart", help="Draw the buckets as a bar chart instead.")
]
CommonOption = Annotated[
    bool,
    typer.Option(
        "--common",
        help="Where several sources measure one actor, region and layer, count "
        "only the days all of them cover.",
    ),
]
RollingOption = Annotated[
    str | None,
    typer.Option(
        "--rolling",
        metavar="LENGTH",
        help="Pace: the rate over this trailing length (30d, 4w, 3m) ending on "
        "each bucket's last day, against the same length before it.",
        show_default=False,
    ),
]
PivotOption = Annotated[
    bool,
    typer.Option(
        "--pivot",
        help="One row per series, one column per bucket of --by, and a total "
        "(on a terminal the oldest buckets go first; --wide shows all).",
    ),
]


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
    chart: ChartOption = False,
    common: CommonOption = False,
    rolling: RollingOption = None,
    as_of: AsOfOption = None,
    pivot: PivotOption = False,
    fmt: FormatOption = OutputFormat.table,
    raw: RawOption = False,
    wide: WideOption = False,
) -> None:
    """Totals, coverage, rates, cumulative totals and holdings per series, and a
    comparison with the previous equal period.

    Without a window: every record, by year.

    - `frontline report --year 2024`
    - `frontline report --year 2024 --by quarter --region ukraine -f csv`
    - `frontline report --year 2024 --by month --pivot`
    """
    if chart and fmt is not OutputFormat.table:
        raise InputError("format", "--chart draws text; leave --format at table")
    if pivot and chart:
        raise InputError("pivot", "give --pivot or --chart, not both")
    if pivot and by is None:
        raise InputError("pivot", "--pivot needs --by UNIT (year, quarter, month…)")
    from frontline.api import collector_paused

    with collector_paused():
        conn, spec = report_spec(
            ctx,
            "report",
            actor=actor,
            region=region,
            layer=layer,
            source=source,
            by=by,
            compare=compare,
            no_compare=no_compare,
            rolling=rolling,
            common=common,
            year=year,
            period=period,
            start=start,
            end=end,
            as_of=as_of,
        )
        result = spec.report(conn)
        if pivot:
            from frontline.render.pivot import render_pivot

            render_pivot(result, fmt, raw)
        elif chart:
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
    from frontline.api import collector_paused
    from frontline.render.balance import render_balance

    conn, spec = report_spec(
        ctx,
        "balance",
        region=region,
        layer=layer,
        source=source,
        year=year,
        period=period,
        start=start,
        end=end,
    )
    with collector_paused():
        render_balance(spec.balance(conn), fmt, raw)


@command("project")
def project(
    ctx: typer.Context,
    until: Annotated[
        str | None,
        typer.Option(
            "--until",
            metavar="DATE",
            help="Project to the end of this day.",
            show_default=False,
        ),
    ] = None,
    reach: Annotated[
        str | None,
        typer.Option(
            "--reach",
            metavar="AREA|all",
            help="Instead: the day the holding reaches this area (km², mi², ha), "
            "or the region's whole area with 'all', at the --window rate.",
            show_default=False,
        ),
    ] = None,
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
    """Carry the trailing rate forward: the gain and the holding by a date, or
    (--reach) the day the holding reaches an area.

    - `frontline project --until 2025-01-20 --window 3m`
    - `frontline project --reach all --window 30d --region ukraine`
    """
    from frontline.api import collector_paused

    if (until is None) == (reach is None):
        raise InputError("until", "give --until DATE or --reach AREA|all (one)")
    conn, spec = report_spec(
        ctx,
        "project",
        until=until,
        window=window,
        actor=actor,
        region=region,
        layer=layer,
        source=source,
        reach=reach,
    )
    with collector_paused():
        if reach is not None:
            from frontline.render.reach import render_reach

            render_reach(spec.reach(conn), fmt, raw)
        else:
            from frontline.render.projection import render_projection

            render_projection(spec.project(conn), fmt, raw)


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
    from frontline.api import collector_paused
    from frontline.render.check import render_check

    conn, spec = report_spec(
        ctx,
        "check",
        gap=gap,
        stale=stale,
        as_of=as_of,
        actor=actor,
        region=region,
        layer=layer,
        source=source,
    )
    with collector_paused():
        render_check(spec.check(conn), fmt, raw)


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
    from frontline.api import collector_paused
    from frontline.render.held import render_held

    conn, spec = report_spec(
        ctx, "held", on=on, actor=actor, region=region, layer=layer, source=source
    )
    with collector_paused():
        render_held(spec.held(conn), fmt)


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
    from frontline.api import collector_paused
    from frontline.render.sources import render_sources

    conn, spec = report_spec(
        ctx,
        "sources",
        actor=actor,
        region=region,
        layer=layer,
        year=year,
        period=period,
        start=start,
        end=end,
        common=not own,
        against=against,
    )
    with collector_paused():
        render_sources(spec.sources(conn), fmt)
