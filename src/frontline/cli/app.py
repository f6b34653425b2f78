"""The Typer application: global options, error handling and command registration.

Commands live in small modules by topic (records, reports, import/export) and are
registered here. Every command runs through `command()`, which turns frontline's
own errors into one line on stderr and the documented exit code: 2 for bad input,
1 for anything else, never a traceback for a user's mistake.
"""

from __future__ import annotations

import functools
import sqlite3
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from frontline.cli.choices import choice_error, choices_in_our_words
from frontline.cli.help import HelpCommand, HelpGroup
from frontline.errors import FrontlineError, InputError
from frontline.render.formats import OutputFormat

if TYPE_CHECKING:
    from frontline.api import Tracker
    from frontline.model.scope import Filters
    from frontline.store.db import Location

app = typer.Typer(
    name="frontline",
    help="Track dated territorial-change figures with their sources; report totals, "
    "rates, cumulative totals and comparisons.",
    no_args_is_help=True,
    # --install-completion / --show-completion for bash, zsh, fish (and PowerShell).
    add_completion=True,
    # Plain help (cli/help.py): rich's would import about 100 ms of modules.
    rich_markup_mode=None,
    cls=HelpGroup,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

F = TypeVar("F", bound=Callable[..., Any])


def _usage_errors_in_one_line() -> None:
    """A mistyped option or value is bad input like any other: one line on
    stderr that names it (and where the help is), exit 2, instead of the
    usage, a hint and the error on three lines; printed by `fail`, as every
    other error is. Help asked for by running a group with no arguments is a
    subclass with its own `show`, left as is."""
    try:
        from typer._click import exceptions
    except ImportError:
        from click import exceptions

    original = exceptions.UsageError.show
    if getattr(original, "frontline", False):
        return

    def show(self: Any, file: Any = None) -> None:
        choice = choice_error(self, exceptions)
        if choice is not None:
            fail(choice)
            return
        where = f" (see {self.ctx.command_path} -h)" if self.ctx is not None else ""
        fail(InputError(None, f"{self.format_message()}{where}"))

    show.frontline = True  # type: ignore[attr-defined]
    exceptions.UsageError.show = show  # type: ignore[method-assign]
    choices_in_our_words()


_usage_errors_in_one_line()


def _parameters_read_once() -> None:
    """Typer reads a command's parameters from its signature twice as it builds
    the command (for its options, then for the names its function is called
    with), each time evaluating every annotation and copying every option's
    settings, on every start. Neither use changes what it is given, so the
    second (and any later) reading of the same function gives back the first."""
    from typer import main as typer_main

    original = typer_main.get_params_from_function
    if getattr(original, "frontline", False):
        return
    read: dict[Callable[..., Any], Any] = {}

    def get_params_from_function(function: Callable[..., Any]) -> Any:
        params = read.get(function)
        if params is None:
            params = read[function] = original(function)
        return params

    get_params_from_function.frontline = True  # type: ignore[attr-defined]
    typer_main.get_params_from_function = get_params_from_function


_parameters_read_once()


def plain_text_type(integer: bool = False) -> Any:
    """A string (or integer) type whose help shows no `<str>` / `<integer>`: the
    argument's metavar and description say what it takes."""
    try:
        from typer._click import types
    except ImportError:
        from click import types

    base = types.IntParamType if integer else types.StringParamType

    class Plain(base):  # type: ignore[misc, valid-type]
        def get_metavar(self, param: Any, ctx: Any = None) -> str:
            return ""

    return Plain()


FormatOption = Annotated[
    OutputFormat,
    typer.Option(
        "--format",
        "-f",
        metavar="table|csv|json|markdown",
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


def resolved(function: F) -> F:
    """`function` with its annotations as objects rather than text (this package
    postpones annotations): Typer reads a command's annotations on every call,
    and text is compiled and evaluated each time it is read."""
    names = function.__globals__
    hints = {}
    for key, value in function.__annotations__.items():
        if isinstance(value, str):
            if value.isidentifier() and value in names:
                value = names[value]
            else:
                value = eval(value, names)  # this package's own annotation
        hints[key] = value
    function.__annotations__ = hints
    return function


def complete_names(field: str) -> Callable[..., list[str]]:
    """Shell completion of actor, region, layer or source names: the distinct
    values stored, read from the database the command line names (one indexed
    or scanning query; completion must never fail, so any error gives none)."""

    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        try:
            from frontline.api import Tracker

            names = Tracker(ctx.find_root().params.get("db_path")).names(field)
        except Exception:
            return []
        prefix = incomplete.casefold()
        # A name with a control character cannot be typed, and would reach the
        # terminal raw (or split the shell's one-line-per-value protocol).
        return [
            name
            for name in names
            if name.casefold().startswith(prefix) and name.isprintable()
        ]

    # As objects (see `resolved`), without evaluating the same text four times.
    complete.__annotations__ = {
        "ctx": typer.Context,
        "incomplete": str,
        "return": list[str],
    }
    return complete


# Options shared by the commands that select records or series.
def _name_option(field: str, help: str) -> Any:
    """A filter on one of a series' names, completed from the database."""
    return Annotated[
        str | None,
        typer.Option(
            f"--{field}",
            metavar="NAME",
            help=help,
            autocompletion=complete_names(field),
        ),
    ]


ActorOption = _name_option("actor", "Actor slug.")
RegionOption = _name_option("region", "Region slug.")
LayerOption = _name_option("layer", "Layer slug.")
SourceOption = _name_option("source", "Source name.")
KindOption = Annotated[
    str | None, typer.Option("--kind", metavar="KIND", help="change or holding.")
]
VerboseOption = Annotated[
    bool,
    typer.Option(
        "--verbose", "-v", help="Name the areas a map import skipped (else counted)."
    ),
]
OverlapFromOption = Annotated[
    str | None,
    typer.Option(
        "--from", metavar="DATE", help="Only figures reaching this day or later."
    ),
]
OverlapToOption = Annotated[
    str | None,
    typer.Option("--to", metavar="DATE", help="Only figures starting by this day."),
]


_TABLE = "frontline.render.table"


def _set_wide(value: bool) -> bool:
    if value or _TABLE in sys.modules:  # a CSV need not load the table writer
        from frontline.render.table import configure

        configure(wide=value)
    return value


WideOption = Annotated[
    bool,
    typer.Option(
        "--wide",
        help="Print every column, however wide (default: fit the terminal).",
        callback=_set_wide,
    ),
]


class Session:
    """What every command needs to know before it starts: which database (the
    library's Tracker on it, whose connections the command uses), and whether
    this command created it (said once it succeeds, undone if it fails)."""

    def __init__(self, tracker: Tracker) -> None:
        self._tracker = tracker

    @property
    def location(self) -> Location:
        return self._tracker.location

    def reader(self) -> sqlite3.Connection:
        """A connection for reading; a database that is not there is an error
        (exit 1), never an empty answer, and nothing is created."""
        return self._tracker.reader()

    def writer(self, create: bool = True) -> sqlite3.Connection:
        """A connection for writing, creating the database unless `create` is
        False (a command that changes an existing record creates nothing)."""
        return self._tracker.writer(create)

    def tracker(self) -> Tracker:
        return self._tracker

    def finished(self, ok: bool) -> None:
        """Say "created PATH" after a command that created the database; after
        one that failed, remove what it created if nothing was kept in it."""
        tracker = self._tracker
        if not tracker.created:
            tracker.close()
            return
        if ok:
            tracker.created = False
            tracker.close()
            say(f"created {tracker.path}")
            return
        tracker.undo_creation()


def _tracker(path: str | None) -> Tracker:
    from frontline.api import Tracker

    return Tracker(path)


def session(ctx: typer.Context) -> Session:
    """The session the top-level callback set up (`--db` already resolved)."""
    if not isinstance(ctx.obj, Session):
        ctx.obj = Session(_tracker(None))
    return ctx.obj


def _print_version(value: bool) -> None:
    if value:
        from frontline import __version__

        typer.echo(f"frontline {__version__}")
        raise typer.Exit(0)


# The global options, named here rather than written in `main`'s signature:
# `resolved` then finds each by its name instead of compiling its text.
DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        metavar="PATH",
        help="Database file. Default: $FRONTLINE_DB, else the per-user data file "
        "(see `frontline db`).",
        show_default=False,
    ),
]
NoColorOption = Annotated[
    bool,
    typer.Option(
        "--no-color",
        help="No colour or bold, even on a terminal (as does NO_COLOR=1).",
    ),
]
VersionOption = Annotated[
    bool,
    typer.Option(
        "--version",
        help="Print the version and exit.",
        callback=_print_version,
        is_eager=True,
    ),
]


@app.callback()
@resolved
def main(
    ctx: typer.Context,
    db_path: DbOption = None,
    no_color: NoColorOption = False,
    version: VersionOption = False,
) -> None:
    if no_color or _TABLE in sys.modules:  # its defaults are these otherwise
        from frontline.render.table import configure

        configure(no_color=no_color, wide=False)
    try:
        ctx.obj = Session(_tracker(db_path))
    except FrontlineError as error:
        raise fail(error) from None


def _as_typed(error: FrontlineError) -> FrontlineError:
    """An error about a command-line value names the option the user typed
    (`to` for --to, not the field `end`); errors located in a file keep the
    field's name."""
    try:
        from typer._click.globals import get_current_context  # typer's own click
    except ImportError:  # a typer that uses click itself
        from click import get_current_context

    if not isinstance(error, InputError) or error.file or not error.field:
        return error
    context = get_current_context(silent=True)
    if context is None or error.field.startswith("-"):
        return error
    for param in context.command.params:
        if param.param_type_name != "option":
            continue
        if param.name == error.field and f"--{error.field}" not in param.opts:
            typed = next((o for o in param.opts if o.startswith("--")), param.opts[0])
            return InputError(typed.lstrip("-"), error.message)
    return error


def _explain(current: object, error: sqlite3.Error) -> str:
    """SQLite's complaint for the user, on the session's database if any."""
    if isinstance(current, Session):
        return current.tracker().explain(error)
    return f"database error: {error}"


def fail(error: FrontlineError) -> typer.Exit:
    """One line on stderr, with any control character in it (from a file name or
    a value) shown escaped, and the error's exit code; "error:" in red on a
    terminal, and the line wrapped between words at the terminal's width."""
    error = _as_typed(error)
    say(f"frontline: error: {error}", label=("error:", "red"))
    return typer.Exit(error.exit_code)


def say(
    text: str, *, lines: bool = False, label: tuple[str, str] | None = None
) -> None:
    """A message on stderr (what a command did, a note): control characters
    shown escaped, and on a terminal wrapped between words with the footnotes'
    indent, not cut mid-word at its edge (see `render.messages.message`)."""
    from frontline.render.messages import message

    message(text, lines=lines, label=label)


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
        if wanted(group or name) and not _listing_only:
            resolved(function)  # before `wraps` copies the annotations

        @functools.wraps(function)
        def run(*args: Any, **inner: Any) -> Any:
            ctx = inner.get("ctx") or (args[0] if args else None)
            current = getattr(ctx, "obj", None)
            ok = False
            try:
                result = function(*args, **inner)
                ok = True
                return result
            except typer.Exit as done:
                ok = done.exit_code == 0
                raise
            except FrontlineError as error:
                raise fail(error) from None
            except sqlite3.Error as error:
                raise fail(FrontlineError(_explain(current, error))) from None
            except BrokenPipeError:
                raise typer.Exit(0) from None
            except OSError as error:
                where = f"{error.filename}: " if error.filename else ""
                message = error.strerror or str(error)
                raise fail(FrontlineError(f"{where}{message}")) from None
            finally:
                if isinstance(current, Session):
                    current.finished(ok)

        if wanted(group or name):
            kwargs.setdefault("cls", HelpCommand)
            if _listing_only:
                kwargs["help"] = function.__doc__
                (parent or app).command(name, **kwargs)(_listed)
            else:
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
    "list": "cli.listing",
    "show": "cli.records",
    "edit": "cli.records",
    "rm": "cli.records",
    "history": "cli.listing",
    "restore": "cli.records",
    "report": "cli.reports",
    "balance": "cli.reports",
    "project": "cli.reports",
    "check": "cli.reports",
    "chart": "cli.charts",
    "held": "cli.reports",
    "sources": "cli.reports",
    "region": "cli.regions",
    "event": "cli.events",
    "records": "cli.extremes",
    "import": "cli.io",
    "export": "cli.io",
    "pull": "cli.pull",
    "map-diff": "cli.maps",
    "extract": "cli.extract",
    "completion": "cli.completion",
    "publish": "cli.publish",
    "serve": "cli.publish",
}
_GLOBAL_OPTIONS_WITH_VALUE = ("--db",)
# The command names to register with Typer; None registers every command.
_wanted: set[str] | None = None
# Register each command by its name and help alone, for a command line that
# runs none (`frontline --help`): converting every command's options would
# take longer than the rest of the answer.
_listing_only = False


