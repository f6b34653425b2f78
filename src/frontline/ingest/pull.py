"""`frontline pull`: dated URLs -> the download cache -> the same import.

A URL template names one file per day with `{date:FORMAT}` fields
(`{date:%Y%m%d}`, `{date:%y%m%d}`, any strftime format). For each day from
`--from` to `--to` (every day, week or month) the templates are tried in
order: the first that is published (not a 404) is the day's file. Several
templates cover an archive whose file names changed over time (`_0000.kmz`,
then `_0349.kmz`).

Each day is one unit of work: downloaded (or found in the cache), then
imported all or nothing. A day that was not published is counted; a day
whose download or import fails is reported by date and URL and the other days
go on. A file already downloaded is not downloaded again (`--refresh` asks the
server whether it changed, with its ETag and Last-Modified), and a file already
imported with the same options is not imported again, so a second run does
nothing twice.

Each day's file is imported by `ingest.pipeline.import_inputs`, the path
`frontline import` takes, labelled with its URL: a message names where the
file came from, and a date in the URL's file name counts as in a local file's.
"""

from __future__ import annotations

import hashlib
import json
import string
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from frontline.errors import FrontlineError, InputError
from frontline.ingest import fetch
from frontline.store import downloads

if TYPE_CHECKING:
    import sqlite3

    from frontline.ingest.pipeline import ImportOptions, ImportResult
    from frontline.store.bulk import WriteSummary

EVERY = ("day", "week", "month")
MAX_DAYS = 40_000  # over a century of days: a typing slip, not an archive


# --- templates and days ---------------------------------------------------------


def check_template(template: str) -> str:
    """A URL template whose only field is `{date}` / `{date:FORMAT}`, over http(s)."""
    lowered = template.lower()
    if not lowered.startswith(("http://", "https://")):
        raise InputError(
            "URL_TEMPLATE",
            f"{template!r} is neither an http(s) URL template nor a preset name",
        )
    try:
        fields = list(string.Formatter().parse(template))
    except ValueError as error:
        raise InputError("URL_TEMPLATE", f"{template!r}: {error}") from None
    names = [name for _, name, _, _ in fields if name is not None]
    for name, (_, _, spec, conversion) in zip(
        names, [f for f in fields if f[1] is not None], strict=True
    ):
        if name != "date" or conversion:
            raise InputError(
                "URL_TEMPLATE",
                f"{{{name}}} is not a field a template can have; use {{date:%Y%m%d}}"
                " and other strftime formats",
            )
        if "{" in (spec or ""):
            raise InputError("URL_TEMPLATE", "a {date:…} format cannot nest fields")
    if not names:
        raise InputError(
            "URL_TEMPLATE",
            f"{template!r} has no {{date:…}} field; every day would fetch the "
            "same file (import it with `frontline import` instead)",
        )
    return template


def format_url(template: str, day: date) -> str:
    return template.format(date=day)


def days(start: date, end: date, every: str) -> list[date]:
    """The days from `start` to `end` inclusive, one a day, week or month (a
    month keeps `start`'s day of the month, or the month's last day)."""
    from dateutil.relativedelta import relativedelta

    if end < start:
        raise InputError("to", f"{end} is before --from {start}")
    if every not in EVERY:
        raise InputError("every", f"{every!r} is not day, week or month")
    found: list[date] = []
    step = 0
    while True:
        if every == "day":
            current = start + relativedelta(days=step)
        elif every == "week":
            current = start + relativedelta(weeks=step)
        else:
            current = start + relativedelta(months=step)
        if current > end:
            return found
        found.append(current)
        if len(found) > MAX_DAYS:
            raise InputError("from", f"more than {MAX_DAYS:,} days to pull")
        step += 1


def dated_urls(
    templates: list[str], when: Iterable[date]
) -> list[tuple[date, list[str]]]:
    """Each day with its URLs, in the order they are tried."""
    return [(day, [format_url(t, day) for t in templates]) for day in when]


def cache_folder(database: Path) -> Path:
    """The download cache beside the database: `frontline.db` ->
    `frontline-downloads/`."""
    return database.with_name(f"{database.stem}-downloads")


