"""The format registry: detection by content then name, containers under every
reader (gzip, zip), stdin sniffed, and hostile archives refused in one line."""

from __future__ import annotations

import gzip
import io
import json
import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

import pytest

from conftest import dump
from frontline.errors import InputError
from frontline.formats import containers, registry

HEADER = "kind,actor,region,start,end,area\n"
GOOD = "change,russia,kursk,2024-10-01,2024-11-19,593\n"
ROW = {
    "kind": "change",
    "actor": "russia",
    "region": "kursk",
    "start": "2024-10-01",
    "end": "2024-11-19",
    "area": 593,
}


def stored(db_path: Path) -> list[tuple]:
    if not db_path.exists():
        return []
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute(
            'SELECT kind, actor, region, start, "end", area_km2 FROM records'
        ).fetchall()


EXPECTED = [("change", "russia", "kursk", "2024-10-01", "2024-11-19", 593.0)]


# --- detect ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        (b"kind,actor\n", "a.csv", "csv"),
        (b'[{"a": 1}]', "a.json", "json"),
        (b'{"a": 1}\n', "a.jsonl", "jsonl"),
        (b'{"type": "FeatureCollection", "features": []}', "a.json", "geojson"),
        (b'{"type": "FeatureCollection", "features": []}', "a.csv", "geojson"),
        (b'{"id": 1, "map": {"type": "FeatureCollection"}}', "a.json", "geojson"),
        (b"kind,actor\n", "", "csv"),
        (b'[{"a": 1}]', "", "json"),
        (b'\xef\xbb\xbf  {"a": 1}\n{"a": 2}\n', "", "jsonl"),
        (b'{"type": "Feature", "geometry": null}', "", "geojson"),
    ],
)
def test_detect_by_content_then_extension(head, name, expected):
    assert registry.detect(head, name).name == expected


def test_detect_given_format_wins():
    assert registry.detect(b"kind,actor\n", "a.csv", "jsonl").name == "jsonl"


def test_an_unknown_extension_is_not_guessed_from_plausible_content():
    with pytest.raises(InputError) as caught:
        registry.detect(b"kind,actor\n", "notes.txt", label="dir/notes.txt")
    assert str(caught.value) == (
        "dir/notes.txt: cannot tell the format from extension '.txt'; "
        "give --format csv, json, jsonl, geojson, kml or shapefile"
    )


def test_gz_extension_looks_through_to_the_data():
    assert registry.by_extension("a.geojson.gz").name == "geojson"
    assert registry.by_extension("A.CSV.GZ").name == "csv"
    assert registry.by_extension("a.gz") is None


