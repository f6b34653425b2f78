"""Properties the model must keep for any input, checked against independent
computations: a day-by-day rate worked out here from the records, and bounds
from a table written out by hand.

- the bound of a total follows the lattice for any mix of bounds;
- a window's total is the sum of its buckets' totals;
- a holding is the last snapshot plus the changes since;
- gained − lost = net for any pair of maps;
- import then export gives back any valid record.

Sizes follow the `ci` profile of conftest.py, with fewer examples where each
example runs the command line.
"""

from __future__ import annotations

import json
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import app
from frontline.model.build import build
from frontline.model.periods import buckets, span
from frontline.model.records import Record
from test_mutants_model import BOUNDS, DIFFERENCE, SUM

DAY0 = date(2024, 1, 1)
bounds = st.sampled_from(BOUNDS)


def change(first: int, last: int, area: float, bound: str, id: int) -> Record:
    start, end = DAY0 + timedelta(days=first), DAY0 + timedelta(days=last)
    return Record("change", "russia", "r", start, end, area, bound, source="S", id=id)


def holding(day: int, area: float, bound: str, id: int) -> Record:
    on = DAY0 + timedelta(days=day)
    return Record("holding", "russia", "r", on, on, area, bound, source="S", id=id)


@st.composite
def tilings(draw, max_parts: int = 6):
    """Change records laid end to end or with gaps, never overlapping:
    [(first day, last day, area, bound)]."""
    parts, day = [], draw(st.integers(0, 5))
    for _ in range(draw(st.integers(1, max_parts))):
        length = draw(st.integers(1, 40))
        area = draw(st.integers(0, 5000)) / 4
        parts.append((day, day + length - 1, area, draw(bounds)))
        day += length + draw(st.sampled_from([0, 0, 1, 3]))
    return parts


def assert_same(integrals, others) -> None:
    """Integrals equal but for the rounding of their totals (a prefix-sum
    difference against a sum of parts)."""
    assert len(integrals) == len(others)
    for got, expected in zip(integrals, others, strict=True):
        assert got._replace(total=None) == expected._replace(total=None)
        assert (got.total is None) == (expected.total is None)
        assert (got.total or 0.0) == pytest.approx(expected.total or 0.0, abs=1e-6)


def lattice_sum(names: list[str]) -> str:
    result = names[0]
    for name in names[1:]:
        result = SUM[result][name]
    return result


# --- bounds ---------------------------------------------------------------------------


@given(parts=tilings(), data=st.data())
def test_the_bound_of_a_window_follows_the_lattice(parts, data) -> None:
    series = build([change(*p, id=k + 1) for k, p in enumerate(parts)])
    last_day = parts[-1][1]
    a = data.draw(st.integers(0, last_day), label="a")
    b = data.draw(st.integers(a, last_day + 10), label="b")
    inside = [p for p in parts if a <= p[0] and p[1] <= b]
    cut = [p for p in parts if p[0] <= b and p[1] >= a and p not in inside]
    integral = series.window(DAY0 + timedelta(days=a), DAY0 + timedelta(days=b))
    if not inside and not cut:
        assert (integral.total, integral.covered, integral.bound) == (None, 0, None)
        return
    # Records wholly inside count with their bounds; one cut makes it approx.
    expected = "approx" if cut else lattice_sum([p[3] for p in inside])
    assert (integral.bound, integral.prorated) == (expected, bool(cut))


@given(
    snapshots=st.lists(
        st.tuples(st.integers(1, 30), st.integers(0, 10_000), bounds),
        min_size=2,
        max_size=6,
    ),
    data=st.data(),
)
def test_a_run_of_holdings_has_the_bound_of_its_ends(snapshots, data) -> None:
    # Snapshots at increasing days (gaps of 1..30); any run of consecutive ones
    # gives h_last − h_first over the days after the first, with the bound of
    # that difference whatever the snapshots in between.
    days, day = [], 0
    for gap, _, _ in snapshots:
        day += gap
        days.append(day)
    records = [
        holding(d, area, bound, id=k + 1)
        for k, (d, (_, area, bound)) in enumerate(zip(days, snapshots, strict=True))
    ]
    series = build(records)
    i = data.draw(st.integers(0, len(days) - 2), label="i")
    j = data.draw(st.integers(i + 1, len(days) - 1), label="j")
    first, last = snapshots[i], snapshots[j]
    integral = series.window(
        DAY0 + timedelta(days=days[i] + 1), DAY0 + timedelta(days=days[j])
    )
    assert integral.total == pytest.approx(last[1] - first[1])
    assert integral.covered == days[j] - days[i]
    assert integral.bound == DIFFERENCE[last[2]][first[2]]


# --- windows and buckets --------------------------------------------------------------


