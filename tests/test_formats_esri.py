"""Esri JSON: rings by orientation, Web Mercator reprojected, areas as an
independent shapely + pyproj computation gives them.

The fixture starts from longitude/latitude rectangles, projects their corners
to Web Mercator with pyproj here (as an ArcGIS server stores them), and writes
exteriors clockwise and holes counter-clockwise, the hole listed after an
unrelated exterior so that only containment can place it.
"""

from __future__ import annotations

import json

import pytest
from tests.ellipsoid import zone_km2

from frontline.errors import InputError
from frontline.formats import esri

pytest.importorskip("shapely")
pyproj = pytest.importorskip("pyproj")

OUTER = (36.0, 38.5, 47.5, 48.9)  # west, east, south, north
HOLE = (37.0, 37.4, 48.0, 48.3)
ISLAND = (33.0, 33.6, 46.4, 46.8)


def clockwise(box):
    w, e, s, n = box
    return [(w, s), (w, n), (e, n), (e, s), (w, s)]


def counter_clockwise(box):
    return clockwise(box)[::-1]


def mercator(ring):
    to_3857 = pyproj.Transformer.from_crs(4326, 3857, always_xy=True)
    xs, ys = to_3857.transform([x for x, _ in ring], [y for _, y in ring])
    return [[x, y] for x, y in zip(xs, ys, strict=True)]


def answer(rings, **changes):
    document = {
        "objectIdFieldName": "OBJECTID",
        "geometryType": "esriGeometryPolygon",
        "spatialReference": {"wkid": 102100, "latestWkid": 3857},
        "features": [
            {
                "attributes": {
                    "OBJECTID": 1,
                    "Date": 1720396800000,
                    "Layer": "control",
                },
                "geometry": {"rings": rings},
            }
        ],
    }
    document.update(changes)
    return document


RINGS = [
    mercator(clockwise(OUTER)),
    mercator(clockwise(ISLAND)),
    mercator(counter_clockwise(HOLE)),
]


def measured(document) -> float:
    from frontline.ingest import shapes

    return shapes.geodesic_area_km2(
        shapes.union(
            shapes.polygons_of(f.geometry)
            for f in esri.features(document, "e.json")
            if shapes.is_area(f.geometry)
        )
    )


def independent_km2() -> float:
    """shapely builds the shapes from the lon/lat rectangles; pyproj measures
    each densified ring on WGS84."""
    import shapely

    geod = pyproj.Geod(ellps="WGS84")
    shape = shapely.union(
        shapely.Polygon(clockwise(OUTER), [clockwise(HOLE)]),
        shapely.Polygon(clockwise(ISLAND)),
    )
    total = 0.0
    for polygon in shapely.get_parts(shape):
        dense = shapely.segmentize(polygon, 0.01)
        rings = [dense.exterior, *dense.interiors]
        for sign, ring in zip([1] + [-1] * (len(rings) - 1), rings, strict=True):
            xy = shapely.get_coordinates(ring)
            area, _ = geod.polygon_area_perimeter(xy[:, 0], xy[:, 1])
            total += sign * abs(area)
    return total / 1e6


def test_web_mercator_rings_by_orientation_measure_as_pyproj_does():
    expected = independent_km2()
    exact = zone_km2(*OUTER) - zone_km2(*HOLE) + zone_km2(*ISLAND)
    assert expected == pytest.approx(exact, rel=1e-6)
    assert measured(answer(RINGS)) == pytest.approx(expected, rel=1e-7)


def test_the_hole_goes_to_the_exterior_that_contains_it():
    (feature,) = esri.features(answer(RINGS), "e.json")
    assert feature.properties == {
        "OBJECTID": 1,
        "Date": 1720396800000,
        "Layer": "control",
    }
    outer, island = feature.geometry["coordinates"]
    assert len(outer) == 2 and len(island) == 1
    lon, lat = outer[1][0]
    assert (lon, lat) == pytest.approx(counter_clockwise(HOLE)[0])


def test_a_hole_written_clockwise_is_an_exterior():
    rings = [mercator(clockwise(OUTER)), mercator(clockwise(HOLE))]
    assert measured(answer(rings)) == pytest.approx(zone_km2(*OUTER), rel=1e-6)


def test_a_counter_clockwise_ring_outside_every_exterior_is_its_own_polygon():
    rings = [mercator(counter_clockwise(ISLAND))]
    assert measured(answer(rings)) == pytest.approx(zone_km2(*ISLAND), rel=1e-6)


def test_wgs84_and_no_spatial_reference_are_taken_as_they_are():
    rings = [[list(p) for p in clockwise(ISLAND)]]
    for reference in ({"wkid": 4326}, None):
        document = answer(rings, spatialReference=reference)
        (feature,) = esri.features(document, "e.json")
        assert feature.geometry["coordinates"] == [[rings[0]]]


def test_points_and_paths_become_geometries_without_area():
    document = answer([])
    document["features"] = [
        {"attributes": {}, "geometry": {"x": 4000000.0, "y": 6200000.0}},
        {"attributes": {}, "geometry": {"paths": [[[4e6, 6.2e6], [4.1e6, 6.2e6]]]}},
        {"attributes": {"empty": True}, "geometry": None},
    ]
    kinds = [(f.geometry or {}).get("type") for f in esri.features(document, "e.json")]
    assert kinds == ["Point", "MultiLineString", None]


def test_sniff_knows_an_arcgis_answer():
    data = json.dumps(answer(RINGS)).encode()
    assert esri.READER.sniff(data[:300], "e.json") == 2
    assert esri.READER.sniff(b'{"type": "FeatureCollection", "features": []}', "") == 0
    # a GeoJSON property may be called "attributes": still GeoJSON
    geojson = b'{"type": "FeatureCollection", "features": [{"type": "Feature", '
    assert esri.READER.sniff(geojson + b'"properties": {"attributes": {}}', "") == 0
    assert esri.READER.sniff(b'{"features": [{"attributes": {"a": 1}}]}', "") == 2


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (
            answer([[[0, 0], [0, 10], [10, 10], [10, 0]]]),
            "e.json, feature 1: geometry: a ring never closes: it starts at "
            "[0, 0] and ends at [10, 0]",
        ),
        (
            answer([[[0, 0], [0, 10], [0, 0]]]),
            "e.json, feature 1: geometry: a ring has 3 positions; a closed ring "
            "needs at least 4",
        ),
        (
            answer(RINGS, spatialReference={"wkid": 999999}),
            "e.json: spatialReference: wkid 999999 is not a coordinate system "
            "pyproj knows",
        ),
        (
            answer([[[0, 0], ["a", 1]]]),
            "e.json, feature 1: geometry: ['a', 1] in rings is not a position [x, y]",
        ),
        (
            {"error": {"code": 400, "message": "Invalid query", "details": []}},
            "e.json: error: the server answered with an error: 400 Invalid query",
        ),
        ({"features": {}}, "e.json: features: must be an array of features"),
        (
            answer(RINGS, exceededTransferLimit=True),
            "e.json: exceededTransferLimit: the file is one page of a larger "
            "answer (1 feature here); `frontline pull` of the query URL fetches "
            "every page, or query with a larger resultRecordCount",
        ),
        (
            answer([], features=[{"attributes": {}, "geometry": {"curveRings": []}}]),
            "e.json, feature 1: geometry: has curves (curveRings/curvePaths); query "
            "with returnTrueCurves=false",
        ),
    ],
)
def test_malformed_answers_are_refused_naming_file_and_feature(document, message):
    with pytest.raises(InputError) as raised:
        list(esri.features(document, "e.json"))
    assert str(raised.value) == message
