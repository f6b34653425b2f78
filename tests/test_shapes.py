"""Map shapes: areas checked against integrals of the WGS84 ellipsoid taken from its
definition alone (tests/ellipsoid.py, no geodesy library), repairs that keep what a ring encloses,
and one exact message for every ring that cannot be measured."""

from __future__ import annotations

import math
import zlib

import pytest
import shapely
import shapely.geometry

from ellipsoid import strip_km2, zone_km2
from frontline.errors import FrontlineError, InputError
from frontline.ingest import shapes


def box(west: float, east: float, south: float, north: float) -> list[list[float]]:
    return [[west, south], [east, south], [east, north], [west, north], [west, south]]


def polygon(*rings: list[list[float]]) -> dict[str, object]:
    return {"type": "Polygon", "coordinates": list(rings)}


def area(geometry: dict[str, object]) -> float:
    return shapes.geodesic_area_km2(shapes.polygons_of(geometry))


SQUARE = (37.0, 37.05, 48.0, 48.05)


# --- the references ----------------------------------------------------------------


def test_the_integral_agrees_with_the_closed_form():
    assert strip_km2(lambda _: 0.05, 48.0, 48.05) == pytest.approx(
        zone_km2(*SQUARE), rel=1e-12
    )


# --- areas -----------------------------------------------------------------------


def test_a_box_is_its_ellipsoidal_zone():
    assert area(polygon(box(*SQUARE))) == pytest.approx(zone_km2(*SQUARE), rel=1e-9)


def test_long_edges_follow_the_parallel_as_geojson_means():
    # A box 4.5° wide from its four corners alone: measured as geodesic chords it
    # would be ~0.3 % small; densified, its edges are the parallels.
    big = (35.0, 39.5, 46.8, 49.6)
    assert area(polygon(box(*big))) == pytest.approx(zone_km2(*big), rel=1e-7)


def test_ring_orientation_does_not_matter():
    clockwise = box(*SQUARE)[::-1]
    assert area(polygon(clockwise)) == area(polygon(box(*SQUARE)))


def test_polygons_wound_both_ways_add_up_instead_of_cancelling():
    other = (37.2, 37.25, 48.0, 48.05)
    multi = {
        "type": "MultiPolygon",
        "coordinates": [[box(*SQUARE)], [box(*other)[::-1]]],
    }
    assert area(multi) == pytest.approx(zone_km2(*SQUARE) + zone_km2(*other), rel=1e-9)


def test_overlapping_squares_are_counted_once():
    first = shapes.polygons_of(polygon(box(*SQUARE)))
    second = shapes.polygons_of(polygon(box(37.03, 37.08, 48.02, 48.07)))
    overlap = zone_km2(37.03, 37.05, 48.02, 48.05)
    expected = zone_km2(*SQUARE) + zone_km2(37.03, 37.08, 48.02, 48.07) - overlap
    assert shapes.geodesic_area_km2(shapes.union([first, second])) == pytest.approx(
        expected, rel=1e-9
    )


def test_overlapping_polygons_of_one_multipolygon_are_counted_once():
    multi = {
        "type": "MultiPolygon",
        "coordinates": [[box(*SQUARE)], [box(37.03, 37.08, 48.02, 48.07)]],
    }
    expected = (
        zone_km2(*SQUARE)
        + zone_km2(37.03, 37.08, 48.02, 48.07)
        - zone_km2(37.03, 37.05, 48.02, 48.05)
    )
    assert area(multi) == pytest.approx(expected, rel=1e-9)


def test_a_bow_tie_is_its_two_triangles_not_zero():
    # Corners crossed: two triangles meeting at (37.05, 48.05), sides on the
    # meridians 37.0 and 37.1.
    bow_tie = [[37.0, 48.0], [37.1, 48.1], [37.1, 48.0], [37.0, 48.1], [37.0, 48.0]]

    def width(latitude: float) -> float:
        return 2 * min(latitude - 48.0, 48.1 - latitude)

    expected = strip_km2(width, 48.0, 48.05) + strip_km2(width, 48.05, 48.1)
    assert area(polygon(bow_tie)) == pytest.approx(expected, rel=1e-9)
    assert expected == pytest.approx(41.448, abs=1e-3)


def test_a_hole_inside_is_removed():
    hole = (37.01, 37.02, 48.01, 48.02)
    assert area(polygon(box(*SQUARE), box(*hole))) == pytest.approx(
        zone_km2(*SQUARE) - zone_km2(*hole), rel=1e-9
    )


def test_a_hole_outside_its_polygon_is_neither_subtracted_nor_added():
    outside = (37.1, 37.2, 48.0, 48.05)
    assert area(polygon(box(*SQUARE), box(*outside))) == pytest.approx(
        zone_km2(*SQUARE), rel=1e-9
    )


