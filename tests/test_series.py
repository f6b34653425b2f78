"""The rate model: records of one series -> piecewise-constant daily rate."""

from __future__ import annotations

import random
from datetime import date, timedelta
from itertools import pairwise

import pytest

from frontline.model.bounds import combine, subtract
from frontline.model.build import build
from frontline.model.records import Record

D = date


def change(start, end, area, bound="exact", *, id=None, published=None, source="ISW"):
    return Record(
        "change",
        "russia",
        "ukraine",
        start,
        end,
        area,
        bound,
        source=source,
        published=published,
        id=id,
    )


def holding(day, area, bound="exact", *, id=None, source="ISW"):
    return Record(
        "holding", "russia", "ukraine", day, day, area, bound, source=source, id=id
    )


ISW_YEAR = change(D(2024, 1, 1), D(2024, 11, 19), 2700, "approx", id=2)
ISW_AUTUMN = change(D(2024, 9, 1), D(2024, 11, 3), 1000, "at_least", id=3)
ISW_2023 = change(D(2023, 1, 1), D(2023, 12, 31), 465, id=1)


def window(series, start, end):
    integral = series.window(start, end)
    return integral.total, integral.covered, integral.bound, integral.prorated


def test_nested_isw_figures_give_the_worked_numbers():
    series = build([ISW_YEAR, ISW_AUTUMN])
    assert series.segments()[1].rate == 1000 / 64 == 15.625
    assert series.segments()[0].rate == pytest.approx(1700 / 260)
    october = series.window(D(2024, 10, 1), D(2024, 10, 31))
    assert (october.total, october.bound, october.prorated) == (484.375, "approx", True)
    assert round(october.total, 1) == 484.4
    january = series.window(D(2024, 1, 1), D(2024, 1, 31))
    assert round(january.total, 1) == 202.7
    assert january.bound == "approx"
    autumn = series.window(D(2024, 9, 1), D(2024, 11, 30))
    assert round(autumn.total, 1) == 1104.6
    assert autumn.total == pytest.approx(1000 + 16 * 1700 / 260)
    assert (autumn.covered, autumn.days) == (80, 91)
    year = series.window(D(2024, 1, 1), D(2024, 12, 31))
    assert (year.total, year.covered, year.days, year.bound) == (
        2700,
        324,
        366,
        "approx",
    )
    assert year.rate == pytest.approx(2700 / 324)
    inner = series.window(D(2024, 9, 1), D(2024, 11, 3))
    assert window(series, D(2024, 9, 1), D(2024, 11, 3)) == (
        1000,
        64,
        "at_least",
        False,
    )
    assert round(inner.rate, 1) == 15.6
    assert series.issues == []


def test_each_record_keeps_its_own_total_over_its_own_span():
    grandchild = change(D(2024, 10, 1), D(2024, 10, 10), 300, id=4)
    series = build([ISW_YEAR, ISW_AUTUMN, grandchild])
    for record in (ISW_YEAR, ISW_AUTUMN, grandchild):
        assert series.window(record.start, record.end).total == pytest.approx(
            record.area_km2
        )
    # The autumn record's remaining 54 days share what the grandchild leaves.
    assert series.window(D(2024, 9, 1), D(2024, 9, 1)).total == pytest.approx(700 / 54)


def test_a_window_that_holds_a_whole_figure_takes_that_figures_bound():
    # Exact parent, at-least child: each piece alone is a bound of some kind,
    # but the parent's own span is exactly the parent.
    parent = change(D(2024, 1, 1), D(2024, 1, 31), 310, id=1)
    child = change(D(2024, 1, 11), D(2024, 1, 20), 100, "at_least", id=2)
    series = build([parent, child])
    assert window(series, D(2024, 1, 1), D(2024, 1, 31)) == (310, 31, "exact", False)
    assert window(series, D(2024, 1, 11), D(2024, 1, 20)) == (
        100,
        10,
        "at_least",
        False,
    )
    assert series.segments()[0].bound == "at_most"  # exact minus at least
    assert window(series, D(2024, 1, 1), D(2024, 1, 10))[2:] == ("approx", True)


