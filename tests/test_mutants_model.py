"""The rate model's answers in the cases its other tests leave out: bounds of
changes derived from `at_least` / `at_most` snapshots, the consistency check of
bounded parents, holdings carried forward across change records, the labels of
12-month periods, and the prorated flag of a sum of layers.

Every expected value is worked out by hand in the comment beside it, from the
rules in DESIGN.md ("The model"), and every case goes through the command line.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

BOUNDS = ("exact", "approx", "at_least", "at_most")
PREFIX = {"exact": "", "approx": "~", "at_least": ">", "at_most": "<"}

# The bound of new − old, written out by hand from what each bound says: a
# difference has a lower bound when the minuend has one and the subtrahend an
# upper one; an upper bound when the minuend has an upper and the subtrahend a
# lower one. (Indexed [minuend][subtrahend].)
DIFFERENCE = {
    "exact": {"exact": "exact", "approx": "approx", "at_least": "at_most", "at_most": "at_least"},
    "approx": {"exact": "approx", "approx": "approx", "at_least": "approx", "at_most": "approx"},
    "at_least": {"exact": "at_least", "approx": "approx", "at_least": "approx", "at_most": "at_least"},
    "at_most": {"exact": "at_most", "approx": "approx", "at_least": "at_most", "at_most": "approx"},
}  # fmt: skip

# The bound of a sum: a lower bound when every part has one, an upper bound
# when every part has one.
SUM = {
    "exact": {"exact": "exact", "approx": "approx", "at_least": "at_least", "at_most": "at_most"},
    "approx": {"exact": "approx", "approx": "approx", "at_least": "approx", "at_most": "approx"},
    "at_least": {"exact": "at_least", "approx": "approx", "at_least": "at_least", "at_most": "approx"},
    "at_most": {"exact": "at_most", "approx": "approx", "at_least": "approx", "at_most": "at_most"},
}  # fmt: skip


def add(
    run: Callable,
    area: float | str,
    start: str,
    end: str | None = None,
    *,
    bound: str = "exact",
    holding: bool = False,
    region: str = "r",
    layer: str | None = None,
    actor: str = "russia",
    source: str = "S",
) -> None:
    args = ["add", f"{PREFIX[bound]}{area}", "--actor", actor, "--region", region]
    args += ["--from", start, "--to", end or start, "--source", source]
    if holding:
        args.append("--holding")
    if layer:
        args += ["--layer", layer]
    run(*args)


def json_of(cli: Callable, *args: str) -> dict:
    result = cli(*args, "-f", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def report(cli: Callable, *args: str) -> list[dict]:
    return json_of(cli, "report", "--no-compare", *args)["rows"]


def figures(rows: list[dict]) -> list[tuple]:
    return [(r["period"], r["area_km2"], r["bound"], r["prorated"]) for r in rows]


# --- changes derived from holdings -------------------------------------------------


@pytest.mark.parametrize("old", BOUNDS)
@pytest.mark.parametrize("new", BOUNDS)
def test_a_change_between_holdings_has_the_bound_of_a_difference(
    cli, run, old: str, new: str
) -> None:
    add(run, 100, "2024-01-10", bound=old, holding=True)
    add(run, 150, "2024-01-20", bound=new, holding=True)
    (row,) = report(cli, "--period", "2024-01-11..2024-01-20")
    # 150 − 100 over the 10 days after the first snapshot, none of them prorated.
    assert (row["area_km2"], row["days_covered"]) == (50.0, 10)
    assert (row["bound"], row["prorated"]) == (DIFFERENCE[new][old], False)


def test_a_run_of_holdings_counts_only_its_first_and_last_snapshot(cli, run) -> None:
    # ≥1,000 at the end of January, ≤1,030 at the end of February, 1,100 exact at
    # the end of March: February = ≤1,030 − ≥1,000 = ≤30, March = 1,100 − ≤1,030
    # = ≥70, both months = 1,100 − ≥1,000 = ≤100 (the February snapshot cancels).
    add(run, 1000, "2024-01-31", bound="at_least", holding=True)
    add(run, 1030, "2024-02-29", bound="at_most", holding=True)
    add(run, 1100, "2024-03-31", holding=True)
    rows = report(cli, "--period", "2024-02..2024-03", "--by", "month")
    assert figures(rows) == [
        ("2024-02", 30.0, "at_most", False),
        ("2024-03", 70.0, "at_least", False),
    ]
    (whole,) = report(cli, "--period", "2024-02..2024-03")
    assert figures([whole]) == [("2024-02..2024-03", 100.0, "at_most", False)]
    # A window that starts inside the first run and runs past its end (the
    # slow path): all of February and March but from 2 February.
    (cut,) = report(cli, "--period", "2024-02-02..2024-03-31")
    # February's 30 km² spread over 29 days: 28 of them are inside; + March's 70.
    assert cut["area_km2"] == pytest.approx(30 * 28 / 29 + 70)
    assert (cut["bound"], cut["prorated"], cut["days_covered"]) == ("approx", True, 59)


def test_three_runs_of_holdings_each_cut_at_the_window(cli, run) -> None:
    # Snapshots at the end of each month, January to May; windows of whole months
    # in the middle of the run count the snapshots at their own ends.
    bounds = ["exact", "at_least", "at_most", "exact", "at_least"]
    areas = [500, 520, 530, 560, 600]
    ends = ["2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30", "2024-05-31"]
    for area, end, bound in zip(areas, ends, bounds, strict=True):
        add(run, area, end, bound=bound, holding=True)
    rows = report(cli, "--period", "2024-02..2024-05", "--by", "month")
    assert figures(rows) == [
        ("2024-02", 20.0, DIFFERENCE["at_least"]["exact"], False),
        ("2024-03", 10.0, DIFFERENCE["at_most"]["at_least"], False),
        ("2024-04", 30.0, DIFFERENCE["exact"]["at_most"], False),
        ("2024-05", 40.0, DIFFERENCE["at_least"]["exact"], False),
    ]
    # March and April together: 560 − ≥520 = ≤40.
    (middle,) = report(cli, "--period", "2024-03..2024-04")
    assert figures([middle]) == [("2024-03..2024-04", 40.0, "at_most", False)]
    # February to April: 560 − 500 = 60 exact.
    (longer,) = report(cli, "--period", "2024-02..2024-04")
    assert figures([longer]) == [("2024-02..2024-04", 60.0, "exact", False)]


def test_holdings_and_a_change_record_between_them_add_bounds(cli, run) -> None:
    # Snapshot ≥100 on 10 January, then 10 km² exact 11–20 January and ≤6 km²
    # 21–25 January: held on the 25th = ≥100 + 10 + ≤6 = 116, bounds ≥ + = + ≤ =
    # approx; on the 20th = ≥100 + 10 = ≥110.
    add(run, 100, "2024-01-10", bound="at_least", holding=True)
    add(run, 10, "2024-01-11", "2024-01-20")
    add(run, 6, "2024-01-21", "2024-01-25", bound="at_most")
    rows = json_of(cli, "held", "--on", "2024-01-20", "--on", "2024-01-25")["rows"]
    assert [(r["on"], r["holding_km2"], r["holding_bound"]) for r in rows] == [
        ("2024-01-20", 110.0, "at_least"),
        ("2024-01-25", 116.0, "approx"),
    ]


@pytest.mark.parametrize("snapshot", BOUNDS)
@pytest.mark.parametrize("change", BOUNDS)
def test_a_holding_before_a_snapshot_is_the_snapshot_less_the_changes(
    cli, run, snapshot: str, change: str
) -> None:
    # 20 km² gained 11–20 January and 150 held on the 20th: on the 10th,
    # 150 − 20 = 130, with the bound of the difference.
    add(run, 20, "2024-01-11", "2024-01-20", bound=change)
    add(run, 150, "2024-01-20", bound=snapshot, holding=True)
    (row,) = json_of(cli, "held", "--on", "2024-01-10")["rows"]
    assert (row["holding_km2"], row["holding_bound"]) == (
        130.0,
        DIFFERENCE[snapshot][change],
    )
    (after,) = json_of(cli, "held", "--on", "2024-01-20")["rows"]
    assert (after["holding_km2"], after["holding_bound"]) == (150.0, snapshot)


@pytest.mark.parametrize("snapshot", BOUNDS)
@pytest.mark.parametrize("change", BOUNDS)
def test_a_holding_after_a_snapshot_adds_the_changes(
    cli, run, snapshot: str, change: str
) -> None:
    # 100 held on the 10th, 20 km² gained 11–20 January: 120 on the 20th.
    add(run, 100, "2024-01-10", bound=snapshot, holding=True)
    add(run, 20, "2024-01-11", "2024-01-20", bound=change)
    (row,) = json_of(cli, "held", "--on", "2024-01-20")["rows"]
    assert (row["holding_km2"], row["holding_bound"]) == (120.0, SUM[snapshot][change])


# --- holdings carried forward ------------------------------------------------------


def held_row(cli: Callable, day: str) -> tuple:
    (row,) = json_of(cli, "held", "--on", day)["rows"]
    keys = ("holding_km2", "holding_bound", "as_of", "stale_days", "snapshot_on")
    return tuple(row[k] for k in keys)


def test_a_holding_is_carried_past_adjacent_changes_into_an_uncovered_day(
    cli, run
) -> None:
    # 100 on 10 January, +10 over 11–15, +10 over 16–20; nothing after. On the
    # 25th the last day known is the 20th: 120, 5 days stale.
    add(run, 100, "2024-01-10", holding=True)
    add(run, 10, "2024-01-11", "2024-01-15")
    add(run, 10, "2024-01-16", "2024-01-20")
    assert held_row(cli, "2024-01-25") == (
        120.0,
        "exact",
        "2024-01-20",
        5,
        "2024-01-10",
    )
    # Inside the covered days the holding is known on the day itself: 100 + 10 +
    # 3 of the second record's 5 days (2 km²/day) = 116, a prorated share.
    assert held_row(cli, "2024-01-18") == (
        116.0,
        "approx",
        "2024-01-18",
        0,
        "2024-01-10",
    )
    assert held_row(cli, "2024-01-20") == (
        120.0,
        "exact",
        "2024-01-20",
        0,
        "2024-01-10",
    )
    # The day after the last change is the first uncovered one: 1 day stale.
    assert held_row(cli, "2024-01-21") == (
        120.0,
        "exact",
        "2024-01-20",
        1,
        "2024-01-10",
    )


def test_a_change_not_adjacent_to_the_snapshot_is_not_carried(cli, run) -> None:
    # 100 on 10 January; the change starts on the 12th, so the 11th is not
    # covered and nothing after the snapshot is known: 100 as of the 10th.
    add(run, 100, "2024-01-10", holding=True)
    add(run, 10, "2024-01-12", "2024-01-20")
    assert held_row(cli, "2024-01-25") == (
        100.0,
        "exact",
        "2024-01-10",
        15,
        "2024-01-10",
    )


def test_changes_before_the_snapshot_do_not_carry_it_forward(cli, run) -> None:
    # The change ends on the snapshot's day: after it nothing is known.
    add(run, 10, "2024-01-01", "2024-01-10")
    add(run, 100, "2024-01-10", holding=True)
    assert held_row(cli, "2024-01-15") == (
        100.0,
        "exact",
        "2024-01-10",
        5,
        "2024-01-10",
    )


def test_a_day_before_every_holding_has_none(cli, run) -> None:
    add(run, 100, "2024-01-10", holding=True)
    assert held_row(cli, "2024-01-05") == (None, None, None, None, None)


# --- the check of a parent against its children --------------------------------


def issues(cli: Callable) -> list[tuple[str, str]]:
    return [(i["kind"], i["message"]) for i in json_of(cli, "check")["issues"]]


@pytest.mark.parametrize(
    ("parent", "children", "consistent"),
    [
        # ≤100 admits children that add up to less, never more.
        ("at_most", (40, 40), True),
        ("at_most", (60, 60), False),
        ("at_most", (50, 50.5), False),  # half a km² more is more
        # ≥100 admits more, never less.
        ("at_least", (60, 60), True),
        ("at_least", (40, 40), False),
        ("at_least", (50, 50.5), True),  # half a km² more is more
        # ~100 admits 5 % either way: 104 and 96 yes, 106 and 94 no.
        ("approx", (52, 52), True),
        ("approx", (48, 48), True),
        ("approx", (52, 53), True),  # 105: exactly 5 % is within
        ("approx", (53, 53), False),
        ("approx", (47, 47), False),
        # 100 exact admits only 100.
        ("exact", (50, 50), True),
        ("exact", (50, 51), False),
        ("exact", (49, 50), False),
    ],
)
def test_a_bounded_parent_covered_by_children(
    cli, run, parent: str, children: tuple[int, int], consistent: bool
) -> None:
    add(run, 100, "2024-01-01", "2024-01-10", bound=parent)
    add(run, children[0], "2024-01-01", "2024-01-05")
    add(run, children[1], "2024-01-06", "2024-01-10")
    total = sum(children)
    sign = {"exact": "", "approx": "~", "at_least": "≥", "at_most": "≤"}[parent]
    expected = [
        (
            "mismatch",
            f"record #1 ({sign}100 km², 2024-01-01..2024-01-10) is covered day by "
            f"day by finer figures that add up to {total} km²; those are used instead",
        )
    ]
    assert issues(cli) == ([] if consistent else expected)
    # Either way the numbers are the children's. Their bound: the parent's
    # combined with the children's (exact) when it admits them, as a sum of the
    # two would be; the children's alone when it does not (set aside).
    bound = SUM[parent]["exact"] if consistent else "exact"
    (row,) = report(cli, "--period", "2024-01-01..2024-01-10")
    assert (row["area_km2"], row["bound"]) == (total, bound)
    (row,) = report(cli, "--period", "2024-01-01..2024-01-10", "--by", "day")[-1:]
    assert (row["cumulative_km2"], row["cumulative_bound"]) == (total, bound)


def test_children_that_add_up_to_their_parent_but_for_rounding_agree(cli, run) -> None:
    # 3,000.1 + 3,000.2 is 6,000.299999999999 in binary floating point, not the
    # 6,000.3 written: a difference of 1e-12 km², far below a square metre.
    add(run, "6000.3", "2024-01-01", "2024-01-10")
    add(run, "3000.1", "2024-01-01", "2024-01-05")
    add(run, "3000.2", "2024-01-06", "2024-01-10")
    assert issues(cli) == []


def test_children_within_a_parent_but_for_rounding_are_not_larger(cli, run) -> None:
    # 10,000.1 + 20,000.2 is 30,000.300000000003 in binary floating point: 4e-12
    # km² over the parent's 30,000.3, not a child larger than its parent. Its
    # other 10 days get 0.
    add(run, "30000.3", "2024-01-01", "2024-01-20")
    add(run, "10000.1", "2024-01-01", "2024-01-05")
    add(run, "20000.2", "2024-01-06", "2024-01-10")
    assert issues(cli) == []
    (row,) = report(cli, "--period", "2024-01-11..2024-01-20")
    assert row["area_km2"] == pytest.approx(0.0, abs=1e-9)


def test_a_child_larger_than_its_parent_is_an_issue_and_both_are_kept(cli, run) -> None:
    # 100 over 1–10 January with 120 over 1–5 inside: the other 5 days get
    # (100 − 120) / 5 = −4 km²/day, and the parent's total stays 100.
    add(run, 100, "2024-01-01", "2024-01-10")
    add(run, 120, "2024-01-01", "2024-01-05")
    ((kind, message),) = issues(cli)
    assert kind == "larger-child"
    assert message == (
        "record #1 (100 km², 2024-01-01..2024-01-10) is smaller than the figures "
        "inside it (120 km²): its other 5 days get -4.00 km²/day"
    )
    # 6–10 January are the parent's own remaining days: a prorated share of it.
    rows = report(cli, "--period", "2024-01-06..2024-01-10")
    assert figures(rows) == [("2024-01-06..2024-01-10", -20.0, "approx", True)]
    (whole,) = report(cli, "--period", "2024-01-01..2024-01-10")
    assert (whole["area_km2"], whole["bound"]) == (100.0, "exact")


def test_a_change_record_contradicting_holdings_is_a_holdings_issue(cli, run) -> None:
    # 100 held on the 10th and 150 on the 20th (a gain of 50 over 11–20), and a
    # change record of 70 over the same 10 days: the holdings win.
    add(run, 100, "2024-01-10", holding=True)
    add(run, 150, "2024-01-20", holding=True)
    add(run, 70, "2024-01-11", "2024-01-20")
    ((kind, _),) = issues(cli)
    assert kind == "holdings"


def test_a_child_within_a_remainder_keeps_the_parent_total(cli, run) -> None:
    # ISW's worked example (DESIGN.md): ~2,700 over 1 Jan–19 Nov 2024 (324 days)
    # with ≥1,000 over 1 Sep–3 Nov (64 days). January = 31 × 1,700/260.
    add(run, 2700, "2024-01-01", "2024-11-19", bound="approx")
    add(run, 1000, "2024-09-01", "2024-11-03", bound="at_least")
    rows = report(cli, "--period", "2024-01")
    assert rows[0]["area_km2"] == pytest.approx(31 * 1700 / 260)
    (year,) = report(cli, "--year", "2024")
    assert (year["area_km2"], year["bound"], year["days_covered"]) == (
        2700.0,
        "approx",
        324,
    )
    (inner,) = report(cli, "--period", "2024-09-01..2024-11-03")
    assert (inner["area_km2"], inner["bound"], inner["prorated"]) == (
        1000.0,
        "at_least",
        False,
    )
    # The parent's remainder is ~2,700 − ≥1,000: at_most-ish, i.e. approx; a
    # window of only remainder days is prorated.
    (after_the_child,) = report(cli, "--period", "2024-11-04..2024-11-19")
    assert after_the_child["area_km2"] == pytest.approx(16 * 1700 / 260)
    assert (after_the_child["bound"], after_the_child["prorated"]) == ("approx", True)


# --- labels of periods --------------------------------------------------------------


@pytest.mark.parametrize(
    ("period", "label", "previous"),
    [
        # Twelve whole months from April: months, not years.
        ("2024-04-01..2025-03-31", "2024-04..2025-03", "2023-04..2024-03"),
        ("2024-07-01..2026-06-30", "2024-07..2026-06", "2022-07..2024-06"),
        # From January they are calendar years.
        ("2023-01-01..2024-12-31", "2023..2024", "2021..2022"),
        # Three whole months from February: neither a quarter nor a year.
        ("2024-02-01..2024-04-30", "2024-02..2024-04", "2023-11..2024-01"),
        ("2024-04-01..2024-06-30", "2024-Q2", "2024-Q1"),
        # Not whole months: the days.
        ("2024-04-02..2025-03-31", "2024-04-02..2025-03-31", "2023-04-04..2024-04-01"),
    ],
)
def test_period_labels_and_the_previous_equal_period(
    cli, run, period: str, label: str, previous: str
) -> None:
    add(run, 10, "2020-01-01", "2026-12-31")
    data = json_of(cli, "report", "--period", period)
    assert data["window"]["label"] == label
    assert data["baseline"]["label"] == previous


# --- sums of layers -----------------------------------------------------------------


def test_a_sum_of_layers_where_only_one_is_cut_is_prorated(cli, run) -> None:
    # Layer a: 310 over January (10/day); layer b: 150 over 1–15 January and 160
    # over 16–31. 1–15 January: a gives 150 prorated, b gives 150 whole; the sum
    # 300 is prorated, so approx.
    add(run, 310, "2024-01-01", "2024-01-31", layer="a")
    add(run, 150, "2024-01-01", "2024-01-15", layer="b")
    add(run, 160, "2024-01-16", "2024-01-31", layer="b")
    (row,) = report(cli, "--period", "2024-01-01..2024-01-15", "--layer", "a+b")
    assert (row["area_km2"], row["bound"], row["prorated"]) == (300.0, "approx", True)
    # All of January: both whole, 310 + 310 exact.
    (month,) = report(cli, "--period", "2024-01", "--layer", "a+b")
    assert (month["area_km2"], month["bound"], month["prorated"]) == (
        620.0,
        "exact",
        False,
    )


@pytest.mark.parametrize("first", BOUNDS)
@pytest.mark.parametrize("second", BOUNDS)
def test_a_sum_of_layers_has_the_bound_of_a_sum(
    cli, run, first: str, second: str
) -> None:
    add(run, 100, "2024-01-01", "2024-01-31", layer="a", bound=first)
    add(run, 50, "2024-01-01", "2024-01-31", layer="b", bound=second)
    (row,) = report(cli, "--period", "2024-01", "--layer", "a+b")
    assert (row["area_km2"], row["bound"]) == (150.0, SUM[first][second])


def test_a_sum_of_layers_covers_only_the_days_every_layer_covers(cli, run) -> None:
    # a covers January (31 days); b only 11–31 January (21 days, 42 km²). The
    # sum counts 11–31: a's 21 days (210, prorated) + 42 = 252, 21 of 31 days.
    add(run, 310, "2024-01-01", "2024-01-31", layer="a")
    add(run, 42, "2024-01-11", "2024-01-31", layer="b")
    (row,) = report(cli, "--period", "2024-01", "--layer", "a+b")
    assert (row["area_km2"], row["days_covered"], row["bound"]) == (252.0, 21, "approx")
    assert row["rate_km2_per_day"] == 12.0


@pytest.mark.parametrize(
    ("children", "consistent"),
    [
        # ≥100 on the 10th and 150 on the 20th: the change over 11–20 is
        # 150 − ≥100 = ≤50. Change records of 40 in all fit; 60 do not.
        ((20, 20), True),
        ((25, 25), True),
        ((30, 30), False),
    ],
)
def test_change_records_inside_a_bounded_holding_change(
    cli, run, children: tuple[int, int], consistent: bool
) -> None:
    add(run, 100, "2024-01-10", bound="at_least", holding=True)
    add(run, 150, "2024-01-20", holding=True)
    add(run, children[0], "2024-01-11", "2024-01-15")
    add(run, children[1], "2024-01-16", "2024-01-20")
    found = issues(cli)
    assert [kind for kind, _ in found] == ([] if consistent else ["holdings"])
    # Either way the change records give the numbers.
    (row,) = report(cli, "--period", "2024-01-11..2024-01-20")
    assert row["area_km2"] == sum(children)


def test_bucket_holdings_by_day_and_the_last_one_known_in_a_bucket(cli, run) -> None:
    # 100 on 1 January, then 31 km² over 2 January..1 February (1 a day).
    add(run, 100, "2024-01-01", holding=True)
    add(run, 31, "2024-01-02", "2024-02-01")
    holdings = [
        (r["period"], r["holding_km2"], r["holding_bound"], r["holding_on"])
        for r in report(
            cli, "--from", "2024-01-01", "--to", "2024-01-03", "--by", "day"
        )
    ]
    # Each one-day bucket holds its own day's holding: the snapshot, then a
    # day's share of the change (prorated: approx).
    assert holdings == [
        ("2024-01-01", 100.0, "exact", "2024-01-01"),
        ("2024-01-02", 101.0, "approx", "2024-01-02"),
        ("2024-01-03", 102.0, "approx", "2024-01-03"),
    ]
    holdings = [
        (r["period"], r["holding_km2"], r["holding_on"])
        for r in report(cli, "--period", "2024-01..2024-03", "--by", "month")
    ]
    # January ends on 100 + 30; the figures stop on 1 February, the first day of
    # February's bucket, which keeps 131 as of then; March has nothing known.
    assert holdings == [
        ("2024-01", 130.0, "2024-01-31"),
        ("2024-02", 131.0, "2024-02-01"),
        ("2024-03", None, None),
    ]


def test_a_holdings_issue_names_the_change_record_and_both_snapshots(cli, run) -> None:
    # #1: 100 on 1 January, #2: 150 on 31 January, #3: +30 over 2..31 January,
    # which the two snapshots (+50) contradict: the issue names #3, then the
    # snapshots the finer figure is derived from.
    add(run, 100, "2024-01-01", holding=True)
    add(run, 150, "2024-01-31", holding=True)
    add(run, 30, "2024-01-02", "2024-01-31")
    (issue,) = json_of(cli, "check")["issues"]
    assert (issue["kind"], issue["first"], issue["last"]) == (
        "holdings",
        "2024-01-02",
        "2024-01-31",
    )
    assert issue["records"] == [3, 1, 2]


def test_a_window_from_inside_a_run_of_holdings_keeps_a_later_bound(cli, run) -> None:
    # Exact holdings of 100, 110 and 120 on 1, 11 and 21 January, then at most
    # 10 km² more over 22..31 January. 12..31 January starts at the second
    # change the holdings give (+10, exact) and ends with the ≤10: 20 at most.
    add(run, 100, "2024-01-01", holding=True)
    add(run, 110, "2024-01-11", holding=True)
    add(run, 120, "2024-01-21", holding=True)
    add(run, 10, "2024-01-22", "2024-01-31", bound="at_most")
    for by in ((), ("--by", "month")):
        (row,) = report(cli, "--period", "2024-01-12..2024-01-31", *by)
        assert (row["area_km2"], row["bound"], row["prorated"]) == (
            20.0,
            "at_most",
            False,
        )
