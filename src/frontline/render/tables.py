"""A finished report as a Table: the one contract between a report and every
way of writing it.

A `Table` is columns (each with its key, heading, unit and whether it is a
number) and rows of values in column order. The keys are the documented JSON
keys (README, "JSON keys"): they are defined here, once, as `Column`s, and every
writer takes them from here — JSON and CSV (`render/report.py`, `held.py`),
the library's lists of dicts (`frontline.open`), and any later layout (a pivot,
a workbook, a published table). A writer decides how a value looks (`~2,700`,
`""` for null in CSV), never what it is called.

The values are the model's, unrounded: dates as ISO text, None for "no figure",
bounds as their names.
"""

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from frontline.model.figures import Issue, SeriesKey
    from frontline.model.periods import Period
    from frontline.model.scope import Scope
    from frontline.reports.common import Warning
    from frontline.reports.held import HeldReport
    from frontline.reports.window import Comparison, Report, Row


class Column(NamedTuple):
    """One documented key: what a value is called in JSON and CSV (`key`), in a
    heading (`heading`, with its `unit`), and whether it is a number. A text
    layout may give it a heading of its own (`column._replace(heading=…)`) and
    let free text wrap (`wrap`): never a key of its own."""

    key: str
    heading: str
    unit: str | None = None
    numeric: bool = False
    wrap: bool = False


def _number(key: str, heading: str, unit: str | None = None) -> Column:
    return Column(key, heading, unit, numeric=True)


class Table(NamedTuple):
    """Columns and rows of values in column order. A text layout of a report
    is a Table too, of the same keys, whose values are cell text: what the
    terminal's table and Markdown writers draw (`render.table.draw`,
    `render.formats.markdown_of`)."""

    columns: tuple[Column, ...]
    rows: list[tuple[Any, ...]]

    @property
    def keys(self) -> tuple[str, ...]:
        return keys(self.columns)

    def dicts(self) -> list[dict[str, Any]]:
        """The rows as JSON objects: one dict per row, keys in column order."""
        names = self.keys
        return [dict(zip(names, row, strict=True)) for row in self.rows]


def keys(columns: Sequence[Column]) -> tuple[str, ...]:
    return tuple(column.key for column in columns)


# --- the documented keys ---------------------------------------------------------

ACTOR = Column("actor", "actor")
REGION = Column("region", "region")
LAYER = Column("layer", "layer")
SOURCE = Column("source", "source")
SERIES = (ACTOR, REGION, LAYER, SOURCE)

LABEL = Column("label", "period")
PERIOD = Column("period", "period")
START = Column("start", "first day")
END = Column("end", "last day")
DAYS = _number("days", "days")
DAYS_COVERED = _number("days_covered", "days covered")
COVERAGE = _number("coverage", "coverage", "share of days")
AREA = _number("area_km2", "area", "km²")
BOUND = Column("bound", "bound")
RATE = _number("rate_km2_per_day", "rate", "km²/day")
CUMULATIVE = _number("cumulative_km2", "cumulative", "km²")
CUMULATIVE_BOUND = Column("cumulative_bound", "cumulative bound")
HOLDING = _number("holding_km2", "held", "km²")
HOLDING_BOUND = Column("holding_bound", "held bound")
HOLDING_ON = Column("holding_on", "held on")
PRORATED = Column("prorated", "prorated")
SHARE = _number("share_of_region", "share of region", "share")
HOLDING_SHARE = _number("holding_share_of_region", "held share of region", "share")
ROLLING_START = Column("rolling_start", "rolling from")
ROLLING_END = Column("rolling_end", "rolling to")
ROLLING_RATE = _number("rolling_rate_km2_per_day", "rolling rate", "km²/day")
ROLLING_BOUND = Column("rolling_bound", "rolling bound")
PREVIOUS_START = Column("previous_rolling_start", "previous from")
PREVIOUS_END = Column("previous_rolling_end", "previous to")
PREVIOUS_RATE = _number(
    "previous_rolling_rate_km2_per_day", "previous rolling rate", "km²/day"
)
ROLLING_RATIO = _number("rolling_ratio", "pace", "ratio")
WARNINGS = Column("warnings", "warnings")