@pytest.mark.parametrize(
    ("bounds", "expected"),
    [
        (("exact", "exact"), "exact"),
        (("at_least", "exact"), "at_least"),
        (("at_most", "exact"), "at_most"),
        (("at_least", "at_most"), "approx"),
        (("approx", "exact"), "approx"),
        (("at_least", "at_least"), "at_least"),
    ],
)
def test_bound_of_a_sum(bounds, expected):
    assert combine(*bounds) == expected
    series = build(
        [
            change(D(2024, 1, 1), D(2024, 1, 31), 31, bounds[0], id=1),
            change(D(2024, 2, 1), D(2024, 2, 29), 29, bounds[1], id=2),
        ]
    )
    assert window(series, D(2024, 1, 1), D(2024, 2, 29)) == (60, 60, expected, False)


def test_bound_of_a_difference_flips_the_subtracted_part():
    assert subtract("exact", "at_least") == "at_most"
    assert subtract("at_least", "at_most") == "at_least"
    assert subtract("at_least", "at_least") == "approx"
    assert subtract("exact", "exact") == "exact"


def test_holdings_only_series_reports_exact_differences_of_snapshots():
    rng = random.Random(3)
    day = D(2024, 1, 1)
    snapshots = []
    area = 100_000.0
    for index in range(200):
        area += rng.uniform(-20, 60)
        snapshots.append(holding(day, round(area, 1), id=index + 1))
        day += timedelta(days=rng.choice((1, 1, 2, 7)))
    series = build(snapshots)
    by_day = {s.end: s.area_km2 for s in snapshots}
    days = sorted(by_day)
    for _ in range(300):
        before, last = sorted(rng.sample(days, 2))
        start = before + timedelta(days=1)
        integral = series.window(start, last)
        assert integral.total == pytest.approx(by_day[last] - by_day[before], abs=1e-6)
        assert (integral.covered, integral.bound, integral.prorated) == (
            integral.days,
            "exact",
            False,
        )
        assert series.holding_at(last).area == by_day[last]


def test_a_run_of_holdings_counts_only_its_end_snapshots():
    series = build(
        [
            holding(D(2024, 1, 1), 1000, id=1),
            holding(D(2024, 1, 5), 1040, "approx", id=2),
            holding(D(2024, 1, 9), 1100, id=3),
        ]
    )
    assert window(series, D(2024, 1, 2), D(2024, 1, 9)) == (100, 8, "exact", False)
    assert window(series, D(2024, 1, 2), D(2024, 1, 5)) == (40, 4, "approx", False)
    negative = build(
        [holding(D(2024, 1, 1), 1000, id=1), holding(D(2024, 1, 3), 950, id=2)]
    )
    assert window(negative, D(2024, 1, 2), D(2024, 1, 3)) == (-50, 2, "exact", False)


def test_holding_at_a_date_runs_forward_from_a_snapshot_and_back_from_the_next():
    series = build([ISW_YEAR, ISW_AUTUMN, holding(D(2024, 11, 19), 110_649, id=4)])
    after = series.holding_at(D(2024, 1, 31))
    assert after.area == pytest.approx(110_649 - (2700 - 31 * 1700 / 260))
    assert (after.bound, after.on) == ("approx", D(2024, 1, 31))
    assert series.holding_at(D(2024, 11, 19)).area == 110_649
    assert series.holding_at(D(2024, 11, 20)) is None
    before = series.holding_at(D(2023, 12, 31))  # the day before the 2,700 starts
    assert (before.area, before.bound) == (110_649 - 2700, "approx")
    assert series.holding_at(D(2023, 12, 30)) is None  # 2023 not covered here
    last_known = series.holding_by(D(2024, 12, 31), D(2024, 12, 1))
    assert last_known is None
    last_known = series.holding_by(D(2024, 12, 31), D(2024, 1, 1))
    assert (last_known.area, last_known.on) == (110_649, D(2024, 11, 19))
    forward = build(
        [
            holding(D(2024, 1, 31), 500, id=1),
            change(D(2024, 2, 1), D(2024, 2, 10), 20, id=2),
        ]
    )
    assert forward.holding_at(D(2024, 2, 5)).area == pytest.approx(510)
    assert forward.holding_by(D(2024, 2, 29), D(2024, 2, 1)).on == D(2024, 2, 10)


