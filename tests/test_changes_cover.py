"""`Series.changes_cover`: a series' change records, unbroken, with its loaded
snapshots on the days just outside them, cover a span: the quick proof that
a report's gap check needs nothing more (`reports.common.note_gaps`). Worked
by hand on January days; wherever it says so, `_spaced_daily` agrees."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from tests.test_mutants_window import daily_case, jan, json_of, records

from frontline.reports.common import _spaced_daily


@pytest.mark.parametrize(
    ("changes", "snapshots", "first", "last", "covered"),
    [
        # Two change records end to end cover 1..20, and any days inside.
        ([(1, 10), (11, 20)], [], 1, 20, True),
        ([(1, 10), (11, 20)], [], 5, 8, True),
        ([(1, 10), (11, 20)], [], 20, 20, True),
        # A day past either end is not covered without a snapshot on it.
        ([(1, 10), (11, 20)], [], 1, 21, False),
        ([(1, 10), (11, 20)], [], 2, 21, False),
        ([(2, 10), (11, 20)], [], 1, 20, False),
        # A day between two records breaks the run: then nothing is proved
        # this way, even of days the first record covers.
        ([(1, 10), (12, 20)], [], 1, 20, False),
        ([(1, 10), (12, 20)], [], 1, 10, False),
        # A snapshot on the day before the first record or after the last
        # covers it; one two days before does not cover the day between.
        ([(2, 20)], [1], 1, 20, True),
        ([(2, 20)], [1], 1, 19, True),
        ([(3, 20)], [2], 1, 20, False),
        ([(3, 20)], [1], 1, 20, False),
        ([(1, 19)], [20], 1, 20, True),
        ([(1, 18)], [20], 1, 20, False),
        ([(1, 18)], [19], 1, 20, False),
        # A snapshot on a day before the span covers none of the days
        # between it and the records (two such days here, as many as the
        # snapshots up to either end), nor does one inside them a day after.
        ([(4, 20)], [1], 2, 20, False),
        ([(1, 20)], [5], 1, 22, False),
        # Snapshots inside a record (their changes nest in it) count for
        # nothing, and do not break the run.
        ([(1, 20)], [5, 9], 1, 20, True),
        ([(1, 20)], [5, 9], 1, 21, False),
        # A top-level change between two snapshots is not a change record.
        ([], [1, 2, 3], 2, 3, False),
        ([(5, 10)], [1, 4], 2, 10, False),
        # No figure at all.
        ([], [], 1, 1, False),
        ([], [3], 3, 3, False),
    ],
)
def test_change_records_cover_a_span(
    changes: list[tuple[int, int]],
    snapshots: list[int],
    first: int,
    last: int,
    covered: bool,
) -> None:
    series, spans = daily_case(changes, snapshots)
    assert series.changes_cover(jan(first), jan(last)) is covered
    if covered:  # the gap check's own test: every day of first..last covered
        assert _spaced_daily(series, spans, jan(first), jan(last + 1))


def test_a_gap_before_a_run_of_change_records_is_found(
    cli: Callable, run: Callable, tmp_path: Path
) -> None:
    """A snapshot on 1 March, then a change record for each day of 10..25
    March: the records run unbroken, but not from the first day loaded, so
    2..9 March (8 missing days, past the 3 of a daily series) is a gap that
    the report names."""
    rows = ["holding,russia,a,control,2024-03-01,2024-03-01,100,exact,S,,,"]
    rows += [
        f"change,russia,a,control,2024-03-{d:02d},2024-03-{d:02d},1,exact,S,,,"
        for d in range(10, 26)
    ]
    records(run, tmp_path, rows)
    report = json_of(cli, "report", "--period", "2024-03", "--no-compare")
    assert [(w["kind"], w["first"], w["last"]) for w in report["warnings"]] == [
        ("gap", "2024-03-02", "2024-03-09")
    ]


def test_a_gap_in_a_layer_after_a_layer_spaced_daily_by_snapshots_too(
    cli: Callable, run: Callable, tmp_path: Path
) -> None:
    """Layer a: snapshots on 1 and 2 March, then a change record for each day
    of 3..15 (its first figure is the change between two snapshots, so only
    the longer check finds it spaced daily). Layer b: holdings with 6..12
    March missing. The sum of the two layers warns about b's gap."""
    rows = [
        f"holding,russia,r,a,2024-03-0{d},2024-03-0{d},{100 + d},exact,S,,,"
        for d in (1, 2)
    ]
    rows += [
        f"change,russia,r,a,2024-03-{d:02d},2024-03-{d:02d},1,exact,S,,,"
        for d in range(3, 16)
    ]
    rows += [
        f"holding,russia,r,b,2024-03-{d:02d},2024-03-{d:02d},{100 + d},exact,S,,,"
        for d in (1, 2, 3, 4, 5, 13, 14, 15)
    ]
    records(run, tmp_path, rows)
    report = json_of(
        cli, "report", "--period", "2024-03", "--no-compare", "--layer", "a+b"
    )
    assert [(w["kind"], w["first"], w["last"]) for w in report["warnings"]] == [
        ("gap", "2024-03-06", "2024-03-12")
    ]