def fingerprint(options: dict[str, Any]) -> str:
    """A short hash of the import options, files given by their contents."""
    text = json.dumps(options, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


# --- the run --------------------------------------------------------------------


@dataclass(frozen=True)
class DayFailure:
    day: date
    url: str
    reason: str


@dataclass
class PullReport:
    """What a run did, day by day, for the summary and the exit code."""

    days: int = 0
    downloaded: int = 0
    from_cache: int = 0
    unchanged: int = 0  # revalidated with --refresh: 304
    not_published: int = 0
    already_imported: int = 0
    imported: int = 0
    failures: list[DayFailure] = field(default_factory=list)
    summaries: list[WriteSummary] = field(default_factory=list)
    # The imports' notes (ignored columns, map features left out), in order.
    notes: list[str] = field(default_factory=list)


ImportFile = Callable[[date, str, Path], "ImportResult"]


@dataclass(frozen=True)
class DayImport:
    """How every day's file is imported: the import's options, the format when
    --format gives it, and the rules file or the preset's rules (made afresh
    for each day, so that each day's rule counts are its own)."""

    options: ImportOptions
    fmt: str | None = None
    rules_file: str | None = None
    # A preset's rules (`Preset.rule_set`), when no rules file is given.
    preset_rules: Callable[[], Any] | None = None

    @property
    def url_given(self) -> bool:
        plan = self.options.plan
        return "url" in plan.mapped or "url" in plan.constants


def import_day(
    conn: sqlite3.Connection, spec: DayImport, url: str, path: Path
) -> ImportResult:
    """One cached file, imported as `frontline import` would import it.

    A map's records get the URL as their `url` (their provenance: the
    `downloads` row of that URL says when and what was retrieved) unless
    --set or --map gives one; a table's rows keep their own. The sources'
    sizes are left out: pull draws one bar over the days."""
    from dataclasses import replace

    from frontline.formats import registry
    from frontline.ingest import pipeline
    from frontline.ingest.sources import resolve_sources

    sources = [
        replace(
            source,
            label=_relabel(source.label, path, url),
            file_label=url,
            name=fetch.url_name(url) if source.name == path.name else source.name,
            size=0,
        )
        for source in resolve_sources([str(path)], spec.fmt)
    ]
    options = spec.options
    is_map = any(source.kind == registry.FEATURES for source in sources)
    if is_map and not spec.url_given:
        constants = {**options.plan.constants, "url": url}
        options = replace(options, plan=replace(options.plan, constants=constants))
    if spec.rules_file is not None:
        from frontline.ingest.rules import load_rules

        options = replace(options, rules=load_rules(spec.rules_file))
    elif spec.preset_rules is not None:
        options = replace(options, rules=spec.preset_rules())
    return pipeline.import_inputs(conn, sources, options)


def _relabel(label: str, path: Path, url: str) -> str:
    """A cached file's label as its URL (`…/isw.zip!ControlMap.shp` for a
    member)."""
    return url + label[len(str(path)) :] if label.startswith(str(path)) else url


@dataclass
class Puller:
    """Runs the days of one pull against one database and cache."""

    conn: sqlite3.Connection
    cache: Path
    fetcher: fetch.Fetcher
    import_file: ImportFile
    options_fingerprint: str
    refresh: bool = False
    on_day: Callable[[date, str], None] | None = None
    report: PullReport = field(default_factory=PullReport)

    def run(self, plan: list[tuple[date, list[str]]]) -> PullReport:
        for day, urls in plan:
            self.report.days += 1
            outcome = self._day(day, urls)
            if self.on_day is not None:
                self.on_day(day, outcome)
        return self.report

    def _day(self, day: date, urls: list[str]) -> str:
        for url in urls:
            try:
                found = self._file(day, url)
            except fetch.NotPublished:
                continue
            except fetch.FetchFailed as failed:
                return self._fail(day, url, str(failed))
            return self._import(day, url, found)
        self.report.not_published += 1
        return "not published"

    def _file(self, day: date, url: str) -> downloads.Download:
        """The day's file in the cache: found there, or downloaded now."""
        cached = downloads.find(self.conn, url)
        if cached is not None and not (self.cache / cached.file).is_file():
            cached = None  # the file was deleted by hand: fetch it again
        if cached is not None and not self.refresh:
            self.report.from_cache += 1
            return cached
        got = self.fetcher.get(
            url,
            cached.etag if cached else None,
            cached.last_modified if cached else None,
        )
        if got.status == 304 and cached is not None:
            self.report.unchanged += 1
            return cached
        self.report.downloaded += 1
        record = downloads.Download(
            url=url,
            day=day.isoformat(),
            sha256=got.sha256,
            size=got.size,
            file=got.file,
            etag=got.etag,
            last_modified=got.last_modified,
            content_type=got.content_type,
            retrieved_at=_now(),
        )
        downloads.save(self.conn, record)
        if cached is not None and not downloads.is_kept(self.conn, cached.sha256):
            fetch.remove_file(self.cache, cached.file)  # replaced by new bytes
        return record

    def _import(self, day: date, url: str, cached: downloads.Download) -> str:
        if cached.imported_with == self.options_fingerprint:
            self.report.already_imported += 1
            return "already imported"
        try:
            result = self.import_file(day, url, self.cache / cached.file)
        except FrontlineError as error:
            if downloads.forget(self.conn, url):
                fetch.remove_file(self.cache, cached.file)
            return self._fail(day, url, _reason(error, url))
        self.report.summaries.append(result.summary)
        self.report.notes.extend(result.notes)
        self.report.imported += 1
        downloads.mark_imported(self.conn, url, self.options_fingerprint, _now())
        return "imported"

    def _fail(self, day: date, url: str, reason: str) -> str:
        self.report.failures.append(DayFailure(day, url, reason))
        return "failed"


def _reason(error: FrontlineError, url: str) -> str:
    """The error's message without the URL it starts with (the report names it)."""
    text = str(error)
    for prefix in (f"{url}, ", f"{url}: "):
        if text.startswith(prefix):
            return text[len(prefix) :]
    return text


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def total(summaries: Iterator[WriteSummary] | list[WriteSummary]) -> dict[str, int]:
    """The import counts of every day, added up."""
    keys = ("added", "updated", "skipped", "unchanged", "repeated")
    sums = dict.fromkeys(keys, 0)
    for summary in summaries:
        for key in keys:
            sums[key] += getattr(summary, key)
    return sums
