"""Options become a report in one place: `ReportSpec`.

Every report command, every chart and `frontline.open(...)` turn what a person
typed (`--year 2024 --by month --source isw`) into one `ReportSpec`: the window
with its open ends closed on the records, the buckets, the baseline, the filters
with each name spelt as stored (case forgiven; a name that matches nothing is
refused with the names there are, rather than answered with an empty report),
layers to sum, and the options of the other questions (days held, the date to
project to, the gap and stale thresholds). Nothing downstream reads an option
again: a report function receives values, a renderer a finished report.

It happens in two steps so that a command refuses a malformed option before it
opens the database: `ReportOptions.parse(...)` checks and parses the text alone,
`.resolve(conn)` consults the records (names, open ends). `ReportSpec.build(conn,
...)` does both, for Python callers.

Where the coming window words go: a named event (`invasion+3y`), a half-year
(`2025-H1`) or a trailing span (`last-30d`) is one more way to read a date or
a period, so it belongs in `_read_window` (text → first and last day, given the
connection for events stored in the database); pivots and records over buckets
are questions like `report`, so each is a method beside `report` below, built
from the same fields.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from frontline.errors import InputError
from frontline.model.scope import Scope
from frontline.store.names import spelt_as_stored

if TYPE_CHECKING:
    from frontline.model.periods import Period
    from frontline.reports.balance import Balance
    from frontline.reports.check import Check
    from frontline.reports.held import HeldReport
    from frontline.reports.projection import Projection
    from frontline.reports.sources import SourcesReport
    from frontline.reports.window import Report

Length = int | tuple[int, str]
# The questions a spec can be for: a command each (a chart draws a report).
QUESTIONS = ("report", "chart", "balance", "held", "project", "check", "sources")


def parse_scope(
    actor: str | None = None,
    region: str | None = None,
    layer: str | None = None,
    source: str | None = None,
) -> Scope:
    """The filters as typed, checked: slugs for actor and region, a layer or a
    sum of layers (`control+advances`), a source name without its spaces."""
    from frontline.model.values import parse_slug

    if layer:
        from frontline.model.views import parse_layer_sum

        layer = parse_layer_sum(layer)
    return Scope(
        actor=parse_slug(actor, "actor") if actor else None,
        region=parse_slug(region, "region") if region else None,
        layer=layer or None,
        source=source.strip() if source and source.strip() else None,
    )


class ReportOptions:
    """The options of a report, checked and parsed without the database: the
    spec so far (`draft`, its scope's names as typed) and the window as typed
    (its open ends and words need the records)."""

    __slots__ = ("draft", "end", "period", "previous", "start", "year")

    def __init__(
        self,
        draft: ReportSpec,
        year: int | None = None,
        period: str | None = None,
        start: str | None = None,
        end: str | None = None,
        previous: bool = False,
    ) -> None:
        self.draft = draft
        self.year, self.period, self.start, self.end = year, period, start, end
        self.previous = previous

    @classmethod
    def parse(
        cls,
        question: str = "report",
        *,
        scope: Scope | None = None,
        actor: str | None = None,
        region: str | None = None,
        layer: str | None = None,
        source: str | None = None,
        year: int | None = None,
        period: str | None = None,
        start: str | None = None,
        end: str | None = None,
        by: str | None = None,
        compare: str | None = None,
        no_compare: bool = False,
        common: bool = False,
        rolling: str | None = None,
        on: Sequence[str | date] = (),
        until: str | date | None = None,
        window: str | None = None,
        gap: int | None = None,
        stale: int | None = None,
        as_of: str | date | None = None,
        against: str | None = None,
    ) -> ReportOptions:
        """Check and parse each option, in the order a command line is read;
        the first malformed one is the error (named as its option). `question`
        is the command the spec is for (`report`, `balance`, `held`...): only a
        report compares with the previous equal period by default."""
        from frontline.model.periods import UNITS, parse_duration, parse_period

        if question not in QUESTIONS:
            raise ValueError(f"not a question: {question}")

        if scope is None:
            scope = parse_scope(actor, region, layer, source)
        else:
            scope = parse_scope(*scope)
        if by is not None and by.strip().lower() not in UNITS:
            raise InputError("by", f"{by!r} is not one of {', '.join(UNITS)}")
        if compare is not None and no_compare:
            raise InputError("compare", "give --compare or --no-compare, not both")
        baseline = parse_period(compare, "compare") if compare is not None else None
        length = parse_duration(rolling, "rolling") if rolling is not None else None
        trailing: Length | Period | None = None
        if window is not None:
            text = window.strip().lower()
            if text and text[-1] in "dwmy" and text[:-1].strip().isdigit():
                trailing = parse_duration(window, "window")
            else:
                trailing = parse_period(window, "window")
        if as_of is not None and stale is None:
            raise InputError("as-of", "--as-of goes with --stale N")
        reference = against.strip() if against and against.strip() else None
        draft = ReportSpec(
            question=question,
            scope=scope,
            by=by.strip().lower() if by else None,
            baseline=baseline,
            common=common,
            rolling=length,
            days=tuple(_day(day, "on") for day in on),
            until=_day(until, "until") if until is not None else None,
            trailing=trailing,
            gap=gap,
            stale=stale,
            as_of=_day(as_of, "as-of") if as_of is not None else None,
            against=reference,
        )
        _window_bounds(year, period, start, end)  # malformed: the error, first
        previous = question == "report" and not no_compare
        return cls(draft, year, period, start, end, previous)

    def resolve(self, conn: sqlite3.Connection | None) -> ReportSpec:
        """The spec these options name in this database: names as stored, the
        window's open ends closed on the records the filters select."""
        draft = self.draft
        scope = spelt_as_stored(conn, draft.scope)
        window, named = _read_window(
            conn, scope, self.year, self.period, self.start, self.end
        )
        baseline = draft.baseline
        if baseline is None and named and self.previous and window is not None:
            from frontline.model.periods import previous

            baseline = previous(window)
        return draft._replace(
            scope=scope,
            window=window,
            named=named,
            by=draft.by or (None if named else "year"),
            baseline=baseline,
        )


class ReportSpec(NamedTuple):
    """A fully determined question to the records.

    `question`: the command it is for (`QUESTIONS`); the fields it does not use
    keep their defaults.
    `window` None: every record (`by` then defaults to year). `named`: whether
    the options named a window (a report then compares with the previous equal
    period unless told otherwise). `baseline`: the period compared with, or None.
    `rolling`: the trailing length of each bucket's pace. `days`: the days of
    `held`; `until` and `trailing` (a length, a period, or None for 90 days):
    `project`; `gap`, `stale` and `as_of`: `check`; `against`: the reference
    source of `sources`, and `common` whether sources share their days.
    """

    question: str = "report"
    scope: Scope = Scope()
    window: Period | None = None
    named: bool = False
    by: str | None = "year"
    baseline: Period | None = None
    common: bool = False
    rolling: Length | None = None
    days: tuple[date, ...] = ()
    until: date | None = None
    trailing: Length | Period | None = None
    gap: int | None = None
    stale: int | None = None
    as_of: date | None = None
    against: str | None = None

    @classmethod
    def build(
        cls, conn: sqlite3.Connection | None, question: str = "report", **options: Any
    ) -> ReportSpec:
        """The spec of these options (`ReportOptions.parse`'s keywords) in this
        database; a scope given as `Scope(...)` is checked and spelt the same."""
        return ReportOptions.parse(question, **options).resolve(conn)

    def with_scope(self, scope: Scope) -> ReportSpec:
        return self._replace(scope=scope)

    # The questions. Each is one report function given the spec's values.

    def report(self, conn: sqlite3.Connection | None) -> Report:
        """Totals, coverage, rates, cumulative totals, holdings and the
        comparison (`reports/window.py`)."""
        from frontline.reports.window import report

        return report(
            conn,
            self.scope,
            self.window,
            self.by,
            self.baseline,
            common=self.common,
            rolling=self.rolling,
        )

    def balance(self, conn: sqlite3.Connection | None) -> Balance:
        from frontline.reports.balance import balance

        return balance(conn, self.scope, self.window)

    def held(self, conn: sqlite3.Connection | None) -> HeldReport:
        from frontline.reports.held import held

        return held(conn, self.scope, self.days)

    def project(self, conn: sqlite3.Connection | None) -> Projection:
        from frontline.reports.projection import project

        if self.until is None:
            raise InputError("until", "give the day to project to")
        if self.trailing is None:
            return project(conn, self.scope, self.until)
        return project(conn, self.scope, self.until, self.trailing)

    def check(self, conn: sqlite3.Connection | None) -> Check:
        from frontline.reports.check import check

        return check(conn, self.scope, gap=self.gap, stale=self.stale, as_of=self.as_of)

    def sources(self, conn: sqlite3.Connection | None) -> SourcesReport:
        from frontline.reports.sources import sources

        return sources(
            conn, self.scope, self.window, common=self.common, against=self.against
        )


def _day(value: str | date, field: str) -> date:
    from frontline.model.values import parse_date

    return value if isinstance(value, date) else parse_date(value, field)


def _read_window(
    conn: sqlite3.Connection | None,
    scope: Scope,
    year: int | None,
    period: str | None,
    start: str | None,
    end: str | None,
) -> tuple[Period | None, bool]:
    """The window the options name, and whether they named one at all: `--year`,
    `--period` (open at either end: `2024-09..`) or `--from`/`--to`, an open end
    closed on the records the scope selects (`resolve_window`)."""
    from frontline.reports.common import resolve_window

    whole, first, last = _window_bounds(year, period, start, end)
    if whole is not None:
        return whole, True
    if first is None and last is None:
        return None, False
    return resolve_window(conn, scope, first, last), True


def _window_bounds(
    year: int | None, period: str | None, start: str | None, end: str | None
) -> tuple[Period | None, date | None, date | None]:
    """What the window options say before any record is read: a whole period,
    or a first and last day (either may be open). Checked at parse time, so a
    malformed option is the error even where there is no database."""
    from frontline.model.periods import bucket_of, parse_open_period
    from frontline.model.values import parse_date

    if year is not None and period is not None:
        raise InputError("period", "give --year or --period, not both")
    if (year is not None or period is not None) and (start or end):
        raise InputError("from", "give --from/--to or --year/--period, not both")
    if year is not None:
        if not 1 <= year <= 9999:
            raise InputError("year", f"{year} is not a year")
        return bucket_of(date(year, 1, 1), "year"), None, None
    if period is not None:
        low, high = parse_open_period(period, "period")
        return None, low.start if low else None, high.end if high else None
    first = parse_date(start, "from") if start else None
    last = parse_date(end, "to") if end else None
    if first and last and last < first:
        raise InputError("to", f"{last} is before --from {first}")
    return None, first, last