PERIOD_START = Column("period_start", "first day")
PERIOD_END = Column("period_end", "last day")
BASELINE = Column("baseline", "baseline")
BASELINE_START = Column("baseline_start", "baseline first day")
BASELINE_END = Column("baseline_end", "baseline last day")
BASELINE_AREA = _number("baseline_area_km2", "baseline area", "km²")
BASELINE_BOUND = Column("baseline_bound", "baseline bound")
BASELINE_COVERED = _number("baseline_days_covered", "baseline days covered")
BASELINE_COVERAGE = _number("baseline_coverage", "baseline coverage", "share of days")
BASELINE_BELOW_HALF = Column("baseline_below_half", "baseline below half")
BASELINE_RATE = _number("baseline_rate_km2_per_day", "baseline rate", "km²/day")
AREA_RATIO = _number("area_ratio", "area ratio", "ratio")
AREA_CHANGE = _number("area_change_km2", "area change", "km²")
AREA_CHANGE_BOUND = Column("area_change_bound", "area change bound")
RATE_RATIO = _number("rate_ratio", "rate ratio", "ratio")

ON = Column("on", "on")
AS_OF = Column("as_of", "as of")
STALE_DAYS = _number("stale_days", "days stale")
SNAPSHOT_ON = Column("snapshot_on", "snapshot")

GAINED = _number("gained_km2", "gained", "km²")
GAINED_BOUND = Column("gained_bound", "gained bound")
RETAKEN = _number("retaken_km2", "retaken", "km²")
RETAKEN_BOUND = Column("retaken_bound", "retaken bound")
RETAKEN_BY = Column("retaken_by", "retaken by")
RETAKEN_FROM = Column("retaken_from", "retaken from")
NET = _number("net_km2", "net", "km²")
NET_BOUND = Column("net_bound", "net bound")
SHARE_RETAKEN = _number("share_retaken", "share retaken", "share")
SHARE_RETAKEN_BOUND = Column("share_retaken_bound", "share retaken bound")
RETAKEN_MISSING = Column("retaken_missing", "retaken missing")

WINDOW_START = Column("window_start", "rate from")
WINDOW_END = Column("window_end", "rate to")
WINDOW_DAYS = _number("window_days", "rate days")
RATE_BOUND = Column("rate_bound", "rate bound")
FROM = Column("from", "from")
UNTIL = Column("until", "until")
DAYS_AHEAD = _number("days_ahead", "days ahead")
PROJECTED_GAIN = _number("projected_gain_km2", "projected gain", "km²")
PROJECTED_HOLDING = _number("projected_holding_km2", "projected holding", "km²")
TRAILING = Column("trailing", "trailing")

REFERENCE = Column("reference", "reference")
CHANGE_DIFFERENCE = _number("change_difference_km2", "Δ change", "km²")
CHANGE_DIFFERENCE_PCT = _number("change_difference_pct", "Δ change", "%")
FIRST_SHARED = Column("first_shared_snapshot", "first shared snapshot")
FIRST_HOLDING = _number("first_holding_km2", "first held", "km²")
LAST_SHARED = Column("last_shared_snapshot", "last shared snapshot")
HOLDING_DIFFERENCE = _number("holding_difference_km2", "Δ held", "km²")
HOLDING_DIFFERENCE_PCT = _number("holding_difference_pct", "Δ held", "%")
COMMON = Column("common", "common days")

WITHIN = Column("within", "within")
FROM_DAY = Column("from_day", "from")
TO_DAY = Column("to_day", "to")
FROM_RECORD = _number("from_record", "from record")
TO_RECORD = _number("to_record", "to record")
LOST = _number("lost_km2", "lost", "km²")
REASON = Column("reason", "reason")
CHANGE = Column("change", "change")
TO = Column("to", "to")
MISSING = "missing"

NUMBER = _number("number", "number")
KIND = Column("kind", "kind")
FIRST = Column("first", "first day")
LAST = Column("last", "last day")
RECORDS = Column("records", "records")
MESSAGE = Column("message", "message")