def test_a_hole_partly_outside_removes_only_what_it_covers():
    straddling = (37.04, 37.1, 48.01, 48.02)
    assert area(polygon(box(*SQUARE), box(*straddling))) == pytest.approx(
        zone_km2(*SQUARE) - zone_km2(37.04, 37.05, 48.01, 48.02), rel=1e-9
    )


def test_z_and_m_values_are_dropped():
    with_z = [
        [37.0, 48.0, 120.5],
        [37.05, 48.0, 3.0, 7.0],
        [37.05, 48.05, 0],
        [37.0, 48.0, 1],
    ]
    flat = [position[:2] for position in with_z]
    geometry = shapes.polygons_of(polygon(with_z))
    assert not geometry.has_z
    assert geometry.equals_exact(shapes.polygons_of(polygon(flat)), 0)
    assert shapes.to_geojson(geometry) == {
        "type": "MultiPolygon",
        "coordinates": [[[[37.0, 48.0], [37.05, 48.0], [37.05, 48.05], [37.0, 48.0]]]],
    }


def test_a_geometry_collection_keeps_its_polygons_only():
    collection = {
        "type": "GeometryCollection",
        "geometries": [
            polygon(box(*SQUARE)),
            {"type": "Point", "coordinates": [37.5, 48.5]},
            {"type": "LineString", "coordinates": [[37.5, 48.5], [37.6, 48.6]]},
        ],
    }
    assert area(collection) == pytest.approx(zone_km2(*SQUARE), rel=1e-9)


@pytest.mark.parametrize(
    ("geometry", "expected"),
    [
        (polygon(box(*SQUARE)), True),
        ({"type": "MultiPolygon", "coordinates": []}, True),
        ({"type": "Point", "coordinates": [37.0, 48.0]}, False),
        ({"type": "LineString", "coordinates": [[37, 48], [38, 49]]}, False),
        ({"type": "GeometryCollection", "geometries": [polygon(box(*SQUARE))]}, True),
        ({"type": "GeometryCollection", "geometries": []}, False),
        (None, False),
        ("Polygon", False),
    ],
)
def test_is_area(geometry, expected):
    assert shapes.is_area(geometry) is expected


def test_a_point_has_no_polygons():
    assert shapes.polygons_of({"type": "Point", "coordinates": [37.0, 48.0]}) is None


def test_an_empty_multipolygon_is_an_empty_area():
    geometry = shapes.polygons_of({"type": "MultiPolygon", "coordinates": []})
    assert geometry.is_empty
    assert shapes.geodesic_area_km2(geometry) == 0.0


def test_a_ring_left_open_is_closed():
    assert area(polygon([*box(*SQUARE)[:4], [37.0, 48.02]])) == pytest.approx(
        zone_km2(*SQUARE), rel=1e-9
    )


# --- refusals --------------------------------------------------------------------

