"""Named events: days a report can be asked about by name (`--from invasion`,
`--period invasion+3y..invasion+4y-1d`, `--period alaska..`).

`frontline event add NAME DATE [--source …] [--note …]`, `event list`,
`event rm NAME`. Parse, call the Tracker, render.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from frontline.cli.app import FormatOption, app, command, say, session, wanted
from frontline.cli.help import HelpGroup
from frontline.render.formats import OutputFormat

if TYPE_CHECKING:
    from frontline.api import Tracker

event_app = typer.Typer(
    name="event",
    help="Named days (invasion, kursk-incursion, …) usable wherever a date is, with "
    "offsets: invasion+3y, alaska-30d.",
    no_args_is_help=True,
    rich_markup_mode=None,
    cls=HelpGroup,
)
if wanted("event"):
    app.add_typer(event_app, name="event")


def _tracker(ctx: typer.Context) -> Tracker:
    from frontline.api import Tracker

    return Tracker.at(session(ctx).location)


@command("add", parent=event_app, group="event")
def add_event(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help="alaska, ceasefire…")],
    day: Annotated[str, typer.Argument(metavar="DATE", help="Its day: 2025-08-15.")],
    source: Annotated[
        str | None,
        typer.Option(
            "--source", help="Who dates it (a URL or a name).", show_default=False
        ),
    ] = None,
    note: Annotated[
        str | None,
        typer.Option(
            "--note", metavar="TEXT", help="What happened.", show_default=False
        ),
    ] = None,
    replace: Annotated[
        bool, typer.Option("--replace", help="Redate an event that exists.")
    ] = False,
) -> None:
    """Name a day.

    - `frontline event add alaska 2025-08-15 --note "Trump–Putin meeting"`
    """
    tracker = _tracker(ctx)
    done = tracker.event("add", name, day, source=source, note=note, replace=replace)
    listed = {e["name"]: e["day"] for e in tracker.event("list")}
    slug = name.strip().lower()
    say(f"{done} event {slug}: {listed.get(slug, day)}")


@command("list", parent=event_app, group="event")
def list_events(ctx: typer.Context, fmt: FormatOption = OutputFormat.table) -> None:
    """The named events, by day."""
    from frontline.render.events import render_events

    render_events(_tracker(ctx).event("list"), fmt)


@command("rm", parent=event_app, group="event")
def remove_event(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME")],
) -> None:
    """Remove a named event."""
    _tracker(ctx).event("rm", name)
    say(f"removed event {name.strip().lower()}")
