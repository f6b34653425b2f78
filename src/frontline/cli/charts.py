"""The chart command: the report's buckets drawn as bars or lines in the
terminal, or written as a publication chart (SVG, PNG, HTML).

It shares the report's options (cli/options.py), builds the same `ReportSpec`
and hands the report to render/chart.py or render/chart_file.py. No SQL and no
arithmetic here.
"""

from __future__ import annotations

from typing import Annotated

import typer

from frontline.cli.app import (
    ActorOption,
    LayerOption,
    RegionOption,
    SourceOption,
    command,
    say,
    session,
)
from frontline.cli.options import (
    ByOption,
    FromOption,
    PeriodOption,
    ToOption,
    YearOption,
    report_spec,
)
from frontline.errors import InputError


@command("chart")
def chart(
    ctx: typer.Context,
    year: YearOption = None,
    period: PeriodOption = None,
    start: FromOption = None,
    end: ToOption = None,
    by: ByOption = None,
    actor: ActorOption = None,
    region: RegionOption = None,
    layer: LayerOption = None,
    source: SourceOption = None,
    cumulative: Annotated[
        bool,
        typer.Option(
            "--cumulative", help="Draw the running total at each bucket's end."
        ),
    ] = False,
    held: Annotated[
        bool, typer.Option("--held", help="Draw the area held at each bucket's end.")
    ] = False,
    rolling: Annotated[
        str | None,
        typer.Option(
            "--rolling",
            metavar="LENGTH",
            help="Draw the rate over this trailing length (30d, 4w, 3m) ending on "
            "each bucket's last day, in km²/day.",
            show_default=False,
        ),
    ] = None,
    title: Annotated[
        str | None,
        typer.Option(
            "--title",
            metavar="TEXT",
            help="The chart file's title (with -o).",
            show_default=False,
        ),
    ] = None,
    credit: Annotated[
        str | None,
        typer.Option(
            "--credit",
            metavar="TEXT",
            help="A credit line at the chart file's foot: 'Chart: The Desk' (with -o).",
            show_default=False,
        ),
    ] = None,
    size: Annotated[
        str | None,
        typer.Option(
            "--size",
            metavar="WxH",
            help="The chart file's size in pixels (PNG; SVG and HTML keep its "
            "aspect). Default: 1200x675.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="Write a publication chart to PATH (.svg, .png or .html; needs "
            "the charts extra) instead of drawing in the terminal.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Draw the report's buckets as bars, labelled with their figures: the gain in
    each bucket, or with --cumulative the running total, or with --held the area
    held, or with --rolling 30d the trailing rate in km²/day. The bars fill the
    terminal's width; `-o FILE` writes the same figures as a chart for a page
    instead.

    - `frontline chart --year 2024 --by month --region ukraine`
    - `frontline chart --year 2024 --by month --region ukraine -o gains.svg`
    """
    from frontline.api import collector_paused

    if cumulative and held:
        raise InputError("held", "give --cumulative or --held, not both")
    if rolling is not None and (cumulative or held):
        raise InputError("rolling", "give one of --cumulative, --held, --rolling")
    for name, value in (("title", title), ("credit", credit), ("size", size)):
        if value is not None and output is None:
            raise InputError(name, f"--{name} goes with -o FILE")
    pixels = parse_size(size) if size is not None else None
    kind = "cumulative" if cumulative else "held" if held else "bars"
    if rolling is not None:
        kind = "rolling"
    with collector_paused():
        conn, spec = report_spec(
            ctx,
            "chart",
            actor=actor,
            region=region,
            layer=layer,
            source=source,
            by=by,
            no_compare=True,
            rolling=rolling,
            year=year,
            period=period,
            start=start,
            end=end,
        )
        result = spec.report(conn)
        if output is not None:
            looks = {"title": title, "credit": credit, "size": pixels}
            _write_chart_file(ctx, result, kind, output, looks)
        else:
            from frontline.render.chart import render_chart

            render_chart(result, kind)
        del result  # freed while the collector is paused: see collector_paused


def parse_size(text: str) -> tuple[int, int]:
    """`1200x675` (or `1200×675`): width and height in pixels, each 100..10000."""
    import re

    match = re.fullmatch(r"\s*(\d{1,5})\s*[x×X]\s*(\d{1,5})\s*", text, re.ASCII)
    if match is None:
        raise InputError("size", f"{text!r} is not WIDTHxHEIGHT in pixels (1200x675)")
    width, height = int(match[1]), int(match[2])
    if not (100 <= width <= 10000 and 100 <= height <= 10000):
        raise InputError("size", f"{text!r}: each side must be 100 to 10000 pixels")
    return width, height


def _write_chart_file(
    ctx: typer.Context,
    result: object,
    kind: str,
    output: str,
    looks: dict | None = None,
):
    """The report as a publication chart; one line on stderr says what was
    written. Never over the database, and never a chart without a figure: a
    nightly job would publish an empty picture (exit 1 instead)."""
    import logging
    import warnings
    from pathlib import Path

    from frontline.errors import FrontlineError
    from frontline.render.chart_file import write_chart
    from frontline.render.chart_spec import chart_spec

    session(ctx).tracker().refuse_output(output, "the chart")
    spec = chart_spec(result, kind, **(looks or {}))  # type: ignore[arg-type]
    points = sum(
        1 for series in spec.series for p in series.points if p.value is not None
    )
    if not points:
        window = f" in {spec.period}" if spec.period else ""
        raise FrontlineError(f"no figures to draw{window}; {output} not written")
    # matplotlib warns on stderr in its own words, through `warnings` and its
    # logger: said here instead, escaped, once each.
    logged: list[str] = []

    class Collected(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            logged.append(record.getMessage())

    handler = Collected(logging.WARNING)
    logger = logging.getLogger("matplotlib")
    logger.addHandler(handler)
    propagate, logger.propagate = logger.propagate, False
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            write_chart(spec, Path(output))
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate
    said = [str(warning.message) for warning in caught] + logged
    for message in dict.fromkeys(said):
        say(f"warning: {message}")
    count = len(spec.series)
    figures = "1 figure" if points == 1 else f"{points:,} figures"
    say(f"chart: wrote {output} ({count:,} series, {figures})")
