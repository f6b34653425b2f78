"""More of the rate model's answers that its other tests leave out: the
rounding allowance at its exact edge, the bound of a figure that its children
replace, a window whose last whole figure is one of those, the bound counts
of figures taken whole at two levels of one window, and the records a
holdings issue names when the holdings give the parent; and, asked of the
model directly, the bounds of windows over holding-derived changes next to
change records.

Every expected value is worked out by hand in the comment beside it, from the
rules in DESIGN.md ("The model").
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest

from frontline.model.build import (
    _change_node,
    _derived_nodes,
    _OneKid,
    _settle,
    build,
)
from frontline.model.nodes import rank_of
from frontline.model.records import Record
from frontline.model.series import _Kids, _Node

PREFIX = {"exact": "", "approx": "~", "at_least": ">", "at_most": "<"}


def add(
    run: Callable,
    area: float | str,
    start: str,
    end: str | None = None,
    *,
    bound: str = "exact",
    holding: bool = False,
) -> None:
    args = ["add", f"{PREFIX[bound]}{area}", "--actor", "russia", "--region", "r"]
    args += ["--from", start, "--to", end or start, "--source", "S"]
    if holding:
        args.append("--holding")
    run(*args)


def json_of(cli: Callable, *args: str) -> dict:
    result = cli(*args, "-f", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def kinds(cli: Callable) -> list[str]:
    return [i["kind"] for i in json_of(cli, "check")["issues"]]


def one_row(cli: Callable, period: str) -> tuple:
    (row,) = json_of(cli, "report", "--no-compare", "--period", period)["rows"]
    return row["area_km2"], row["bound"], row["prorated"]


# --- the rounding allowance, 1e-9 km² (or 1e-9 of the figure when larger) ----------


def test_children_exactly_the_allowance_over_a_parent_of_nothing_are_not_larger(
    cli, run
) -> None:
    # 0 km² over 1..10 January with 0.000000001 over 1..5 inside: the parent's
    # other 5 days get 0 − 1e-9, which is −1e-9 exactly, the allowance for a
    # figure under 1 km² (1e-9 × 1): within it, so no issue.
    add(run, 0, "2024-01-01", "2024-01-10")
    add(run, "0.000000001", "2024-01-01", "2024-01-05")
    assert kinds(cli) == []


def test_children_half_again_the_allowance_over_a_small_parent_are_larger(
    cli, run
) -> None:
    # 1 km² over 1..10 January with 1.0000000015 over 1..5: 1.5e-9 km² more
    # than the parent, beyond the 1e-9 allowed for a figure of 1 km² (a figure
    # under 1 km² is allowed 1e-9 too, never more): a larger child.
    add(run, 1, "2024-01-01", "2024-01-10")
    add(run, "1.0000000015", "2024-01-01", "2024-01-05")
    assert kinds(cli) == ["larger-child"]


def test_children_exactly_the_allowance_away_from_an_exact_parent_agree(
    cli, run
) -> None:
    # An exact 0 over 1..10 January covered by 0 (1..5) and 0.000000001
    # (6..10): they add up to 1e-9, exactly the allowance away: consistent.
    add(run, 0, "2024-01-01", "2024-01-10")
    add(run, 0, "2024-01-01", "2024-01-05")
    add(run, "0.000000001", "2024-01-06", "2024-01-10")
    assert kinds(cli) == []


def test_children_half_again_the_allowance_away_from_an_exact_parent_disagree(
    cli, run
) -> None:
    # An exact 1 over 1..10 January covered by 0.5 and 0.5000000015: they add
    # up to 1.0000000015, 1.5e-9 away, beyond the 1e-9 allowed: a mismatch.
    add(run, 1, "2024-01-01", "2024-01-10")
    add(run, "0.5", "2024-01-01", "2024-01-05")
    add(run, "0.5000000015", "2024-01-06", "2024-01-10")
    assert kinds(cli) == ["mismatch"]


# --- the bound of a figure its children replace ---------------------------------


@pytest.mark.parametrize(
    ("second", "bound"),
    [
        # 40 + ≤40: at most 80, with no lower bound (≤40 has none): at_most.
        ("at_most", "at_most"),
        # 40 + ≥40 has no upper bound: at_least.
        ("at_least", "at_least"),
    ],
)
def test_a_figure_set_aside_for_its_children_has_their_bound(
    cli, run, second: str, bound: str
) -> None:
    # An exact 100 over 1..10 January covered by an exact 40 (1..5) and a
    # bounded 40 (6..10): 80 is not 100, so the children are used instead, with
    # the bound of their sum, whose second part alone lacks one side.
    add(run, 100, "2024-01-01", "2024-01-10")
    add(run, 40, "2024-01-01", "2024-01-05")
    add(run, 40, "2024-01-06", "2024-01-10", bound=second)
    assert kinds(cli) == ["mismatch"]
    assert one_row(cli, "2024-01-01..2024-01-10") == (80.0, bound, False)
    # Part of a longer window, which cuts nothing: the same.
    assert one_row(cli, "2023-12-01..2024-01-31") == (80.0, bound, False)


def test_a_window_ending_in_a_figure_set_aside_for_exact_children_is_exact(
    cli, run
) -> None:
    # ≥100 over 1..10 January covered by exact 40 + 40 = 80: less than at least
    # 100, so the children replace it, and what 1..10 January gained is the
    # exact 80. Then 20 over 11..20 January with 5 over 11..15 inside. The
    # window 1..15 January takes the first whole and the 5 whole inside the
    # second (its own remaining days are all after the 15th): 80 + 5 = 85,
    # exact, nothing prorated. The ≥ of the figure set aside counts for nothing.
    add(run, 100, "2024-01-01", "2024-01-10", bound="at_least")
    add(run, 40, "2024-01-01", "2024-01-05")
    add(run, 40, "2024-01-06", "2024-01-10")
    add(run, 20, "2024-01-11", "2024-01-20")
    add(run, 5, "2024-01-11", "2024-01-15")
    assert kinds(cli) == ["mismatch"]
    assert one_row(cli, "2024-01-01..2024-01-15") == (85.0, "exact", False)


def test_a_bound_taken_whole_at_the_top_survives_an_exact_one_inside_a_cut_figure(
    cli, run
) -> None:
    # ≥10 over 1..10 January, then 20 over 11..20 January with 5 over 11..15
    # inside. 1..15 January: the ≥10 whole, and inside the cut second figure
    # the exact 5 whole (no day of the 20's own is in the window): 10 + 5 = 15,
    # at least (one part has no upper bound), not prorated.
    add(run, 10, "2024-01-01", "2024-01-10", bound="at_least")
    add(run, 20, "2024-01-11", "2024-01-20")
    add(run, 5, "2024-01-11", "2024-01-15")
    assert kinds(cli) == []
    assert one_row(cli, "2024-01-01..2024-01-15") == (15.0, "at_least", False)


# --- the records a holdings issue names ---------------------------------------------


def test_holdings_contradicted_by_the_change_records_inside_them(cli, run) -> None:
    # #1: 100 held on 1 January, #2: 150 on 10 January: +50 over 2..10 January.
    # #3: +30 over 2..5 and #4: +40 over 6..10 cover those days and add up to
    # 70, not 50: the change the holdings give is covered by finer figures and
    # set aside. The issue names both snapshots, then the two change records.
    add(run, 100, "2024-01-01", holding=True)
    add(run, 150, "2024-01-10", holding=True)
    add(run, 30, "2024-01-02", "2024-01-05")
    add(run, 40, "2024-01-06", "2024-01-10")
    (issue,) = json_of(cli, "check")["issues"]
    assert (issue["kind"], issue["first"], issue["last"]) == (
        "holdings",
        "2024-01-02",
        "2024-01-10",
    )
    assert issue["records"] == [1, 2, 3, 4]
    assert issue["message"] == (
        "the change between holdings #1 on 2024-01-01 and #2 on 2024-01-10 "
        "(+50 km²) is covered day by day by finer figures that add up to 70 km²; "
        "those are used instead"
    )


def test_a_change_crossing_two_holding_changes_names_the_shorter_one(cli, run) -> None:
    # Holdings #1: 100 on 1 January, #2: 114 on 15 January, #3: 119 on 20
    # January give +14 over 2..15 (14 days) and +5 over 16..20 (5 days). #4,
    # +9 over 10..18 January, crosses both. Holding-derived changes win over
    # change records; of the two, the one that spans fewer days ranks first,
    # so #4 is set aside naming the +5 (#2 and #3), over 10..20 January.
    add(run, 100, "2024-01-01", holding=True)
    add(run, 114, "2024-01-15", holding=True)
    add(run, 119, "2024-01-20", holding=True)
    add(run, 9, "2024-01-10", "2024-01-18")
    # (The check also finds the 8 days before #4 without a figure of their
    # own, a gap; only the crossing matters here.)
    found = json_of(cli, "check")["issues"]
    (issue,) = [i for i in found if i["kind"] == "crossing"]
    assert (issue["kind"], issue["first"], issue["last"]) == (
        "crossing",
        "2024-01-10",
        "2024-01-20",
    )
    assert issue["records"] == [4, 2, 3]
    assert issue["message"] == (
        "record #4 (9 km², 2024-01-10..2024-01-18) set aside: it overlaps the "
        "change between holdings #2 on 2024-01-15 and #3 on 2024-01-20 (+5 km²) "
        "without either containing the other, and that one comes from holdings, "
        "which take precedence over change records"
    )


# --- windows over holding-derived changes beside change records (the model) ------


def jan(day: int) -> date:
    return date(2024, 1, day)


def change(first: int, last: int, area: float, bound: str, id: int) -> Record:
    return Record("change", "r", "x", jan(first), jan(last), area, bound, id=id)


def holding(day: int, area: float, bound: str, id: int) -> Record:
    return Record("holding", "r", "x", jan(day), jan(day), area, bound, id=id)


def both_ways(series, first: int, last: int) -> list[tuple]:
    """What `window` and `windows` (a report's path) give for one span."""
    span = (jan(first), jan(last))
    found = [series.window(*span), *series.windows([span])]
    return [(w.total, w.covered, w.bound, w.prorated) for w in found]


@pytest.mark.parametrize(
    ("before", "old", "bound"),
    [
        # exact 5 + (120 − ≤100 = at least 20): at least 25.
        ("exact", "at_most", "at_least"),
        # ≤5 + (120 − ≥100 = at most 20): at most 25.
        ("at_most", "at_least", "at_most"),
        # ≥5 + (120 − ≤100 = at least 20): at least 25.
        ("at_least", "at_most", "at_least"),
    ],
)
def test_a_change_record_then_a_change_between_holdings(
    before: str, old: str, bound: str
) -> None:
    # 5 over 1..10 January, then holdings of 100 on 10 January and an exact
    # 120 on 20 January: +20 over 11..20. 1..20 January takes both whole.
    series = build(
        [
            change(1, 10, 5, before, 1),
            holding(10, 100, old, 2),
            holding(20, 120, "exact", 3),
        ]
    )
    assert both_ways(series, 1, 20) == [(25.0, 20, bound, False)] * 2


def test_a_change_between_holdings_then_a_change_record() -> None:
    # An exact 100 on 10 January and at least 120 on 20 January: at least +20
    # over 11..20; then an exact 5 over 21..31. 11..31 January: at least 25.
    series = build(
        [
            holding(10, 100, "exact", 1),
            holding(20, 120, "at_least", 2),
            change(21, 31, 5, "exact", 3),
        ]
    )
    assert both_ways(series, 11, 31) == [(25.0, 21, "at_least", False)] * 2


def test_a_figure_set_aside_for_a_change_record_and_holdings_inside_it() -> None:
    # An exact 100 over 1..20 January holds 5 over 1..10 and, from holdings of
    # an exact 100 on 10 January and at least 120 on 20 January, at least +20
    # over 11..20: at least 25 is not 100, so those replace it, with their
    # bound: 1..20 January is at least 25.
    series = build(
        [
            change(1, 20, 100, "exact", 1),
            change(1, 10, 5, "exact", 2),
            holding(10, 100, "exact", 3),
            holding(20, 120, "at_least", 4),
        ]
    )
    assert [i.kind for i in series.issues] == ["holdings"]
    assert both_ways(series, 1, 20) == [(25.0, 20, "at_least", False)] * 2


def test_a_window_starting_inside_a_run_of_holdings_counts_the_later_bound() -> None:
    # Exact holdings of 100, 110, 120 on 1, 11, 21 January, then at most 10
    # over 22..31. 12..31 January: +10 (the second change the holdings give,
    # exact) and ≤10 taken whole: at most 20.
    series = build(
        [
            holding(1, 100, "exact", 1),
            holding(11, 110, "exact", 2),
            holding(21, 120, "exact", 3),
            change(22, 31, 10, "at_most", 4),
        ]
    )
    assert both_ways(series, 12, 31) == [(20.0, 20, "at_most", False)] * 2


def test_each_month_holds_its_last_snapshot_or_the_last_one_known(cli, run) -> None:
    # ≥100 held on 31 January, exactly 120 on 29 February, ≤150 on 15 March.
    # January and February end on a snapshot: each is that month's holding,
    # with its bound, on its last day. March ends after its snapshot with
    # nothing after it: the ≤150 of 15 March, as of then. December comes
    # before any holding: none.
    add(run, 100, "2024-01-31", holding=True, bound="at_least")
    add(run, 120, "2024-02-29", holding=True)
    add(run, 150, "2024-03-15", holding=True, bound="at_most")
    rows = json_of(
        cli, "report", "--no-compare", "--period", "2023-12..2024-03", "--by", "month"
    )["rows"]
    assert [
        (r["period"], r["holding_km2"], r["holding_bound"], r["holding_on"])
        for r in rows
    ] == [
        ("2023-12", None, None, None),
        ("2024-01", 100.0, "at_least", "2024-01-31"),
        ("2024-02", 120.0, "exact", "2024-02-29"),
        ("2024-03", 150.0, "at_most", "2024-03-15"),
    ]


# --- what build() takes ----------------------------------------------------------


def test_a_series_needs_records_or_a_key() -> None:
    with pytest.raises(ValueError, match=r"^a series needs records or a key$"):
        build([])
    # With a key, no records make an empty series: nothing covered.
    assert build([], ("russia", "r", "x", "S")).first_covered is None


def test_records_of_two_series_are_refused_unless_the_caller_vouches() -> None:
    ours = change(1, 10, 5, "exact", 1)
    theirs = Record("change", "other", "x", jan(11), jan(20), 7, "exact", id=2)
    with pytest.raises(ValueError, match=r"^records of different series$"):
        build([ours, theirs])
    with pytest.raises(ValueError, match=r"^records of different series$"):
        build([ours, theirs], (ours.actor, ours.region, ours.layer, ours.source))
    # `checked`: a loader that made every record with the key is not second-
    # guessed; the series is built from what it was given: 5 + 7 over 1..20.
    key = (ours.actor, ours.region, ours.layer, ours.source)
    series = build([ours, theirs], key, checked=True)
    assert series.key == key
    assert both_ways(series, 1, 20) == [(12.0, 20, "exact", False)] * 2


# --- one child spanning its parent (a month's change record over its holdings) ---


def test_a_lone_spanning_childs_sums_are_made_when_first_read() -> None:
    # Exact holdings of 100 on 1 January and 110 on 31 January give +10 over
    # 2..31; an exact change record of +10 over the same days ranks after it,
    # so it is the parent and the holdings' change its one child, agreeing.
    series = build(
        [
            holding(1, 100, "exact", 1),
            holding(31, 110, "exact", 2),
            change(2, 31, 10, "exact", 3),
        ]
    )
    (parent,) = series._roots.nodes
    assert parent.record.id == 3
    kids = parent.kids
    assert isinstance(kids, _OneKid)
    # Nothing is made with the children: their slots read directly are unset.
    for slot in ("area", "days", "firsts", "lasts", "low", "up"):
        with pytest.raises(AttributeError):
            getattr(_Kids, slot).__get__(kids, _Kids)
    # A name no children have is an AttributeError naming it, and makes nothing.
    with pytest.raises(AttributeError) as error:
        kids.colour  # noqa: B018
    assert error.value.args == ("colour",)
    with pytest.raises(AttributeError):
        _Kids.area.__get__(kids, _Kids)
    # The first read makes them all: one child of 30 days (2..31 January) and
    # +10 km², exact at both ends (nothing lacking).
    assert kids.days == (0, 30)
    assert _Kids.area.__get__(kids, _Kids) == (0.0, 10.0)
    assert _Kids.firsts.__get__(kids, _Kids) == (jan(2).toordinal(),)
    assert _Kids.lasts.__get__(kids, _Kids) == (jan(31).toordinal(),)
    assert (kids.low, kids.up) == ((0, 0), (0, 0))
    # A window cutting the parent reads them: 10..19 January, 10 of the
    # child's 30 days at 1/3 km² a day, prorated, so approx.
    (window,) = series.windows([(jan(10), jan(19))])
    assert (window.total, window.covered, window.bound, window.prorated) == (
        pytest.approx(10 / 3),
        10,
        "approx",
        True,
    )


def test_children_without_their_nodes_say_so_rather_than_recurse() -> None:
    # A `_OneKid` not through its constructor (as a copy is made) has no
    # nodes to make its sums from: reading them is an AttributeError.
    kids = object.__new__(_OneKid)
    with pytest.raises(AttributeError) as error:
        kids.nodes  # noqa: B018
    assert error.value.args == ("nodes",)


# --- nodes made without their constructor are the nodes it makes -----------------


def fields(node: _Node) -> dict[str, object]:
    return {name: getattr(node, name) for name in _Node.__slots__}


@pytest.mark.parametrize("bound", ["exact", "approx", "at_least", "at_most"])
def test_a_change_records_node_is_the_one_its_constructor_makes(bound: str) -> None:
    # 7 over 3..12 January (10 days), published on 1 February 2024, record 9:
    # ranked (change record, later publication first, shorter first, id).
    record = Record(
        "change",
        "r",
        "x",
        jan(3),
        jan(12),
        7.5,
        bound,
        published=date(2024, 2, 1),
        id=9,
    )
    rank = (1, -date(2024, 2, 1).toordinal(), 10, 9)
    made = _Node(jan(3).toordinal(), jan(12).toordinal(), 7.5, bound, rank, record)
    node = _change_node(record)
    assert node.rank is None  # made when first asked (`rank_of`)
    assert rank_of(node) == rank
    assert fields(node) == fields(made)
    # Unpublished and not stored: 0 for both keys.
    bare = Record("change", "r", "x", jan(3), jan(12), 7.5, bound)
    made = _Node(
        jan(3).toordinal(), jan(12).toordinal(), 7.5, bound, (1, 0, 10, 0), bare
    )
    node = _change_node(bare)
    assert rank_of(node) == (1, 0, 10, 0)
    assert fields(node) == fields(made)


def test_holdings_changes_are_the_nodes_their_constructor_makes() -> None:
    # Holdings of ≥100 on 1 January, ~130 on 11 January, ≤125 on 31 January
    # (given out of order): +30 over 2..11 (≥100 to ~130: approx, the new
    # snapshot's id 2), −5 over 12..31 (~130 to ≤125: approx, id 3).
    first = holding(1, 100, "at_least", 1)
    second = holding(11, 130, "approx", 2)
    third = holding(31, 125, "at_most", 3)
    made = [
        _Node(
            jan(2).toordinal(),
            jan(11).toordinal(),
            30.0,
            "approx",
            (0, 0, 10, 2),
            None,
            (first, second),
        ),
        _Node(
            jan(12).toordinal(),
            jan(31).toordinal(),
            -5.0,
            "approx",
            (0, 0, 20, 3),
            None,
            (second, third),
        ),
    ]
    nodes = _derived_nodes([first, second, third])
    assert [fields(n) for n in nodes] == [fields(n) for n in made]
    # Snapshots not stored (no id): 0 as the last key.
    bare = [Record("holding", "r", "x", jan(d), jan(d), 100.0) for d in (1, 11)]
    (node,) = _derived_nodes(bare)
    assert node.rank == (0, 0, 10, 0)
    # One snapshot or none: no change between them.
    assert _derived_nodes([first]) == []
    assert _derived_nodes([]) == []


BOUNDS = ["exact", "approx", "at_least", "at_most"]


@pytest.mark.parametrize("parent", BOUNDS)
@pytest.mark.parametrize("old", BOUNDS)
@pytest.mark.parametrize("new", BOUNDS)
def test_a_lone_spanning_child_settles_its_parent_as_settle_does(
    parent: str, old: str, new: str
) -> None:
    # Holdings of 100 (`old`) on 1 January and 110 (`new`) on 31 January: +10
    # over 2..31, the one child of a change record of +10 (`parent`) over the
    # same days. Settled in place, the parent is what `_settle` makes of it
    # with the same child: covered whole, no rate of its own, the child's
    # total, the bound of what is left of it, no issue.
    series = build(
        [
            holding(1, 100, old, 1),
            holding(31, 110, new, 2),
            change(2, 31, 10, parent, 3),
        ]
    )
    (node,) = series._roots.nodes
    (child,) = node.kids.nodes
    slow = _Node(node.first, node.last, node.area, node.bound, node.rank, node.record)
    issues: list = []
    _settle(slow, _Kids([child]), series.key, issues)
    assert issues == series.issues == []
    assert {**fields(node), "kids": None} == {**fields(slow), "kids": None}
    for sums in ("area", "days", "low", "up"):
        assert getattr(node.kids, sums) == getattr(slow.kids, sums)


@pytest.mark.parametrize("parent", BOUNDS)
@pytest.mark.parametrize("inner", BOUNDS)
def test_a_lone_spanning_change_record_settles_its_parent_as_settle_does(
    parent: str, inner: str
) -> None:
    # Two change records of +10 over 2..31 January: the one published later
    # is preferred, so it is inside the other, its one child.
    outer = Record(
        "change", "r", "x", jan(2), jan(31), 10, parent, published=jan(31), id=1
    )
    later = Record(
        "change", "r", "x", jan(2), jan(31), 10, inner, published=date(2024, 2, 1), id=2
    )
    series = build([outer, later])
    (node,) = series._roots.nodes
    (child,) = node.kids.nodes
    assert (node.record.id, child.record.id) == (1, 2)
    slow = _Node(node.first, node.last, node.area, node.bound, node.rank, node.record)
    _settle(slow, _Kids([child]), series.key, [])
    assert series.issues == []
    assert {**fields(node), "kids": None} == {**fields(slow), "kids": None}
    for sums in ("area", "days", "low", "up"):
        assert getattr(node.kids, sums) == getattr(slow.kids, sums)


def test_a_lone_spanning_child_just_past_the_allowance_of_a_small_parent_disagrees():
    # An exact +1 over 2..31 January holds a later +1.0000000015 over the same
    # days: 1.5e-9 km² apart, past the allowance of 1e-9 km² (a figure under
    # 1 km² or of 1 km²), so the child's figure is used and the issue said.
    outer = Record("change", "r", "x", jan(2), jan(31), 1.0, published=jan(31), id=1)
    later = Record(
        "change",
        "r",
        "x",
        jan(2),
        jan(31),
        1.0000000015,
        published=date(2024, 2, 1),
        id=2,
    )
    series = build([outer, later])
    assert [i.kind for i in series.issues] == ["mismatch"]