# The keys of a report's JSON document besides `baseline`, `warnings` and `days`.
WINDOW, BY, FILTERS = "window", "by", "filters"
ROWS, COMPARISONS = "rows", "comparisons"
# `check`'s document: how many series and records it read, and the issues.
SERIES_COUNT, ISSUES = "series", "issues"
# The series as people read it ("russia in kursk"), in text layouts only.
SERIES_LABEL = Column(SERIES_COUNT, "series", wrap=True)

REPORT_ROW = (
    *SERIES,
    PERIOD,
    START,
    END,
    AREA,
    BOUND,
    DAYS,
    DAYS_COVERED,
    COVERAGE,
    RATE,
    CUMULATIVE,
    CUMULATIVE_BOUND,
    HOLDING,
    HOLDING_BOUND,
    HOLDING_ON,
    PRORATED,
)
SHARES = (SHARE, HOLDING_SHARE)
PACE = (
    ROLLING_START,
    ROLLING_END,
    ROLLING_RATE,
    ROLLING_BOUND,
    PREVIOUS_START,
    PREVIOUS_END,
    PREVIOUS_RATE,
    ROLLING_RATIO,
)
COMPARISON = (
    *SERIES,
    PERIOD,
    PERIOD_START,
    PERIOD_END,
    BASELINE,
    BASELINE_START,
    BASELINE_END,
    AREA,
    BOUND,
    DAYS_COVERED,
    COVERAGE,
    RATE,
    BASELINE_AREA,
    BASELINE_BOUND,
    BASELINE_COVERED,
    BASELINE_COVERAGE,
    BASELINE_BELOW_HALF,
    BASELINE_RATE,
    AREA_RATIO,
    AREA_CHANGE,
    AREA_CHANGE_BOUND,
    RATE_RATIO,
)
CHANGE_KM2 = _number("change_km2", "change", "km²")
SHARE_CHANGE_PP = _number("share_change_pp", "change of region", "pp")
HELD_ROW = (
    *SERIES,
    ON,
    HOLDING,
    HOLDING_BOUND,
    AS_OF,
    STALE_DAYS,
    SNAPSHOT_ON,
    SHARE,
    CHANGE_KM2,
    SHARE_CHANGE_PP,
)
ISSUE = (KIND, *SERIES, FIRST, LAST, RECORDS, MESSAGE)
BALANCE_ROW = (
    REGION,
    LAYER,
    SOURCE,
    ACTOR,
    START,
    END,
    GAINED,
    GAINED_BOUND,
    DAYS_COVERED,
    RETAKEN,
    RETAKEN_BOUND,
    RETAKEN_BY,
    RETAKEN_FROM,
    NET,
    NET_BOUND,
    SHARE_RETAKEN,
    SHARE_RETAKEN_BOUND,
    RETAKEN_MISSING,
)
PROJECTION_ROW = (
    *SERIES,
    WINDOW_START,
    WINDOW_END,
    WINDOW_DAYS,
    DAYS_COVERED,
    RATE,
    RATE_BOUND,
    FROM,
    UNTIL,
    DAYS_AHEAD,
    PROJECTED_GAIN,
    HOLDING,
    HOLDING_ON,
    PROJECTED_HOLDING,
)
SOURCES_ROW = (
    *SERIES,
    REFERENCE,
    DAYS,
    DAYS_COVERED,
    AREA,
    BOUND,
    RATE,
    CHANGE_DIFFERENCE,
    CHANGE_DIFFERENCE_PCT,
    FIRST_SHARED,
    FIRST_HOLDING,
    LAST_SHARED,
    HOLDING,
    HOLDING_BOUND,
    SHARE,
    HOLDING_DIFFERENCE,
    HOLDING_DIFFERENCE_PCT,
)
MAP_DIFF_ROW = (
    *SERIES,
    WITHIN,
    FROM_DAY,
    TO_DAY,
    FROM_RECORD,
    TO_RECORD,
    GAINED,
    LOST,
    NET,
)
MAP_DIFF_MISSING = (*SERIES, REASON)

