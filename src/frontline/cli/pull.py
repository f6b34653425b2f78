"""`frontline pull`: fetch a dated archive day by day and import each day's file.

The days, URLs, downloads and cache are ingest/pull.py's and ingest/fetch.py's;
each day's file is imported by `ingest.pipeline.import_inputs`, as `frontline
import` imports a file, so a pulled file lands exactly as the same file
imported by hand would. This module parses the options, draws progress on a
terminal, and says what happened.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from frontline.cli.app import Session, command, plain_text_type, session
from frontline.cli.io import ImportFormat, KindChoice, OnConflict, stderr_is_terminal
from frontline.formats import registry
from frontline.model.records import parse_date
from frontline.render.formats import escape_control

if TYPE_CHECKING:
    from frontline.ingest.pipeline import ImportResult
    from frontline.ingest.presets import Preset
    from frontline.ingest.pull import DayImport, PullReport


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
            metavar="|".join(registry.names()),
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
    from frontline.ingest import pull as puller

    preset, urls = _templates(templates, sources_file)
    first = parse_date(start, "from")
    last = parse_date(end, "to") if end else datetime.now(UTC).date()
    step = (every or (preset.every if preset else "day")).strip().lower()
    plan = puller.dated_urls(urls, puller.days(first, last, step))
    current = session(ctx)
    cache = puller.cache_folder(current.location.path)
    if dry_run:
        _list(current, plan)
        return
    spec, key = _day_import(
        preset,
        fmt,
        kind,
        maps or [],
        sets or [],
        on_conflict.value,
        regions,
        region_key,
        rules_file,
        date_from_name,
        clip,
    )
    conn = current.writer()
    report = _run(conn, cache, plan, spec, key, refresh, tries, timeout)
    _say(report, plan)
    if report.failures:
        raise typer.Exit(1)


def _templates(given: list[str], extra: str | None) -> tuple[Preset | None, list[str]]:
    """A preset name alone, or URL templates."""
    from frontline.ingest import presets
    from frontline.ingest.pull import check_template

    if len(given) == 1 and "://" not in given[0]:
        preset = presets.find(given[0], extra)
        return preset, [check_template(url) for url in preset.urls]
    return None, [check_template(url) for url in given]


def _list(current: Session, plan: list[tuple[date, list[str]]]) -> None:
    from frontline.store.downloads import cached_urls

    # A dry run on a database not made yet lists every URL as not cached.
    conn = current.reader() if current.location.path.exists() else None
    cached = cached_urls(conn)
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


def _day_import(
    preset: Preset | None,
    fmt: ImportFormat | None,
    kind: KindChoice | None,
    maps: list[str],
    sets: list[str],
    on_conflict: str,
    regions: str | None,
    region_key: str | None,
    rules_file: str | None,
    date_from_name: str | None,
    clip: str | None,
) -> tuple[DayImport, str]:
    """The options every day's import takes, checked once before any download,
    and their fingerprint (options given as files count by their content)."""
    from frontline.ingest.options import import_options, load_rules_file
    from frontline.ingest.pull import DayImport, fingerprint

    given = {pair.partition("=")[0].strip() for pair in sets}
    preset_sets = [
        f"{name}={value}"
        for name, value in (preset.sets if preset else {}).items()
        if name not in given
    ]
    all_sets = [*preset_sets, *sets]
    load_rules_file(rules_file)  # refused now, not on the first day
    pattern = date_from_name or (preset.date_from_name if preset else None)
    options = import_options(
        kind=kind.value if kind else None,
        map=maps,
        set=all_sets,
        on_conflict=on_conflict,
        regions=regions,
        region_key=region_key,
        clip=clip,
        date_from_name=pattern,
    )
    if pattern is not None:
        from frontline.ingest.dated import check_name_pattern

        check_name_pattern(pattern)
    chosen = fmt.value if fmt else (preset.format if preset else None)
    preset_rules = preset.rule_set if preset and preset.rules else None
    if rules_file is not None:
        preset_rules = None  # --rules wins over the preset's
    spec = DayImport(options, chosen, rules_file, preset_rules)
    key = fingerprint(
        {
            "format": chosen,
            "kind": kind.value if kind else None,
            "map": sorted(maps),
            "set": sorted(all_sets),
            "on_conflict": on_conflict,
            "regions": _file_hash(regions),
            "region_key": region_key,
            "rules": repr(preset.rules)
            if preset is not None and preset_rules is not None
            else _file_hash(rules_file),
            "date_from_name": pattern,
            "clip": _file_hash(clip),
        }
    )
    return spec, key


def _file_hash(name: str | None) -> str | None:
    import hashlib

    if name is None:
        return None
    try:
        return hashlib.sha256(Path(name).read_bytes()).hexdigest()
    except OSError:
        return name


def _run(
    conn: sqlite3.Connection,
    cache: Path,
    plan: list[tuple[date, list[str]]],
    spec: DayImport,
    key: str,
    refresh: bool,
    tries: int,
    timeout: float,
) -> PullReport:
    from frontline.ingest import fetch
    from frontline.ingest.pull import Puller, import_day

    def import_file(day: date, url: str, path: Path) -> ImportResult:
        return import_day(conn, spec, url, path)

    try:
        fetcher = fetch.Fetcher(cache, tries=tries, timeout=timeout)
    except ImportError:
        from frontline.errors import FrontlineError

        raise FrontlineError(
            "pull needs httpx: pip install 'frontline[pull]'"
        ) from None
    with fetcher, _progress(len(plan)) as on_day:
        puller = Puller(conn, cache, fetcher, import_file, key, refresh, on_day)
        return puller.run(plan)


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


def _say(report: PullReport, plan: list[tuple[date, list[str]]]) -> None:
    """The imports' notes, the run's summary, then each failed day with its URL."""
    from frontline.ingest.pull import total

    for note in report.notes:
        typer.echo(escape_control(note), err=True)

    first, last = plan[0][0], plan[-1][0]
    span = f"{first}" if first == last else f"{first} to {last}"
    days = "1 day" if report.days == 1 else f"{report.days:,} days"
    line = (
        f"pulled {days} ({span}): {report.downloaded:,} downloaded, "
        f"{report.from_cache + report.unchanged:,} from the cache, "
        f"{report.not_published:,} not published, {len(report.failures):,} failed"
    )
    typer.echo(escape_control(line), err=True)
    sums = total(report.summaries)
    files = "1 file" if report.imported == 1 else f"{report.imported:,} files"
    line = (
        f"imported {files}: {sums['added']:,} added, {sums['updated']:,} updated, "
        f"{sums['skipped']:,} skipped, {sums['unchanged']:,} already present"
    )
    if report.already_imported:
        line += f"; {report.already_imported:,} already imported before"
    typer.echo(escape_control(line), err=True)
    for failure in report.failures:
        typer.echo(
            escape_control(
                f"failed {failure.day.isoformat()} {failure.url}: {failure.reason}"
            ),
            err=True,
        )
    if report.not_published == report.days:
        typer.echo(
            "note: no day was published under these URLs; check the template",
            err=True,
        )