def test_a_change_record_refines_the_span_between_two_holdings():
    series = build(
        [
            holding(D(2024, 1, 31), 1000, id=1),
            holding(D(2024, 3, 31), 1600, id=2),
            change(D(2024, 2, 1), D(2024, 2, 29), 290, id=3),
        ]
    )
    assert series.window(D(2024, 2, 1), D(2024, 2, 29)).total == 290
    assert series.window(D(2024, 3, 1), D(2024, 3, 31)).total == pytest.approx(310)
    assert series.window(D(2024, 2, 1), D(2024, 3, 31)).total == pytest.approx(600)
    assert series.issues == []


def test_holdings_inside_a_change_record_refine_it_and_contradictions_are_issues():
    month = change(D(2024, 2, 1), D(2024, 2, 29), 50, id=9)
    snapshots = [
        holding(D(2024, 1, 31), 1000, id=1),
        holding(D(2024, 2, 29), 1090, id=2),
    ]
    series = build([month, *snapshots])
    assert series.window(D(2024, 2, 1), D(2024, 2, 29)).total == 90
    (issue,) = series.issues
    assert issue.kind == "holdings"
    assert issue.records == (9, 1, 2)
    assert issue.message == (
        "record #9 (50 km², 2024-02-01..2024-02-29) is covered day by day by finer "
        "figures that add up to 90 km²; those are used instead"
    )


def test_a_child_larger_than_its_parent_is_kept_and_reported():
    parent = change(D(2024, 1, 1), D(2024, 1, 31), 100, id=1)
    child = change(D(2024, 1, 1), D(2024, 1, 10), 160, id=2)
    series = build([parent, child])
    assert series.window(D(2024, 1, 1), D(2024, 1, 31)).total == pytest.approx(100)
    assert series.window(D(2024, 1, 1), D(2024, 1, 10)).total == 160
    assert series.window(D(2024, 1, 11), D(2024, 1, 31)).total == pytest.approx(-60)
    (issue,) = series.issues
    assert (issue.kind, issue.records, issue.first, issue.last) == (
        "larger-child",
        (1, 2),
        D(2024, 1, 1),
        D(2024, 1, 31),
    )
    assert issue.message == (
        "record #1 (100 km², 2024-01-01..2024-01-31) is smaller than the figures "
        "inside it (160 km²): its other 21 days get -2.86 km²/day"
    )


def test_a_fully_covered_parent_that_its_bound_admits_is_no_issue():
    parent = change(D(2024, 1, 1), D(2024, 1, 2), 100, "at_least", id=1)
    kids = [
        change(D(2024, 1, 1), D(2024, 1, 1), 70, id=2),
        change(D(2024, 1, 2), D(2024, 1, 2), 50, id=3),
    ]
    series = build([parent, *kids])
    assert series.issues == []
    assert window(series, D(2024, 1, 1), D(2024, 1, 2)) == (120, 2, "at_least", False)
    around = build([change(D(2024, 1, 1), D(2024, 1, 2), 100, "approx", id=1), *kids])
    assert [i.kind for i in around.issues] == ["mismatch"]
    close = build([change(D(2024, 1, 1), D(2024, 1, 2), 118, "approx", id=1), *kids])
    assert close.issues == []


