"""The map command: gross gains and losses between two kept snapshots."""

from __future__ import annotations

from typing import Annotated

import typer

from frontline.cli.app import (
    ActorOption,
    LayerOption,
    RegionOption,
    SourceOption,
    command,
    forgive_names,
    session,
)
from frontline.render.map_diff import MapDiffFormat


@command("map-diff", no_args_is_help=True)
def map_diff(
    ctx: typer.Context,
    start: Annotated[
        str,
        typer.Option(
            "--from",
            metavar="DATE",
            help="The earlier day (its nearest snapshot at or before).",
        ),
    ],
    end: Annotated[
        str,
        typer.Option(
            "--to",
            metavar="DATE",
            help="The later day (its nearest snapshot at or before).",
        ),
    ],
    actor: ActorOption = None,
    region: RegionOption = None,
    layer: LayerOption = None,
    source: SourceOption = None,
    regions: Annotated[
        str | None,
        typer.Option(
            "--regions",
            metavar="FILE.geojson",
            help="Split gains and losses by these region boundaries.",
            show_default=False,
        ),
    ] = None,
    region_key: Annotated[
        str | None,
        typer.Option(
            "--region-key",
            metavar="PROPERTY",
            help="The boundaries' property that names each region.",
            show_default=False,
        ),
    ] = None,
    by: Annotated[
        str | None,
        typer.Option(
            "--by",
            metavar="year|quarter|month|week|day",
            help="Gained, lost and net per calendar bucket, each between the "
            "snapshots at or before its edges.",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        MapDiffFormat,
        typer.Option(
            "--format",
            "-f",
            metavar="table|csv|json|markdown|geojson",
            help="table for people; csv, json or markdown for scripts; geojson: "
            "the gained and lost polygons.",
            case_sensitive=False,
        ),
    ] = MapDiffFormat.table,
) -> None:
    """What each series gained and lost between two map snapshots, and the net.

    Compares the kept shapes of the snapshots nearest at or before --from and
    --to: gained = in the later, not the earlier; lost = the reverse; net = the
    holding change the report gives for the same days.

    - `frontline map-diff --from 2023-03-01 --to 2024-03-16`
    - `frontline map-diff --from 2024-06-30 --to 2024-12-31 --by month`
    """
    from frontline.errors import InputError
    from frontline.ingest.geojson import require_geo
    from frontline.model.records import parse_date, parse_slug
    from frontline.model.scope import Scope
    from frontline.render.map_diff import render_map_diff
    from frontline.reports.map_diff import map_diff as compute

    first, last = parse_date(start, "from"), parse_date(end, "to")
    unit = by.strip().lower() if by else None
    if unit is not None and unit not in ("year", "quarter", "month", "week", "day"):
        raise InputError("by", f"{by!r} is not one of year, quarter, month, week, day")
    scope = Scope(
        actor=parse_slug(actor, "actor") if actor else None,
        region=parse_slug(region, "region") if region else None,
        layer=parse_slug(layer, "layer") if layer else None,
        source=source.strip() if source and source.strip() else None,
    )
    if (regions is None) != (region_key is None):
        given, missing = ("regions", "region-key")
        if regions is None:
            given, missing = missing, given
        raise InputError(given, f"needs --{missing} too")
    require_geo()
    boundaries = None
    if regions is not None and region_key is not None:
        from frontline.ingest.regions import read_regions

        boundaries = read_regions(regions, region_key)
    conn = session(ctx).reader()
    scope = forgive_names(conn, scope)
    if unit is not None:
        from frontline.render.map_diff import render_map_diff_by
        from frontline.reports.map_diff import map_diff_by

        parts = map_diff_by(conn, scope, first, last, unit, boundaries)
        render_map_diff_by(parts, first, last, unit, fmt)
        return
    result = compute(conn, scope, first, last, boundaries)
    render_map_diff(result, fmt)
