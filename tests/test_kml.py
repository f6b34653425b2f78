"""KML and KMZ maps: placemarks with or without the KML namespace, styles through
StyleMaps, folders, ExtendedData, MultiGeometry with holes; areas checked against
an independent shapely + pyproj computation; hostile XML refused in one line."""

from __future__ import annotations

import io
import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

import pytest

from conftest import dump
from frontline.errors import InputError
from frontline.formats import kml

shapely = pytest.importorskip("shapely")
pyproj = pytest.importorskip("pyproj")

SET = ("--set", "region=ukraine", "--set", "source=Mappers")
NS = 'xmlns="http://www.opengis.net/kml/2.2"'

# Placemark A: a box with a hole, altitudes given; B: two boxes (one overlapping
# A) and a pin; a lone pin; a Ukrainian-held box styled #ua.
A_SHELL = [(36.0, 48.0), (37.0, 48.0), (37.0, 48.6), (36.0, 48.6), (36.0, 48.0)]
A_HOLE = [(36.2, 48.2), (36.4, 48.2), (36.4, 48.3), (36.2, 48.3), (36.2, 48.2)]
B_ONE = [(36.8, 48.5), (37.3, 48.5), (37.3, 48.9), (36.8, 48.9), (36.8, 48.5)]
B_TWO = [(38.0, 47.0), (38.2, 47.0), (38.2, 47.1), (38.0, 47.1), (38.0, 47.0)]
UA = [(30.0, 50.0), (30.5, 50.0), (30.5, 50.3), (30.0, 50.3), (30.0, 50.0)]


def ring(points, altitude: bool = False) -> str:
    text = " ".join(
        f"{lon},{lat},{120 if altitude else 0}" if altitude else f"{lon},{lat}"
        for lon, lat in points
    )
    return f"<LinearRing><coordinates>\n  {text}\n</coordinates></LinearRing>"


def polygon(shell, *holes, altitude: bool = False) -> str:
    inner = "".join(
        f"<innerBoundaryIs>{ring(hole, altitude)}</innerBoundaryIs>" for hole in holes
    )
    return (
        f"<Polygon><outerBoundaryIs>{ring(shell, altitude)}</outerBoundaryIs>"
        f"{inner}</Polygon>"
    )


def document(namespace: bool = True) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<kml {NS if namespace else ""}>
<Document><name>Control zones</name>
  <Style id="ru"><PolyStyle><color>ff0000ff</color></PolyStyle></Style>
  <Style id="ru-hl"><PolyStyle><color>ff0000aa</color></PolyStyle></Style>
  <StyleMap id="m-ru">
    <Pair><key>normal</key><styleUrl>#ru</styleUrl></Pair>
    <Pair><key>highlight</key><styleUrl>#ru-hl</styleUrl></Pair>
  </StyleMap>
  <Folder><name>Front</name><Folder><name>East</name>
    <Placemark><name>A</name><styleUrl>#m-ru</styleUrl>
      <ExtendedData><Data name="date"><value>2024-03-15</value></Data>
      <SchemaData><SimpleData name="unit">12</SimpleData></SchemaData></ExtendedData>
      {polygon(A_SHELL, A_HOLE, altitude=True)}
    </Placemark>
  </Folder>
    <Placemark><name>B</name><description>two parts</description>
      <styleUrl>#ru</styleUrl>
      <MultiGeometry>{polygon(B_ONE)}{polygon(B_TWO)}
        <Point><coordinates>37,48</coordinates></Point></MultiGeometry>
    </Placemark>
  </Folder>
  <Placemark><name>pin</name><Point><coordinates>36.5,48.5,0</coordinates></Point>
  </Placemark>
  <Placemark><name>held</name><styleUrl>#ua</styleUrl>{polygon(UA)}</Placemark>
</Document></kml>
"""


RULES = """
[[rule]]
match = { style = "ru" }
set = { actor = "russia" }