def test_the_registry_imports_no_reader_until_one_is_used():
    import subprocess
    import sys

    code = (
        "import sys; from frontline.formats import registry; registry.names(); "
        "print(sorted(m for m in sys.modules if m.startswith('frontline.formats')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "['frontline.formats', 'frontline.formats.registry']"


# --- containers --------------------------------------------------------------------


def opened(data: bytes, name: str) -> list[tuple[str, str, bytes]]:
    return [
        (item.label, item.format.name, item.stream.read())
        for item in registry.open_input(io.BytesIO(data), name, name)
    ]


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_gzip_is_read_transparently_whatever_the_name():
    data = (HEADER + GOOD).encode()
    assert opened(gzip.compress(data), "a.csv.gz") == [("a.csv.gz", "csv", data)]
    assert opened(gzip.compress(data), "a.csv") == [("a.csv", "csv", data)]


def test_a_zip_yields_each_data_member_with_a_composed_label():
    data = (HEADER + GOOD).encode()
    archive = zipped(
        {"readme.txt": b"hi", "__MACOSX/._a.csv": b"x", "a.csv": data, "b.jsonl": b"{}"}
    )
    assert opened(archive, "x.zip") == [
        ("x.zip!a.csv", "csv", data),
        ("x.zip!b.jsonl", "jsonl", b"{}"),
    ]


def test_a_gzip_inside_a_zip_is_opened_too():
    data = (HEADER + GOOD).encode()
    assert opened(zipped({"a.csv.gz": gzip.compress(data)}), "x.zip") == [
        ("x.zip!a.csv.gz", "csv", data)
    ]


@pytest.mark.parametrize("name", ["../evil.csv", "/etc/evil.csv", "a/../../b.csv"])
def test_a_member_path_that_climbs_out_is_refused(name):
    archive = zipped({name: (HEADER + GOOD).encode()})
    with pytest.raises(InputError) as caught:
        opened(archive, "x.zip")
    assert str(caught.value) == (
        f"x.zip: holds a member with an unsafe path ({name!r}); refused"
    )


def test_a_zip_bomb_is_refused_by_its_declared_sizes():
    info = zipfile.ZipInfo("big.csv")
    info.file_size = containers.RATIO_FLOOR + 1
    info.compress_size = 1024
    with pytest.raises(InputError) as caught:
        containers.check_member_size(info, "bomb.zip")
    assert str(caught.value) == (
        "bomb.zip: big.csv expands to 256 MB from 1 KB; refused as a compression bomb"
    )


def test_a_gzip_bomb_is_stopped_while_it_is_read(monkeypatch):
    monkeypatch.setattr(containers, "RATIO_FLOOR", 1024 * 1024)
    bomb = gzip.compress(b"0" * (4 * 1024 * 1024))  # ~4 KB that expands 1000:1
    stream = containers.gunzip(io.BytesIO(bomb), "bomb.csv.gz")
    with pytest.raises(InputError) as caught:
        while stream.read(65536):
            pass
    # Deflate's best is about 1030:1: past the floor, the ratio stops it.
    message = str(caught.value)
    assert message.startswith("bomb.csv.gz: expands to more than ")
    assert message.endswith(" MB; refused as a compression bomb")


def test_a_truncated_gzip_is_one_line():
    data = gzip.compress((HEADER + GOOD * 1000).encode())[:200]
    stream = containers.gunzip(io.BytesIO(data), "cut.csv.gz")
    with pytest.raises(InputError) as caught:
        stream.read()
    assert str(caught.value).startswith("cut.csv.gz: is not a readable gzip stream (")


def test_a_zip_with_no_data_says_what_it_holds():
    with pytest.raises(InputError) as caught:
        opened(zipped({"readme.txt": b"hi"}), "x.zip")
    assert str(caught.value) == (
        "x.zip: holds no file frontline reads (it holds readme.txt)"
    )


# --- through the command line --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        HEADER + GOOD,
        json.dumps([ROW]),
        json.dumps(ROW) + "\n",
    ],
    ids=["csv", "json", "jsonl"],
)
def test_stdin_is_sniffed(cli, db_path, text):
    result = cli("import", "-", input=text)
    assert result.exit_code == 0, result.stderr
    assert stored(db_path) == EXPECTED


def test_stdin_that_is_nothing_known_asks_for_a_format(cli, db_path):
    result = cli("import", "-", input="")
    assert result.exit_code == 2
    assert result.stderr == (
        "frontline: error: <stdin>: cannot tell the format from its content; "
        "give --format csv, json, jsonl, geojson, kml or shapefile\n"
    )
    assert not db_path.exists()


def test_gzip_and_zip_files_import_like_the_plain_file(cli, db_path, tmp_path):
    (tmp_path / "a.csv.gz").write_bytes(gzip.compress((HEADER + GOOD).encode()))
    row = {**ROW, "region": "donetsk"}
    (tmp_path / "b.zip").write_bytes(zipped({"b.jsonl": json.dumps(row).encode()}))
    result = cli("import", str(tmp_path / "a.csv.gz"), str(tmp_path / "b.zip"))
    assert result.exit_code == 0, result.stderr
    assert sorted(stored(db_path)) == [
        ("change", "russia", "donetsk", "2024-10-01", "2024-11-19", 593.0),
        *EXPECTED,
    ]


def test_a_bad_row_inside_a_zip_names_the_member_and_writes_nothing(
    cli, db_path, tmp_path
):
    cli("import", "-", input=HEADER + GOOD)
    before = dump(db_path)
    bad = HEADER + "change,russia,kursk,2024-10-01,2024-11-19,lots\n"
    archive = tmp_path / "x.zip"
    archive.write_bytes(zipped({"in/a.csv": bad.encode()}))
    result = cli("import", str(archive))
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {archive}!in/a.csv, line 2: area: 'lots' is not a number\n"
    )
    assert dump(db_path) == before


def test_import_help_lists_the_input_formats(cli):
    result = cli("import", "--help")
    assert "-f, --format csv|json|jsonl|geojson|kml|shapefile" in result.stdout
    assert "table|csv|json|markdown" not in result.stdout
