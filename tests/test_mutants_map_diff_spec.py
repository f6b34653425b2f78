"""map-diff's options (`reports.map_diff_spec`): each refused naming its own
option, names read as slugs and a source as typed, the bucket unit in any
case, the boundaries only as a pair; and boundaries split each bucket of
`--by` by region, against closed forms of the ellipsoid."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ellipsoid import zone_km2
from frontline.errors import InputError
from frontline.model.scope import Scope
from frontline.reports.map_diff_spec import MapDiffSpec

DAYS = {"start": "2024-03-01", "end": "2024-03-10"}


def test_options_become_the_days_the_filters_the_unit_and_the_boundaries() -> None:
    spec = MapDiffSpec.parse(
        start="2024-03-01",
        end="10 Mar 2024",
        actor="Russia",
        region=" Kursk ",
        layer="Assessed Advances",
        source=" ISW ",
        by=" Month ",
        regions="halves.geojson",
        region_key="name",
    )
    assert (spec.start.isoformat(), spec.end.isoformat()) == (
        "2024-03-01",
        "2024-03-10",
    )
    assert spec.scope == Scope(
        actor="russia", region="kursk", layer="assessed-advances", source="ISW"
    )
    assert spec.by == "month"
    assert spec.boundaries == ("halves.geojson", "name")


def test_options_not_given_filter_nothing() -> None:
    spec = MapDiffSpec.parse(**DAYS, source="  ")
    assert spec.scope == Scope(actor=None, region=None, layer=None, source=None)
    assert spec.by is None
    assert spec.boundaries is None


@pytest.mark.parametrize(
    ("options", "field", "message"),
    [
        ({"start": "2024-02-30"}, "from", "'2024-02-30' is not a date that exists"),
        ({"end": "03/10/2024"}, "to", None),
        ({"actor": "rus$ia"}, "actor", "'rus$ia' is not a valid name (letters, digits, '-', '_' and '.')"),
        ({"region": "k@rsk"}, "region", "'k@rsk' is not a valid name (letters, digits, '-', '_' and '.')"),
        ({"layer": "con/trol"}, "layer", "'con/trol' is not a valid name (letters, digits, '-', '_' and '.')"),
        ({"by": "Fortnight"}, "by", "'Fortnight' is not one of year, quarter, month, week, day"),
        ({"regions": "halves.geojson"}, "regions", "needs --region-key too"),
        ({"region_key": "name"}, "region-key", "needs --regions too"),
    ],
)  # fmt: skip
def test_each_option_is_refused_by_its_own_name(
    options: dict, field: str, message: str | None
) -> None:
    with pytest.raises(InputError) as caught:
        MapDiffSpec.parse(**{**DAYS, **options})
    assert caught.value.field == field
    if message is not None:
        assert caught.value.message == message


# --- boundaries split each bucket ---------------------------------------------------

HALVES = Path(__file__).parent / "fixtures" / "regions" / "halves.geojson"
SET = ("--set", "actor=russia", "--set", "region=ukraine", "--set", "source=mine")


def test_boundaries_split_each_bucket_by_region(cli, tmp_path: Path) -> None:
    pytest.importorskip("shapely")
    # 1 March holds 37.0–37.2°E, 10 March 37.1–37.4°E, both 48.0–48.1°N: March
    # (the one bucket) gained 37.2–37.4, all in East (37.1–38.0), and lost
    # 37.0–37.1, all in West (36.0–37.15); nothing lies outside both.
    for name, west, east in (("m_20240301", 37.0, 37.2), ("m_20240310", 37.1, 37.4)):
        ring = [[west, 48.0], [east, 48.0], [east, 48.1], [west, 48.1], [west, 48.0]]
        feature = {"type": "Feature", "properties": {},
                   "geometry": {"type": "Polygon", "coordinates": [ring]}}  # fmt: skip
        (tmp_path / f"{name}.geojson").write_text(
            json.dumps({"type": "FeatureCollection", "features": [feature]})
        )
    files = sorted(str(path) for path in tmp_path.glob("m_*.geojson"))
    assert cli("import", *files, *SET).exit_code == 0
    result = cli(
        "map-diff", "--from", "2024-03-01", "--to", "2024-03-10", "--by", "month",
        "--regions", str(HALVES), "--region-key", "name", "-f", "json",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["rows"]
    assert [(row["period"], row["within"]) for row in rows] == [
        ("2024-03", None),
        ("2024-03", "west"),
        ("2024-03", "east"),
        ("2024-03", "other"),
    ]
    gained, lost = zone_km2(37.2, 37.4, 48.0, 48.1), zone_km2(37.0, 37.1, 48.0, 48.1)
    expected = {
        None: (gained, lost),
        "west": (0.0, lost),
        "east": (gained, 0.0),
        "other": (0.0, 0.0),
    }
    for row in rows:
        want_gained, want_lost = expected[row["within"]]
        assert row["gained_km2"] == pytest.approx(want_gained, rel=1e-6, abs=1e-9)
        assert row["lost_km2"] == pytest.approx(want_lost, rel=1e-6, abs=1e-9)