def test_crossing_records_keep_the_later_published_and_say_why():
    early = change(D(2024, 1, 1), D(2024, 3, 31), 300, id=1, published=D(2024, 4, 2))
    late = change(D(2024, 3, 1), D(2024, 5, 31), 200, id=2, published=D(2024, 6, 2))
    series = build([early, late])
    assert [s.owner for s in series.segments()] == [
        "record #2 (200 km², 2024-03-01..2024-05-31)"
    ]
    (issue,) = series.issues
    assert (issue.kind, issue.records) == ("crossing", (1, 2))
    assert issue.message == (
        "record #1 (300 km², 2024-01-01..2024-03-31) set aside: it overlaps record #2 "
        "(200 km², 2024-03-01..2024-05-31) without either containing the other, and "
        "that one was published later"
    )


@pytest.mark.parametrize(
    ("a", "b", "kept", "why"),
    [
        (
            change(D(2024, 1, 1), D(2024, 3, 31), 300, id=1),
            change(D(2024, 3, 1), D(2024, 4, 30), 200, id=2),
            2,
            "spans fewer days",
        ),
        (
            change(D(2024, 1, 1), D(2024, 2, 29), 300, id=1),
            change(D(2024, 2, 1), D(2024, 3, 31), 200, id=2),
            1,
            "has the lower record id",
        ),
    ],
)
def test_crossing_tie_breaks(a, b, kept, why):
    series = build([b, a])
    (issue,) = series.issues
    assert issue.message.endswith(why)
    assert {s.owner.split()[1] for s in series.segments()} == {f"#{kept}"}


def test_holdings_win_over_a_crossing_change_record():
    series = build(
        [
            holding(D(2024, 1, 31), 1000, id=1),
            holding(D(2024, 2, 29), 1100, id=2),
            change(D(2024, 2, 15), D(2024, 3, 15), 40, id=3, published=D(2025, 1, 1)),
        ]
    )
    (issue,) = series.issues
    assert issue.message.endswith(
        "comes from holdings, which take precedence over change records"
    )
    assert issue.message.startswith(
        "record #3 (40 km², 2024-02-15..2024-03-15) set aside"
    )
    assert series.window(D(2024, 2, 1), D(2024, 2, 29)).total == 100


def test_crossing_resolution_keeps_what_crosses_nothing_kept():
    # b crosses a and c; c is best, so b is set aside and a survives.
    a = change(D(2024, 1, 1), D(2024, 1, 10), 10, id=3)
    b = change(D(2024, 1, 5), D(2024, 1, 20), 10, id=2, published=D(2024, 2, 1))
    c = change(D(2024, 1, 15), D(2024, 1, 25), 10, id=1, published=D(2024, 3, 1))
    series = build([a, b, c])
    assert [i.records[0] for i in series.issues] == [2]
    assert series.window(D(2024, 1, 1), D(2024, 1, 25)).covered == 21


def test_same_span_prefers_the_later_published_record():
    old = change(D(2024, 1, 1), D(2024, 1, 31), 300, id=1, published=D(2024, 2, 1))
    new = change(D(2024, 1, 1), D(2024, 1, 31), 320, id=2, published=D(2024, 3, 1))
    series = build([old, new])
    assert series.window(D(2024, 1, 1), D(2024, 1, 31)).total == 320
    assert [(i.kind, i.records) for i in series.issues] == [("mismatch", (1, 2))]


def test_window_outside_the_figures_has_no_total():
    series = build([ISW_2023])
    empty = series.window(D(2025, 1, 1), D(2025, 1, 31))
    assert (empty.total, empty.covered, empty.bound, empty.rate) == (
        None,
        0,
        None,
        None,
    )


