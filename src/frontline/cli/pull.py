"""`frontline pull`: fetch a dated archive day by day and import each day's file.

The run is the library's (`Tracker.pull`, `ingest.pull_run`): this module
parses the options, draws progress on a terminal, and says what happened.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer

from frontline.api import input_formats
from frontline.cli.app import command, plain_text_type, say, session
from frontline.cli.io import ImportFormat, KindChoice, OnConflict, stderr_is_terminal
from frontline.render.formats import escape_control

if TYPE_CHECKING:
    from frontline.ingest.pull import PullReport


@command("pull", no_args_is_help=True)
def pull(
    ctx: typer.Context,
    templates: Annotated[
        list[str],
        typer.Argument(
            metavar="URL_TEMPLATE|PRESET…",
            click_type=plain_text_type(),
            help="A URL with {date:%Y%m%d}-style fields (several are tried in "
            "order), or a preset name such as deepstate-daily.",
            show_default=False,
        ),
    ],
    start: Annotated[
        str,
        typer.Option("--from", metavar="DATE", help="First day to pull."),
    ],
    end: Annotated[
        str | None,
        typer.Option(
            "--to", metavar="DATE", help="Last day to pull (default: today, UTC)."
        ),
    ] = None,
    every: Annotated[
        str | None,
        typer.Option(
            "--every",
            metavar="day|week|month",
            help="One file a day, week or month (default: the preset's, else day).",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        ImportFormat | None,
        typer.Option(
            "--format",
            "-f",
            metavar="|".join(input_formats()),
            help="Input format; default: from each file's content, else the "
            "URL's extension.",
            case_sensitive=False,
            show_default=False,
        ),
    ] = None,
    kind: Annotated[
        KindChoice | None,
        typer.Option(
            "--kind", metavar="KIND", help="As for import.", show_default=False
        ),
    ] = None,
    maps: Annotated[
        list[str] | None,
        typer.Option("--map", metavar="FIELD=COLUMN", help="As for import."),
    ] = None,
    sets: Annotated[
        list[str] | None,
        typer.Option(
            "--set",
            metavar="FIELD=VALUE",
            help="As for import; wins over the preset's.",
        ),
    ] = None,
    on_conflict: Annotated[
        OnConflict,
        typer.Option(
            "--on-conflict",
            metavar="skip|replace|fail",
            help="What a figure that differs from the stored one does.",
            case_sensitive=False,
        ),
    ] = OnConflict.skip,
    regions: Annotated[
        str | None,
        typer.Option("--regions", metavar="FILE.geojson", help="As for import."),
    ] = None,
    region_key: Annotated[
        str | None,
        typer.Option("--region-key", metavar="PROPERTY", help="As for import."),
    ] = None,
    rules_file: Annotated[
        str | None,
        typer.Option(
            "--rules",
            metavar="RULES.toml",
            help="As for import; replaces the preset's rules.",
        ),
    ] = None,
    date_from_name: Annotated[
        str | None,
        typer.Option(
            "--date-from-name",
            metavar="PATTERN",
            help="As for import, over the URL's file name (default: the preset's).",
            show_default=False,
        ),
    ] = None,
    clip: Annotated[
        str | None,
        typer.Option("--clip", metavar="FILE", help="As for import."),
    ] = None,
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help="List each day's URLs; download nothing."),
    ] = False,
    refresh: Annotated[
        bool,
        typer.Option(
            "--refresh",
            help="Ask the server whether cached files changed (ETag, "
            "Last-Modified) instead of trusting the cache.",
        ),
    ] = False,
    sources_file: Annotated[
        str | None,
        typer.Option(
            "--sources",
            metavar="SOURCES.toml",
            help="More presets, beside the built-in ones.",
        ),
    ] = None,
    tries: Annotated[
        int,
        typer.Option(
            "--tries",
            metavar="N",
            help="Tries per URL on timeouts and server errors.",
            min=1,
            max=10,
        ),
    ] = 4,
    timeout: Annotated[
        float,
        typer.Option("--timeout", metavar="SECONDS", help="Per request.", min=0.1),
    ] = 30.0,
) -> None:
    """Download a dated archive day by day and import each day's file.

    Each day, the templates are tried in order; a 404 means nothing was
    published that day. Downloads are kept beside the database (named by their
    SHA-256, with their URL, ETag, Last-Modified and time in the database), so
    running it again downloads and imports nothing twice. A day that fails is
    reported with its URL and the other days are imported; the exit code is 1
    if any day failed.

    - `frontline pull deepstate-daily --from 2024-07-08`
    - `frontline pull 'https://example.org/maps/{date:%Y%m%d}.geojson' --from
      2024-01-01 --to 2024-06-30 --set actor=russia --set region=ukraine
      --set source=Example`
    """
    result = (
        session(ctx)
        .tracker()
        .pull(
            *templates,
            from_=start,
            to=end,
            every=every,
            format=fmt.value if fmt else None,
            kind=kind.value if kind else None,
            map=maps or [],
            set=sets or [],
            on_conflict=on_conflict.value,
            regions=regions,
            region_key=region_key,
            rules=rules_file,
            date_from_name=date_from_name,
            clip=clip,
            dry_run=dry_run,
            refresh=refresh,
            sources=sources_file,
            tries=tries,
            timeout=timeout,
            progress=_progress,
        )
    )
    if result.report is None:
        _list(result.plan, result.cached)
        return
    _say(result.report, result.plan, result.totals())
    if result.report.failures:
        raise typer.Exit(1)


def _list(plan: list[tuple[date, list[str]]], cached: set[str]) -> None:
    count = 0
    for day, urls in plan:
        for url in urls:
            mark = "  (cached)" if url in cached else ""
            typer.echo(escape_control(f"{day.isoformat()}  {url}{mark}"))
            count += 1
    held = sum(1 for _, urls in plan for url in urls if url in cached)
    typer.echo(
        f"dry run: {len(plan):,} days, {count:,} URLs ({held:,} cached); "
        "nothing downloaded",
        err=True,
    )


def _progress(days: int):
    """A bar over the days on a terminal; nothing in a pipe."""
    from contextlib import nullcontext

    if not stderr_is_terminal():
        return nullcontext(None)
    return _Bar(days)


class _Bar:
    def __init__(self, days: int) -> None:
        self.days = days

    def __enter__(self):
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        from frontline.render.text import console

        self._progress = Progress(
            TextColumn("pulling {task.fields[day]}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[outcome]}"),
            console=console(stderr=True),
            transient=True,
        )
        self._progress.__enter__()
        task = self._progress.add_task("pull", total=self.days, day="", outcome="")

        def on_day(day: date, outcome: str) -> None:
            self._progress.update(task, advance=1, day=day.isoformat(), outcome=outcome)

        return on_day

    def __exit__(self, *exc: object) -> None:
        self._progress.__exit__(*exc)


def _say(
    report: PullReport, plan: list[tuple[date, list[str]]], sums: dict[str, int]
) -> None:
    """The imports' notes, the run's summary, then each failed day with its URL."""
    for note in report.notes:
        say(note)

    first, last = plan[0][0], plan[-1][0]
    span = f"{first}" if first == last else f"{first} to {last}"
    days = "1 day" if report.days == 1 else f"{report.days:,} days"
    line = (
        f"pulled {days} ({span}): {report.downloaded:,} downloaded, "
        f"{report.from_cache + report.unchanged:,} from the cache, "
        f"{report.not_published:,} not published, {len(report.failures):,} failed"
    )
    say(line)
    files = "1 file" if report.imported == 1 else f"{report.imported:,} files"
    line = (
        f"imported {files}: {sums['added']:,} added, {sums['updated']:,} updated, "
        f"{sums['skipped']:,} skipped, {sums['unchanged']:,} already present"
    )
    if report.already_imported:
        line += f"; {report.already_imported:,} already imported before"
    say(line)
    for failure in report.failures:
        say(f"failed {failure.day.isoformat()} {failure.url}: {failure.reason}")
    if report.not_published == report.days:
        say("note: no day was published under these URLs; check the template")
