"""DeepState snapshots: every classification rule, the snapshot's day, and each
fixture's layers measured against the ellipsoid's closed form."""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from ellipsoid import strip_km2, zone_km2
from frontline.errors import InputError
from frontline.ingest import deepstate
from frontline.ingest.deepstate import (
    CONTESTED,
    FOREIGN,
    LIBERATED,
    OCCUPIED,
    PRE_2022,
    UNRECOGNISED,
)

FIXTURES = Path(__file__).parent / "fixtures" / "deepstate"
FILE_2022 = FIXTURES / "deepstate_2022-06-10.geojson"
FILE_2023 = FIXTURES / "deepstatemap_data_20230301.geojson"
FILE_2024 = FIXTURES / "deepstate_api_history_last.json"


def props(name: object = None, fill: str | None = None, **extra: object) -> dict:
    values: dict[str, object] = {"name": name, **extra}
    if fill is not None:
        values["fill"] = fill
    return values


# --- classification --------------------------------------------------------------

FOREIGN_KEYS = [
    "transnistria",
    "abkhazia",
    "tskhinvali-district",
    "karelia",
    "prussia",
    "kuril",
    "petsamo",
    "salla",
    "estonia",
    "latvia",
    "pechorsky-district",
    "ichkeria",
]

RULES = [
    # (properties, outcome, rule that decided)
    # the key
    (props("Окуповано /// Occupied /// geoJSON.status.occupied"), OCCUPIED, "key"),
    (
        props("Тимчасово окуповано /// Occupied /// geoJSON.status.occupied\n"),
        OCCUPIED,
        "key",
    ),
    (
        props("Окупований Крим /// Occupied Crimea /// geoJSON.territories.crimea"),
        PRE_2022,
        "key",
    ),
    (
        props("ОРДЛО /// CADR and CALR\u00a0/// geoJSON.territories.ordlo"),
        PRE_2022,
        "key",
    ),
    (props("о. Тузла /// Tuzla Island /// geoJSON.territories.tuzla"), PRE_2022, "key"),
    (
        props("Статус невідомий /// Unknown status /// geoJSON.status.unknown"),
        CONTESTED,
        "key",
    ),
    (props("Звільнено /// Liberated /// geoJSON.status.dismissed"), LIBERATED, "key"),
    (
        props(
            "Звільнено /// Liberated 25.03 /// geoJSON.status.dismissed_at {{at:25.03}}"
        ),
        LIBERATED,
        "key",
    ),
    (props("x///y///geoJSON.status.dismissed_at{{at:25.03}}"), LIBERATED, "key"),
    (props("Окуповано /// Liberated /// geoJSON.status.occupied"), OCCUPIED, "key"),
    (props("GEOJSON.STATUS.OCCUPIED"), OCCUPIED, "key"),
    *[
        (props(f"Щось /// Something /// geoJSON.territories.{key}"), FOREIGN, "key")
        for key in FOREIGN_KEYS
    ],
    # a key no rule knows falls through to the English label
    (
        props("Звільнено /// Liberated /// geoJSON.status.new_thing"),
        LIBERATED,
        "english",
    ),
    # the English label, whole
    (props("Окуповано /// Occupied"), OCCUPIED, "english"),
    (props("Окуповано///Occupied"), OCCUPIED, "english"),
    (props("Окуповано\u00a0///\u00a0Occupied\n"), OCCUPIED, "english"),
    (props("Окупований Крим /// Occupied Crimea"), PRE_2022, "english"),
    (props("ОРДЛО /// CADR and CALR"), PRE_2022, "english"),
    (props("Статус невідомий /// Unknown status"), CONTESTED, "english"),
    (props("Сіра зона /// Contested"), CONTESTED, "english"),
    (props("Ворог відкинутий /// The enemy was pushed back"), CONTESTED, "english"),
    (props("Звільнено /// Liberated"), LIBERATED, "english"),
    (props("Звільнено /// Liberated 25.03"), LIBERATED, "english"),
    (props("Звільнено /// Liberated 27–31.03"), LIBERATED, "english"),
    (props("Повернуто /// Taken back"), LIBERATED, "english"),
    (props("Повернуто /// Taken back 12.09.2022"), LIBERATED, "english"),
    (props("Окуповано /// Liberated"), LIBERATED, "english"),
    # foreign areas that also start with "Occupied": never read as occupied
    (props("Абхазія /// Occupied Abkhazia"), FOREIGN, "english"),
    (props("Печенга /// Occupied Petsamo"), FOREIGN, "english"),
    (props("x /// The temporarily occupied territory of Karelia."), FOREIGN, "english"),
    (props("Occupied Tskhinvali district"), FOREIGN, "english"),
    (props("Occupied Kuban"), UNRECOGNISED, "none"),
    (props("Occupied Kuban", "#a52714"), OCCUPIED, "fill"),
    # an English label no rule knows falls through to the Ukrainian one
    (props("Окуповано /// Occupied area"), OCCUPIED, "ukrainian"),
    # the Ukrainian label, by its words
    (props("Окуповано"), OCCUPIED, "ukrainian"),
    (props("Окуповано\n"), OCCUPIED, "ukrainian"),
    (props("Тимчасово окуповано"), OCCUPIED, "ukrainian"),
    (props("Ізюм. Окуповано"), OCCUPIED, "ukrainian"),
    (props("Окуповані Циркуни"), OCCUPIED, "ukrainian"),
    (props("Рубіжне. Території зайняті ворогом"), OCCUPIED, "ukrainian"),
    (props("Сєвєродонецьк. Території, відбиті у орків"), LIBERATED, "ukrainian"),
    (props("Звільнено", "#a52714"), LIBERATED, "ukrainian"),
    (props("Статус невідомий"), CONTESTED, "ukrainian"),
    (props("Сіра зона"), CONTESTED, "ukrainian"),
    (props("Ворога відкинуто"), CONTESTED, "ukrainian"),
    (props("Окупований Крим"), PRE_2022, "ukrainian"),
    (props("ОРДЛО", "#000000"), PRE_2022, "ukrainian"),
    (props("Придністров'я", "#880e4f"), FOREIGN, "ukrainian"),
    (props("Придністров’я", "#880e4f"), FOREIGN, "ukrainian"),
    (props("Окупована Абхазія"), FOREIGN, "ukrainian"),
    (props("Окуп\u200bовано"), OCCUPIED, "ukrainian"),
    # the fill, last
    (props("Зміїний", "#a52714"), OCCUPIED, "fill"),
    (props("Зміїний", "#0f9d58"), LIBERATED, "fill"),
    (props("Острів Зміїний", "#01579b"), LIBERATED, "fill"),
    (props(None, "#a52714"), OCCUPIED, "fill"),
    (props(None, "#880e4f"), PRE_2022, "fill"),
    (props(None, "#bcaaa4"), CONTESTED, "fill"),
    (props(None, "#bdbdbd"), CONTESTED, "fill"),
    (props(None, "#0f9d58"), LIBERATED, "fill"),
    (props(None, "#0288d1"), LIBERATED, "fill"),
    (props(None, "#01579b"), LIBERATED, "fill"),
    (props(None, "#A52714"), OCCUPIED, "fill"),
    (props(None, " a52714 "), OCCUPIED, "fill"),
    (props(None, styleUrl="#poly-A52714-2000-77-nodesc"), OCCUPIED, "fill"),
    # DeepState's bright red is never Ukraine, whatever the name says
    (props(None, "#ff5252"), FOREIGN, "fill"),
    (props("Окуповано /// Occupied", "#FF5252"), FOREIGN, "fill"),
    # nothing known
    (props("Щось нове"), UNRECOGNISED, "none"),
    (props("Щось нове", "#123456"), UNRECOGNISED, "none"),
    (props(None, "#000000"), UNRECOGNISED, "none"),
    (props(None), UNRECOGNISED, "none"),
    (props(42), UNRECOGNISED, "none"),
    (None, UNRECOGNISED, "none"),
]