def daily_rates(parts) -> dict[int, float]:
    """Day → km²/day, each record's area spread evenly over its days."""
    rates: dict[int, float] = {}
    for first, last, area, _ in parts:
        for day in range(first, last + 1):
            rates[day] = area / (last - first + 1)
    return rates


@given(
    parts=tilings(),
    outer=st.tuples(st.integers(0, 400), st.integers(0, 5), st.integers(-1, 1)),
    unit=st.sampled_from(["month", "week", "day", "quarter"]),
    nested=st.booleans(),
)
def test_a_window_is_the_sum_of_its_buckets(parts, outer, unit, nested) -> None:
    records = [change(*p, id=k + 1) for k, p in enumerate(parts)]
    if nested:
        # A parent over all of them: its remaining days share what is left.
        first, last = parts[0][0], parts[-1][1] + 7
        total = sum(p[2] for p in parts) + 100
        records.append(change(first, last, total, "approx", id=99))
    series = build(records)
    start = DAY0 + timedelta(days=outer[0] // 3)
    end = start + timedelta(days=outer[0] + 30 * outer[1] + outer[2] + 1)
    window = span(start, end)
    pieces = buckets(window, unit)
    whole = series.window(window.start, window.end)
    parts_of = series.windows([(p.start, p.end) for p in pieces])
    one_by_one = [series.window(p.start, p.end) for p in pieces]
    assert_same(parts_of, one_by_one)
    assert sum(p.covered for p in parts_of) == whole.covered
    assert sum(p.total or 0.0 for p in parts_of) == pytest.approx(
        whole.total or 0.0, rel=1e-9, abs=1e-6
    )
    if not nested:
        rates = daily_rates(parts)
        a, b = (window.start - DAY0).days, (window.end - DAY0).days
        covered = [d for d in range(a, b + 1) if d in rates]
        assert whole.covered == len(covered)
        expected = sum(rates[d] for d in covered)
        assert (whole.total or 0.0) == pytest.approx(expected, rel=1e-9, abs=1e-6)


# --- holdings -------------------------------------------------------------------------


@given(
    base=st.integers(0, 100_000),
    snapshot_bound=bounds,
    earlier=st.lists(st.tuples(st.integers(1, 20), st.integers(0, 500)), max_size=3),
    parts=tilings(max_parts=4),
    data=st.data(),
)
def test_a_holding_is_the_last_snapshot_plus_the_changes_since(
    base, snapshot_bound, earlier, parts, data
) -> None:
    # Snapshots before day 0 (the last of them on day −1), then change records
    # from day 0 on: the holding on day d is the last snapshot plus the rate
    # summed over 0..d, as long as every one of those days is covered.
    records, day = [], -1
    for k, (gap, area) in enumerate(earlier):
        day -= gap  # strictly earlier: one snapshot a day at most (the natural key)
        records.append(holding(day, area, "exact", id=50 + k))
    records.append(holding(-1, base, snapshot_bound, id=60))
    shifted = [(p[0] - parts[0][0], p[1] - parts[0][0], *p[2:]) for p in parts]
    records += [change(*p, id=k + 1) for k, p in enumerate(shifted)]
    series = build(records)
    rates = daily_rates(shifted)
    day = data.draw(st.integers(-1, shifted[-1][1] + 5), label="day")
    held = series.holding_at(DAY0 + timedelta(days=day))
    gap = next((d for d in range(0, day + 1) if d not in rates), None)
    if gap is not None:
        assert held is None
        return
    assert held is not None
    expected = base + sum(rates[d] for d in range(0, day + 1))
    assert held.area == pytest.approx(expected, rel=1e-9, abs=1e-6)
    inside = [p for p in shifted if p[1] <= day]
    cut = [p for p in shifted if p[0] <= day < p[1]]
    bound = "approx" if cut else lattice_sum([snapshot_bound] + [p[3] for p in inside])
    assert held.bound == bound


# --- maps -----------------------------------------------------------------------------

boxes = st.lists(
    st.tuples(st.integers(0, 20), st.integers(1, 10), st.integers(0, 20), st.integers(1, 10)),
    min_size=1,
    max_size=3,
)  # fmt: skip


def shape(found):
    from shapely.geometry import box

    from frontline.model import geometry

    # Boxes in a 0.3° square near 48°N 37°E, on a 0.01° grid.
    return geometry.union(
        [
            box(37 + x / 100, 48 + y / 100, 37 + (x + w) / 100, 48 + (y + h) / 100)
            for x, w, y, h in found
        ]
    )


@settings(max_examples=60)
@given(before=boxes, after=boxes)
def test_gained_less_lost_is_the_net_change_for_any_two_maps(before, after) -> None:
    pytest.importorskip("shapely")
    pytest.importorskip("pyproj")
    from frontline.model import geometry

    s1, s2 = shape(before), shape(after)
    gained = geometry.geodesic_area_km2(geometry.difference(s2, s1))
    lost = geometry.geodesic_area_km2(geometry.difference(s1, s2))
    net = geometry.geodesic_area_km2(s2) - geometry.geodesic_area_km2(s1)
    scale = geometry.geodesic_area_km2(s1) + geometry.geodesic_area_km2(s2)
    assert gained >= 0 and lost >= 0
    assert gained - lost == pytest.approx(net, abs=1e-6 * scale)


# --- import and export ----------------------------------------------------------------

slugs = st.from_regex(r"[a-z][a-z0-9-]{0,12}", fullmatch=True)
texts = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=30,
).filter(lambda t: t.strip() == t and t.strip())
days = st.dates(date(1990, 1, 1), date(2030, 12, 31))


