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
    assert parts_of == one_by_one
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
