"""Streaming features: the same values as json.load, whatever the read size, and
the same one-line errors, located by line and column across dropped buffers."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from frontline.errors import InputError
from frontline.formats import geojson as stream_json
from frontline.formats.geojson import iter_features
from frontline.ingest import deepstate

FIXTURES = Path(__file__).parent / "fixtures"
FILES = [
    FIXTURES / "deepstate" / "deepstate_2022-06-10.geojson",
    FIXTURES / "deepstate" / "deepstatemap_data_20230301.geojson",
    FIXTURES / "deepstate" / "deepstate_api_history_last.json",
    FIXTURES / "deepstatemap_data_20240315.geojson",
]


@pytest.fixture(params=[1, 7, 1 << 16], ids=["chunk1", "chunk7", "chunk64k"])
def chunk(request, monkeypatch):
    monkeypatch.setattr(stream_json, "CHUNK", request.param)
    return request.param


def stream(text: str, label: str = "x.json") -> tuple[list, stream_json.FeatureStream]:
    features = iter_features(io.StringIO(text), label)
    return list(features), features


@pytest.mark.parametrize("path", FILES, ids=[path.name for path in FILES])
def test_features_equal_json_load(path, chunk):
    whole = json.loads(path.read_text(encoding="utf-8"))
    collection = whole.get("map", whole)
    with path.open(encoding="utf-8") as handle:
        features = iter_features(handle, str(path))
        assert list(features) == collection["features"]
    expected = {
        key: value for key, value in whole.items() if key not in ("features", "map")
    }
    if "map" in whole:
        expected["map"] = {k: v for k, v in whole["map"].items() if k != "features"}
    assert features.members == expected
    assert features.streamed


def test_wrapper_members_before_and_after_the_map_are_found(chunk):
    text = json.dumps(
        {
            "id": 1710541800,
            "map": {
                "features": [{"type": "Feature", "n": 1}],
                "type": "FeatureCollection",
            },
            "datetime": "2024-03-15T22:30:00Z",
            "extra": {"nested": [1, 2.5, None]},
        }
    )
    features, result = stream(text)
    assert features == [{"type": "Feature", "n": 1}]
    assert result.members == {
        "id": 1710541800,
        "map": {"type": "FeatureCollection"},
        "datetime": "2024-03-15T22:30:00Z",
        "extra": {"nested": [1, 2.5, None]},
    }
    assert deepstate.unwrap_streamed(result.members, result.streamed) == date(
        2024, 3, 16
    )


def test_the_streamed_fixture_gives_the_layers_json_load_gives():
    path = FILES[2]
    with path.open(encoding="utf-8") as handle:
        features = iter_features(handle, str(path))
        streamed = deepstate.layers_from_features(features, str(path))
    day = deepstate.unwrap_streamed(features.members, features.streamed, str(path))
    collection, whole_day = deepstate.unwrap(
        json.loads(path.read_text(encoding="utf-8"))
    )
    loaded = deepstate.layers_of(collection)
    assert day == whole_day == date(2024, 3, 16)
    for layer in deepstate.LAYERS:
        assert streamed.geometries[layer].equals_exact(loaded.geometries[layer], 0)
    assert streamed.notes() == loaded.notes()


def test_a_collection_without_features_or_with_features_not_an_array():
    features, result = stream('{"type": "FeatureCollection", "features": []}')
    assert features == [] and result.streamed
    assert deepstate.unwrap_streamed(result.members, result.streamed) is None
    features, result = stream('{"type": "FeatureCollection", "features": null}')
    assert features == [] and not result.streamed
    assert result.members == {"type": "FeatureCollection", "features": None}
    with pytest.raises(InputError) as caught:
        deepstate.unwrap_streamed(result.members, result.streamed, "x.json")
    assert str(caught.value) == "x.json: features: must be an array of Features"


def test_numbers_split_across_reads_are_read_whole(monkeypatch):
    monkeypatch.setattr(stream_json, "CHUNK", 3)
    features, result = stream('{"id": 1710541800, "features": [123456789.25, -0.5e-3]}')
    assert features == [123456789.25, -0.5e-3]
    assert result.members == {"id": 1710541800}


def test_the_buffer_stays_near_the_largest_feature(monkeypatch):
    monkeypatch.setattr(stream_json, "CHUNK", 1024)
    feature = {"type": "Feature", "properties": {"name": "x" * 100}, "geometry": None}
    text = (
        '{"type": "FeatureCollection", "features": ['
        + ",".join([json.dumps(feature)] * 5000)
        + "]}"
    )
    features = iter_features(io.StringIO(text))
    largest = 0
    for _ in features:
        largest = max(largest, len(features._buffer))
    assert len(text) > 700_000
    assert largest <= 2 * 1024 + 200


def test_it_iterates_once():
    features = iter_features(io.StringIO('{"features": []}'))
    list(features)
    with pytest.raises(RuntimeError):
        list(features)


# --- errors ----------------------------------------------------------------------

SYNTAX_ERRORS = [
    '{"type": "FeatureCollection",\n "features": [}\n',
    '{"features": [1, 2',
    '{"features": [1 2]}',
    '{"a": 1 "b": 2}',
    '{"a" 1}',
    '{"features": [1] } x',
    '{"features": [{"a": }]}',
    '{"features": [{"a": "unterminated}]}',
    '{"map": {"features": [1,]}}',
    "{1: 2}",
    "",
    '{"features": [tru]}',
    '{"features": ["\\u12"]}',
]


@pytest.mark.parametrize("text", SYNTAX_ERRORS, ids=range(len(SYNTAX_ERRORS)))
def test_syntax_errors_are_located_where_json_locates_them(text, chunk):
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(text)
    with pytest.raises(InputError) as caught:
        stream(text)
    error = expected.value
    assert str(caught.value) == (
        f"x.json, line {error.lineno}: invalid JSON: {error.msg} (column {error.colno})"
    )


def test_an_error_far_into_the_file_names_its_line(monkeypatch):
    monkeypatch.setattr(stream_json, "CHUNK", 4096)
    lines = [json.dumps({"type": "Feature", "n": n}) for n in range(5000)]
    lines[3999] = lines[3999].replace('"n"', "n")
    text = '{"type": "FeatureCollection", "features": [\n' + ",\n".join(lines) + "\n]}"
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(text)
    assert expected.value.lineno == 4001
    with pytest.raises(InputError) as caught:
        stream(text)
    assert str(caught.value) == (
        "x.json, line 4001: invalid JSON: Expecting property name enclosed in "
        f"double quotes (column {expected.value.colno})"
    )


def test_an_error_far_along_one_line_names_its_column(monkeypatch):
    monkeypatch.setattr(stream_json, "CHUNK", 4096)
    text = '{"features": [' + ",".join(["[1.5, 2.5]"] * 20000) + ",]}"
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(text)
    with pytest.raises(InputError) as caught:
        stream(text)
    assert expected.value.colno > 200_000
    assert str(caught.value) == (
        f"x.json, line 1: invalid JSON: Expecting value (column {expected.value.colno})"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '{"type": "FeatureCollection", "type": "Feature"}',
            "x.json, line 1: invalid JSON: duplicate key 'type' (column 31)",
        ),
        (
            '{"features": [\n{"properties": {"name": 1, "name": 2}}]}',
            "x.json, line 2: invalid JSON: duplicate key 'name' (column 1)",
        ),
        (
            '{"features": [' + "[" * 100_000 + "]" * 100_000 + "]}",
            "x.json, line 1: invalid JSON: nested too deeply (column 15)",
        ),
        (
            '{"features": [' + "7" * 5000 + "]}",
            "x.json, line 1: invalid JSON: Exceeds the limit (4300 digits) for "
            "integer string conversion (column 15)",
        ),
        ("[1, 2]", "x.json: not a GeoJSON FeatureCollection (a JSON array)"),
        ('"map"', "x.json: not a GeoJSON FeatureCollection (a JSON string)"),
        ("  null ", "x.json: not a GeoJSON FeatureCollection (a JSON null)"),
    ],
    ids=[
        "duplicate-top",
        "duplicate-inside",
        "deep",
        "long-int",
        "array",
        "string",
        "null",
    ],
)
def test_what_json_load_would_accept_silently_or_crash_on(text, message):
    with pytest.raises(InputError) as caught:
        stream(text)
    assert str(caught.value) == message


def test_text_that_is_not_utf8_is_refused(tmp_path):
    path = tmp_path / "map.geojson"
    path.write_bytes(
        b'{"type": "FeatureCollection", "name": "caf\xe9", "features": []}'
    )
    with path.open(encoding="utf-8") as handle, pytest.raises(InputError) as caught:
        list(iter_features(handle, str(path)))
    assert str(caught.value) == (
        f"{path}: is not UTF-8 text (byte 0xe9); save it as UTF-8"
    )
