"""The Typer application: global options, error handling and command registration.

Commands live in small modules by topic (records, reports, import/export) and are
registered here. Every command runs through `command()`, which turns frontline's
own errors into one line on stderr and the documented exit code: 2 for bad input,
1 for anything else, never a traceback for a user's mistake.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from frontline.errors import FrontlineError, InputError
from frontline.model.records import parse_date, parse_kind, parse_slug
from frontline.render.formats import OutputFormat
from frontline.store import db

if TYPE_CHECKING:  # the store loads only for commands that select records
    from frontline.store.records import Filters

app = typer.Typer(
    name="frontline",
    help="Track dated territorial-change figures with their sources; report totals, "
    "rates, cumulative totals and comparisons.",
    no_args_is_help=True,
    add_completion=False,
    # Markdown joins a docstring's wrapped lines into one paragraph in --help.
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

F = TypeVar("F", bound=Callable[..., Any])

FormatOption = Annotated[
    OutputFormat,
    typer.Option(
        "--format",
        "-f",
        help="table for people; csv, json or markdown for scripts and documents.",
        case_sensitive=False,
    ),
]

RawOption = Annotated[
    bool,
    typer.Option(
        "--raw",
        help="CSV: write cells exactly as stored, without the ' put before text "
        "starting with =, +, -, @, tab or CR so that a spreadsheet does not run it.",
    ),
]

# Options shared by the commands that select records or series.
ActorOption = Annotated[str | None, typer.Option("--actor", help="Actor slug.")]
RegionOption = Annotated[str | None, typer.Option("--region", help="Region slug.")]
LayerOption = Annotated[str | None, typer.Option("--layer", help="Layer slug.")]
SourceOption = Annotated[str | None, typer.Option("--source", help="Source name.")]
KindOption = Annotated[str | None, typer.Option("--kind", help="change or holding.")]
OverlapFromOption = Annotated[
    str | None,
    typer.Option("--from", help="Only figures reaching this day or later."),
]
OverlapToOption = Annotated[
    str | None, typer.Option("--to", help="Only figures starting by this day.")
]


@dataclass
class Session:
    """What every command needs to know before it starts: which database."""

    location: db.Location

    def reader(self) -> sqlite3.Connection | None:
        """A connection for reading, or None if the database does not exist yet."""
        return db.open_for_read(self.location)

    def writer(self, create: bool = True) -> sqlite3.Connection | None:
        """A connection for writing; with `create=False`, None if there is no
        database yet (a command that changes an existing record creates nothing)."""
        if not create and not self.location.path.exists():
            return None
        return db.open_for_write(self.location)


def session(ctx: typer.Context) -> Session:
    """The session the top-level callback set up (`--db` already resolved)."""
    if not isinstance(ctx.obj, Session):
        ctx.obj = Session(db.locate(None))
    return ctx.obj


def _print_version(value: bool) -> None:
    if value:
        from frontline import __version__

        typer.echo(f"frontline {__version__}")
        raise typer.Exit(0)


@app.callback()
def main(
    ctx: typer.Context,
    db_path: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="Database file. Default: $FRONTLINE_DB, else the per-user data file "
            "(see `frontline db`).",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            help="Print the version and exit.",
            callback=_print_version,
            is_eager=True,
        ),
    ] = False,
) -> None:
    try:
        ctx.obj = Session(db.locate(db_path))
    except FrontlineError as error:
        raise fail(error) from None


def fail(error: FrontlineError) -> typer.Exit:
    """One line on stderr, with any control character in it (from a file name or
    a value) shown escaped, and the error's exit code."""
    from frontline.render.formats import escape_control

    typer.echo(f"frontline: error: {escape_control(str(error))}", err=True)
    return typer.Exit(error.exit_code)


def command(
    name: str | None = None,
    *,
    parent: typer.Typer | None = None,
    group: str | None = None,
    **kwargs: Any,
) -> Callable[[F], F]:
    """Register a command whose frontline errors become one line and an exit code
    (on `parent`, the sub-application of command group `group`, if given)."""

    def decorate(function: F) -> F:
        @functools.wraps(function)
        def run(*args: Any, **inner: Any) -> Any:
            try:
                return function(*args, **inner)
            except FrontlineError as error:
                raise fail(error) from None
            except sqlite3.Error as error:
                ctx = inner.get("ctx") or (args[0] if args else None)
                current = getattr(ctx, "obj", None)
                path = current.location.path if isinstance(current, Session) else None
                raise fail(FrontlineError(db.describe_error(error, path))) from None
            except BrokenPipeError:
                raise typer.Exit(0) from None
            except OSError as error:
                where = f"{error.filename}: " if error.filename else ""
                message = error.strerror or str(error)
                raise fail(FrontlineError(f"{where}{message}")) from None

        if wanted(group or name):
            (parent or app).command(name, **kwargs)(run)
        return function

    return decorate


# Which module defines each command. Only the module of the command being run is
# imported (see __main__), because Typer converts every registered command's
# parameters on each call: loading one module instead of all keeps start-up short.
COMMAND_MODULES = {
    "db": "cli.records",
    "seed": "cli.records",
    "add": "cli.records",
    "list": "cli.records",
    "show": "cli.records",
    "edit": "cli.records",
    "rm": "cli.records",
    "history": "cli.records",
    "restore": "cli.records",
    "report": "cli.reports",
    "balance": "cli.reports",
    "project": "cli.reports",
    "check": "cli.reports",
    "chart": "cli.reports",
    "held": "cli.reports",
    "sources": "cli.reports",
    "region": "cli.regions",
    "import": "cli.io",
    "export": "cli.io",
    "map-diff": "cli.maps",
    "extract": "cli.extract",
}
_GLOBAL_OPTIONS_WITH_VALUE = ("--db",)
# The command names to register with Typer; None registers every command.
_wanted: set[str] | None = None


def wanted(name: str | None) -> bool:
    """Whether command (or command group) `name` is being registered."""
    return _wanted is None or name in _wanted


def requested_command(argv: list[str]) -> str | None:
    """The command name in a command line, skipping global options and their values."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _GLOBAL_OPTIONS_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def load_commands(name: str | None = None) -> typer.Typer:
    """Register command `name` alone when it is known, else every command.

    Typer turns each registered command's parameters into click options on every
    call; registering only the one being run saves most of that work.
    """
    from importlib import import_module

    global _wanted
    module = COMMAND_MODULES.get(name or "")
    _wanted = {name} if module else None
    modules = [module] if module else sorted(set(COMMAND_MODULES.values()))
    for module_name in modules:
        import_module(f"frontline.{module_name}")
    return app


def parse_filters(
    actor: str | None,
    region: str | None,
    layer: str | None,
    source: str | None,
    kind: str | None,
    start: str | None,
    end: str | None,
) -> Filters:
    from frontline.store.records import Filters

    filters = Filters(
        actor=parse_slug(actor, "actor") if actor else None,
        region=parse_slug(region, "region") if region else None,
        layer=parse_slug(layer, "layer") if layer else None,
        source=source,
        kind=parse_kind(kind) if kind else None,
        start=parse_date(start, "from") if start else None,
        end=parse_date(end, "to") if end else None,
    )
    if filters.start and filters.end and filters.end < filters.start:
        raise InputError("to", f"{filters.end} is before --from {filters.start}")
    return filters