def _listed() -> None:
    """The stand-in of a command that is only listed, never run."""


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


def load_commands(name: str | None = None, listing_only: bool = False) -> typer.Typer:
    """Register command `name` alone when it is known, else every command.

    Typer turns each registered command's parameters into click options on every
    call; registering only the one being run saves most of that work. With
    `listing_only`, for a command line that names no command, every command is
    registered by its name and help alone (enough to list them or say a name is
    unknown); the process must not register them again with their options.
    """
    from importlib import import_module

    global _wanted, _listing_only
    module = COMMAND_MODULES.get(name or "")
    _wanted = {name} if module else None
    _listing_only = listing_only and module is None
    # By module name, but charts and records (built on the report options)
    # right after reports, so that help lists them among the report commands,
    # and the shell's completion script last.
    order = sorted(
        set(COMMAND_MODULES.values()),
        key=lambda m: (
            m.replace("charts", "reports~")
            .replace("extremes", "reports~~")
            .replace("completion", "~")
        ),
    )
    modules = [module] if module else order
    for module_name in modules:
        import_module(f"frontline.{module_name}")
    return app


N = TypeVar("N")


def forgive_names(conn: sqlite3.Connection | None, values: N) -> N:
    """`values` (Filters or a Scope) with each name spelt as stored, or refused
    with the known ones (`store.names.spelt_as_stored`)."""
    from frontline.api import spelt_as_stored

    return spelt_as_stored(conn, values)


def parse_filters(
    actor: str | None,
    region: str | None,
    layer: str | None,
    source: str | None,
    kind: str | None,
    start: str | None,
    end: str | None,
) -> Filters:
    from frontline.model.scope import parse_filters

    return parse_filters(actor, region, layer, source, kind, start, end)