@st.composite
def records(draw) -> dict:
    kind = draw(st.sampled_from(["change", "holding"]))
    start = draw(days)
    end = (
        start
        if kind == "holding"
        else start + timedelta(days=draw(st.integers(0, 900)))
    )
    return {
        "kind": kind,
        "actor": draw(slugs),
        "region": draw(slugs),
        "layer": draw(slugs),
        "start": start.isoformat(),
        "end": end.isoformat(),
        "area_km2": draw(st.integers(0, 10**9)) / 16,
        "bound": draw(bounds),
        "source": draw(texts),
        "url": draw(st.none() | st.just("https://example.org/a?b=1&c=%20")),
        "published": draw(st.none() | days.map(date.isoformat)),
        "note": draw(st.none() | texts),
    }


@settings(max_examples=15, suppress_health_check=[HealthCheck.too_slow])
@given(given_records=st.lists(records(), min_size=1, max_size=5))
def test_import_then_export_gives_back_every_record(given_records) -> None:
    runner = CliRunner()
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "r.db")
        path = Path(folder) / "in.jsonl"
        path.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in given_records),
            encoding="utf-8",
        )
        result = runner.invoke(app, ["--db", db, "import", str(path)])
        assert result.exit_code == 0, (result.stderr, given_records)
        out = runner.invoke(app, ["--db", db, "export", "--format", "jsonl"])
        assert out.exit_code == 0, out.stderr
        # Split on "\n" only: a text may hold U+2028 or U+0085, which splitlines
        # would also break on.
        back = [json.loads(line) for line in out.stdout.split("\n") if line]
        # The last version of a figure given twice is the one kept.
        key = ("kind", "actor", "region", "layer", "start", "end", "source")
        expected = {tuple(r[k] for k in key): r for r in given_records}
        got = {
            tuple(r[k] for k in key): {k: v for k, v in r.items() if k != "id"}
            for r in back
        }
        assert got == expected
        # Exported again into a fresh database, the bytes are the same.
        (Path(folder) / "again.jsonl").write_text(out.stdout, encoding="utf-8")
        db2 = str(Path(folder) / "s.db")
        again = runner.invoke(
            app, ["--db", db2, "import", str(Path(folder) / "again.jsonl")]
        )
        assert again.exit_code == 0, again.stderr
        second = runner.invoke(app, ["--db", db2, "export", "--format", "jsonl"])
        assert second.stdout == out.stdout


# --- nested figures ---------------------------------------------------------------------


@st.composite
def forests(draw, depth: int = 2):
    """Change records nested up to `depth` deep, with no two of the same span and
    every parent keeping at least one day of its own: [(first, last, area,
    bound, children)]."""

    def tile(first: int, last: int, level: int) -> list:
        nodes, day = [], first + draw(st.integers(0, 2))
        while day <= last and len(nodes) < 4:
            length = draw(st.integers(1, 30))
            end = min(day + length - 1, last)
            kids = []
            if level < depth and end - day >= 2 and draw(st.booleans()):
                # Children inside, leaving the parent's first day its own.
                kids = tile(day + 1, end, level + 1)
            area = sum(k[2] for k in kids) + draw(st.integers(0, 400))
            nodes.append((day, end, float(area), draw(bounds), kids))
            day = end + 1 + draw(st.sampled_from([0, 0, 2]))
        return nodes

    return tile(0, 150, 0)


def flatten(nodes) -> list:
    out = []
    for node in nodes:
        out.append(node)
        out.extend(flatten(node[4]))
    return out


def own_days(node) -> set[int]:
    days = set(range(node[0], node[1] + 1))
    for kid in node[4]:
        days -= set(range(kid[0], kid[1] + 1))
    return days