REFUSALS = [
    ("not-an-object", [box(*SQUARE)], "is not a GeoJSON geometry object"),
    (
        "collection-without-members",
        {"type": "GeometryCollection"},
        "a GeometryCollection needs 'geometries'",
    ),
    (
        "no-coordinates",
        {"type": "Polygon", "coordinates": None},
        "the Polygon has no coordinates array",
    ),
    (
        "multipolygon-of-positions",
        {"type": "MultiPolygon", "coordinates": [37.0, 48.0]},
        "a MultiPolygon must hold arrays of rings",
    ),
    ("no-rings", polygon(), "a polygon has no rings"),
    ("ring-not-array", polygon("ring"), "a ring is not an array of positions"),
    (
        "three-positions",
        polygon([[37.0, 48.0], [37.1, 48.0], [37.0, 48.0]]),
        "a ring has 3 positions; a closed ring needs at least 4",
    ),
    (
        "short-position",
        polygon([[37.0, 48.0], [37.1], [37.1, 48.1], [37.0, 48.0]]),
        "[37.1] is not a position [longitude, latitude]",
    ),
    (
        "long-position-shown-cut",
        polygon([[37.0, 48.0], {"lon": 37.1, "lat": 48.1, "note": "x" * 40}] * 2),
        "{'lon': 37.1, 'lat': 48.1, 'note': 'x... is not a position [longitude, "
        "latitude]",
    ),
    (
        "string-coordinate",
        polygon([[35, 47], [36, "47"], [36, 48], [35, 47]]),
        "[36, '47'] is not a pair of numbers",
    ),
    (
        "boolean-coordinate",
        polygon([[35, 47], [True, 47], [36, 48], [35, 47]]),
        "[True, 47] is not a pair of numbers",
    ),
    (
        "nan",
        polygon([[35, 47], [math.nan, 47], [36, 48], [35, 47]]),
        "[nan, 47.0] is not a pair of finite numbers",
    ),
    (
        "infinity",
        polygon([[35, 47], [36, math.inf], [36, 48], [35, 47]]),
        "[36.0, inf] is not a pair of finite numbers",
    ),
    (
        "huge-integer",
        polygon([[35, 47], [10**400, 47], [36, 48], [35, 47]]),
        "a coordinate is too large to be degrees",
    ),
    (
        "web-mercator",
        polygon(
            [
                [3896182, 5942074],
                [4007501, 5942074],
                [4007501, 6106854],
                [3896182, 5942074],
            ]
        ),
        "[3896182, 5942074] is not longitude/latitude in degrees; "
        "reproject the file to WGS84 (EPSG:4326)",
    ),
    (
        "latitude-past-pole",
        polygon([[35, 47], [36, 47], [36, 90.5], [35, 47]]),
        "[36, 90.5] is not longitude/latitude in degrees; "
        "reproject the file to WGS84 (EPSG:4326)",
    ),
    (
        "whole-globe",
        polygon([[-180, -90], [180, -90], [180, 90], [-180, 90], [-180, -90]]),
        "a ring spans all 360° of longitude (the whole globe); "
        "it has no measurable area: cut it to the area it covers",
    ),
    (
        "band-round-the-globe",
        polygon([[-180, 40], [180, 40], [180, 50], [-180, 50], [-180, 40]]),
        "a ring spans all 360° of longitude (the whole globe); "
        "it has no measurable area: cut it to the area it covers",
    ),
    (
        "round-the-north-pole",
        polygon([[-170, 80], [-90, 80], [0, 80], [90, 80], [170, 80], [-170, 80]]),
        "a ring goes round the North Pole; it has no area in longitude/latitude: "
        "cut it at the antimeridian",
    ),
    (
        "round-the-south-pole",
        polygon([[0, -70], [-120, -70], [120, -70], [0, -70]]),
        "a ring goes round the South Pole; it has no area in longitude/latitude: "
        "cut it at the antimeridian",
    ),
    (
        "across-the-antimeridian",
        polygon([[170, 60], [-170, 60], [-170, 65], [170, 65], [170, 60]]),
        "the edge from [170, 60] to [-170, 60] crosses more than 180° of longitude; "
        "cut the polygon at the antimeridian",
    ),
    (
        "hole-covers-shell",
        polygon(box(*SQUARE), box(36.9, 37.1, 47.9, 48.1)),
        "a polygon's holes are larger than its exterior",
    ),
    (
        "bad-member-of-collection",
        {
            "type": "GeometryCollection",
            "geometries": [polygon([[37.0, 48.0], [37.1, 48.0], [37.0, 48.0]])],
        },
        "a ring has 3 positions; a closed ring needs at least 4",
    ),
]


@pytest.mark.parametrize(
    ("geometry", "message"),
    [case[1:] for case in REFUSALS],
    ids=[case[0] for case in REFUSALS],
)
def test_unmeasurable_geometry_is_refused_with_one_exact_line(geometry, message):
    with pytest.raises(InputError) as caught:
        shapes.polygons_of(geometry)
    assert caught.value.field == "geometry"
    assert str(caught.value) == f"geometry: {message}"


def test_a_refusal_names_the_file_and_feature():
    with pytest.raises(InputError) as caught:
        shapes.polygons_of(polygon([[35, 47], [36, 47], [35, 47]]), "map.json", 12)
    assert str(caught.value) == (
        "map.json, feature 12: geometry: a ring has 3 positions; "
        "a closed ring needs at least 4"
    )


# --- set operations --------------------------------------------------------------


def test_gained_less_lost_is_the_net_change():
    before = shapes.polygons_of(polygon(box(37.0, 37.3, 48.0, 48.2)))
    after = shapes.polygons_of(
        polygon(
            [[37.1, 47.9], [37.5, 47.95], [37.45, 48.3], [37.05, 48.25], [37.1, 47.9]]
        )
    )
    gained = shapes.geodesic_area_km2(shapes.difference(after, before))
    lost = shapes.geodesic_area_km2(shapes.difference(before, after))
    net = shapes.geodesic_area_km2(after) - shapes.geodesic_area_km2(before)
    assert gained - lost == pytest.approx(net, rel=1e-9)
    kept = shapes.geodesic_area_km2(shapes.intersection(before, after))
    assert kept + lost == pytest.approx(shapes.geodesic_area_km2(before), rel=1e-9)


def test_operations_on_nothing_give_an_empty_area():
    square = shapes.polygons_of(polygon(box(*SQUARE)))
    empty = shapes.union([])
    assert empty.is_empty and empty.geom_type == "MultiPolygon"
    assert shapes.difference(square, empty).equals(square)
    assert shapes.intersection(square, empty).is_empty
    assert shapes.difference(empty, square).is_empty


