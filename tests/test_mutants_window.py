"""`report` and what every report shares, worked by hand: warnings numbered once
each as they touch a report's days (their edges included), open windows closed
on the records, common days per actor, region and layer (never across them),
which series a report lists, and what an empty database gives."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from frontline.errors import InputError
from frontline.model.build import build
from frontline.model.figures import Issue
from frontline.model.records import Record
from frontline.model.scope import Scope
from frontline.reports.common import (
    Warning,
    WarningBook,
    _all_snapshots,
    _loaded_days,
    _spaced_daily,
    resolve_window,
)

HEADER = "kind,actor,region,layer,start,end,area_km2,bound,source,url,published,note"
KEY = ("russia", "a", "control", "S")


def jan(day: int) -> date:
    return date(2024, 1, day)


def issue(first: int, last: int, message: str = "m") -> Issue:
    return Issue(KEY, "gap", message, (), jan(first), jan(last))


def test_a_warning_touches_the_days_it_shares_with_the_report_edges_included() -> None:
    five_to_ten = SimpleNamespace(issues=[issue(5, 10)])
    for first, last in [(10, 20), (1, 5), (6, 8), (1, 31), (10, 10), (5, 5)]:
        book = WarningBook([])
        assert book.note(five_to_ten, jan(first), jan(last)) == (1,), (first, last)
    for first, last in [(11, 20), (1, 4), (4, 4), (11, 11)]:
        book = WarningBook([])
        assert book.note(five_to_ten, jan(first), jan(last)) == (), (first, last)
        assert book.warnings == []


def test_warnings_are_numbered_once_each_in_the_order_they_touch() -> None:
    early, late = issue(1, 3, "early"), issue(20, 25, "late")
    series = SimpleNamespace(issues=[early, late])
    warnings: list[Warning] = []
    book = WarningBook(warnings)
    assert book.note(series, jan(20), jan(31)) == (1,)
    assert book.note(series, jan(1), jan(31)) == (2, 1)
    assert book.note(series, jan(2), jan(2)) == (2,)
    assert warnings == [Warning(1, late), Warning(2, early)]
    other = SimpleNamespace(issues=[issue(1, 31, "other")])
    assert book.note(other, jan(15), jan(15)) == (3,)
    assert [w.number for w in warnings] == [1, 2, 3]


def test_an_open_window_on_no_records_is_no_window() -> None:
    assert resolve_window(None, Scope(), None, None) is None
    assert resolve_window(None, Scope(), None, jan(31)) is None
    assert resolve_window(None, Scope(), jan(1), None) is None
    window = resolve_window(None, Scope(), jan(1), jan(31))
    assert (window.start, window.end) == (jan(1), jan(31))


def records(run: Callable, tmp_path: Path, rows: list[str]) -> None:
    path = tmp_path / "records.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n")
    run("import", str(path))


def json_of(cli: Callable, *args: str) -> dict:
    result = cli(*args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_open_windows_close_on_the_records(
    cli: Callable, run: Callable, tmp_path: Path
) -> None:
    records(
        run,
        tmp_path,
        [
            "change,russia,a,control,2024-01-05,2024-01-14,10,exact,S,,,",
            "change,russia,a,control,2024-01-15,2024-01-24,20,exact,S,,,",
        ],
    )
    report = json_of(cli, "report", "--from", "2024-01-10")
    assert (report["window"]["start"], report["window"]["end"]) == (
        "2024-01-10",
        "2024-01-24",
    )
    # 10 × 5/10 (01-10..01-14) + 20.
    assert report["rows"][0]["area_km2"] == pytest.approx(25.0)
    report = json_of(cli, "report", "--to", "2024-01-19")
    assert (report["window"]["start"], report["window"]["end"]) == (
        "2024-01-05",
        "2024-01-19",
    )
    assert report["rows"][0]["area_km2"] == pytest.approx(20.0)  # 10 + 20 × 5/10
    # --from the last day itself: a window of that one day, 20 × 1/10.
    report = json_of(cli, "report", "--from", "2024-01-24")
    assert (report["window"]["start"], report["window"]["end"]) == (
        "2024-01-24",
        "2024-01-24",
    )
    assert report["rows"][0]["area_km2"] == pytest.approx(2.0)
    result = cli("report", "--from", "2024-01-25")
    assert result.exit_code == 2
    assert result.stderr == (
        "frontline: error: from: 2024-01-25 is after the last day of the records "
        "(2024-01-24)\n"
    )
    with pytest.raises(InputError):
        resolve_window(None, Scope(), jan(2), jan(1))


NO_FILTERS = {"actor": None, "region": None, "layer": None, "source": None}


def test_a_report_on_an_empty_database(
    cli: Callable, run: Callable, tmp_path: Path
) -> None:
    records(run, tmp_path, [])
    empty = {
        "window": None,
        "by": "year",
        "filters": NO_FILTERS,
        "baseline": None,
        "rows": [],
        "comparisons": [],
        "warnings": [],
    }
    assert json_of(cli, "report") == empty
    assert json_of(cli, "report", "--to", "2024-01-31") == empty
    assert json_of(cli, "report", "--from", "2024-01-01", "--actor", "russia") == {
        **empty,
        "filters": {**NO_FILTERS, "actor": "russia"},
    }
    result = cli("report", "--to", "2024-01-31")
    assert (result.exit_code, result.stdout) == (0, "no figures match\n")


# Two actors, each from two sources covering different days of January:
# russia S every day (1/day), T 01-11..01-31 (1/day); ukraine S 01-01..01-10
# (1/day), T 01-01..01-20 (2/day). Common days: russia 01-11..01-31 (21),
# ukraine 01-01..01-10 (10); never across actors (which would share no day).
# yyy holds a single snapshot inside January; aaa and zzz only one after it.
COMMON = [
    "holding,aaa,a,control,2024-03-01,2024-03-01,70,exact,S,,,",
    "change,russia,a,control,2024-01-01,2024-01-31,31,exact,S,,,",
    "change,russia,a,control,2024-01-11,2024-01-31,21,exact,T,,,",
    "change,ukraine,a,control,2024-01-01,2024-01-10,10,exact,S,,,",
    "change,ukraine,a,control,2024-01-01,2024-01-20,40,exact,T,,,",
    "holding,yyy,a,control,2024-01-15,2024-01-15,100,exact,S,,,",
    "holding,zzz,a,control,2024-03-01,2024-03-01,500,exact,S,,,",
]


def totals(report: dict) -> list[tuple]:
    return [
        (
            row["actor"],
            row["source"],
            row["area_km2"],
            row["days_covered"],
            row["holding_km2"],
        )
        for row in report["rows"]
    ]


def test_common_days_are_shared_within_an_actor_region_and_layer(
    cli: Callable, run: Callable, tmp_path: Path
) -> None:
    records(run, tmp_path, COMMON)
    run("region", "set", "a", "--area", "1000")
    own = json_of(cli, "report", "--period", "2024-01", "--no-compare")
    # Shares of region a's 1,000 km²: 31 → 0.031; yyy's holding 100 → 0.1.
    assert own["rows"][0]["share_of_region"] == pytest.approx(0.031)
    assert own["rows"][-1]["holding_share_of_region"] == pytest.approx(0.1)
    assert totals(own) == [
        ("russia", "S", 31.0, 31, None),
        ("russia", "T", 21.0, 21, None),
        ("ukraine", "S", 10.0, 10, None),
        ("ukraine", "T", 40.0, 20, None),
        # A single snapshot answers what was held; aaa and zzz hold nothing
        # known in January.
        ("yyy", "S", None, 0, 100.0),
    ]
    common = json_of(cli, "report", "--period", "2024-01", "--no-compare", "--common")
    assert totals(common)[:4] == [
        ("russia", "S", 21.0, 21, None),
        ("russia", "T", 21.0, 21, None),
        ("ukraine", "S", 10.0, 10, None),
        ("ukraine", "T", 20.0, 10, None),
    ]


# S covers 2024-01-01..01-20 and 02-21..02-29 in 5-day records: no figure
# covers 01-21..02-20, 31 days, more than three times the spacing.
GAPPED = [
    "change,russia,a,control,2024-01-01,2024-01-05,5,exact,S,,,",
    "change,russia,a,control,2024-01-06,2024-01-10,5,exact,S,,,",
    "change,russia,a,control,2024-01-11,2024-01-15,5,exact,S,,,",
    "change,russia,a,control,2024-01-16,2024-01-20,5,exact,S,,,",
    "change,russia,a,control,2024-02-21,2024-02-25,5,exact,S,,,",
    "change,russia,a,control,2024-02-26,2024-02-29,5,exact,S,,,",
]


def test_report_rows_point_at_their_numbered_warnings(
    cli: Callable, run: Callable, tmp_path: Path
) -> None:
    records(run, tmp_path, GAPPED)
    report = json_of(
        cli,
        "report",
        "--period",
        "2024-01..2024-02",
        "--by",
        "month",
        "--no-compare",
    )
    assert [w["number"] for w in report["warnings"]] == [1]
    assert (report["warnings"][0]["first"], report["warnings"][0]["last"]) == (
        "2024-01-21",
        "2024-02-20",
    )
    assert [(r["period"], r["area_km2"], r["warnings"]) for r in report["rows"]] == [
        ("2024-01", 20.0, [1]),
        ("2024-02", 10.0, [1]),
    ]
    # Only January, up to the day before the gap: no warning.
    quiet = json_of(cli, "report", "--period", "2024-01-01..2024-01-20")
    assert quiet["warnings"] == []
    assert [r["warnings"] for r in quiet["rows"]] == [[]]


def test_each_bucket_has_its_own_trailing_pace(
    cli: Callable, run: Callable, tmp_path: Path
) -> None:
    # 1 km² a day over January, 2 over February, 3 over March.
    records(
        run,
        tmp_path,
        [
            "change,russia,a,control,2024-01-01,2024-01-31,31,exact,S,,,",
            "change,russia,a,control,2024-02-01,2024-02-29,58,exact,S,,,",
            "change,russia,a,control,2024-03-01,2024-03-31,93,exact,S,,,",
        ],
    )
    report = json_of(
        cli,
        "report",
        "--period",
        "2024-01..2024-03",
        "--by",
        "month",
        "--rolling",
        "10d",
        "--no-compare",
    )
    rows = [
        (
            r["period"],
            r["rolling_start"],
            r["rolling_end"],
            r["rolling_rate_km2_per_day"],
            r["previous_rolling_rate_km2_per_day"],
        )
        for r in report["rows"]
    ]
    # Each month's last 10 days against the 10 before them, all inside the
    # month: its own rate both times.
    assert rows == [
        ("2024-01", "2024-01-22", "2024-01-31", 1.0, 1.0),
        ("2024-02", "2024-02-20", "2024-02-29", 2.0, 2.0),
        ("2024-03", "2024-03-22", "2024-03-31", 3.0, 3.0),
    ]


def test_a_gap_in_one_layer_of_a_sum_is_the_sums_warning(
    cli: Callable, run: Callable, tmp_path: Path
) -> None:
    other_layer = [
        "change,russia,a,advances,2024-01-01,2024-02-29,60,exact,S,,,",
    ]
    records(run, tmp_path, GAPPED + other_layer)
    report = json_of(
        cli, "report", "--period", "2024-01..2024-02", "--layer", "control+advances"
    )
    assert [(w["number"], w["kind"], w["layer"]) for w in report["warnings"]] == [
        (1, "gap", "control")
    ]


def test_a_short_gap_before_a_long_one_hides_neither_decision(
    run: Callable, tmp_path: Path, cli: Callable
) -> None:
    # Daily snapshots 1-5, 8-10, 18-19 March: spacings 1, 1, 1, 1, 3, 1, 1, 8,
    # 1, median 1, so a gap is 3 missing days or more. 6-7 March (2 days) is
    # not one; 11-17 March (7 days), after it, is.
    days = [1, 2, 3, 4, 5, 8, 9, 10, 18, 19]
    records(
        run,
        tmp_path,
        [f"holding,russia,a,control,2024-03-{d:02d},2024-03-{d:02d},{100 + d},exact,S,,," for d in days],
    )  # fmt: skip
    for args, key in [
        (("check", "-f", "json"), "issues"),
        (("report", "--period", "2024-03", "-f", "json"), "warnings"),
    ]:
        result = cli(*args)
        assert result.exit_code == 0, result.output
        found = json.loads(result.stdout)[key]
        assert [(i["kind"], i["first"], i["last"]) for i in found] == [
            ("gap", "2024-03-11", "2024-03-17")
        ], args


# --- a series whose loaded figures space it daily has no gap (nothing read) ------


def daily_case(changes: list[tuple[int, int]], snapshots: list[int]):
    """A series of change records over the given January days (1 km² each)
    and snapshots on the given days, with the change spans as days."""
    records = [
        Record("change", "russia", "a", jan(a), jan(b), 1.0, id=k + 1)
        for k, (a, b) in enumerate(changes)
    ]
    records += [
        Record("holding", "russia", "a", jan(d), jan(d), 100.0, id=100 + d)
        for d in snapshots
    ]
    series = build(records, ("russia", "a", "control", ""), checked=True)
    return series, [(jan(a), jan(b)) for a, b in changes]


@pytest.mark.parametrize(
    ("changes", "snapshots", "lo", "hi", "daily"),
    [
        # 1..10 then 11..20: every day of 1..19 covered.
        ([(1, 10), (11, 20)], [], 1, 20, True),
        # 1..10 then 12..20: the 11th is covered by nothing...
        ([(1, 10), (12, 20)], [], 1, 20, False),
        # ...unless a snapshot falls on it,
        ([(1, 10), (12, 20)], [11], 1, 20, True),
        # and only that day need be one (12..19 are the change's).
        ([(1, 10), (13, 20)], [11], 1, 20, False),
        ([(1, 10), (13, 20)], [11, 12], 1, 20, True),
        # The last day need not be covered: a figure ending the day before it
        # is spaced a day from whatever ends on it.
        ([(1, 10)], [], 1, 11, True),
        ([(1, 10)], [], 1, 12, False),
        ([(1, 10)], [11], 1, 12, True),
        # A one-day change right after the one before it: ends on the day it
        # is needed, and the next day is needed next.
        ([(1, 10), (11, 11), (12, 13)], [], 1, 13, True),
        # One change covering all, another inside it: known before the end.
        ([(1, 20), (5, 20)], [], 1, 20, True),
        # A change inside the one before it moves nothing back.
        ([(1, 10), (3, 5), (11, 15)], [], 1, 15, True),
        # Snapshots alone: every day but the last.
        ([], [1, 2, 3], 1, 3, True),
        ([], [1, 3], 1, 3, False),
        # Snapshots before the first change, then changes.
        ([(3, 10)], [1, 2], 1, 10, True),
        ([(3, 10)], [1], 1, 10, False),
    ],
)
def test_a_series_spaced_daily_by_its_loaded_figures(
    changes: list[tuple[int, int]], snapshots: list[int], lo: int, hi: int, daily: bool
) -> None:
    series, spans = daily_case(changes, snapshots)
    assert _spaced_daily(series, spans, jan(lo), jan(hi)) is daily


def test_every_day_has_a_snapshot_counts_the_days_both_ends_included() -> None:
    series, _ = daily_case([], [5, 6, 7, 9])
    assert _all_snapshots(series, jan(5), jan(7)) is True
    assert _all_snapshots(series, jan(6), jan(6)) is True
    assert _all_snapshots(series, jan(5), jan(8)) is False
    assert _all_snapshots(series, jan(4), jan(7)) is False
    assert _all_snapshots(series, jan(7), jan(9)) is False


def test_a_series_loaded_days_run_from_its_first_start_to_its_last_end() -> None:
    # A change over 3..10 and snapshots on 1 and 12, given out of order.
    series, _ = daily_case([(3, 10)], [12, 1])
    assert _loaded_days(series) == (jan(1), jan(12))
    series, _ = daily_case([(3, 10), (2, 4)], [])
    assert _loaded_days(series) == (jan(2), jan(10))
    empty = build([], ("russia", "a", "control", ""))
    assert _loaded_days(empty) is None


def test_a_gap_is_found_after_a_series_spaced_daily(
    cli: Callable, run: Callable, tmp_path: Path
) -> None:
    # Region a: a change record for each day of 1..15 March (spaced daily by
    # its loaded figures, so nothing is read for it). Region b: holdings on
    # 1..5 and 13..15 March, daily otherwise, so 6..12 March (7 missing days,
    # past the 3 of a daily series) is a gap, and the report says so.
    rows = [
        f"change,russia,a,control,2024-03-{d:02d},2024-03-{d:02d},1,exact,S,,,"
        for d in range(1, 16)
    ]
    rows += [
        f"holding,russia,b,control,2024-03-{d:02d},2024-03-{d:02d},{100 + d},exact,S,,,"
        for d in (1, 2, 3, 4, 5, 13, 14, 15)
    ]
    records(run, tmp_path, rows)
    report = json_of(cli, "report", "--period", "2024-03", "--no-compare")
    assert [(w["kind"], w["first"], w["last"]) for w in report["warnings"]] == [
        ("gap", "2024-03-06", "2024-03-12")
    ]


def test_a_gap_in_a_layer_is_found_after_a_layer_spaced_daily(
    cli: Callable, run: Callable, tmp_path: Path
) -> None:
    # The same figures as above, as two layers of one region: a sum of layers
    # warns about its layers' gaps, those of the layer after one spaced daily
    # too.
    rows = [
        f"change,russia,r,a,2024-03-{d:02d},2024-03-{d:02d},1,exact,S,,,"
        for d in range(1, 16)
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


def test_change_records_fill_between_snapshots_when_the_series_starts_earlier(
    cli: Callable, run: Callable, tmp_path: Path
) -> None:
    # Holdings on 20 February (100), 1..5 and 13..15 March (100 + the day); a
    # change record of 1 for each day of 6..12 March (of the 105 → 113 between
    # 5 and 13 March, agreeing). For March the report loads the 20 February holding
    # too (what was held before), so the series' days reach past those whose
    # change records it loaded, and its spacings are read: 6..12 March are
    # covered day by day (no gap there); 21..29 February are a gap, but not
    # one of March's days, so nothing is warned.
    rows = ["holding,russia,r,control,2024-02-20,2024-02-20,100,exact,S,,,"]
    rows += [
        f"holding,russia,r,control,2024-03-{d:02d},2024-03-{d:02d},{100 + d},exact,S,,,"
        for d in (1, 2, 3, 4, 5, 13, 14, 15)
    ]
    rows += [
        f"change,russia,r,control,2024-03-{d:02d},2024-03-{d:02d},1,exact,S,,,"
        for d in range(6, 13)
    ]
    records(run, tmp_path, rows)
    report = json_of(cli, "report", "--period", "2024-03", "--no-compare")
    assert [(w["kind"], w["first"], w["last"]) for w in report["warnings"]] == []
    # Over February and March, the gap is one of the report's days.
    report = json_of(cli, "report", "--period", "2024-02..2024-03", "--no-compare")
    assert [(w["kind"], w["first"], w["last"]) for w in report["warnings"]] == [
        ("gap", "2024-02-21", "2024-02-29")
    ]


def test_a_gap_is_found_when_change_records_and_snapshots_count_alike(
    cli: Callable, run: Callable, tmp_path: Path
) -> None:
    # Holdings of 100 on 1 January and 110 on 12 January; a change record of
    # 1 km² for each day of 2..5 and 13..18 January. A report over 3..20
    # January loads the 1 January holding (what was held before), so the
    # series' days (1..18 January) reach past those whose change records it
    # loaded (2..20 January) and its change records are read again. The
    # figures by first day: 1 (snapshot), 2, 3, 4, 5, 12 (snapshot), 13..18:
    # 11 spacings, 10 of a day and 7 days from 5 to 12 January, median 1, so 3
    # missing days make a gap: 6..11 January (6 days), bridged by the two
    # snapshots. (The 12 figures ending in 1..18 January are as many as the
    # days from the first snapshot to the last: were the change records not
    # read, the snapshots would pass for one daily run without a gap.)
    rows = [
        "holding,russia,r,control,2024-01-01,2024-01-01,100,exact,S,,,",
        "holding,russia,r,control,2024-01-12,2024-01-12,110,exact,S,,,",
    ]
    rows += [
        f"change,russia,r,control,2024-01-{d:02d},2024-01-{d:02d},1,exact,S,,,"
        for d in (2, 3, 4, 5, 13, 14, 15, 16, 17, 18)
    ]
    records(run, tmp_path, rows)
    report = json_of(
        cli, "report", "--period", "2024-01-03..2024-01-20", "--no-compare"
    )
    assert [(w["kind"], w["first"], w["last"]) for w in report["warnings"]] == [
        ("gap", "2024-01-06", "2024-01-11")
    ]
    assert report["warnings"][0]["message"].startswith(
        "no figure on 2024-01-06..2024-01-11 (6 days): the snapshots on either side"
    )


def test_a_change_record_ending_on_the_snapshot_before_counts_in_the_spacings(
    cli: Callable, run: Callable, tmp_path: Path
) -> None:
    # A change record of 1 km² on 1 January, holdings of 100 on 1 January and
    # 102 on 3 January, change records of 1 km² on 4 and on 9 January. A
    # report over 3..9 January loads the 1 January holding (what was held
    # before) but not the change record on 1 January (it ends before 2
    # January, where the report's records begin), so the series' days
    # (1..9 January) reach past those whose change records it loaded. Every
    # figure over 1..9 January, by first day: 1 January (the change), 1
    # (snapshot), 3, 4, 9: spacings 0, 2, 1 and 5, that is 1, 1, 2, 5 with
    # median 1.5, so a gap is ceil(3 × 1.5) = 5 missing days or more: 5..8
    # January (4 days) is none, and the report warns of nothing. Spaced
    # without the change record on 1 January and with 1..3 January taken for
    # a daily run of snapshots (three figures ending there, as many as its
    # days), the spacings would be 1, 1, 1, 5, median 1, and 5..8 January a
    # gap.
    rows = [
        "change,russia,r,control,2024-01-01,2024-01-01,1,exact,S,,,",
        "holding,russia,r,control,2024-01-01,2024-01-01,100,exact,S,,,",
        "holding,russia,r,control,2024-01-03,2024-01-03,102,exact,S,,,",
        "change,russia,r,control,2024-01-04,2024-01-04,1,exact,S,,,",
        "change,russia,r,control,2024-01-09,2024-01-09,1,exact,S,,,",
    ]
    records(run, tmp_path, rows)
    report = json_of(
        cli, "report", "--period", "2024-01-03..2024-01-09", "--no-compare"
    )
    assert report["warnings"] == []
    # `check` spaces the same figures record by record: no gap either.
    assert json_of(cli, "check")["issues"] == []
