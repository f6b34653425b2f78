"""Report numbers no other test pins: map-diff split by region boundaries (each
part's net is its own gained − lost, and the parts add up to the whole), checked
against the closed form of the WGS84 ellipsoid in tests/ellipsoid.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ellipsoid import zone_km2
from test_map_diff import SET, box, snapshot

pytest.importorskip("shapely")

# Day 1 holds 37.0–37.2°E, day 2 37.1–37.4°E, both 48.0–48.1°N: 37.2–37.4 was
# gained and 37.0–37.1 lost.
SOUTH, NORTH = 48.0, 48.1


def regions_file(path: Path, *regions: tuple[str, float, float]) -> Path:
    """Boundaries: each region a band of longitude reaching well past the maps."""
    features = [
        {"type": "Feature", "properties": {"name": name}, "geometry": box(w, e, 47.0, 49.0)}
        for name, w, e in regions
    ]  # fmt: skip
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return path


def diff_rows(cli, run, tmp_path: Path, *regions: tuple[str, float, float]) -> dict:
    first = snapshot(tmp_path / "m_20240301.geojson", (37.0, 37.2, SOUTH, NORTH))
    second = snapshot(tmp_path / "m_20240310.geojson", (37.1, 37.4, SOUTH, NORTH))
    run("import", str(first), str(second), *SET)
    bounds = regions_file(tmp_path / "regions.geojson", *regions)
    result = cli(
        "map-diff", "--from", "2024-03-01", "--to", "2024-03-10",
        "--regions", str(bounds), "--region-key", "name", "-f", "json",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    return {row["within"]: row for row in json.loads(result.stdout)["rows"]}


def zone(west: float, east: float) -> float:
    return zone_km2(west, east, SOUTH, NORTH)


def test_map_diff_splits_gained_lost_and_net_by_region(cli, run, tmp_path) -> None:
    rows = diff_rows(cli, run, tmp_path, ("west", 36.9, 37.25), ("east", 37.25, 37.35))
    expected = {
        # whole: gained 37.2–37.4, lost 37.0–37.1
        None: (zone(37.2, 37.4), zone(37.0, 37.1)),
        # west holds 37.2–37.25 of the gain and all of the loss
        "west": (zone(37.2, 37.25), zone(37.0, 37.1)),
        # east holds 37.25–37.35 of the gain
        "east": (zone(37.25, 37.35), 0.0),
        # outside both: 37.35–37.4 of the gain
        "other": (zone(37.35, 37.4), 0.0),
    }
    assert list(rows) == [None, "west", "east", "other"]
    for within, (gained, lost) in expected.items():
        row = rows[within]
        assert row["gained_km2"] == pytest.approx(gained, rel=1e-6), within
        assert row["lost_km2"] == pytest.approx(lost, rel=1e-6, abs=1e-9), within
        assert row["net_km2"] == pytest.approx(gained - lost, rel=1e-6), within
    # West lost more than it gained: its net is negative.
    assert rows["west"]["net_km2"] < 0


def test_overlapping_regions_count_each_piece_once(cli, run, tmp_path) -> None:
    # west 36.9–37.25 and east 37.15–37.35 overlap on 37.15–37.25: the overlap
    # goes to the first region listed, so east gets only 37.25–37.35.
    rows = diff_rows(cli, run, tmp_path, ("west", 36.9, 37.25), ("east", 37.15, 37.35))
    assert rows["west"]["gained_km2"] == pytest.approx(zone(37.2, 37.25), rel=1e-6)
    assert rows["east"]["gained_km2"] == pytest.approx(zone(37.25, 37.35), rel=1e-6)
    parts = [rows[w]["gained_km2"] for w in ("west", "east", "other")]
    assert sum(parts) == pytest.approx(rows[None]["gained_km2"], rel=1e-9)
    nets = [rows[w]["net_km2"] for w in ("west", "east", "other")]
    assert sum(nets) == pytest.approx(rows[None]["net_km2"], rel=1e-6)