def test_squares_touching_along_an_edge_intersect_in_no_area():
    left = shapes.polygons_of(polygon(box(*SQUARE)))
    right = shapes.polygons_of(polygon(box(37.05, 37.1, 48.0, 48.05)))
    touching = shapes.intersection(left, right)  # a shared edge: a line, no area
    assert touching.is_empty and touching.geom_type == "MultiPolygon"


# --- regions ---------------------------------------------------------------------

# Two regions side by side, split at 37.2°E, and a layer that spills out of both.
WEST = shapes.polygons_of(polygon(box(36.8, 37.2, 47.8, 48.4)))
EAST = shapes.polygons_of(polygon(box(37.2, 37.6, 47.8, 48.4)))
LAYER = shapes.polygons_of(
    polygon(
        [[37.0, 48.0], [37.4, 48.1], [37.3, 48.5], [36.9, 48.3], [37.0, 48.0]],
        box(37.1, 37.15, 48.2, 48.25),
    )
)


def test_region_parts_add_up_to_the_whole():
    parts = shapes.split_by_regions(LAYER, [("west", WEST), ("east", EAST)])
    assert [slug for slug, _ in parts] == ["west", "east", "other"]
    areas = [shapes.geodesic_area_km2(part) for _, part in parts]
    assert all(value > 0 for value in areas)
    assert math.fsum(areas) == pytest.approx(shapes.geodesic_area_km2(LAYER), rel=1e-9)


def test_region_parts_are_what_each_region_holds():
    square = shapes.polygons_of(polygon(box(37.1, 37.3, 48.0, 48.1)))
    parts = dict(shapes.split_by_regions(square, [("west", WEST), ("east", EAST)]))
    assert shapes.geodesic_area_km2(parts["west"]) == pytest.approx(
        zone_km2(37.1, 37.2, 48.0, 48.1), rel=1e-9
    )
    assert shapes.geodesic_area_km2(parts["east"]) == pytest.approx(
        zone_km2(37.2, 37.3, 48.0, 48.1), rel=1e-9
    )
    assert parts["other"].is_empty


def test_overlapping_regions_count_the_overlap_once_in_the_first():
    wide_east = shapes.polygons_of(polygon(box(37.1, 37.6, 47.8, 48.4)))
    square = shapes.polygons_of(polygon(box(37.0, 37.3, 48.0, 48.1)))
    parts = dict(shapes.split_by_regions(square, [("west", WEST), ("east", wide_east)]))
    assert shapes.geodesic_area_km2(parts["west"]) == pytest.approx(
        zone_km2(37.0, 37.2, 48.0, 48.1), rel=1e-9
    )
    assert shapes.geodesic_area_km2(parts["east"]) == pytest.approx(
        zone_km2(37.2, 37.3, 48.0, 48.1), rel=1e-9
    )


def test_a_region_named_twice_is_one_region():
    square = shapes.polygons_of(polygon(box(37.1, 37.3, 48.0, 48.1)))
    parts = shapes.split_by_regions(square, [("oblast", WEST), ("oblast", EAST)])
    assert [slug for slug, _ in parts] == ["oblast", "other"]
    assert shapes.geodesic_area_km2(parts[0][1]) == pytest.approx(
        zone_km2(37.1, 37.3, 48.0, 48.1), rel=1e-9
    )


def test_a_region_may_not_be_called_other():
    with pytest.raises(InputError) as caught:
        shapes.split_by_regions(WEST, [("other", EAST)])
    assert str(caught.value) == (
        "region: 'other' is kept for the area outside every region"
    )


# --- keeping ---------------------------------------------------------------------


def test_wkb_round_trip_is_exact_and_compressed():
    stored = shapes.to_wkb(LAYER)
    assert shapes.from_wkb(stored).equals_exact(LAYER, 0)
    assert zlib.decompress(stored)[:1] in (b"\x00", b"\x01")  # plain WKB inside
    dense = shapes.polygons_of(polygon(box(*SQUARE)))
    dense = shapely.segmentize(dense, 0.0001)
    assert len(shapes.to_wkb(dense)) < len(shapely.to_wkb(dense))
    assert shapes.from_wkb(shapes.to_wkb(dense)).equals_exact(dense, 0)


def test_an_empty_area_round_trips():
    assert shapes.from_wkb(shapes.to_wkb(shapes.union([]))).is_empty


def test_a_damaged_blob_is_a_clear_error():
    with pytest.raises(FrontlineError) as caught:
        shapes.from_wkb(b"not a geometry")
    assert str(caught.value).startswith("a stored map geometry is damaged (")


def test_geojson_output_keeps_coordinates_exactly():
    geometry = shapes.to_geojson(LAYER)
    assert geometry["type"] == "MultiPolygon"
    assert shapely.geometry.shape(geometry).equals_exact(LAYER, 0)
