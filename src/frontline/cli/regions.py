"""Commands about regions: their areas, which reports give shares of.

`frontline region set SLUG --area KM2 [--name …] [--note …]` and
`frontline region list`. Parse, call the library's Tracker, render: no SQL here.
"""

from __future__ import annotations

from typing import Annotated

import typer

from frontline.cli.app import FormatOption, app, command, say, session, wanted
from frontline.cli.help import HelpGroup
from frontline.render.formats import OutputFormat

region_app = typer.Typer(
    name="region",
    help="Regions and their areas: reports give totals and holdings as a share of "
    "a region whose area is known.",
    no_args_is_help=True,
    rich_markup_mode=None,
    cls=HelpGroup,
)
if wanted("region"):
    app.add_typer(region_app, name="region")


@command("set", parent=region_app, group="region")
def set_region(
    ctx: typer.Context,
    slug: Annotated[
        str, typer.Argument(metavar="SLUG", help="The region as records name it.")
    ],
    area: Annotated[
        str,
        typer.Option(
            "--area",
            metavar="AREA",
            help="Its area: 603628, 603,628 km2, 233,062 mi2.",
            show_default=False,
        ),
    ],
    name: Annotated[
        str | None,
        typer.Option("--name", help="How it is written.", show_default=False),
    ] = None,
    note: Annotated[
        str | None,
        typer.Option(
            "--note",
            metavar="TEXT",
            help="Where the area comes from.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Set a region's area (and name and note); the previous values are kept in
    history.

    - `frontline region set kursk --area 29,997 --name "Kursk Oblast"`
    """
    tracker = session(ctx).tracker()
    done = tracker.region("set", slug, area=area, name=name, note=note)
    line = f"{done['action']} region {done['slug']}: {done['area_km2']:,.10g} km²"
    say(line)


@command("list", parent=region_app, group="region")
def list_regions(ctx: typer.Context, fmt: FormatOption = OutputFormat.table) -> None:
    """The regions with an area."""
    from frontline.render.regions import render_regions

    render_regions(session(ctx).tracker().region("list"), fmt)