@pytest.mark.parametrize(
    ("properties", "outcome", "rule"),
    RULES,
    ids=[f"{i}-{(case[0] or {}).get('name')!r:.40}" for i, case in enumerate(RULES)],
)
def test_classify(properties, outcome, rule):
    found = deepstate.classify(properties)
    assert (found.outcome, found.rule) == (outcome, rule)


@pytest.mark.parametrize(
    ("outcome", "layers", "actor"),
    [
        (OCCUPIED, ("control",), "russia"),
        (PRE_2022, ("control", "pre-2022"), "russia"),
        (CONTESTED, ("contested",), None),
        (LIBERATED, ("liberated",), "ukraine"),
        (FOREIGN, (), None),
        (UNRECOGNISED, (), None),
    ],
)
def test_each_outcome_joins_its_layers(outcome, layers, actor):
    found = deepstate.Classification(outcome, "key", "")
    assert found.layers == layers
    assert found.actor == actor


def test_layer_actors():
    assert deepstate.LAYER_ACTORS == {
        "control": "russia",
        "pre-2022": "russia",
        "contested": None,
        "liberated": "ukraine",
    }


@pytest.mark.parametrize(
    ("name", "clean"),
    [
        ("Окуповано\n", "Окуповано"),
        ("Окуповано\u00a0///\u00a0Occupied", "Окуповано /// Occupied"),
        (
            "Окуповано///Occupied///geoJSON.status.occupied",
            "Окуповано /// Occupied /// geoJSON.status.occupied",
        ),
        ("  Статус \t невідомий\u202f ", "Статус невідомий"),
        ("Придністров’я", "Придністров'я"),
        ("Окуп\u200bовано\ufeff", "Окуповано"),
        (None, ""),
    ],
)
def test_clean_name(name, clean):
    assert deepstate.clean_name(name) == clean