def _random_series(rng: random.Random):
    records = []
    ident = 1
    day = D(2024, 1, 1)
    for _ in range(rng.randint(1, 6)):
        length = rng.randint(5, 120)
        parent = change(
            day,
            day + timedelta(days=length - 1),
            rng.uniform(0, 900),
            rng.choice(("exact", "approx", "at_least")),
            id=ident,
        )
        ident += 1
        records.append(parent)
        for _ in range(rng.randint(0, 3)):
            start = day + timedelta(days=rng.randint(0, length - 1))
            end = min(parent.end, start + timedelta(days=rng.randint(0, 30)))
            records.append(
                change(
                    start,
                    end,
                    rng.uniform(0, 300),
                    id=ident,
                    published=D(2024, 1, 1) + timedelta(days=ident),
                )
            )
            ident += 1
        day = parent.end + timedelta(days=rng.randint(1, 20))
    snap = D(2024, 1, 1) + timedelta(days=rng.randint(0, 40))
    area = 5000.0
    while snap < day:
        records.append(holding(snap, area, id=ident))
        ident += 1
        area += rng.uniform(-10, 200)
        snap += timedelta(days=rng.randint(1, 60))
    return records, day


def test_window_integrals_equal_the_sum_over_the_rate_segments():
    rng = random.Random(11)
    for _ in range(60):
        records, _ = _random_series(rng)
        series = build(records)
        segments = series.segments()
        for _ in range(40):
            start = D(2023, 12, 20) + timedelta(days=rng.randint(0, 400))
            end = start + timedelta(days=rng.randint(0, 200))
            expected = covered = 0
            for segment in segments:
                first, last = max(segment.first, start), min(segment.last, end)
                if first <= last:
                    days = (last - first).days + 1
                    expected += segment.rate * days
                    covered += days
            integral = series.window(start, end)
            assert integral.covered == covered
            if covered:
                assert integral.total == pytest.approx(expected, abs=1e-6)
            else:
                assert integral.total is None


def test_windows_is_window_for_each_span():
    rng = random.Random(5)
    for _ in range(20):
        records, _ = _random_series(rng)
        series = build(records)
        spans = []
        for _ in range(30):
            start = D(2023, 12, 20) + timedelta(days=rng.randint(0, 400))
            spans.append((start, start + timedelta(days=rng.randint(0, 200))))
        # Spans that cut no figure take a shorter path: the figures' own spans,
        # and runs of them.
        edges = sorted({(r.start, r.end) for r in records if r.kind == "change"})
        spans += edges
        spans += [(a[0], b[1]) for a, b in zip(edges, edges[2:], strict=False)]
        assert series.windows(spans) == [series.window(a, b) for a, b in spans]


def _crossing(rng: random.Random) -> list[Record]:
    """Change records placed at random (many crossing each other) and holdings."""
    records = []
    for ident in range(1, rng.randint(3, 14)):
        start = D(2024, 1, 1) + timedelta(days=rng.randint(0, 90))
        published = rng.choice(
            (None, D(2024, 6, 1) + timedelta(days=rng.randint(0, 3)))
        )
        records.append(
            change(
                start,
                start + timedelta(days=rng.randint(0, 60)),
                rng.uniform(0, 300),
                id=ident,
                published=published,
            )
        )
    day = D(2024, 1, 1) + timedelta(days=rng.randint(0, 30))
    for ident in range(100, 100 + rng.randint(0, 4)):
        records.append(holding(day, rng.uniform(1000, 2000), id=ident))
        day += timedelta(days=rng.randint(1, 50))
    return records