# `region list` and `event list`: a region's area, a named day.
SLUG = Column("slug", "region")
NAME = Column("name", "name")
NOTE = Column("note", "note", wrap=True)
REGION_ROW = (SLUG, NAME, AREA._replace(heading="km²"), NOTE)
DAY = Column("day", "day")
EVENT_ROW = (
    NAME._replace(heading="event"),
    DAY,
    SOURCE._replace(wrap=True),
    NOTE,
)


# --- report -> Table ---------------------------------------------------------------


def report_columns(report: "Report") -> tuple[Column, ...]:
    """A report row's columns: the shares of the region, and the pace when the
    report has one (`--rolling`), come after `prorated`; warnings last."""
    pace = PACE if report.rolling is not None else ()
    return (*REPORT_ROW, *SHARES, *pace, WARNINGS)


def row_values(
    row: "Row",
    iso: Callable[[date], str] = date.isoformat,
    null: object = None,
    truth: tuple[object, object] = (False, True),
) -> tuple:
    """A report row's values in `REPORT_ROW` order; `null` stands for None and
    `truth` for false/true (CSV writes "", "false", "true")."""
    integral, cumulative, holding = row.integral, row.cumulative, row.holding
    covered, total, bound = integral.covered, integral.total, integral.bound
    days = (integral.end - integral.start).days + 1
    return (
        *row.key,
        row.bucket.label,
        iso(row.bucket.start),
        iso(row.bucket.end),
        null if total is None else total,
        null if bound is None else bound,
        days,
        covered,
        covered / days,
        total / covered if covered and total is not None else null,
        null if cumulative.total is None else cumulative.total,
        null if cumulative.bound is None else cumulative.bound,
        null if holding is None else holding.area,
        null if holding is None else holding.bound,
        null if holding is None else iso(holding.on),
        truth[integral.prorated],
    )


def extra_values(report: "Report", row: "Row") -> tuple:
    """The values after `prorated`: shares of the region (`SHARES`), and the
    pace (`PACE`) with `--rolling`."""
    shares = report.shares
    region = row.key[1]
    holding = row.holding
    values: tuple = (
        shares.share(row.integral.total, region),
        shares.share(holding.area if holding else None, region),
    )
    pace = row.pace
    if report.rolling is not None and pace is not None:
        now, before = pace.current, pace.previous
        values += (
            now.start.isoformat(),
            now.end.isoformat(),
            now.rate,
            now.bound,
            before.start.isoformat(),
            before.end.isoformat(),
            before.rate,
            pace.ratio,
        )
    return values


def report_table(report: "Report") -> Table:
    """The rows of a report, one per series and bucket."""
    rows = [
        (*row_values(row), *extra_values(report, row), list(row.warnings))
        for row in report.rows
    ]
    return Table(report_columns(report), rows)


def comparison_values(comparison: "Comparison") -> tuple:
    current, base = comparison.current, comparison.base
    return (
        *comparison.key,
        comparison.period.label,
        comparison.period.start.isoformat(),
        comparison.period.end.isoformat(),
        comparison.baseline.label,
        comparison.baseline.start.isoformat(),
        comparison.baseline.end.isoformat(),
        current.total,
        current.bound,
        current.covered,
        current.coverage,
        current.rate,
        base.total,
        base.bound,
        base.covered,
        base.coverage,
        comparison.baseline_below_half,
        base.rate,
        comparison.area_ratio,
        comparison.area_change,
        comparison.change_bound,
        comparison.rate_ratio,
    )


def comparisons_table(report: "Report") -> Table:
    """Each series over the window against the same series over the baseline."""
    return Table(COMPARISON, [comparison_values(c) for c in report.comparisons])


def held_changes(result: "HeldReport") -> list[tuple[float | None, float | None]]:
    """For each row, the change from the same series' previous day asked (km²,
    and percentage points of the region when its area is known): "78 % of
    Donetsk against 62 % a year ago". None on a series' first day, or when
    either day has no holding."""
    before: dict[SeriesKey, float | None] = {}
    changes = []
    for row in result.rows:
        area = row.held.holding.area if row.held else None
        previous = before.get(row.key)
        change = None if area is None or previous is None else area - previous
        share = result.shares.share(change, row.key[1])
        changes.append((change, None if share is None else 100 * share))
        before[row.key] = area
    return changes


