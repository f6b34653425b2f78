"""A whole `pull`: its options checked, the days planned, each day's file
fetched and imported, the run answered as data.

`Tracker.pull` calls `pull_days`; the command line only draws the progress it
is told of and words the `PullResult`. The days, URLs, downloads and cache are
`ingest.pull`'s and `ingest.fetch`'s; each day's file is imported as `frontline
import` imports a file, so a pulled file lands as the same file imported by
hand would.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from frontline.model.records import parse_date

if TYPE_CHECKING:
    from frontline.ingest.pipeline import ImportResult
    from frontline.ingest.presets import Preset
    from frontline.ingest.pull import DayImport, PullReport
    from frontline.store.connections import Database

# Told the number of days, a context whose value (if not None) is told each
# day's outcome as it is known: how a caller draws progress.
OnDay = Callable[[date, str], None]
Progress = Callable[[int], AbstractContextManager[OnDay | None]]


@dataclass
class PullResult:
    """The days with the URLs tried for each; the run's `report` (None on a
    dry run); on a dry run, the URLs the cache already holds."""

    plan: list[tuple[date, list[str]]]
    report: PullReport | None = None
    cached: set[str] = field(default_factory=set)

    def totals(self) -> dict[str, int]:
        """The days' import counts added up (`ingest.pull.total`)."""
        from frontline.ingest.pull import total

        return total(self.report.summaries if self.report else [])


def pull_days(
    database: Database,
    templates: Sequence[str],
    *,
    from_: str | date,
    to: str | date | None = None,
    every: str | None = None,
    format: str | None = None,
    kind: str | None = None,
    map: Sequence[str] = (),
    set: Sequence[str] = (),
    on_conflict: str = "skip",
    regions: str | None = None,
    region_key: str | None = None,
    rules: str | None = None,
    date_from_name: str | None = None,
    clip: str | None = None,
    dry_run: bool = False,
    refresh: bool = False,
    sources: str | None = None,
    tries: int = 4,
    timeout: float = 30.0,
    progress: Progress | None = None,
) -> PullResult:
    """`frontline pull`, its options as keywords (`--from` is `from_`,
    `--rules` `rules`, `--sources` `sources`): every option is checked before
    anything is downloaded."""
    from frontline.ingest import pull as puller

    preset, urls = _templates(list(templates), sources)
    first = _day(from_, "from")
    last = _day(to, "to") if to else datetime.now(UTC).date()
    step = (every or (preset.every if preset else "day")).strip().lower()
    plan = puller.dated_urls(urls, puller.days(first, last, step))
    cache = puller.cache_folder(database.location.path)
    if dry_run:
        from frontline.store.downloads import cached_urls

        # A database not made yet lists every URL as not cached.
        exists = database.location.path.exists()
        return PullResult(
            plan, cached=cached_urls(database.reader() if exists else None)
        )
    spec, key = _day_import(
        preset,
        format,
        kind,
        list(map),
        list(set),
        on_conflict,
        regions,
        region_key,
        rules,
        date_from_name,
        clip,
    )
    conn = database.writer()
    report = _run(conn, cache, plan, spec, key, refresh, tries, timeout, progress)
    return PullResult(plan, report)


def _day(value: str | date, name: str) -> date:
    return value if isinstance(value, date) else parse_date(value, name)


def _templates(given: list[str], extra: str | None) -> tuple[Preset | None, list[str]]:
    """A preset name alone, or URL templates."""
    from frontline.ingest import presets
    from frontline.ingest.pull import check_template

    if len(given) == 1 and "://" not in given[0]:
        preset = presets.find(given[0], extra)
        return preset, [check_template(url) for url in preset.urls]
    return None, [check_template(url) for url in given]


def _day_import(
    preset: Preset | None,
    fmt: str | None,
    kind: str | None,
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
        kind=kind,
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
    chosen = fmt or (preset.format if preset else None)
    preset_rules = preset.rule_set if preset and preset.rules else None
    if rules_file is not None:
        preset_rules = None  # --rules wins over the preset's
    spec = DayImport(options, chosen, rules_file, preset_rules)
    key = fingerprint(
        {
            "format": chosen,
            "kind": kind,
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
    progress: Progress | None,
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
    drawn: AbstractContextManager[Any] = (
        progress(len(plan)) if progress else nullcontext(None)
    )
    with fetcher, drawn as on_day:
        puller = Puller(conn, cache, fetcher, import_file, key, refresh, on_day)
        return puller.run(plan)