# --- the snapshot's day ----------------------------------------------------------

FEATURE_COLLECTION = {"type": "FeatureCollection", "features": []}


@pytest.mark.parametrize(
    ("wrapper", "day"),
    [
        # 22:30 UTC on 15 March is 00:30 on the 16th in Kyiv (UTC+2 in winter)
        ({"datetime": "2024-03-15T22:30:00.000000Z"}, date(2024, 3, 16)),
        ({"datetime": "2024-03-15T21:30:00Z"}, date(2024, 3, 15)),
        # summer time: UTC+3
        ({"datetime": "2024-07-01T21:30:00Z"}, date(2024, 7, 2)),
        ({"datetime": "2024-07-01T20:30:00Z"}, date(2024, 7, 1)),
        # a time without an offset is Kyiv time already
        ({"datetime": "2024-03-15T23:59:00"}, date(2024, 3, 15)),
        ({"datetime": "2024-03-16T00:30:00+02:00"}, date(2024, 3, 16)),
        ({"datetime": "2024-03-16"}, date(2024, 3, 16)),
        ({"datetime": " 2024-03-15 22:30:00Z "}, date(2024, 3, 16)),
        # else the id, a unix time in seconds or milliseconds
        ({"id": 1710541800}, date(2024, 3, 16)),
        ({"id": 1710541800000}, date(2024, 3, 16)),
        ({"id": 1710541800, "datetime": "12.09 o 21:04"}, date(2024, 3, 16)),
        ({"datetime": "1710541800"}, date(2024, 3, 16)),
        # datetime wins over id
        ({"id": 1710541800, "datetime": "2024-03-20T12:00:00Z"}, date(2024, 3, 20)),
        # no day at all, or an id that is no time of DeepState's
        ({}, None),
        ({"id": 42}, None),
        ({"id": True}, None),
        ({"id": "1710541800"}, None),
        ({"datetime": None}, None),
    ],
)
def test_the_wrapper_gives_the_kyiv_day(wrapper, day):
    collection, found = deepstate.unwrap({**wrapper, "map": FEATURE_COLLECTION})
    assert collection is FEATURE_COLLECTION
    assert found == day


