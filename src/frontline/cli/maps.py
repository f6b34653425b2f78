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
    session,
)
from frontline.render.map_diff import MapDiffFormat, render_map_diff


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
    spec, result = (
        session(ctx)
        .tracker()
        .map_diff_result(
            start=start,
            end=end,
            actor=actor,
            region=region,
            layer=layer,
            source=source,
            regions=regions,
            region_key=region_key,
            by=by,
        )
    )
    if isinstance(result, list):
        from frontline.render.map_diff import render_map_diff_by

        assert spec.by is not None
        render_map_diff_by(result, spec.start, spec.end, spec.by, fmt)
        return
    render_map_diff(result, fmt)
