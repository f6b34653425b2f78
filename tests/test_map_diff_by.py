"""map-diff --by: gained, lost and net per bucket from four kept snapshots,
against shapely's differences of the same boxes measured on the WGS84 ellipsoid
(pyproj's Geod, independently of frontline's own measuring)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsroom import SNAPSHOTS, box, write_maps
from test_map_diff import SET

shapely = pytest.importorskip("shapely")
pyproj = pytest.importorskip("pyproj")


def shape(day: str):  # type: ignore[no-untyped-def]
    from shapely.geometry import shape as make
    from shapely.ops import unary_union

    return unary_union([make(box(*b)) for b in SNAPSHOTS[day]])


def km2(geometry) -> float:  # type: ignore[no-untyped-def]
    """The area with edges drawn as straight lines of longitude and latitude, as
    maps draw them: each edge cut into pieces of 0.0005° before pyproj measures
    the geodesic polygon through them."""
    if geometry.is_empty:
        return 0.0
    fine = shapely.segmentize(geometry, max_segment_length=0.0005)
    area, _ = pyproj.Geod(ellps="WGS84").geometry_area_perimeter(fine)
    return abs(area) / 1e6


def expected(before: str, after: str) -> tuple[float, float, float]:
    a, b = shape(before), shape(after)
    return km2(b.difference(a)), km2(a.difference(b)), km2(b) - km2(a)


@pytest.fixture
def four(cli, tmp_path: Path):  # type: ignore[no-untyped-def]
    files = [str(path) for path in write_maps(tmp_path)]
    result = cli("import", *files, *SET)
    assert result.exit_code == 0, result.output
    return cli


def by_month(cli, *extra: str) -> dict:  # type: ignore[no-untyped-def]
    result = cli(
        "map-diff", "--from", "2024-06-30", "--to", "2024-08-31", "--by", "month",
        *extra, "-f", "json",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_each_month_between_the_snapshots_at_its_edges(four):
    data = by_month(four)
    rows = {row["period"]: row for row in data["rows"]}
    assert list(rows) == ["2024-06", "2024-07", "2024-08"]
    # June's only day is --from itself: nothing changes.
    june = rows["2024-06"]
    assert (june["from_day"], june["to_day"]) == ("2024-06-30", "2024-06-30")
    assert june["gained_km2"] == 0 and june["lost_km2"] == 0 and june["net_km2"] == 0
    # July: 30 June's snapshot against 31 July's (15 July's is passed over).
    july = rows["2024-07"]
    assert (july["from_day"], july["to_day"]) == ("2024-06-30", "2024-07-31")
    gained, lost, net = expected("20240630", "20240731")
    assert july["gained_km2"] == pytest.approx(gained, rel=1e-6)
    assert july["lost_km2"] == pytest.approx(lost, rel=1e-6)
    assert july["net_km2"] == pytest.approx(net, rel=1e-6)
    august = rows["2024-08"]
    assert (august["from_day"], august["to_day"]) == ("2024-07-31", "2024-08-31")
    gained, lost, net = expected("20240731", "20240831")
    assert august["gained_km2"] == pytest.approx(gained, rel=1e-6)
    assert august["lost_km2"] == pytest.approx(lost, rel=1e-6)
    assert august["net_km2"] == pytest.approx(net, rel=1e-6)


def test_bucket_nets_add_up_to_the_window_exactly(four):
    rows = by_month(four)["rows"]
    whole = four("map-diff", "--from", "2024-06-30", "--to", "2024-08-31", "-f", "json")
    (window,) = json.loads(whole.stdout)["rows"]
    assert sum(row["net_km2"] for row in rows) == window["net_km2"]


def test_by_week_uses_the_mid_month_snapshot(four):
    result = four(
        "map-diff", "--from", "2024-07-01", "--to", "2024-07-21", "--by", "week",
        "-f", "json",
    )  # fmt: skip
    rows = json.loads(result.stdout)["rows"]
    # 2024-W29 is 15–21 July: 30 June's snapshot (at or before 14 July) against
    # 15 July's.
    week = next(row for row in rows if row["period"] == "2024-W29")
    assert (week["from_day"], week["to_day"]) == ("2024-06-30", "2024-07-15")
    gained, lost, _ = expected("20240630", "20240715")
    assert week["gained_km2"] == pytest.approx(gained, rel=1e-6)
    assert week["lost_km2"] == pytest.approx(lost, rel=1e-6)


def test_geojson_gives_each_buckets_shapes(four):
    result = four(
        "map-diff", "--from", "2024-06-30", "--to", "2024-08-31", "--by", "month",
        "-f", "geojson",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    features = json.loads(result.stdout)["features"]
    found = {(f["properties"]["period"], f["properties"]["change"]) for f in features}
    assert found == {
        ("2024-07", "gained"),
        ("2024-07", "lost"),
        ("2024-08", "gained"),
        ("2024-08", "lost"),
    }
    from shapely.geometry import shape as make

    for feature in features:
        period, change = (
            feature["properties"]["period"],
            feature["properties"]["change"],
        )
        pair = {
            "2024-07": ("20240630", "20240731"),
            "2024-08": ("20240731", "20240831"),
        }
        gained, lost, _ = expected(*pair[period])
        assert km2(make(feature["geometry"])) == pytest.approx(
            gained if change == "gained" else lost, rel=1e-6
        )


def test_by_refuses_an_unknown_unit(four):
    result = four(
        "map-diff", "--from", "2024-06-30", "--to", "2024-08-31", "--by", "fortnight"
    )
    assert result.exit_code == 2
    assert (
        "by: 'fortnight' is not one of year, quarter, month, week, day" in result.stderr
    )


def test_table_names_each_bucket(four):
    result = four(
        "map-diff", "--from", "2024-06-30", "--to", "2024-08-31", "--by", "month"
    )
    assert result.exit_code == 0, result.output
    assert "Gains and losses by month, 2024-06-30 → 2024-08-31" in result.stdout
    assert "2024-06-30 → 2024-07-31" in result.stdout