def test_a_plain_collection_has_no_day_of_its_own():
    assert deepstate.unwrap(FEATURE_COLLECTION) == (FEATURE_COLLECTION, None)


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (
            {"datetime": "12.09 o 21:04", "map": FEATURE_COLLECTION},
            "snap.json: datetime: '12.09 o 21:04' is not a date and time (ISO 8601); "
            "give --set end=DATE",
        ),
        (
            {"id": 1710541800, "map": {"type": "Feature"}},
            "snap.json: map: is not a GeoJSON FeatureCollection",
        ),
        (
            {"id": 1710541800, "map": [1, 2]},
            "snap.json: map: is not a GeoJSON FeatureCollection",
        ),
        (
            [FEATURE_COLLECTION],
            "snap.json: not a DeepState map: expected a GeoJSON FeatureCollection or "
            'the API\'s {"id", "datetime", "map"}',
        ),
        (
            {"type": "Feature", "geometry": None},
            "snap.json: not a DeepState map: expected a GeoJSON FeatureCollection or "
            'the API\'s {"id", "datetime", "map"}',
        ),
    ],
)
def test_what_is_no_snapshot_is_refused(document, message):
    with pytest.raises(InputError) as caught:
        deepstate.unwrap(document, "snap.json")
    assert str(caught.value) == message


def test_without_a_tz_database_the_eu_rule_gives_the_same_days(monkeypatch):
    moments = []
    for year in range(2022, 2027):
        for month, day in ((3, 24), (10, 24)):
            start = datetime(year, month, day, tzinfo=UTC)
            moments += [start + timedelta(minutes=30 * i) for i in range(8 * 48)]
    with_database = [deepstate.kyiv_day(moment) for moment in moments]
    monkeypatch.setitem(sys.modules, "zoneinfo", None)  # `import zoneinfo` now fails
    assert [deepstate.kyiv_day(moment) for moment in moments] == with_database


def test_summer_time_starts_and_ends_on_the_last_sundays():
    assert deepstate._last_sunday(2024, 3) == datetime(2024, 3, 31)
    assert deepstate._last_sunday(2024, 10) == datetime(2024, 10, 27)
    assert deepstate._last_sunday(2025, 3) == datetime(2025, 3, 30)


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("deepstate_2022-06-10.geojson", date(2022, 6, 10)),
        ("deepstatemap_data_20230301.geojson", date(2023, 3, 1)),
        ("1710541800.json", date(2024, 3, 16)),
        ("map_1710541800000.json", date(2024, 3, 16)),
        ("history/deepstate_1710541800.geojson", date(2024, 3, 16)),
        ("20240316_1710541800.json", date(2024, 3, 16)),
        ("run_1234567890.geojson", None),
        ("deepstate_api_history_last.json", None),
        ("data/2024-03-15/map.json", None),
        ("export_20241399.geojson", None),
        ("v17105418001.json", None),
    ],
)
def test_day_from_name(name, day):
    assert deepstate.day_from_name(name) == day


def test_a_name_with_two_days_is_refused():
    with pytest.raises(InputError) as caught:
        deepstate.day_from_name("20240315_1710541800.json")
    assert str(caught.value) == (
        "20240315_1710541800.json: end: the file name has two dates "
        "(2024-03-15, 2024-03-16); give --set end=DATE"
    )


# --- the fixtures' layers --------------------------------------------------------


def bow_tie_km2(south: float, north: float) -> float:
    """A bow-tie's two triangles, whose width at φ is twice its distance to the
    nearer of the south and north edges (the corners are 1:1 in degrees)."""
    middle = (south + north) / 2

    def width(latitude: float) -> float:
        return 2 * min(latitude - south, north - latitude)

    return strip_km2(width, south, middle) + strip_km2(width, middle, north)


