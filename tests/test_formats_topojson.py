"""TopoJSON: arcs decoded (delta, transform, reversed arcs) into the GeoJSON
features every map takes, and areas that agree with the ellipsoid's own.

The fixture is written here with absolute quantised positions; the test turns
them into TopoJSON's deltas and works out the real coordinates itself
(q × scale + translate), so the decoder is checked against arithmetic, not
against itself.
"""

from __future__ import annotations

import itertools
import json

import pytest
from tests.ellipsoid import zone_km2

from frontline.errors import InputError
from frontline.formats import topojson

pytest.importorskip("shapely")
pytest.importorskip("pyproj")

SCALE = (0.0005, 0.00025)
TRANSLATE = (30.5, 48.25)
# Absolute quantised positions of each arc.
ARCS = [
    [(2000, 0), (2000, 4000)],  # shared edge of A and B
    [(2000, 4000), (0, 4000), (0, 0), (2000, 0)],  # the rest of A
    [(2000, 0), (4000, 0), (4000, 4000), (2000, 4000)],  # the rest of B
    [(400, 800), (800, 800), (800, 1600), (400, 1600), (400, 800)],  # hole in A
]


def real(qx: int, qy: int) -> tuple[float, float]:
    return qx * SCALE[0] + TRANSLATE[0], qy * SCALE[1] + TRANSLATE[1]


def deltas(arc: list[tuple[int, int]]) -> list[list[int]]:
    out = [list(arc[0])]
    for (x0, y0), (x1, y1) in itertools.pairwise(arc):
        out.append([x1 - x0, y1 - y0])
    return out


def flat(points) -> list[float]:
    return [value for point in points for value in point]


def topology(**changes: object) -> dict:
    document = {
        "type": "Topology",
        "transform": {"scale": list(SCALE), "translate": list(TRANSLATE)},
        "objects": {
            "control": {
                "type": "GeometryCollection",
                "geometries": [
                    {
                        "type": "Polygon",
                        "arcs": [[0, 1], [3]],
                        "id": "A",
                        "properties": {"name": "north", "date": "2024-07-08"},
                    },
                    {
                        "type": "MultiPolygon",
                        "arcs": [[[2, ~0]]],
                        "properties": {"name": "south"},
                    },
                ],
            },
            "towns": {"type": "Point", "coordinates": [1000, 1000]},
        },
        "arcs": [deltas(arc) for arc in ARCS],
    }
    document.update(changes)
    return document


def test_arcs_are_delta_decoded_transformed_and_joined():
    features = list(topojson.features(topology(), "t.topojson"))
    assert [f.properties for f in features] == [
        {"name": "north", "date": "2024-07-08", "object": "control"},
        {"name": "south", "object": "control"},
        {"object": "towns"},
    ]
    assert features[0].extra == {"id": "A"}
    shell, hole = features[0].geometry["coordinates"]
    assert flat(shell) == pytest.approx(
        flat(
            [real(2000, 0), real(2000, 4000), real(0, 4000), real(0, 0), real(2000, 0)]
        )
    )
    assert flat(hole) == pytest.approx(flat(real(*q) for q in ARCS[3]))
    # ~0 walks the shared edge backwards, closing B's ring where it began.
    (b_shell,) = features[1].geometry["coordinates"][0]
    assert flat(b_shell) == pytest.approx(
        flat(
            [
                real(2000, 0),
                real(4000, 0),
                real(4000, 4000),
                real(2000, 4000),
                real(2000, 0),
            ]
        )
    )
    # A point's position is absolute, not a delta.
    assert features[2].geometry == {
        "type": "Point",
        "coordinates": pytest.approx(list(real(1000, 1000))),
    }


def test_the_union_measures_as_the_ellipsoid_says():
    from frontline.ingest import shapes

    features = topojson.features(topology(), "t.topojson")
    union = shapes.union(
        shapes.polygons_of(f.geometry) for f in features if shapes.is_area(f.geometry)
    )
    west, south = real(0, 0)
    east, north = real(4000, 4000)
    hole_w, hole_s = real(400, 800)
    hole_e, hole_n = real(800, 1600)
    expected = zone_km2(west, east, south, north) - zone_km2(
        hole_w, hole_e, hole_s, hole_n
    )
    assert shapes.geodesic_area_km2(union) == pytest.approx(expected, rel=1e-6)


def test_an_unquantised_topology_uses_positions_as_they_are():
    document = {
        "type": "Topology",
        "objects": {"a": {"type": "Polygon", "arcs": [[0]]}},
        "arcs": [[[30, 48], [31, 48], [31, 49], [30, 49], [30, 48]]],
    }
    (feature,) = topojson.features(document, "plain.json")
    assert feature.geometry["coordinates"] == [
        [[30, 48], [31, 48], [31, 49], [30, 49], [30, 48]]
    ]


def test_read_decodes_bytes_and_sniff_knows_a_topology():
    data = json.dumps(topology()).encode()
    assert topojson.READER.sniff(data[:200], "t.json") == 2
    assert topojson.READER.sniff(b'{"type": "FeatureCollection"}', "t.json") == 0
    assert len(list(topojson.read(data, "t.json"))) == 3


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"objects": {"a": {"type": "Polygon", "arcs": [[0, 7]]}}},
            "t.json, feature 1: arcs: arc 7 does not exist (the topology has 4 arcs)",
        ),
        (
            {"objects": {"a": {"type": "Polygon", "arcs": [[~9]]}}},
            "t.json, feature 1: arcs: arc -10 (arc 9 reversed) does not exist "
            "(the topology has 4 arcs)",
        ),
        (
            {"objects": {"a": {"type": "Polygon", "arcs": [["x"]]}}},
            "t.json, feature 1: arcs: 'x' is not an arc index",
        ),
        (
            {"transform": {"scale": [1, "2"], "translate": [0, 0]}},
            "t.json: transform: scale must be two finite numbers",
        ),
        (
            {"arcs": [[[0, 0], [1, None]]]},
            "t.json, feature 1: arcs: [1, None] is not a position [x, y]",
        ),
        ({"type": "FeatureCollection"}, "t.json: type: is not a TopoJSON Topology"),
        (
            {"objects": {"a": {"type": "Circle"}}},
            "t.json, feature 1: type: 'Circle' is not a TopoJSON geometry type",
        ),
    ],
)
def test_malformed_topologies_are_refused_naming_file_and_feature(change, message):
    with pytest.raises(InputError) as raised:
        list(topojson.features(topology(**change), "t.json"))
    assert str(raised.value) == message


def test_a_file_that_is_not_json_names_the_place():
    with pytest.raises(InputError) as raised:
        list(topojson.read(b'{"type": "Topology", "arcs": [', "t.json"))
    assert str(raised.value) == (
        "t.json: is not valid JSON (Expecting value at line 1, column 31)"
    )
