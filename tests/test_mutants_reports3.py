"""Records over a window and a bucket other than the month, a rising run that
reaches the first bucket, a falling run before a bucket without a figure, and
map-diff's polygons per region: each figure worked out by hand from the rows
written here."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from ellipsoid import zone_km2
from frontline.api import Tracker
from frontline.errors import InputError
from frontline.ingest import shapes
from frontline.model import geometry
from frontline.reports.extremes import Figure, series_records

KEY = ("russia", "a", "control", "S")
HEADER = "kind,actor,region,layer,start,end,area_km2,bound,source,url,published,note"
ROWS = [
    "change,russia,a,control,2024-01-01,2024-01-31,5,exact,S,,,",
    "change,russia,a,control,2024-03-01,2024-03-31,3,exact,S,,,",
    "change,russia,a,control,2024-04-01,2024-04-30,8,exact,S,,,",
    "change,russia,a,control,2024-05-01,2024-05-31,9,exact,S,,,",
    "change,russia,a,control,2024-06-01,2024-06-30,12,exact,S,,,",
]


def test_a_rising_run_from_the_first_bucket() -> None:
    # 1, 2, 3: two rises (1 → 2 → 3), the second from the very first bucket.
    figures = [
        Figure("a", 1, "exact"),
        Figure("b", 2, "exact"),
        Figure("c", 3, "exact"),
    ]
    found = series_records(KEY, figures)
    assert found is not None
    assert (found.rising_streak, found.net_positive_streak) == (2, 3)


def test_a_falling_run_before_a_bucket_without_a_figure() -> None:
    # -1, -2, —: the latest figure is -2; two losses end there.
    figures = [Figure("a", -1, "exact"), Figure("b", -2, "exact"), None]
    found = series_records(KEY, figures)
    assert found is not None
    assert (found.net_negative_streak, found.net_positive_streak) == (2, 0)
    assert found.latest.label == "b"


def _import(run: Callable, tmp_path: Path) -> None:
    path = tmp_path / "records.csv"
    path.write_text("\n".join([HEADER, *ROWS]) + "\n")
    run("import", str(path))


def test_records_by_quarter_within_a_window(
    cli: Callable, run: Callable, tmp_path: Path
) -> None:
    _import(run, tmp_path)
    result = cli(
        "records", "--period", "2024-02..2024-06", "--by", "quarter", "-f", "json"
    )
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["by"] == "quarter"
    (russia,) = report["rows"]
    # Q1 within the window is February and March: 0 + 3 = 3 (January's 5 is
    # outside); Q2 is 8 + 9 + 12 = 29.
    assert russia["smallest"]["area_km2"] == 3.0
    assert russia["largest"]["area_km2"] == 29.0
    assert (russia["ranked"], russia["rising_streak"]) == (2, 1)


def _box(west: float, east: float) -> dict:
    ring = [[west, 48.0], [east, 48.0], [east, 48.1], [west, 48.1], [west, 48.0]]
    return {"type": "Polygon", "coordinates": [ring]}


def _snapshot(path: Path, west: float, east: float) -> Path:
    feature = {"type": "Feature", "properties": {}, "geometry": _box(west, east)}
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    return path


def test_map_diff_geojson_gives_each_regions_own_polygons(
    cli: Callable, tmp_path: Path
) -> None:
    # Held 37.0–37.2°E, then 37.1–37.4°E (48.0–48.1°N): 37.2–37.4 gained, all
    # in East (37.15–38.0); 37.0–37.1 lost, all in West (36.0–37.15).
    halves = Path(__file__).parent / "fixtures" / "regions" / "halves.geojson"
    first = _snapshot(tmp_path / "m_20240301.geojson", 37.0, 37.2)
    second = _snapshot(tmp_path / "m_20240310.geojson", 37.1, 37.4)
    sets = ("--set", "actor=russia", "--set", "region=ukraine", "--set", "source=s")
    cli("import", str(first), str(second), *sets)
    result = cli(
        "map-diff",
        "--from",
        "2024-03-01",
        "--to",
        "2024-03-10",
        "--regions",
        str(halves),
        "--region-key",
        "name",
        "-f",
        "geojson",
    )
    assert result.exit_code == 0, result.output
    features = json.loads(result.stdout)["features"]
    found = [(f["properties"]["within"], f["properties"]["change"]) for f in features]
    assert found == [
        (None, "gained"),
        (None, "lost"),
        ("west", "lost"),
        ("east", "gained"),
    ]
    west_lost, east_gained = (shapes.polygons_of(f["geometry"]) for f in features[2:])
    assert geometry.geodesic_area_km2(west_lost) == pytest.approx(
        zone_km2(37.0, 37.1, 48.0, 48.1), rel=1e-6
    )
    assert east_gained.bounds == pytest.approx((37.2, 48.0, 37.4, 48.1))


def test_balance_of_names_with_no_record_together(
    cli: Callable, run: Callable, tmp_path: Path
) -> None:
    # Region a and layer advances are each stored, but no record has both:
    # no window, no rows, and the filters as given.
    path = tmp_path / "two.csv"
    path.write_text(
        f"{HEADER}\n"
        "change,russia,a,control,2024-01-01,2024-01-31,5,exact,S,,,\n"
        "change,ukraine,b,advances,2024-01-01,2024-01-31,2,exact,S,,,\n"
    )
    run("import", str(path))
    result = cli("balance", "--region", "a", "--layer", "advances", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == {
        "window": None,
        "filters": {"actor": None, "region": "a", "layer": "advances", "source": None},
        "rows": [],
        "warnings": [],
    }


def _half_year(run: Callable, tmp_path: Path) -> None:
    path = tmp_path / "half.csv"
    path.write_text(
        f"{HEADER}\nchange,russia,a,control,2024-01-01,2024-06-30,182,exact,S,,,\n"
    )
    run("import", str(path))


def _window(cli: Callable, *args: str) -> dict:
    result = cli(*args, "-f", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["window"]


def test_last_30_days_end_on_as_of_else_on_the_newest_figure(
    cli: Callable, run: Callable, tmp_path: Path
) -> None:
    _half_year(run, tmp_path)
    # 2 March .. 31 March is 30 days (March has 31).
    window = _window(cli, "report", "--period", "last-30d", "--as-of", "2024-03-31")
    assert (window["start"], window["end"], window["days"]) == (
        "2024-03-02",
        "2024-03-31",
        30,
    )
    # The newest figure ends on 30 June: 1 June .. 30 June; the word in any case.
    window = _window(cli, "report", "--period", "LAST-30d")
    assert (window["start"], window["end"]) == ("2024-06-01", "2024-06-30")


def test_days_named_by_events_and_their_refusals(
    cli: Callable, run: Callable, tmp_path: Path
) -> None:
    _half_year(run, tmp_path)
    result = cli("held", "--on", "invasion", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["days"] == ["2022-02-24"]
    result = cli("project", "--until", "invasion+3y", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["until"] == "2025-02-24"
    events = "(events: invasion, kursk-incursion)"
    for option, field in (("--on", "on"), ("--until", "until")):
        command = "held" if option == "--on" else "project"
        result = cli(command, option, "nonsense")
        assert result.exit_code == 2
        assert result.stderr == (
            f"frontline: error: {field}: 'nonsense' is neither a date nor an "
            f"event {events}\n"
        )


def test_the_library_names_what_a_spec_misses_and_takes_dates(
    run: Callable, tmp_path: Path, db_path: Path
) -> None:
    _half_year(run, tmp_path)
    tracker = Tracker(db_path)
    spec = tracker.spec("project")
    with pytest.raises(InputError) as missing:
        spec.project(tracker.reader())
    assert str(missing.value) == "until: give the day to project to"
    with pytest.raises(InputError) as missing:
        spec.reach(tracker.reader())
    assert str(missing.value) == "reach: give the area to reach, or all"
    # --as-of as a date, not text: 30 days ending 31 March start on 2 March.
    spec = tracker.spec("report", period="last-30d", as_of=date(2024, 3, 31))
    assert spec.window is not None
    assert (spec.window.start, spec.window.end) == (date(2024, 3, 2), date(2024, 3, 31))


def test_map_diff_by_bucket_refuses_a_reversed_window_and_splits_by_region(
    cli: Callable, tmp_path: Path
) -> None:
    halves = Path(__file__).parent / "fixtures" / "regions" / "halves.geojson"
    first = _snapshot(tmp_path / "m_20240301.geojson", 37.0, 37.2)
    second = _snapshot(tmp_path / "m_20240310.geojson", 37.1, 37.4)
    sets = ("--set", "actor=russia", "--set", "region=ukraine", "--set", "source=s")
    cli("import", str(first), str(second), *sets)
    result = cli(
        "map-diff", "--from", "2024-03-10", "--to", "2024-03-01", "--by", "month"
    )
    assert result.exit_code == 2
    assert result.stderr == (
        "frontline: error: to: 2024-03-01 is before --from 2024-03-10\n"
    )
    # One day is a window: the snapshot of 1 March against itself, nothing moved.
    result = cli(
        "map-diff",
        "--from",
        "2024-03-05",
        "--to",
        "2024-03-05",
        "--by",
        "day",
        "-f",
        "json",
    )
    assert result.exit_code == 0, result.stderr
    (row,) = json.loads(result.stdout)["rows"]
    assert (row["from_day"], row["to_day"], row["net_km2"]) == (
        "2024-03-01",
        "2024-03-01",
        0.0,
    )
    result = cli(
        "map-diff",
        "--from",
        "2024-03-01",
        "--to",
        "2024-03-10",
        "--by",
        "month",
        "--regions",
        str(halves),
        "--region-key",
        "name",
        "-f",
        "json",
    )
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)["rows"]
    assert [r["within"] for r in rows] == [None, "west", "east", "other"]
    assert rows[1]["lost_km2"] == pytest.approx(
        zone_km2(37.0, 37.1, 48.0, 48.1), rel=1e-6
    )


def test_extremes_without_a_bucket_goes_by_month(
    run: Callable, tmp_path: Path, db_path: Path
) -> None:
    import sqlite3
    from contextlib import closing

    from frontline.model.scope import Scope
    from frontline.reports.extremes import extremes

    _import(run, tmp_path)
    with closing(sqlite3.connect(db_path)) as conn:
        found = extremes(conn, Scope(), None, None)
    assert found.by == "month"
    (russia,) = found.rows
    # January to June by month; February has no figure: five months ranked.
    assert (russia.largest.area, russia.ranked) == (12.0, 5)


def test_reach_of_names_with_no_record_together(
    cli: Callable, run: Callable, tmp_path: Path
) -> None:
    # As for balance: no record of region a on layer advances, so no window.
    path = tmp_path / "two.csv"
    path.write_text(
        f"{HEADER}\n"
        "change,russia,a,control,2024-01-01,2024-01-31,5,exact,S,,,\n"
        "change,ukraine,b,advances,2024-01-01,2024-01-31,2,exact,S,,,\n"
    )
    run("import", str(path))
    result = cli(
        "project",
        "--reach",
        "100",
        "--region",
        "a",
        "--layer",
        "advances",
        "-f",
        "json",
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == {
        "window": None,
        "reach": 100.0,
        "filters": {"actor": None, "region": "a", "layer": "advances", "source": None},
        "rows": [],
        "warnings": [],
    }