def _crosses(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[0] <= a[1] < b[1] or b[0] < a[0] <= b[1] < a[1]


def test_crossings_are_resolved_as_the_rule_says():
    """Against the rule applied pair by pair: best-ranked first (holdings, then the
    later published, the shorter, the lower id), each figure that crosses one
    already kept is set aside. Crossings are now found while nesting."""
    rng = random.Random(7)
    for _ in range(300):
        records = _crossing(rng)
        snapshots = sorted(
            (r for r in records if r.kind == "holding"), key=lambda r: r.end
        )
        figures = [
            (
                (0, 0, (b.end - a.end).days, b.id),
                (a.end + timedelta(days=1), b.end),
                None,
            )
            for a, b in pairwise(snapshots)
        ]
        for r in records:
            if r.kind == "change":
                published = -(r.published.toordinal() if r.published else 0)
                rank = (1, published, r.days, r.id)
                figures.append((rank, (r.start, r.end), r.id))
        kept: list[tuple[date, date]] = []
        aside = set()
        for _, span, ident in sorted(figures, key=lambda f: f[0]):
            if any(_crosses(span, other) for other in kept):
                aside.add(ident)
            else:
                kept.append(span)
        issues = build(records).issues
        assert {i.records[0] for i in issues if i.kind == "crossing"} == aside


def test_each_kept_figure_keeps_its_total_on_random_series():
    """Every record that nothing set aside or overrode integrates to its own figure
    over its own span, however the figures nest."""
    rng = random.Random(3)
    for _ in range(60):
        records, _ = _random_series(rng)
        series = build(records)
        overridden = {i.records[0] for i in series.issues}
        for record in records:
            if record.kind != "change" or record.id in overridden:
                continue
            total = series.window(record.start, record.end).total
            assert total == pytest.approx(record.area_km2, abs=1e-6)


def test_first_gain_is_the_first_segment_with_a_positive_rate():
    rng = random.Random(13)
    for _ in range(60):
        records, _ = _random_series(rng)
        for record in records:
            if record.kind == "change" and rng.random() < 0.3:
                records[records.index(record)] = change(
                    record.start, record.end, 0.0, id=record.id
                )
        series = build(records)
        segments = series.segments()
        for _ in range(20):
            start = D(2023, 12, 20) + timedelta(days=rng.randint(0, 400))
            end = start + timedelta(days=rng.randint(0, 200))
            expected = next(
                (
                    max(s.first, start)
                    for s in segments
                    if s.last >= start and s.first <= end and s.rate > 1e-9
                ),
                None,
            )
            assert series.first_gain(start, end) == expected


def test_first_gain_skips_days_without_gains():
    series = build(
        [
            holding(D(2024, 1, 1), 100, id=1),
            holding(D(2024, 1, 31), 100, id=2),
            holding(D(2024, 2, 29), 130, id=3),
        ]
    )
    assert series.first_gain(D(2024, 1, 1), D(2024, 3, 31)) == D(2024, 2, 1)
    assert series.first_gain(D(2024, 2, 10), D(2024, 3, 31)) == D(2024, 2, 10)
    assert series.first_gain(D(2024, 1, 1), D(2024, 1, 31)) is None


@pytest.mark.parametrize(
    ("area", "issues", "bound"),
    [(31, 0, "exact"), (40, 1, "exact"), (31.5, 0, "approx")],
)
def test_a_month_over_its_holdings_answers_a_window_that_cuts_it(area, issues, bound):
    """A change record whose one child (the change between two snapshots) spans
    all its days: its children's sums are made only when a window cuts it, and
    then give the child's prorated share (31 km² over January's 31 days: 11 km²
    from the 10th to the 20th, an estimate). A record the child contradicts
    is an issue; within 5 % of an approximate one it is not."""
    series = build(
        [
            holding(D(2023, 12, 31), 100, id=1),
            holding(D(2024, 1, 31), 131, id=2),
            change(D(2024, 1, 1), D(2024, 1, 31), area, bound, id=3),
        ]
    )
    assert len(series.issues) == issues
    month = series.window(D(2024, 1, 1), D(2024, 1, 31))
    assert (month.total, month.covered, month.prorated) == (31, 31, False)
    cut = series.window(D(2024, 1, 10), D(2024, 1, 20))
    assert cut.total == pytest.approx(11)
    assert (cut.covered, cut.bound, cut.prorated) == (11, "approx", True)
    both = series.windows(
        [(D(2024, 1, 10), D(2024, 1, 20)), (D(2024, 1, 1), D(2024, 1, 31))]
    )
    assert [(w.total, w.covered) for w in both] == [(cut.total, 11), (31, 31)]