# The overlapping pair of occupied boxes that all three files share.
OCCUPIED_PAIR = (
    zone_km2(37.50, 37.56, 48.00, 48.04)
    + zone_km2(37.54, 37.60, 48.02, 48.06)
    - zone_km2(37.54, 37.56, 48.02, 48.04)
)
ORDLO = zone_km2(37.80, 37.86, 48.00, 48.04)
CRIMEA = zone_km2(34.00, 34.06, 45.00, 45.04)
EXPECTED = {
    FILE_2022: {
        "control": OCCUPIED_PAIR
        + ORDLO
        + zone_km2(37.24, 37.28, 49.18, 49.21)  # Izium
        + bow_tie_km2(50.08, 50.12)  # Tsyrkuny
        + zone_km2(38.38, 38.42, 49.00, 49.03)  # Rubizhne, two parts
        + zone_km2(38.43, 38.45, 49.00, 49.02)
        + zone_km2(30.19, 30.22, 45.25, 45.26),  # Snake Island
        "pre-2022": ORDLO,
        "contested": zone_km2(37.60, 37.63, 48.00, 48.06),
        "liberated": zone_km2(38.45, 38.50, 48.94, 48.97),
    },
    FILE_2023: {
        # ORDLO overlaps the second occupied box; the stray hole is not subtracted
        "control": OCCUPIED_PAIR
        + zone_km2(37.58, 37.66, 48.00, 48.03)
        - zone_km2(37.58, 37.60, 48.02, 48.03)
        + CRIMEA,
        "pre-2022": CRIMEA + zone_km2(37.58, 37.66, 48.00, 48.03),
        "contested": zone_km2(37.66, 37.70, 48.00, 48.03),
        "liberated": zone_km2(38.45, 38.53, 48.94, 48.97),
    },
    FILE_2024: {
        "control": OCCUPIED_PAIR
        + bow_tie_km2(48.00, 48.04)
        + CRIMEA
        + zone_km2(36.55, 36.57, 45.20, 45.21)  # Tuzla
        + ORDLO,
        "pre-2022": CRIMEA + zone_km2(36.55, 36.57, 45.20, 45.21) + ORDLO,
        "contested": zone_km2(37.66, 37.68, 48.00, 48.04),
        "liberated": zone_km2(38.45, 38.50, 48.94, 48.97)
        + zone_km2(35.00, 35.03, 47.50, 47.52),
    },
}


def load(path: Path) -> tuple[dict, date | None]:
    return deepstate.unwrap(json.loads(path.read_text(encoding="utf-8")), str(path))


@pytest.mark.parametrize("path", list(EXPECTED), ids=["2022", "2023", "2024"])
def test_each_layer_is_the_union_of_its_polygons(path):
    collection, _ = load(path)
    layers = deepstate.layers_of(collection, str(path))
    assert set(layers.geometries) == {"control", "pre-2022", "contested", "liberated"}
    for layer, expected in EXPECTED[path].items():
        assert layers.area_km2(layer) == pytest.approx(expected, rel=1e-9), layer


def test_the_2024_wrapper_gives_its_kyiv_day():
    assert load(FILE_2024)[1] == date(2024, 3, 16)


def test_what_the_2022_file_left_out():
    layers = deepstate.layers_of(load(FILE_2022)[0])
    assert layers.features == 12
    assert layers.points == 1
    assert layers.classified == {
        OCCUPIED: 6,
        PRE_2022: 1,
        CONTESTED: 1,
        LIBERATED: 1,
        FOREIGN: 1,
        UNRECOGNISED: 1,
    }
    assert layers.foreign == {"Придністров'я": 1}
    assert layers.unrecognised == {"Щось нове": 1}


def test_what_the_2023_file_left_out_is_counted_in_one_line():
    layers = deepstate.layers_of(load(FILE_2023)[0])
    assert layers.notes() == [
        "4 Russian-held areas unioned, 2 contested, 2 liberated; skipped: "
        "2 outside Ukraine, 1 with a name no rule knows (-v names them)",
    ]
    assert layers.notes(names=True) == [
        "4 Russian-held areas unioned, 2 contested, 2 liberated; skipped: "
        "2 outside Ukraine, 1 with a name no rule knows",
        "outside Ukraine: 'Абхазія /// Occupied Abkhazia', "
        "'Печенга /// Occupied Petsamo'",
        "no rule knows: 'Штаб /// HQ'",
    ]


