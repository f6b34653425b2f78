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
    from frontline.reports.extremes import Records
    from frontline.reports.held import HeldReport
    from frontline.reports.projection import Projection
    from frontline.reports.reach import Reach
    from frontline.reports.sources import SourcesReport
    from frontline.reports.window import Report

Length = int | tuple[int, str]
# The questions a spec can be for: a command each (a chart draws a report).
QUESTIONS = (
    "report",
    "chart",
    "balance",
    "held",
    "project",
    "check",
    "sources",
    "records",
)


def parse_scope(
    actor: str | None = None,
    region: str | None = None,
    layer: str | None = None,
    source: str | None = None,
) -> Scope:
    """The filters as typed, checked: slugs for actor and region, a layer or a
    sum of layers (`control+advances`), a source name without surrounding spaces."""
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

    __slots__ = ("compare", "draft", "end", "period", "previous", "start", "year")

    def __init__(
        self,
        draft: "ReportSpec",
        year: int | None = None,
        period: str | None = None,
        start: str | None = None,
        end: str | None = None,
        previous: bool = False,
        compare: str | None = None,
    ) -> None:
        self.draft = draft
        self.year, self.period, self.start, self.end = year, period, start, end
        self.previous = previous
        # A --compare naming an event or last-30d, read once the database
        # gives the events and the newest figure.
        self.compare = compare

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
        reach: str | float | None = None,
    ) -> "ReportOptions":
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
        baseline, named_compare = _baseline(compare)
        length = parse_duration(rolling, "rolling") if rolling is not None else None
        trailing: Length | Period | None = None
        if window is not None:
            text = window.strip().lower().removeprefix("last-")
            if text and text[-1] in "dwmy" and text[:-1].strip().isdigit():
                trailing = parse_duration(text, "window")
            else:
                trailing = parse_period(window, "window")
        if as_of is not None and stale is None and question == "check":
            raise InputError("as-of", "--as-of goes with --stale N")
        reference = against.strip() if against and against.strip() else None
        draft = ReportSpec(
            question=question,
            scope=scope,
            by=by.strip().lower() if by else None,
            baseline=baseline,
            common=common,
            rolling=length,
            days=tuple(_day_or_name(day, "on") for day in on),
            until=_day_or_name(until, "until") if until is not None else None,
            trailing=trailing,
            gap=gap,
            stale=stale,
            as_of=_day(as_of, "as-of") if as_of is not None else None,
            against=reference,
            target=_reach(reach),
        )
        previous = question == "report" and not no_compare
        return cls(draft, year, period, start, end, previous, named_compare)

    def resolve(self, conn: sqlite3.Connection | None) -> "ReportSpec":
        """The spec these options name in this database: names as stored, the
        window's open ends closed on the records the filters select."""
        draft = self.draft
        scope = spelt_as_stored(conn, draft.scope)
        words = " ".join(text for text in (self.period, self.compare) if text)
        # Only a period, a day or a comparison given as text may name an event.
        calendar = (
            _calendar(conn, scope, draft.as_of, words or None)
            if self.year is None
            or self.compare is not None
            or draft.days
            or draft.until
            else None
        )
        window, named = _read_window(
            conn, scope, self.year, self.period, self.start, self.end, calendar
        )
        baseline = draft.baseline
        if self.compare is not None:
            from frontline.model.periods import parse_period

            baseline = parse_period(self.compare, "compare", calendar)
        if baseline is None and named and self.previous and window is not None:
            from frontline.model.periods import previous

            baseline = previous(window)
        return draft._replace(
            scope=scope,
            window=window,
            named=named,
            by=draft.by or (None if named else "year"),
            baseline=baseline,
            days=tuple(_named_day(day, "on", calendar) for day in draft.days),
            until=_named_day(draft.until, "until", calendar),
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
    window: "Period | None" = None
    named: bool = False
    by: str | None = "year"
    baseline: "Period | None" = None
    common: bool = False
    rolling: Length | None = None
    # Days named by an event (`alaska+1d`) are text until `resolve` reads them.
    days: tuple[date | str, ...] = ()
    until: date | str | None = None
    trailing: "Length | Period | None" = None
    gap: int | None = None
    stale: int | None = None
    as_of: date | None = None
    against: str | None = None
    target: float | str | None = None

    @classmethod
    def build(
        cls, conn: sqlite3.Connection | None, question: str = "report", **options: Any
    ) -> "ReportSpec":
        """The spec of these options (`ReportOptions.parse`'s keywords) in this
        database; a scope given as `Scope(...)` is checked and spelt the same."""
        return ReportOptions.parse(question, **options).resolve(conn)

    def with_scope(self, scope: Scope) -> "ReportSpec":
        return self._replace(scope=scope)

    # The questions. Each is one report function given the spec's values.

    def report(self, conn: sqlite3.Connection | None) -> "Report":
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

    def records(self, conn: sqlite3.Connection | None) -> "Records":
        """Records and streaks over the buckets (`reports/extremes.py`)."""
        from frontline.reports.extremes import extremes

        return extremes(conn, self.scope, self.window, self.by)

    def balance(self, conn: sqlite3.Connection | None) -> "Balance":
        from frontline.reports.balance import balance

        return balance(conn, self.scope, self.window)

    def held(self, conn: sqlite3.Connection | None) -> "HeldReport":
        from frontline.reports.held import held

        return held(conn, self.scope, self.days)

    def project(self, conn: sqlite3.Connection | None) -> "Projection":
        from frontline.reports.projection import project

        if self.until is None:
            raise InputError("until", "give the day to project to")
        if self.trailing is None:
            return project(conn, self.scope, self.until)
        return project(conn, self.scope, self.until, self.trailing)

    def reach(self, conn: sqlite3.Connection | None) -> "Reach":
        """The day each holding reaches `reach` (km² or `all`) at the trailing
        rate (`reports/reach.py`)."""
        from frontline.reports.reach import reach

        if self.target is None:
            raise InputError("reach", "give the area to reach, or all")
        if self.trailing is None:
            return reach(conn, self.scope, self.target)
        return reach(conn, self.scope, self.target, self.trailing)

    def check(self, conn: sqlite3.Connection | None) -> "Check":
        from frontline.reports.check import check

        return check(conn, self.scope, gap=self.gap, stale=self.stale, as_of=self.as_of)

    def sources(self, conn: sqlite3.Connection | None) -> "SourcesReport":
        from frontline.reports.sources import sources

        return sources(
            conn, self.scope, self.window, common=self.common, against=self.against
        )


def _day(value: str | date, field: str) -> date:
    from frontline.model.values import parse_date

    return value if isinstance(value, date) else parse_date(value, field)


def _baseline(compare: str | None) -> "tuple[Period | None, str | None]":
    """--compare as a period now, or (for an event or `last-30d`) as text to
    read in `resolve`."""
    if compare is None:
        return None, None
    from frontline.model.events import looks_like_event
    from frontline.model.periods import parse_period

    try:
        return parse_period(compare, "compare"), None
    except InputError:
        text = compare.strip()
        ends = [part.strip() for part in text.split("..") if part.strip()]
        if any(
            end.lower().startswith("last-") or looks_like_event(end) for end in ends
        ):
            return None, text
        raise


def _day_or_name(value: str | date, field: str) -> date | str:
    """A day, or an event expression kept as text until the database names its
    day (`resolve`)."""
    from frontline.model.events import looks_like_event

    try:
        return _day(value, field)
    except InputError:
        if isinstance(value, str) and looks_like_event(value):
            return value.strip()
        raise


def _named_day(value: date | str | None, field: str, calendar: Any) -> date | None:
    from frontline.model.periods import parse_day

    return None if value is None else parse_day(value, field, calendar)


def _reach(value: str | float | None) -> float | str | None:
    """`--reach AREA|all`: an area in km² (units as elsewhere), or `all`."""
    if value is None:
        return None
    if isinstance(value, str) and value.strip().lower() == "all":
        return "all"
    from frontline.model.records import parse_area

    area = parse_area(value, "reach")
    if area.km2 <= 0:
        raise InputError("reach", f"{value!r} must be more than 0")
    return area.km2


def _calendar(
    conn: sqlite3.Connection | None,
    scope: Scope,
    as_of: date | None,
    period: str | None,
) -> Any:
    """The events of the database, and the day `last-30d` ends on: --as-of, else
    the newest figure in scope (looked up only when a period asks for it)."""
    from frontline.model.periods import Calendar
    from frontline.store.events import event_days

    latest = as_of
    if latest is None and period is not None and "last-" in period.lower():
        from frontline.reports.common import resolve_window

        whole = resolve_window(conn, scope, None, None)
        latest = whole.end if whole else None
    return Calendar(event_days(conn), latest)


def _read_window(
    conn: sqlite3.Connection | None,
    scope: Scope,
    year: int | None,
    period: str | None,
    start: str | None,
    end: str | None,
    calendar: Any = None,
) -> "tuple[Period | None, bool]":
    """The window the options name, and whether they named one at all: `--year`,
    `--period` (open at either end: `2024-09..`) or `--from`/`--to`, an open end
    closed on the records the scope selects (`resolve_window`)."""
    from frontline.model.periods import bucket_of, parse_day, parse_open_period
    from frontline.reports.common import resolve_window

    if year is not None and period is not None:
        raise InputError("period", "give --year or --period, not both")
    if (year is not None or period is not None) and (start or end):
        raise InputError("from", "give --from/--to or --year/--period, not both")
    first = last = None
    if year is not None:
        if not 1 <= year <= 9999:
            raise InputError("year", f"{year} is not a year")
        return bucket_of(date(year, 1, 1), "year"), True
    if period is not None:
        low, high = parse_open_period(period, "period", calendar)
        if low is not None and low == high:  # keeps its label: 2025-H1, last-30d
            return low, True
        first = low.start if low else None
        last = high.end if high else None
    else:
        first = parse_day(start, "from", calendar) if start else None
        last = parse_day(end, "to", calendar) if end else None
        if first and last and last < first:
            raise InputError("to", f"{last} is before --from {first}")
    if first is None and last is None:
        return None, False
    return resolve_window(conn, scope, first, last), True
