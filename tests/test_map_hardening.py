"""Bad map files through `frontline import`: one line naming the file (and the
feature), exit 2, the database exactly as before, for every reader issue 16
added (KML and KMZ, zipped shapefiles; TopoJSON and Esri JSON have theirs in
test_import_topojson_esri.py, the dbf against its shp in test_shapefile.py)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from conftest import dump
from frontline.formats import containers

pytest.importorskip("shapely")

SET = ("--set", "actor=russia", "--set", "region=ukraine", "--set", "end=2024-03-15")
POLYGON = (
    "<Placemark><name>a</name><Polygon><outerBoundaryIs><LinearRing><coordinates>"
    "37,48 38,48 38,49 37,48</coordinates></LinearRing></outerBoundaryIs></Polygon>"
    "</Placemark>"
)
GOOD_KML = f"<kml><Document>{POLYGON}</Document></kml>"


def zipped(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def refused(cli, db_path: Path, path: Path) -> str:
    """The import's one line of error, having checked exit 2 and the database."""
    cli("seed")
    before = dump(db_path)
    result = cli("import", str(path), *SET)
    assert result.exit_code == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert dump(db_path) == before
    return result.stderr.removeprefix("frontline: error: ").rstrip("\n")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "<kml><Document><Placemark><name>a</Document></kml>",
            "line 1: malformed KML: mismatched tag",
        ),
        (
            '<?xml version="1.0"?>\n<!DOCTYPE kml [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<kml>&b;</kml>',
            "line 2: malformed KML: has a document type declaration (<!DOCTYPE>); "
            "refused (entity expansion and external entities)",
        ),
        (
            '<?xml version="1.0"?>\n<kml><Document>'
            "<Placemark><name>&ext;</name></Placemark></Document></kml>",
            "line 2: malformed KML: undefined entity",
        ),
        (
            f"<kml><Document>{POLYGON}{POLYGON.replace('38,49', '38,abc')}"
            "</Document></kml>",
            "feature 2: geometry: '38,abc' is not a coordinate lon,lat[,alt]",
        ),
    ],
    ids=["malformed", "entity-expansion", "external-entity", "coordinate"],
)
def test_a_bad_kml_is_one_line(cli, db_path, tmp_path, text, message):
    path = tmp_path / "zones.kml"
    path.write_text(text, encoding="utf-8")
    assert refused(cli, db_path, path) == f"{path}, {message}"


@pytest.mark.parametrize("name", ["../doc.kml", "/etc/doc.kml", "maps/../../doc.kml"])
def test_a_kmz_member_that_climbs_out_is_refused(cli, db_path, tmp_path, name):
    path = tmp_path / "zones.kmz"
    path.write_bytes(zipped({name: GOOD_KML.encode()}))
    assert refused(cli, db_path, path) == (
        f"{path}: holds a member with an unsafe path ({name!r}); refused"
    )


def test_a_kmz_bomb_is_refused_before_it_is_read(cli, db_path, tmp_path, monkeypatch):
    monkeypatch.setattr(containers, "RATIO_FLOOR", 1024 * 1024)
    path = tmp_path / "zones.kmz"
    path.write_bytes(zipped({"doc.kml": b"<kml>" + b" " * (4 * 1024 * 1024)}))
    message = refused(cli, db_path, path)
    assert message.startswith(f"{path}: doc.kml expands to 4 MB from ")
    assert message.endswith(" KB; refused as a compression bomb")


def test_a_shapefile_zip_member_that_climbs_out_is_refused(cli, db_path, tmp_path):
    path = tmp_path / "isw.zip"
    path.write_bytes(zipped({"../ControlMap.shp": b"\0" * 100, "x.dbf": b"\0"}))
    assert refused(cli, db_path, path) == (
        f"{path}: holds a member with an unsafe path ('../ControlMap.shp'); refused"
    )