def oracle(roots, a: int, b: int):
    """(total, covered days, bound) of a..b, from each figure's own days and
    bound: a figure wholly inside counts with its bound; one cut at the edge is
    entered, its children counted in turn and its own days inside prorated."""
    total, covered, found, prorated = 0.0, 0, [], False

    def visit(node) -> None:
        nonlocal total, covered, prorated
        first, last, area, bound, kids = node
        if last < a or first > b:
            return
        if a <= first and last <= b:
            total += area
            covered += last - first + 1
            found.append(bound)
            return
        for kid in kids:
            visit(kid)
        own = own_days(node)
        inside = [d for d in own if a <= d <= b]
        if inside:
            rate = (area - sum(k[2] for k in kids)) / len(own)
            total += rate * len(inside)
            covered += len(inside)
            prorated = True

    for root in roots:
        visit(root)
    if not covered:
        return None, 0, None
    return total, covered, "approx" if prorated else lattice_sum(found)


@given(roots=forests(), data=st.data())
def test_windows_of_nested_figures_follow_their_own_days(roots, data) -> None:
    nodes = flatten(roots)
    series = build(
        [change(n[0], n[1], n[2], n[3], id=k + 1) for k, n in enumerate(nodes)]
    )
    assert series.issues == []
    spans = []
    for _ in range(3):
        # Window edges on a figure's edge half of the time: whole figures.
        edges = sorted({n[0] for n in nodes} | {n[1] + 1 for n in nodes})
        a = data.draw(st.sampled_from(edges) | st.integers(0, 160), label="a")
        b = data.draw(
            st.sampled_from([e - 1 for e in edges if e > a] or [a])
            | st.integers(a, 170),
            label="b",
        )
        spans.append((DAY0 + timedelta(days=a), DAY0 + timedelta(days=b)))
        total, covered, bound = oracle(roots, a, b)
        got = series.window(*spans[-1])
        assert (got.covered, got.bound) == (covered, bound)
        assert (got.total or 0.0) == pytest.approx(total or 0.0, rel=1e-9, abs=1e-6)
    assert_same(series.windows(spans), [series.window(*s) for s in spans])


@given(
    before=st.lists(st.tuples(st.integers(1, 20), bounds), max_size=3),
    snapshots=st.lists(
        st.tuples(st.integers(1, 25), st.integers(0, 10_000), bounds),
        min_size=1,
        max_size=5,
    ),
    after=st.lists(st.tuples(st.integers(1, 20), bounds), max_size=3),
    data=st.data(),
)
def test_holdings_among_change_records_follow_the_lattice(
    before, snapshots, after, data
) -> None:
    # Change records up to the first snapshot's day, snapshots, then change
    # records from the day after the last: pieces end to end. A run of
    # holding-derived changes wholly inside a window counts h_last − h_first
    # with the bound of that difference; a cut piece makes the window approx.
    pieces, records, day = [], [], 0
    for k, (length, bound) in enumerate(before):
        pieces.append((day, day + length - 1, 3.0 * length, bound, None))
        records.append(change(day, day + length - 1, 3.0 * length, bound, id=100 + k))
        day += length
    snap_days = []
    for k, (gap, area, bound) in enumerate(snapshots):
        snap_day = day - 1 + (gap if k else 0)
        records.append(holding(snap_day, area, bound, id=200 + k))
        if k:
            old = snapshots[k - 1]
            pieces.append(
                (
                    snap_days[-1] + 1,
                    snap_day,
                    float(area - old[1]),
                    None,
                    (old[2], bound),
                )
            )
        snap_days.append(snap_day)
        day = snap_day + 1
    for k, (length, bound) in enumerate(after):
        pieces.append((day, day + length - 1, 2.0 * length, bound, None))
        records.append(change(day, day + length - 1, 2.0 * length, bound, id=300 + k))
        day += length
    if not pieces:
        return
    series = build(records)
    edges = sorted({p[0] for p in pieces} | {p[1] + 1 for p in pieces})
    a = data.draw(st.sampled_from(edges[:-1]) | st.integers(0, day), label="a")
    b = data.draw(
        st.sampled_from([e - 1 for e in edges if e > a] or [a])
        | st.integers(a, day + 3),
        label="b",
    )
    total, covered, found, prorated, run = 0.0, 0, [], False, None
    for first, last, area, bound, ends in pieces:
        if last < a or first > b:
            continue
        if a <= first and last <= b:
            total += area
            covered += last - first + 1
            if ends is None:
                found.append(bound)
            elif run is None:
                run = [ends[0], ends[1]]
            else:
                run[1] = ends[1]
            continue
        inside = min(last, b) - max(first, a) + 1
        total += area / (last - first + 1) * inside
        covered += inside
        prorated = True
    if run is not None:
        found.append(DIFFERENCE[run[1]][run[0]])
    got = series.window(DAY0 + timedelta(days=a), DAY0 + timedelta(days=b))
    assert got.covered == covered
    if not covered:
        return
    assert got.total == pytest.approx(total, abs=1e-6)
    assert got.bound == ("approx" if prorated else lattice_sum(found))
    (fast,) = series.windows([(got.start, got.end)])
    assert_same([fast], [got])