def test_a_snapshot_with_one_area_says_area():
    square = {
        "type": "Polygon",
        "coordinates": [[[37, 48], [37.01, 48], [37.01, 48.01], [37, 48]]],
    }
    feature = {
        "type": "Feature",
        "properties": props("Окуповано /// Occupied /// geoJSON.status.occupied"),
        "geometry": square,
    }
    layers = deepstate.layers_from_features([feature])
    assert layers.notes() == ["1 Russian-held area unioned"]


def test_what_the_2024_file_left_out():
    layers = deepstate.layers_of(load(FILE_2024)[0])
    assert layers.points == 2
    assert layers.foreign.total() == 2
    assert layers.unrecognised == {"Щось /// Something /// geoJSON.status.new_thing": 1}


def test_names_are_counted_and_shown_escaped():
    square = {
        "type": "Polygon",
        "coordinates": [[[37, 48], [37.01, 48], [37.01, 48.01], [37, 48]]],
    }
    features = [
        {"type": "Feature", "properties": {"name": name}, "geometry": square}
        for name in ["Нове\x1b[2J", "Нове\x1b[2J", None]
    ]
    layers = deepstate.layers_from_features(features)
    assert layers.notes(names=True) == [
        "0 Russian-held areas unioned; skipped: 3 with a name no rule knows",
        "no rule knows: '(no name)', 'Нове\\x1b[2J' ×2",
    ]


def test_a_snapshot_with_nothing_kept_has_empty_layers():
    layers = deepstate.layers_of(FEATURE_COLLECTION)
    assert all(shape.is_empty for shape in layers.geometries.values())
    assert layers.area_km2("control") == 0.0
    assert layers.notes() == []


# --- errors ----------------------------------------------------------------------

GOOD = {
    "type": "Feature",
    "properties": {"name": "Окуповано"},
    "geometry": {
        "type": "Polygon",
        "coordinates": [[[37, 48], [37.01, 48], [37.01, 48.01], [37, 48]]],
    },
}
SHORT_RING = {"type": "Polygon", "coordinates": [[[37, 48], [37.01, 48], [37, 48]]]}


def test_a_kept_polygon_that_cannot_be_measured_names_its_feature():
    features = [GOOD, {**GOOD, "geometry": SHORT_RING}]
    with pytest.raises(InputError) as caught:
        deepstate.layers_of(
            {"type": "FeatureCollection", "features": features}, "s.json"
        )
    assert str(caught.value) == (
        "s.json, feature 2: geometry: a ring has 3 positions; "
        "a closed ring needs at least 4"
    )


def test_a_broken_foreign_or_unknown_polygon_is_skipped_not_refused():
    features = [
        GOOD,
        {
            "type": "Feature",
            "properties": {"name": "Абхазія", "fill": "#ff5252"},
            "geometry": SHORT_RING,
        },
        {"type": "Feature", "properties": {"name": "Щось"}, "geometry": SHORT_RING},
    ]
    layers = deepstate.layers_from_features(features)
    assert layers.foreign == {"Абхазія": 1}
    assert layers.unrecognised == {"Щось": 1}


@pytest.mark.parametrize(
    ("features", "message"),
    [
        ([GOOD, GOOD, [1]], "s.json, feature 3: is not a GeoJSON Feature"),
        ([{**GOOD, "type": "Polygon"}], "s.json, feature 1: is not a GeoJSON Feature"),
    ],
)
def test_what_is_not_a_feature_is_refused(features, message):
    with pytest.raises(InputError) as caught:
        deepstate.layers_from_features(features, "s.json")
    assert str(caught.value) == message


def test_features_must_be_an_array():
    with pytest.raises(InputError) as caught:
        deepstate.layers_of({"type": "FeatureCollection", "features": None}, "s.json")
    assert str(caught.value) == "s.json: features: must be an array of Features"


def test_a_feature_without_geometry_is_dropped_like_a_point():
    layers = deepstate.layers_from_features([{**GOOD, "geometry": None}, GOOD])
    assert layers.points == 1
    assert layers.classified == {OCCUPIED: 1}