[[rule]]
match = { style = "ua" }
skip = true
"""


def geodesic_km2(*polygons) -> float:
    """Independent check: shapely's union, pyproj's geodesic area on WGS84.

    A map's edges are straight in longitude/latitude (as GeoJSON's are), not
    geodesics: densified every 0.0005° they differ from a geodesic polygon by
    less than 1e-8 of the area."""
    shape = shapely.segmentize(shapely.union_all(polygons), 0.0005)
    shape = shapely.orient_polygons(shape)  # holes wound against their shell
    area, _ = pyproj.Geod(ellps="WGS84").geometry_area_perimeter(shape)
    return abs(area) / 1e6


RUSSIAN = geodesic_km2(
    shapely.Polygon(A_SHELL, [A_HOLE]), shapely.Polygon(B_ONE), shapely.Polygon(B_TWO)
)


def stored(db_path: Path) -> list[tuple]:
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute(
            'SELECT actor, region, "end", area_km2, source FROM records ORDER BY id'
        ).fetchall()


def read(text: str, label: str = "m.kml"):
    return kml.READER.read(io.BytesIO(text.encode()), label)


# --- the reader ------------------------------------------------------------------


@pytest.mark.parametrize("namespace", [True, False], ids=["namespace", "none"])
def test_placemarks_read_the_same_with_or_without_a_namespace(namespace):
    features = read(document(namespace))
    assert [f.properties for f in features] == [
        {
            "name": "A",
            "style": "ru",
            "folder": "Front/East",
            "description": "",
            "date": "2024-03-15",
            "unit": "12",
        },
        {
            "name": "B",
            "style": "ru",
            "folder": "Front",
            "description": "two parts",
        },
        {"name": "pin", "style": "", "folder": "", "description": ""},
        {"name": "held", "style": "ua", "folder": "", "description": ""},
    ]
    a, b, pin, _ = features
    # Rings of plain numbers come as (N, 2) arrays of lon, lat (no list per
    # position), altitudes dropped.
    assert a.geometry["type"] == "Polygon"
    assert [ring.tolist() for ring in a.geometry["coordinates"]] == [
        [list(p) for p in A_SHELL],
        [list(p) for p in A_HOLE],
    ]
    assert b.geometry["type"] == "GeometryCollection"
    assert [g["type"] for g in b.geometry["geometries"]] == ["MultiPolygon", "Point"]
    assert pin.geometry == {"type": "Point", "coordinates": [36.5, 48.5]}
    assert [f.number for f in features] == [1, 2, 3, 4]


def test_the_registry_knows_kml_by_content():
    from frontline.formats import registry

    head = document(False).encode()[:200]
    assert registry.detect(head, "zones.xml").name == "kml"
    assert registry.detect(b"<?xml version='1.0'?><other/>", "x.kml").name == "kml"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "<kml><Document><Placemark></Document></kml>",
            "m.kml, line 1: malformed KML: mismatched tag",
        ),
        (
            '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
            '<!ENTITY lol2 "&lol;&lol;&lol;">]>\n<kml>&lol2;</kml>',
            "m.kml, line 2: malformed KML: has a document type declaration "
            "(<!DOCTYPE>); refused (entity expansion and external entities)",
        ),
        (
            f"<kml><Placemark>{polygon(A_SHELL)}</Placemark><Placemark><Polygon>"
            "<outerBoundaryIs><LinearRing><coordinates>1,2 x,y 3,4"
            "</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></kml>",
            "m.kml, feature 2: geometry: 'x,y' is not a coordinate lon,lat[,alt]",
        ),
        (
            "<kml><Placemark><Polygon><outerBoundaryIs><LinearRing><coordinates>"
            "1,2 3,,4 5,6 1,2</coordinates></LinearRing></outerBoundaryIs>"
            "</Polygon></Placemark></kml>",
            "m.kml, feature 1: geometry: '3,,4' is not a coordinate lon,lat[,alt]",
        ),
        (
            "<kml><Placemark><Polygon><outerBoundaryIs><LinearRing><coordinates>"
            "1,2,0,0 3,4 5,6 1,2</coordinates></LinearRing></outerBoundaryIs>"
            "</Polygon></Placemark></kml>",
            "m.kml, feature 1: geometry: '1,2,0,0' is not a coordinate lon,lat[,alt]",
        ),
        ("<other/>", "m.kml: is XML but not KML (no <kml> element)"),
    ],
    ids=["mismatched", "entities", "coordinate", "empty-number", "four", "not-kml"],
)
def test_bad_kml_is_one_line(text, message):
    with pytest.raises(InputError) as caught:
        read(text)
    assert str(caught.value) == message


def test_a_ring_of_mixed_tuples_reads_as_one_of_plain_pairs():
    """Tuples with and without an altitude in one ring are read tuple by
    tuple, never by counting numbers."""
    text = "<kml><Placemark><Polygon><outerBoundaryIs><LinearRing><coordinates>{}"
    text += "</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></kml>"
    plain = "37,48 38,48 38,49 37,48"
    (expected,) = read(text.format(plain))
    for ring in ("37,48,0 38,48 38,49,5 37,48", "37,48 38,48,1e3 38,49 37,48,0"):
        (got,) = read(text.format(ring))
        rings = got.geometry["coordinates"]
        assert [list(map(list, r)) for r in rings] == [
            r.tolist() for r in expected.geometry["coordinates"]
        ]


# --- through import --------------------------------------------------------------


def test_a_kml_with_rules_on_its_styles(cli, db_path, tmp_path):
    path = tmp_path / "zones_20240315.kml"
    path.write_text(document(namespace=False), encoding="utf-8")
    rules = tmp_path / "zones.toml"
    rules.write_text(RULES, encoding="utf-8")
    result = cli("import", str(path), "--rules", str(rules), *SET)
    assert result.exit_code == 0, result.stderr
    [(actor, region, end, area, source)] = stored(db_path)
    assert (actor, region, end, source) == (
        "russia",
        "ukraine",
        "2024-03-15",
        "Mappers",
    )
    assert area == pytest.approx(RUSSIAN, rel=1e-7)
    *_, summary, created = result.stderr.splitlines()
    assert created.startswith("created ")  # the first import made the database
    assert summary.startswith(
        f"imported {path}: 1 added, 0 updated, 0 skipped, 0 already present in "
    )
    assert summary.endswith(
        "; maps: 1 map, 1 feature without area skipped; rules: rule 1 took 2 rows, "
        "rule 2 skipped 1 row, 1 row matched no rule"
    )


def kmz(text: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("doc.kml", text)
        archive.writestr("files/icon.png", b"\x89PNG")
    return buffer.getvalue()


def test_a_kmz_reads_its_kml_and_takes_the_day_from_the_outer_name(
    cli, db_path, tmp_path
):
    path = tmp_path / "Control_24_03_16.kmz"
    only_a = document().replace("#m-ru", "#keep")
    path.write_bytes(kmz(only_a))
    result = cli(
        "import",
        str(path),
        "--date-from-name",
        "Control_%y_%m_%d",
        "--map",
        "actor=name",
        *SET,
    )
    assert result.exit_code == 0, result.stderr
    got = {row[0]: row[3] for row in stored(db_path)}
    assert {row[2] for row in stored(db_path)} == {"2024-03-16"}
    assert got == {
        "a": pytest.approx(geodesic_km2(shapely.Polygon(A_SHELL, [A_HOLE])), rel=1e-7),
        "b": pytest.approx(
            geodesic_km2(shapely.Polygon(B_ONE), shapely.Polygon(B_TWO)), rel=1e-7
        ),
        "held": pytest.approx(geodesic_km2(shapely.Polygon(UA)), rel=1e-7),
    }


def test_a_kmz_error_names_the_member(cli, db_path, tmp_path):
    cli("seed")
    before = dump(db_path)
    path = tmp_path / "bad_20240315.kmz"
    path.write_bytes(kmz("<kml><Document><Placemark></Document></kml>"))
    result = cli("import", str(path), "--set", "actor=russia", *SET)
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {path}!doc.kml, line 1: malformed KML: mismatched tag\n"
    )
    assert dump(db_path) == before


def test_clip_measures_only_inside_the_boundary(cli, db_path, tmp_path):
    import json

    path = tmp_path / "zones_20240315.kml"
    path.write_text(document(), encoding="utf-8")
    box = [[35.0, 48.0], [36.5, 48.0], [36.5, 49.0], [35.0, 49.0], [35.0, 48.0]]
    boundary = tmp_path / "oblast.geojson"
    boundary.write_text(
        json.dumps({"type": "Polygon", "coordinates": [box]}), encoding="utf-8"
    )
    rules = tmp_path / "zones.toml"
    rules.write_text(RULES, encoding="utf-8")
    result = cli(
        "import", str(path), "--rules", str(rules), "--clip", str(boundary), *SET
    )
    assert result.exit_code == 0, result.stderr
    expected = geodesic_km2(
        shapely.Polygon(A_SHELL, [A_HOLE]).intersection(shapely.Polygon(box))
    )
    assert stored(db_path)[0][3] == pytest.approx(expected, rel=1e-7)


def test_a_name_that_does_not_match_the_pattern_is_refused_before_reading(
    cli, db_path, tmp_path
):
    path = tmp_path / "zones.kml"
    path.write_text(document(), encoding="utf-8")
    result = cli(
        "import", str(path), "--date-from-name", "%Y%m%d_*", "--set", "actor=r", *SET
    )
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {path}: date-from-name: the name does not match "
        "'%Y%m%d_*' with a real date\n"
    )
    assert not db_path.exists()


# --- a placemark's own time ------------------------------------------------------


def timed(*placemarks: tuple[str, list]) -> str:
    """A KML whose placemarks carry the given time elements (or none)."""
    body = "".join(
        f"<Placemark><name>p{i}</name>{time}{polygon(shell)}</Placemark>"
        for i, (time, shell) in enumerate(placemarks)
    )
    return f"<kml {NS}><Document>{body}</Document></kml>"


ACTOR = ("--set", "actor=russia")
STAMP_14 = "<TimeStamp><when>2024-03-14</when></TimeStamp>"
SPAN_14 = (
    "<TimeSpan><begin>2024-03-01T00:00:00Z</begin>"
    "<end>2024-03-14T12:00:00+02:00</end></TimeSpan>"
)
BEGIN_14 = "<TimeSpan><begin>2024-03-14</begin></TimeSpan>"


@pytest.mark.parametrize("time", [STAMP_14, SPAN_14, BEGIN_14])
def test_a_placemark_time_is_its_holding_day_and_days_are_unioned(
    cli, db_path, tmp_path, time
):
    """A TimeStamp (or a TimeSpan's end, else its begin) is the placemark's
    day, as `--map end=…` would give it: the placemarks of one day are unioned,
    and one without a time of its own takes the file's day (its name)."""
    path = tmp_path / "zones_20240316.kml"
    path.write_text(
        timed(
            (time, A_SHELL),
            ("<TimeStamp><when>2024-03-15T08:00:00Z</when></TimeStamp>", B_ONE),
            (time, B_ONE),
            ("", B_TWO),
        ),
        encoding="utf-8",
    )
    result = cli("import", str(path), *SET, *ACTOR)
    assert result.exit_code == 0, result.stderr
    got = sorted((end, area) for _, _, end, area, _ in stored(db_path))
    assert [end for end, _ in got] == ["2024-03-14", "2024-03-15", "2024-03-16"]
    expected = [
        geodesic_km2(shapely.Polygon(A_SHELL), shapely.Polygon(B_ONE)),
        geodesic_km2(shapely.Polygon(B_ONE)),
        geodesic_km2(shapely.Polygon(B_TWO)),
    ]
    assert [area for _, area in got] == pytest.approx(expected, rel=1e-7)


def test_an_explicit_day_wins_over_placemark_times(cli, db_path, tmp_path):
    path = tmp_path / "zones_20240316.kml"
    path.write_text(timed((STAMP_14, A_SHELL), ("", B_TWO)), encoding="utf-8")
    result = cli("import", str(path), *SET, *ACTOR, "--set", "end=2024-04-01")
    assert result.exit_code == 0, result.stderr
    [(_, _, end, area, _)] = stored(db_path)
    assert end == "2024-04-01"
    expected = geodesic_km2(shapely.Polygon(A_SHELL), shapely.Polygon(B_TWO))
    assert area == pytest.approx(expected, rel=1e-7)


def test_placemark_times_win_over_a_name_pattern(cli, db_path, tmp_path):
    path = tmp_path / "Control_24_03_20.kml"
    path.write_text(timed((STAMP_14, A_SHELL), ("", B_TWO)), encoding="utf-8")
    result = cli(
        "import", str(path), *SET, *ACTOR, "--date-from-name", "Control_%y_%m_%d"
    )
    assert result.exit_code == 0, result.stderr
    assert sorted(end for _, _, end, _, _ in stored(db_path)) == [
        "2024-03-14",
        "2024-03-20",
    ]


def test_a_placemark_time_that_is_no_day_is_refused(cli, db_path, tmp_path):
    cli("seed")
    before = dump(db_path)
    path = tmp_path / "zones_20240316.kml"
    stamp = "<TimeStamp><when>2024-03</when></TimeStamp>"
    path.write_text(timed(("", A_SHELL), (stamp, B_TWO)), encoding="utf-8")
    result = cli("import", str(path), *SET, *ACTOR)
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {path}, feature 2: end: TimeStamp '2024-03' is not a "
        "day (YYYY-MM-DD)\n"
    )
    assert dump(db_path) == before


def test_a_placemark_named_as_a_deepstate_layer_does_not_make_it_deepstate(
    cli, db_path, tmp_path
):
    """DeepState is told apart by its names in GeoJSON only: a KML placemark
    called "Crimea" is one polygon of a plain map, with the actor --set gives."""
    path = tmp_path / "zones_20240316.kml"
    text = timed(("", A_SHELL), ("", B_TWO)).replace(
        "<name>p0</name>", "<name>Crimea</name>"
    )
    path.write_text(text, encoding="utf-8")
    result = cli("import", str(path), *SET, *ACTOR)
    assert result.exit_code == 0, result.stderr
    [(actor, _, end, area, _)] = stored(db_path)
    assert (actor, end) == ("russia", "2024-03-16")
    expected = geodesic_km2(shapely.Polygon(A_SHELL), shapely.Polygon(B_TWO))
    assert area == pytest.approx(expected, rel=1e-7)
