"""`frontline records`: each series' largest and smallest bucket, the latest
bucket's rank, what it is the largest since, and its streaks.

Parse, call the Tracker's spec, render: no arithmetic here.
"""

from __future__ import annotations

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
from frontline.cli.options import (
    AsOfOption,
    ByOption,
    FromOption,
    PeriodOption,
    ToOption,
    YearOption,
    report_spec,
)
from frontline.render.formats import OutputFormat


@command("records")
def records(
    ctx: typer.Context,
    by: ByOption = None,
    year: YearOption = None,
    period: PeriodOption = None,
    start: FromOption = None,
    end: ToOption = None,
    actor: ActorOption = None,
    region: RegionOption = None,
    layer: LayerOption = None,
    source: SourceOption = None,
    as_of: AsOfOption = None,
    fmt: FormatOption = OutputFormat.table,
    raw: RawOption = False,
    wide: WideOption = False,
) -> None:
    """Records and streaks over buckets (default: by month): the largest and
    smallest, the latest's rank and what it is the largest since, how many
    buckets in a row rose, gained or lost.

    - `frontline records --by month --region ukraine`
    - `frontline records --by week --year 2024 -f json`
    """
    from frontline.api import collector_paused
    from frontline.render.extremes import render_records

    conn, spec = report_spec(
        ctx,
        "records",
        actor=actor,
        region=region,
        layer=layer,
        source=source,
        by=by or "month",
        year=year,
        period=period,
        start=start,
        end=end,
        as_of=as_of,
    )
    with collector_paused():
        render_records(spec.records(conn), fmt, raw)
