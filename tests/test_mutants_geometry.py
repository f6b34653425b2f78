"""Map geometry on its own: set operations with an empty side, regions named
twice or named `other`, rings of either winding and holes, damaged blobs. Areas
are checked against the ellipsoid's closed form (tests/ellipsoid.py)."""

from __future__ import annotations

import pytest
from shapely.geometry import MultiPolygon, Polygon

from ellipsoid import zone_km2
from frontline.errors import FrontlineError, InputError
from frontline.model import geometry


def box(west: float, east: float, south: float, north: float) -> Polygon:
    return Polygon([(west, south), (east, south), (east, north), (west, north)])


SQUARE = box(37.0, 37.2, 48.0, 48.2)
SQUARE_KM2 = zone_km2(37.0, 37.2, 48.0, 48.2)
EMPTY = MultiPolygon()


def km2(shape) -> float:
    return geometry.geodesic_area_km2(shape)


def test_an_empty_side_leaves_the_other_whole_or_nothing() -> None:
    assert km2(geometry.difference(SQUARE, EMPTY)) == pytest.approx(SQUARE_KM2, 1e-9)
    assert geometry.difference(SQUARE, EMPTY).geom_type == "MultiPolygon"
    assert geometry.difference(EMPTY, SQUARE).is_empty
    assert geometry.intersection(SQUARE, EMPTY).is_empty
    assert geometry.intersection(EMPTY, SQUARE).is_empty
    assert geometry.intersection(EMPTY, SQUARE).geom_type == "MultiPolygon"


def test_difference_and_intersection_of_overlapping_squares() -> None:
    east = box(37.1, 37.3, 48.0, 48.2)
    assert km2(geometry.difference(SQUARE, east)) == pytest.approx(
        zone_km2(37.0, 37.1, 48.0, 48.2), 1e-9
    )
    assert km2(geometry.intersection(SQUARE, east)) == pytest.approx(
        zone_km2(37.1, 37.2, 48.0, 48.2), 1e-9
    )
    assert km2(geometry.union([SQUARE, east, None, EMPTY])) == pytest.approx(
        zone_km2(37.0, 37.3, 48.0, 48.2), 1e-9
    )
    assert geometry.union([]).is_empty
    assert geometry.union([None, EMPTY]).is_empty
    assert km2(geometry.union([SQUARE])) == pytest.approx(SQUARE_KM2, 1e-9)


def test_a_region_named_twice_holds_both_of_its_shapes() -> None:
    west, east = box(37.0, 37.1, 48.0, 48.2), box(37.1, 37.2, 48.0, 48.2)
    parts = geometry.split_by_regions(SQUARE, [("oblast", west), ("oblast", east)])
    assert [slug for slug, _ in parts] == ["oblast", "other"]
    assert km2(parts[0][1]) == pytest.approx(SQUARE_KM2, 1e-9)
    assert parts[1][1].is_empty


def test_regions_keep_their_order_and_other_takes_the_rest() -> None:
    north = box(36.0, 38.0, 48.1, 49.0)
    far = box(40.0, 41.0, 40.0, 41.0)
    parts = geometry.split_by_regions(SQUARE, [("north", north), ("far", far)])
    assert [slug for slug, _ in parts] == ["north", "far", "other"]
    assert km2(parts[0][1]) == pytest.approx(zone_km2(37.0, 37.2, 48.1, 48.2), 1e-9)
    assert parts[1][1].is_empty  # an area of 0 is kept as an answer
    assert km2(parts[2][1]) == pytest.approx(zone_km2(37.0, 37.2, 48.0, 48.1), 1e-9)


def test_no_region_may_be_called_other() -> None:
    with pytest.raises(InputError) as caught:
        geometry.split_by_regions(SQUARE, [("east", SQUARE), ("other", SQUARE)])
    assert caught.value.field == "region"
    assert caught.value.message == "'other' is kept for the area outside every region"


def test_rings_of_either_winding_and_holes() -> None:
    clockwise = Polygon(list(SQUARE.exterior.coords)[::-1])
    assert km2(clockwise) == pytest.approx(SQUARE_KM2, 1e-9)
    hole = box(37.05, 37.15, 48.05, 48.15)
    holed = Polygon(SQUARE.exterior.coords, [hole.exterior.coords])
    expected = SQUARE_KM2 - zone_km2(37.05, 37.15, 48.05, 48.15)
    assert km2(holed) == pytest.approx(expected, 1e-9)
    # The hole's winding does not matter either.
    holed_cw = Polygon(SQUARE.exterior.coords, [list(hole.exterior.coords)[::-1]])
    assert km2(holed_cw) == pytest.approx(expected, 1e-9)
    two = MultiPolygon([SQUARE, box(38.0, 38.2, 48.0, 48.2)])
    assert km2(two) == pytest.approx(2 * SQUARE_KM2, 1e-9)
    assert km2(EMPTY) == 0.0


def test_a_bow_tie_keeps_both_triangles() -> None:
    # (0,0)-(2,2)-(2,0)-(0,2): two triangles meeting at (1,1), each 1 × 2 / 2.
    tie = Polygon([(37.0, 48.0), (37.2, 48.2), (37.2, 48.0), (37.0, 48.2)])
    assert not tie.is_valid
    fixed = geometry.repaired(tie)
    assert fixed.is_valid
    assert len(fixed.geoms) == 2
    assert km2(fixed) == pytest.approx(SQUARE_KM2 / 2, rel=1e-3)
    assert km2(geometry.repaired(SQUARE)) == pytest.approx(SQUARE_KM2, 1e-9)


