"""Reports on a database: record selection, totals, comparisons, balance,
projection and check, through the library (the CLI is in test_cli_reports.py)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest

from frontline.errors import InputError
from frontline.model.build import build
from frontline.model.periods import buckets, parse_period
from frontline.model.records import Record
from frontline.model.scope import Scope
from frontline.reports.balance import balance
from frontline.reports.check import check
from frontline.reports.common import resolve_window
from frontline.reports.projection import project
from frontline.reports.window import PREVIOUS, report
from frontline.store import db
from frontline.store import records as store
from frontline.store.select import each_series, earliest_day, load
from frontline.store.where import scope_where

D = date


def record(kind, actor, region, start, end, area, bound="exact", source="ISW", **extra):
    return Record(kind, actor, region, start, end, area, bound, source=source, **extra)


def open_db(path: Path, records: list[Record]):
    conn = db.open_for_write(db.Location(path, "--db"))
    store.write_records(conn, [(r, None) for r in records])
    return conn


ISW = [
    record("change", "russia", "ukraine", D(2023, 1, 1), D(2023, 12, 31), 465),
    record(
        "change", "russia", "ukraine", D(2024, 1, 1), D(2024, 11, 19), 2700, "approx"
    ),
    record(
        "change", "russia", "ukraine", D(2024, 9, 1), D(2024, 11, 3), 1000, "at_least"
    ),
    record("holding", "russia", "ukraine", D(2024, 11, 19), D(2024, 11, 19), 110_649),
    record(
        "change", "ukraine", "kursk", D(2024, 8, 6), D(2024, 9, 5), 1171, "at_least"
    ),
    record("change", "russia", "kursk", D(2024, 10, 1), D(2024, 11, 19), 593, "approx"),
    record(
        "change",
        "ukraine",
        "kursk",
        D(2024, 8, 13),
        D(2024, 8, 13),
        40,
        source="Ukrainian General Staff",
    ),
]


@pytest.fixture
def isw(tmp_path):
    return open_db(tmp_path / "isw.db", ISW)


def test_report_of_2024_against_2023(isw):
    result = report(isw, Scope(region="ukraine"), parse_period("2024"), None, PREVIOUS)
    (row,) = result.rows
    assert (row.integral.total, row.integral.bound) == (2700, "approx")
    assert (row.integral.covered, row.integral.days) == (324, 366)
    assert (row.holding.area, row.holding.on) == (110_649, D(2024, 11, 19))
    (comparison,) = result.comparisons
    assert comparison.baseline.label == "2023"
    assert round(comparison.area_ratio, 2) == 5.81
    assert comparison.area_change == 2235
    assert comparison.rate_ratio == pytest.approx((2700 / 324) / (465 / 365))
    assert round(comparison.rate_ratio, 2) == 6.54
    assert result.warnings == []


def test_autumn_rate_against_the_year_so_far(isw):
    window = parse_period("2024-09-01..2024-11-03")
    result = report(
        isw,
        Scope(region="ukraine"),
        window,
        None,
        parse_period("2024-01-01..2024-11-19"),
    )
    (comparison,) = result.comparisons
    assert round(comparison.current.rate, 1) == 15.6
    assert comparison.current.bound == "at_least"
    assert round(comparison.base.rate, 1) == 8.3


def test_monthly_buckets_with_cumulative_and_holdings(isw):
    result = report(isw, Scope(region="ukraine"), parse_period("2024"), "month")
    assert [r.bucket.label for r in result.rows] == [
        f"2024-{m:02d}" for m in range(1, 13)
    ]
    totals = [
        None if r.integral.total is None else round(r.integral.total, 1)
        for r in result.rows
    ]
    assert totals == [
        202.7,
        189.6,
        202.7,
        196.2,
        202.7,
        196.2,
        202.7,
        202.7,
        468.8,
        484.4,
        151.5,
        None,
    ]
    assert [r.integral.covered for r in result.rows][-2:] == [19, 0]
    assert result.rows[-1].cumulative.total == pytest.approx(2700)
    assert result.rows[-1].cumulative.bound == "approx"
    assert result.rows[0].holding.area == pytest.approx(
        110_649 - 2700 + 31 * 1700 / 260
    )
    assert result.rows[-1].holding is None  # nothing known in December
    assert result.rows[-2].holding.on == D(2024, 11, 19)
    assert result.comparisons == []


def test_report_without_a_window_covers_every_record_by_year(isw):
    result = report(isw, Scope(actor="russia", region="ukraine"), None)
    assert result.by == "year"
    assert (result.window.start, result.window.end) == (D(2023, 1, 1), D(2024, 11, 19))
    assert [(r.bucket.label, r.integral.total) for r in result.rows] == [
        ("2023", 465),
        ("2024", 2700),
    ]
    assert result.rows[1].cumulative.total == 3165


def test_from_alone_runs_to_the_latest_record(isw):
    window = resolve_window(isw, Scope(region="kursk"), D(2024, 9, 1), None)
    assert (window.start, window.end) == (D(2024, 9, 1), D(2024, 11, 19))
    window = resolve_window(
        isw, Scope(source="Ukrainian General Staff"), None, D(2024, 12, 31)
    )
    assert window.start == D(2024, 8, 13)
    with pytest.raises(InputError) as caught:
        resolve_window(isw, Scope(), D(2025, 1, 1), None)
    assert (
        str(caught.value)
        == "from: 2025-01-01 is after the last day of the records (2024-11-19)"
    )


def test_balance_pairs_actors_within_a_source(isw):
    result = balance(isw, Scope(region="kursk"), None)
    assert (result.window.start, result.window.end) == (D(2024, 8, 6), D(2024, 11, 19))
    rows = {(r.source, r.actor): r for r in result.rows}
    ukraine = rows["ISW", "ukraine"]
    assert (ukraine.gained.total, ukraine.retaken, ukraine.net) == (1171, 593, 578)
    assert (ukraine.gained.bound, ukraine.retaken_bound, ukraine.net_bound) == (
        "at_least",
        "approx",
        "approx",
    )
    assert round(100 * ukraine.share_retaken, 1) == 50.6
    # ~593 ÷ ≥1,171: approx over a lower bound is approx.
    assert ukraine.share_bound == "approx"
    assert ukraine.since == D(2024, 8, 6)
    # Ukraine's gains (6 August to 5 September) all came before Russia's began on
    # 1 October: none of them takes back anything Russia gained.
    # No Ukrainian figure falls on 1 October..19 November: unknown, never 0.
    russia = rows["ISW", "russia"]
    assert (russia.since, russia.retaken, russia.retaken_bound) == (
        D(2024, 10, 1),
        None,
        None,
    )
    assert russia.retaken_missing == "no-figures"
    assert (russia.net, russia.net_bound, russia.share_retaken) == (None, None, None)
    assert russia.others == ("ukraine",)
    general_staff = rows["Ukrainian General Staff", "ukraine"]
    assert (general_staff.gained.total, general_staff.retaken, general_staff.net) == (
        40,
        None,
        None,
    )
    assert [r.actor for r in result.rows[:2]] == ["ukraine", "russia"]


def test_projection_carries_the_trailing_rate(isw):
    result = project(isw, Scope(region="ukraine"), D(2025, 1, 20))
    assert (result.window.start, result.window.end) == (D(2024, 8, 22), D(2024, 11, 19))
    (row,) = result.rows
    expected_rate = (10 * 1700 / 260 + 1000 + 16 * 1700 / 260) / 90
    assert row.rate.rate == pytest.approx(expected_rate)
    assert (row.start, row.days_ahead) == (D(2024, 11, 19), 62)
    assert row.gain == pytest.approx(62 * expected_rate)
    assert row.projected_holding == pytest.approx(110_649 + 62 * expected_rate)
    fixed = project(
        isw,
        Scope(region="ukraine"),
        D(2025, 1, 20),
        parse_period("2024-09-01..2024-11-03"),
    )
    assert fixed.rows[0].rate.rate == 15.625
    with pytest.raises(InputError) as caught:
        project(isw, Scope(), D(2024, 11, 19))
    assert str(caught.value) == (
        "until: 2024-11-19 is not after the latest figure (2024-11-19); nothing to project"
    )


def test_check_lists_every_kind_of_problem(tmp_path):
    conn = open_db(
        tmp_path / "bad.db",
        [
            record(
                "change",
                "russia",
                "donetsk",
                D(2024, 1, 1),
                D(2024, 3, 31),
                300,
                id=None,
            ),
            record("change", "russia", "donetsk", D(2024, 3, 1), D(2024, 4, 30), 100),
            record("change", "russia", "kharkiv", D(2024, 1, 1), D(2024, 1, 31), 50),
            record("change", "russia", "kharkiv", D(2024, 1, 1), D(2024, 1, 10), 80),
            record(
                "holding", "russia", "luhansk", D(2024, 1, 31), D(2024, 1, 31), 1000
            ),
            record(
                "holding", "russia", "luhansk", D(2024, 2, 29), D(2024, 2, 29), 1010
            ),
            record("change", "russia", "luhansk", D(2024, 2, 1), D(2024, 2, 29), 30),
            record("change", "russia", "luhansk", D(2024, 6, 1), D(2024, 6, 30), 30),
        ],
    )
    result = check(conn, Scope())
    assert (result.series, result.records) == (3, 8)
    assert [(i.series[1], i.kind) for i in result.issues] == [
        ("donetsk", "crossing"),
        ("kharkiv", "larger-child"),
        ("luhansk", "holdings"),
        ("luhansk", "gap"),
    ]
    assert result.issues[0].message == (
        "record #1 (300 km², 2024-01-01..2024-03-31) set aside: it overlaps record #2 "
        "(100 km², 2024-03-01..2024-04-30) without either containing the other, and "
        "that one spans fewer days"
    )
    assert (
        result.issues[-1].message == "no figure covers 2024-03-01..2024-05-31 (92 days)"
    )
    only = check(conn, Scope(region="kharkiv"))
    assert [i.kind for i in only.issues] == ["larger-child"]


def test_report_warns_only_about_issues_touching_its_days(tmp_path):
    conn = open_db(
        tmp_path / "bad.db",
        [
            record("change", "russia", "donetsk", D(2024, 1, 1), D(2024, 3, 31), 300),
            record("change", "russia", "donetsk", D(2024, 3, 1), D(2024, 4, 30), 100),
            record("change", "russia", "donetsk", D(2024, 9, 1), D(2024, 9, 30), 10),
        ],
    )
    touched = report(conn, Scope(), parse_period("2024-Q1"), "month")
    assert [w.issue.kind for w in touched.warnings] == ["crossing"]
    assert [r.warnings for r in touched.rows] == [(1,), (1,), (1,)]
    clear = report(conn, Scope(), parse_period("2024-09"))
    assert clear.warnings == []


# --- selection: what is read, and that thinning changes no number ---------------


def _random_database(path: Path, seed: int) -> tuple[object, list[Record]]:
    rng = random.Random(seed)
    records: list[Record] = []
    first = D(2023, 1, 1)
    for region in ("a", "b", "c"):
        for source in ("DeepState", "ISW"):
            day, area = first + timedelta(days=rng.randint(0, 30)), 1000.0
            step = rng.choice((1, 1, 3, 10))
            while day < D(2024, 12, 31):
                if source == "DeepState" or rng.random() < 0.05:
                    bound = "exact" if rng.random() < 0.9 else "approx"
                    records.append(
                        record(
                            "holding",
                            "russia",
                            region,
                            day,
                            day,
                            round(area, 1),
                            bound,
                            source=source,
                        )
                    )
                area += rng.uniform(-5, 30)
                day += timedelta(days=step)
            start = first
            while start < D(2024, 12, 1):
                length = rng.choice((10, 31, 90, 200))
                end = start + timedelta(days=length - 1)
                records.append(
                    record(
                        "change",
                        "russia",
                        region,
                        start,
                        end,
                        round(rng.uniform(0, 500), 1),
                        rng.choice(("exact", "approx", "at_least")),
                        source=source,
                        published=end + timedelta(days=3),
                    )
                )
                if rng.random() < 0.5:
                    inner = start + timedelta(days=rng.randint(0, length // 2))
                    records.append(
                        record(
                            "change",
                            "russia",
                            region,
                            inner,
                            inner + timedelta(days=rng.randint(0, length // 3)),
                            round(rng.uniform(0, 100), 1),
                            source=source,
                        )
                    )
                start = end + timedelta(days=rng.randint(1, 60))
    return open_db(path, records), records


def _numbers(series, windows):
    result = []
    for start, end in windows:
        integral = series.window(start, end)
        holding = series.holding_by(end, start)
        result.append(
            (
                None if integral.total is None else round(integral.total, 6),
                integral.covered,
                integral.bound,
                integral.prorated,
                None
                if holding is None
                else (round(holding.area, 6), holding.bound, holding.on),
            )
        )
    return result


def _issues(series, window):
    return sorted(
        (i.kind, i.records, i.message)
        for i in series.issues
        if i.first <= window.end and i.last >= window.start
    )


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_thinned_selection_gives_the_numbers_of_all_records(tmp_path, seed):
    conn, _ = _random_database(tmp_path / "r.db", seed)
    everything = {s.key: s for s, _ in each_series(conn, Scope())}
    rng = random.Random(seed)
    for _ in range(6):
        start = D(2023, 1, 1) + timedelta(days=rng.randint(0, 650))
        window = parse_period(f"{start}..{start + timedelta(days=rng.randint(0, 300))}")
        unit = rng.choice((None, "month", "week", "quarter"))
        windows = [(b.start, b.end) for b in buckets(window, unit)]
        loaded = load(conn, Scope(), windows)
        full = load(conn, Scope(), windows, thin=False)
        assert loaded.records_read <= full.records_read
        for series in loaded.series:
            expected = _numbers(everything[series.key], windows)
            assert _numbers(series, windows) == expected
            assert _issues(series, window) == _issues(everything[series.key], window)
        for series in full.series:
            assert _numbers(series, windows) == _numbers(
                everything[series.key], windows
            )
        covered = {
            s.key
            for s in everything.values()
            if any(s.window(a, b).covered for a, b in windows)
        }
        assert covered <= {s.key for s in loaded.series}


def _daily_database(path: Path):
    """Four series of daily holdings over 2022-2024, each year under a change
    record that disagrees with them (600 km² against 547.5)."""
    records = []
    for region in range(4):
        area = 1000.0
        day = D(2022, 1, 1)
        while day <= D(2024, 12, 31):
            records.append(
                record(
                    "holding",
                    "russia",
                    f"r{region}",
                    day,
                    day,
                    area,
                    source="DeepState",
                )
            )
            area += 1.5
            day += timedelta(days=1)
        for year in (2022, 2023, 2024):
            records.append(
                record(
                    "change",
                    "russia",
                    f"r{region}",
                    D(year, 1, 1),
                    D(year, 12, 31),
                    600,
                    "approx",
                    source="DeepState",
                )
            )
    return open_db(path, records), records


def test_a_one_month_window_reads_a_small_part_of_the_table(tmp_path):
    conn, records = _daily_database(tmp_path / "big.db")
    window = parse_period("2024-06")
    result = report(conn, Scope(), window, None, PREVIOUS)
    assert len(records) == 4396
    # Per series: the 2024 record, and the snapshots at the edges of May, June
    # and of the record's span, and the first inside it: 7 rows, not 1,099.
    assert result.records_read == 4 * 7
    row = result.rows[0]
    assert (row.integral.total, row.integral.bound) == (
        pytest.approx(30 * 1.5),
        "exact",
    )
    assert [w.issue.kind for w in result.warnings] == ["holdings"] * 4


def test_series_built_from_one_source_only(tmp_path):
    conn = open_db(tmp_path / "s.db", ISW)
    loaded = load(conn, Scope(source="ISW"), [(D(2024, 1, 1), D(2024, 12, 31))])
    assert [s.key for s in loaded.series] == [
        ("russia", "kursk", "control", "ISW"),
        ("russia", "ukraine", "control", "ISW"),
        ("ukraine", "kursk", "control", "ISW"),
    ]
    assert load(None, Scope(), [(D(2024, 1, 1), D(2024, 1, 2))]).series == []
    assert build(ISW[:3]).window(D(2024, 1, 1), D(2024, 12, 31)).total == 2700


def test_earliest_day_is_the_first_start_without_reading_the_table(tmp_path):
    conn, _ = _random_database(tmp_path / "e.db", 4)
    conn.execute(
        'INSERT INTO records (kind, actor, region, layer, start, "end", area_km2, '
        "source) VALUES ('change', 'ukraine', 'a', 'control', '2022-12-05', "
        "'2023-02-01', 5, 'ISW')"
    )
    for scope in (
        Scope(),
        Scope(region="b"),
        Scope(source="DeepState"),
        Scope(actor="ukraine"),
        Scope(region="nowhere"),
    ):
        where, params = scope_where(scope)
        (first,) = conn.execute(
            f"SELECT min(start) FROM records WHERE {where}", params
        ).fetchone()
        expected = D.fromisoformat(first) if first else None
        assert earliest_day(conn, scope) == expected


@pytest.mark.parametrize("seed", [5, 6])
def test_report_rows_are_the_window_queries_of_each_bucket(tmp_path, seed):
    """The batched rows against one window query per number, on all records."""
    conn, _ = _random_database(tmp_path / "b.db", seed)
    everything = {s.key: s for s, _ in each_series(conn, Scope())}
    for period, unit in (("2023-02-10..2024-08-20", "month"), ("2024", "week")):
        window = parse_period(period)
        result = report(conn, Scope(), window, unit)
        assert result.rows
        for row in result.rows:
            series = everything[row.key]
            bucket = row.bucket
            expected = _numbers(series, [(bucket.start, bucket.end)])
            assert _numbers_of_row(row) == expected
            cumulative = series.window(window.start, bucket.end)
            assert (
                round(row.cumulative.total, 6)
                if row.cumulative.total is not None
                else None,
                row.cumulative.covered,
                row.cumulative.bound,
            ) == (
                round(cumulative.total, 6) if cumulative.total is not None else None,
                cumulative.covered,
                cumulative.bound,
            )


def _numbers_of_row(row):
    integral, holding = row.integral, row.holding
    return [
        (
            None if integral.total is None else round(integral.total, 6),
            integral.covered,
            integral.bound,
            integral.prorated,
            None
            if holding is None
            else (round(holding.area, 6), holding.bound, holding.on),
        )
    ]


def test_retaken_counts_only_what_came_after_an_actors_gains_began(tmp_path):
    conn = open_db(
        tmp_path / "b.db",
        [
            # Russia gains 10 km²/day from 1 January, Ukraine from 1 March.
            record("change", "russia", "donbas", D(2024, 1, 1), D(2024, 4, 30), 1210),
            record("change", "ukraine", "donbas", D(2024, 3, 1), D(2024, 3, 31), 310),
            # A third actor holding the same area throughout: no gains at all.
            record("holding", "nato", "donbas", D(2024, 1, 1), D(2024, 1, 1), 100),
            record("holding", "nato", "donbas", D(2024, 4, 30), D(2024, 4, 30), 100),
        ],
    )
    result = balance(conn, Scope(region="donbas"), parse_period("2024-01..2024-04"))
    rows = {r.actor: r for r in result.rows}
    assert [r.actor for r in result.rows] == ["russia", "ukraine", "nato"]
    russia, ukraine, nato = rows["russia"], rows["ukraine"], rows["nato"]
    # Everything Ukraine gained came after Russia began: all of it counts.
    assert (russia.since, russia.retaken, russia.retaken_bound) == (
        D(2024, 1, 1),
        310,
        "exact",
    )
    assert (russia.net, russia.net_bound) == (900, "exact")
    assert russia.share_retaken == pytest.approx(310 / 1210)
    # Of Russia's gains only March and April (61 days) came after Ukraine began:
    # a prorated share of Russia's figure, hence approximate.
    assert (ukraine.since, ukraine.retaken, ukraine.retaken_bound) == (
        D(2024, 3, 1),
        pytest.approx(610),
        "approx",
    )
    assert (ukraine.net, ukraine.net_bound) == (pytest.approx(-300), "approx")
    assert ukraine.others == ("nato", "russia")
    # Nothing gained, so nothing to take back, and no share of it.
    assert (nato.gained.total, nato.since, nato.retaken, nato.retaken_bound) == (
        0,
        None,
        0,
        "exact",
    )
    assert (nato.net, nato.share_retaken) == (0, None)


def test_the_series_walk_finds_every_series_whatever_the_scope_fixes(tmp_path):
    # Series are found by seeking past each series' last index entry; the
    # first seek must not step over a series whose free names are the
    # smallest text there is (a source left empty sorts first).
    from frontline.model.scope import Scope
    from frontline.store import db
    from frontline.store.select import series_keys

    conn = db.open_for_write(db.Location(tmp_path / "k.db", "--db"))
    rows = [
        (actor, region, layer, source, f"2024-01-{day:02d}")
        for actor in ("russia", "ukraine")
        for region in ("kursk", "ukraine")
        for layer in ("advances", "control")
        for source in ("", " (x)", "ISW")
        for day in (1, 2)
        if (actor, region, source) != ("ukraine", "kursk", "ISW")
    ]
    conn.executemany(
        'INSERT INTO records (kind, actor, region, layer, start, "end", area_km2, '
        "source) VALUES ('holding', ?, ?, ?, ?5, ?5, 1, ?4)",
        rows,
    )
    conn.commit()
    every = sorted({row[:4] for row in rows})
    for scope in (
        Scope(),
        Scope(actor="russia"),
        Scope(actor="russia", region="ukraine", layer="control"),
        Scope(actor="ukraine", region="kursk", layer="advances", source=""),
        Scope(region="kursk"),
        Scope(layer="advances", source=" (x)"),
        Scope(source="ISW"),
        Scope(actor="nobody"),
        Scope(actor="russia", layer="control+advances"),
    ):
        names = (scope.actor, scope.region, None, scope.source)
        layers = scope.layers or ((scope.layer,) if scope.layer else None)
        expected = [
            key
            for key in every
            if all(
                want is None or want == got
                for want, got in zip(names, key, strict=True)
            )
            and (layers is None or key[2] in layers)
        ]
        assert series_keys(conn, scope) == expected, scope


@pytest.mark.parametrize(
    ("kind", "searches"),
    [
        (
            "holding",
            (
                "USING INDEX records_holdings (end=?",
                "INDEX records_holdings_by_series (actor=? AND region=? AND "
                "layer=? AND source=? AND end",
            ),
        ),
        (
            "change",
            (
                "USING INDEX records_changes (actor=? AND region=? AND layer=? "
                "AND source=? AND start",
            ),
        ),
    ],
)
def test_a_report_reads_its_figures_from_the_indexes_that_hold_them(
    tmp_path, kind, searches
):
    """Every statement a bucketed report runs for snapshots reads the holdings
    index (by day: the snapshots on the buckets' edges) or, for those nearest to
    a day and the anchors, the holdings by series; for change records the
    changes index: each holds the columns read, so no table row is looked up (a
    daily series' month ends lie one in thirty rows apart). The snapshots on
    given days are read series by series, with every series in scope or some."""
    window = parse_period("2023-02-10..2024-08-20")
    edges = [(b.start, b.end) for b in buckets(window, "month")]
    statements: list[str] = []
    for conn in (
        _random_database(tmp_path / "i.db", 7)[0],
        _daily_database(tmp_path / "d.db")[0],
    ):
        conn.set_trace_callback(statements.append)
        for scope, thin in ((Scope(), True), (Scope(actor="russia"), True),
                            (Scope(), False)):  # fmt: skip
            assert load(conn, scope, edges, thin=thin).series
        conn.set_trace_callback(None)
    chosen = [s for s in statements if f"kind = '{kind}'" in s]
    assert len(chosen) >= 3
    if kind == "holding":
        assert any("INDEXED BY" in s and "actor = 'russia'" in s for s in chosen)
    for statement in chosen:
        plan = [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {statement}")]
        reads = [step for step in plan if step.startswith(("SEARCH r", "SCAN r"))]
        assert reads, statement
        for step in reads:
            assert any(search in step for search in searches), step


@pytest.mark.parametrize("make", ["random", "daily"])
def test_snapshots_read_for_every_series_at_once_are_those_read_one_by_one(
    tmp_path, make
):
    """The snapshots on the buckets' edges read for a report on every series
    give each series the numbers it has when loaded on its own, over months
    and weeks."""
    if make == "random":
        conn = _random_database(tmp_path / "r.db", 8)[0]
    else:
        conn = _daily_database(tmp_path / "d.db")[0]
    for period, unit in (("2022-11-20..2024-08-20", "month"), ("2024", "week")):
        edges = [(b.start, b.end) for b in buckets(parse_period(period), unit)]
        every = load(conn, Scope(), edges)
        assert every.series
        read = 0
        for series in every.series:
            actor, region, layer, source = series.key
            scope = Scope(actor, region, layer, source)
            (alone,) = load(conn, scope, edges).series
            read += load(conn, scope, edges).records_read
            assert _numbers(series, edges) == _numbers(alone, edges)
            assert sorted(r.id for r in series.records) == sorted(
                r.id for r in alone.records
            )
        assert every.records_read == read