def held_table(result: "HeldReport") -> Table:
    """The area each series held at the end of each day asked, and the change
    from its previous day asked."""
    rows = []
    for row, change in zip(result.rows, held_changes(result), strict=True):
        found = row.held
        holding = found.holding if found else None
        rows.append(
            (
                *row.key,
                row.asked.isoformat(),
                holding.area if holding else None,
                holding.bound if holding else None,
                holding.on.isoformat() if holding else None,
                found.stale_days if found else None,
                found.basis.isoformat() if found else None,
                result.shares.share(holding.area if holding else None, row.key[1]),
                *change,
            )
        )
    return Table(HELD_ROW, rows)


# --- the parts every report's JSON shares -----------------------------------------


def key_json(key: "SeriesKey") -> dict[str, str]:
    return dict(zip(keys(SERIES), key, strict=True))


def scope_json(scope: "Scope") -> dict[str, str | None]:
    return dict(zip(keys(SERIES), scope, strict=True))


def period_json(period: "Period | None") -> dict[str, Any] | None:
    if period is None:
        return None
    return {
        LABEL.key: period.label,
        START.key: period.start.isoformat(),
        END.key: period.end.isoformat(),
        DAYS.key: period.days,
    }


def issue_json(issue: "Issue") -> dict[str, Any]:
    values = (
        issue.kind,
        *issue.series,
        issue.first.isoformat(),
        issue.last.isoformat(),
        list(issue.records),
        issue.message,
    )
    return dict(zip(keys(ISSUE), values, strict=True))


def warning_json(warning: "Warning") -> dict[str, Any]:
    return {NUMBER.key: warning.number, **issue_json(warning.issue)}


# --- the pivot: series rows x bucket columns ----------------------------------------

TOTAL = _number("total", "total", "km²")
# The pivot's JSON document: the bucket labels, in order, beside its rows.
BUCKETS = "buckets"


def bucket_column(label: str) -> Column:
    """A pivot's column for one bucket: its label is its key (`2024-09`)."""
    return _number(label, label, "km²")


# --- records and streaks ------------------------------------------------------------

# Each of these is an object {label, area_km2, bound} in JSON; CSV flattens it
# into `largest_label`, `largest_km2`, `largest_bound`.
LARGEST = Column("largest", "largest")
SMALLEST = Column("smallest", "smallest")
LATEST = Column("latest", "latest")
LATEST_RANK = _number("latest_rank", "rank")
RANKED = _number("ranked", "of")
LARGEST_SINCE = Column("largest_since", "largest since")
RISING_STREAK = _number("rising_streak", "rising")
NET_POSITIVE_STREAK = _number("net_positive_streak", "net positive")
NET_NEGATIVE_STREAK = _number("net_negative_streak", "net negative")
FIGURES = (LARGEST, SMALLEST, LATEST)
RECORDS_ROW = (
    *SERIES,
    LARGEST,
    SMALLEST,
    LATEST,
    LATEST_RANK,
    RANKED,
    LARGEST_SINCE,
    RISING_STREAK,
    NET_POSITIVE_STREAK,
    NET_NEGATIVE_STREAK,
)


# --- time to a target -----------------------------------------------------------------

# `project --reach`'s document: the area asked for, beside its rows.
REACH = "reach"
REACH_KM2 = _number("reach_km2", "target", "km²")
REACH_DATE = Column("reach_date", "reached on")
DAYS_TO_REACH = _number("days_to_reach", "days")
YEARS_TO_REACH = _number("years_to_reach", "years")
REACH_ROW = (
    *SERIES,
    WINDOW_START,
    WINDOW_END,
    WINDOW_DAYS,
    DAYS_COVERED,
    RATE,
    RATE_BOUND,
    HOLDING,
    HOLDING_BOUND,
    HOLDING_ON,
    REACH_KM2,
    REACH_DATE,
    DAYS_TO_REACH,
    YEARS_TO_REACH,
)