def test_kept_shapes_come_back_exactly_and_damage_is_named() -> None:
    blob = geometry.to_wkb(MultiPolygon([SQUARE]))
    back = geometry.from_wkb(blob)
    assert back.equals_exact(MultiPolygon([SQUARE]), 0)
    with pytest.raises(FrontlineError) as caught:
        geometry.from_wkb(b"not a shape")
    assert str(caught.value).startswith("a stored map geometry is damaged (")
    assert str(caught.value).endswith(")")
    assert geometry.to_geojson(SQUARE) == {
        "type": "Polygon",
        "coordinates": [
            [[37.0, 48.0], [37.2, 48.0], [37.2, 48.2], [37.0, 48.2], [37.0, 48.0]]
        ],
    }


def test_a_hole_that_sticks_out_of_its_shell_is_cut_from_it() -> None:
    # Shell 37.0..37.2 × 48.0..48.2, "hole" 37.1..37.3 × 48.1..48.3: the shell
    # less the quarter they share, not an even-odd reading of the rings.
    hole = box(37.1, 37.3, 48.1, 48.3)
    shape = Polygon(SQUARE.exterior.coords, [hole.exterior.coords])
    assert not shape.is_valid
    expected = SQUARE_KM2 - zone_km2(37.1, 37.2, 48.1, 48.2)
    assert km2(geometry.repaired(shape)) == pytest.approx(expected, 1e-9)
    assert km2(geometry.union([shape])) == pytest.approx(expected, 1e-9)
    assert geometry.union([shape]).is_valid


def test_the_ellipsoid_is_wgs84_and_made_on_first_use(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(geometry, "_WGS84", None)
    assert km2(SQUARE) == pytest.approx(SQUARE_KM2, 1e-9)
    made = geometry._WGS84
    assert made is not None
    assert km2(SQUARE) == pytest.approx(SQUARE_KM2, 1e-9)
    assert geometry._WGS84 is made


def test_without_shapely_or_pyproj_the_message_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "shapely", None)
    with pytest.raises(FrontlineError) as caught:
        geometry.shapely_module()
    assert str(caught.value) == (
        "map geometry needs shapely and pyproj: pip install 'frontline[geo]'"
    )
    monkeypatch.undo()
    monkeypatch.setattr(geometry, "_WGS84", None)
    monkeypatch.setitem(sys.modules, "pyproj", None)
    with pytest.raises(FrontlineError) as caught:
        km2(SQUARE)
    assert str(caught.value) == geometry.SHAPELY_MISSING


def test_a_kept_shape_is_two_dimensional() -> None:
    raised = Polygon([(37.0, 48.0, 5.0), (37.2, 48.0, 5.0), (37.2, 48.2, 5.0)])
    back = geometry.from_wkb(geometry.to_wkb(raised))
    assert not back.has_z
    assert list(back.exterior.coords) == [
        (37.0, 48.0),
        (37.2, 48.0),
        (37.2, 48.2),
        (37.0, 48.0),
    ]


# --- map-diff ---------------------------------------------------------------------


def _snapshot(path, *boxes, actor: str = "russia"):
    import json as json_module

    features = [
        {"type": "Feature", "properties": {}, "geometry": geometry.to_geojson(box(*b))}
        for b in boxes
    ]
    path.write_text(
        json_module.dumps({"type": "FeatureCollection", "features": features})
    )
    return path


def _set(actor: str) -> tuple[str, ...]:
    return ("--set", f"actor={actor}", "--set", "region=ukraine", "--set", "source=S")


def test_map_diff_on_one_day_and_a_series_that_starts_later(cli, tmp_path) -> None:
    import json as json_module

    early = _snapshot(tmp_path / "a_20240301.geojson", (37.0, 37.2, 48.0, 48.1))
    later = _snapshot(tmp_path / "a_20240310.geojson", (37.1, 37.4, 48.0, 48.1))
    assert cli("import", str(early), str(later), *_set("russia")).exit_code == 0
    # "belarus" sorts first and has no snapshot by 03-01: listed as missing,
    # and russia still compared.
    late = _snapshot(tmp_path / "b_20240305.geojson", (30.0, 30.1, 50.0, 50.1))
    assert cli("import", str(late), *_set("belarus")).exit_code == 0
    result = cli("map-diff", "--from", "2024-03-01", "--to", "2024-03-10", "-f", "json")
    assert result.exit_code == 0, result.stderr
    data = json_module.loads(result.stdout)
    assert [m["actor"] for m in data["missing"]] == ["belarus"]
    assert data["missing"][0]["reason"] == (
        "no snapshot on or before 2024-03-01; the first is on 2024-03-05"
    )
    (row,) = data["rows"]
    assert row["actor"] == "russia"
    assert row["gained_km2"] == pytest.approx(zone_km2(37.2, 37.4, 48.0, 48.1), 1e-6)
    assert row["lost_km2"] == pytest.approx(zone_km2(37.0, 37.1, 48.0, 48.1), 1e-6)
    # One day against itself: nothing gained or lost.
    result = cli("map-diff", "--from", "2024-03-10", "--to", "2024-03-10", "-f", "json")
    assert result.exit_code == 0, result.stderr
    rows = json_module.loads(result.stdout)["rows"]
    assert [
        (r["actor"], r["gained_km2"], r["lost_km2"], r["net_km2"]) for r in rows
    ] == [
        ("belarus", 0.0, 0.0, 0.0),
        ("russia", 0.0, 0.0, 0.0),
    ]
    result = cli("map-diff", "--from", "2024-03-10", "--to", "2024-03-09")
    assert (result.exit_code, result.stderr) == (
        2,
        "frontline: error: to: 2024-03-09 is before --from 2024-03-10\n",
    )
