"""`frontline export`: every field, three formats, filters, and the round trip
export -> import into an empty database -> export giving identical bytes."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import stat
import subprocess
import sys
import threading
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from frontline.ingest import export as io_export
from frontline.model.records import FIELD_NAMES, record_from_fields
from frontline.render.formats import write_json

FIXTURES = Path(__file__).parent / "fixtures"
RECORDS_CSV = FIXTURES / "records.csv"


def test_csv_has_every_field_in_order(cli, db_path):
    cli("import", str(RECORDS_CSV))
    result = cli("export")
    assert result.exit_code == 0
    assert result.stderr == ""
    table = list(csv.reader(io.StringIO(result.stdout)))
    assert tuple(table[0]) == FIELD_NAMES
    # Series order (actor, region, layer, source, dates), as `list` shows them.
    assert [row[0] for row in table[1:]] == ["6", "1", "2", "3", "4", "5"]
    assert table[-1] == [
        "5",
        "change",
        "ukraine",
        "kursk",
        "control",
        "2024-08-06",
        "2024-09-05",
        "1171.0",
        "at_least",
        "ISW",
        "https://www.understandingwar.org/",
        "2024-11-20",
        '"just over 1,171 km2" in the first month of the incursion',
    ]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_csv_and_json_are_what_list_prints(cli, run, db_path, fmt):
    run("import", str(RECORDS_CSV))
    exported, listed = run("export", "--format", fmt), run("list", "--format", fmt)
    assert exported.stdout == listed.stdout
    assert "russia" in exported.stdout and "kursk" in exported.stdout


def test_json_is_an_indented_array_of_records(cli, db_path):
    cli("import", str(FIXTURES / "colleague.json"), "--decimal", ".")
    text = cli("export", "--format", "json").stdout
    data = json.loads(text)
    assert text == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    assert list(data[0]) == list(FIELD_NAMES)
    assert data[0]["area_km2"] == 2700.0
    assert data[0]["url"] is None


def test_jsonl_is_one_record_a_line(cli, db_path):
    cli("import", str(RECORDS_CSV))
    lines = cli("export", "--format", "jsonl", "--actor", "ukraine").stdout.splitlines()
    assert lines == [
        '{"id": 5, "kind": "change", "actor": "ukraine", "region": "kursk", '
        '"layer": "control", "start": "2024-08-06", "end": "2024-09-05", '
        '"area_km2": 1171.0, "bound": "at_least", "source": "ISW", '
        '"url": "https://www.understandingwar.org/", "published": "2024-11-20", '
        '"note": "\\"just over 1,171 km2\\" in the first month of the incursion"}'
    ]


def test_filters_are_those_of_list(cli, db_path):
    cli("import", str(RECORDS_CSV))
    result = cli(
        "export",
        "--format",
        "jsonl",
        "--region",
        "ukraine",
        "--kind",
        "change",
        "--from",
        "2024-01-01",
        "--to",
        "2024-08-31",
    )
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [2]


def test_an_empty_database_exports_an_empty_file(cli, db_path):
    cli("add", "5", "--actor", "a", "--region", "b", "--on", "2024-01-01")
    cli("rm", "1")
    assert cli("export").stdout == ",".join(FIELD_NAMES) + "\n"
    assert cli("export", "--format", "json").stdout == "[]\n"
    assert cli("export", "--format", "jsonl").stdout == ""


def test_output_file_format_from_its_extension(cli, db_path, tmp_path):
    cli("import", str(RECORDS_CSV))
    target = tmp_path / "out" / "records.jsonl"
    target.parent.mkdir()
    result = cli("export", "-o", str(target))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == f"exported 6 records to {target}\n"
    assert target.read_text(encoding="utf-8") == cli("export", "-f", "jsonl").stdout
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    assert [p.name for p in target.parent.iterdir()] == ["records.jsonl"]


def test_output_file_with_an_unknown_extension(cli, db_path, tmp_path):
    target = tmp_path / "records.ods"
    result = cli("export", "-o", str(target))
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {target}: cannot tell the format from extension "
        "'.ods'; give --format csv, json, jsonl, geojson or xlsx\n"
    )
    assert not target.exists()


def test_output_into_a_missing_folder(cli, db_path, tmp_path):
    cli("import", str(RECORDS_CSV))
    target = tmp_path / "nowhere" / "records.csv"
    result = cli("export", "-o", str(target))
    assert result.exit_code == 1
    assert result.stderr == (
        f"frontline: error: cannot write {target}: No such file or directory\n"
    )


def test_output_named_like_a_map_gets_the_kept_shapes(cli, db_path, tmp_path):
    cli("add", "100", "--actor", "russia", "--region", "ukraine", "--on", "2024-01-01")
    target = tmp_path / "records.geojson"
    result = cli("export", "-o", str(target))
    assert result.exit_code == 0
    assert result.stderr == (
        f"exported 0 map shapes to {target}; 1 record without a kept shape left out\n"
    )
    assert target.read_text(encoding="utf-8") == (
        '{"type": "FeatureCollection", "features": []}\n'
    )


def test_ndjson_is_json_lines_for_export_as_for_import(cli, db_path, tmp_path):
    cli("import", str(RECORDS_CSV))
    target = tmp_path / "records.ndjson"
    assert cli("export", "-o", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8") == cli("export", "-f", "jsonl").stdout


def test_output_into_a_folder(cli, db_path, tmp_path):
    cli("import", str(RECORDS_CSV))
    result = cli("export", "-f", "csv", "-o", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr == f"frontline: error: {tmp_path}: is a directory\n"


def test_output_name_too_long(cli, db_path, tmp_path):
    cli("import", str(RECORDS_CSV))
    target = tmp_path / ("a" * 300 + ".csv")
    result = cli("export", "-o", str(target))
    assert result.exit_code == 1
    assert result.stderr == (
        f"frontline: error: cannot write {target}: File name too long\n"
    )
    assert [p.name for p in tmp_path.iterdir()] == ["data"]  # the database only


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_output_into_a_read_only_folder(cli, db_path, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    target = folder / "records.csv"
    result = cli("export", "-o", str(target))
    assert result.exit_code == 1
    assert result.stderr == (
        f"frontline: error: cannot write {target}: Permission denied\n"
    )


# --- writing through links, pipes and devices -------------------------------------


def test_a_symlink_is_written_through(cli, db_path, tmp_path):
    cli("import", str(RECORDS_CSV))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    real = elsewhere / "real.csv"
    real.write_text("keep\n", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    result = cli("export", "-o", str(link))
    assert result.exit_code == 0
    assert result.stderr == f"exported 6 records to {link}\n"
    assert link.is_symlink()
    assert os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == cli("export").stdout
    assert real.stat().st_mode & 0o777 == 0o640
    # The temporary file was made beside the real file, and is gone.
    assert sorted(p.name for p in elsewhere.iterdir()) == ["real.csv"]


def test_a_dangling_symlink_creates_its_target(cli, db_path, tmp_path):
    cli("import", str(RECORDS_CSV))
    real = tmp_path / "real.jsonl"
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert cli("export", "-o", str(link)).exit_code == 0
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == cli("export", "-f", "jsonl").stdout


def test_a_fifo_is_written_through(cli, db_path, tmp_path):
    cli("import", str(RECORDS_CSV))
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    received: list[str] = []

    def read() -> None:
        with open(fifo, encoding="utf-8") as handle:
            received.append(handle.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    result = cli("export", "-o", str(fifo))
    reader.join(timeout=10)
    assert result.exit_code == 0
    assert received == [cli("export").stdout]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.fixture
def never_replace(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make replacing a device impossible, so that a test writing through
    /dev/null cannot turn it into a regular file even if the code regresses
    (as root it could)."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a device must be written through, not replaced")

    monkeypatch.setattr(io_export, "_temporary_beside", refuse)
    monkeypatch.setattr(os, "replace", refuse)
    monkeypatch.setattr(os, "rename", refuse)


def test_a_device_is_written_through(cli, db_path, never_replace):
    cli("import", str(RECORDS_CSV))
    result = cli("export", "--format", "csv", "-o", os.devnull)
    assert result.exit_code == 0
    assert result.stderr == f"exported 6 records to {os.devnull}\n"
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_is_one_line(cli, db_path, never_replace):
    cli("import", str(RECORDS_CSV))
    result = cli("export", "--format", "csv", "-o", "/dev/full")
    assert result.exit_code == 1
    assert result.stderr == (
        "frontline: error: cannot write /dev/full: No space left on device\n"
    )
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


@pytest.mark.parametrize(
    ("name", "through"),
    [
        ("/dev/stdout", True),
        ("/dev/stderr", True),
        ("/dev/fd/3", True),
        ("/proc/self/fd/1", True),
        ("/proc/123/fd/4", True),
        ("/dev/shm/records.csv", False),
        ("records.csv", False),
    ],
)
def test_names_of_open_descriptors_are_written_through(name, through):
    assert io_export._writes_through(name, None) is through


def _frontline(db: Path, *args: str, **kwargs: object) -> subprocess.CompletedProcess:
    environment = {**os.environ, "FRONTLINE_DB": str(db)}
    return subprocess.run(
        [sys.executable, "-m", "frontline", *args],
        env=environment,
        check=False,
        **kwargs,  # type: ignore[arg-type]
    )


def test_dev_stdout_in_a_pipe(cli, db_path):
    cli("import", str(RECORDS_CSV))
    done = _frontline(
        db_path, "export", "-f", "csv", "-o", "/dev/stdout", capture_output=True
    )
    assert done.returncode == 0
    assert done.stdout.decode("utf-8") == cli("export").stdout
    assert done.stderr == b"exported 6 records to /dev/stdout\n"


def test_dev_stdout_appending_to_a_file_keeps_what_was_there(cli, db_path, tmp_path):
    """`frontline export -o /dev/stdout >> log.csv`: log.csv is added to, not
    replaced by a new file (a rename would) nor emptied (a truncating open would)."""
    cli("import", str(RECORDS_CSV))
    log = tmp_path / "log.csv"
    log.write_text("earlier line\n", encoding="utf-8")
    with log.open("a", encoding="utf-8") as out:
        done = _frontline(
            db_path, "export", "-f", "csv", "-o", "/dev/stdout", stdout=out
        )
    assert done.returncode == 0
    assert log.read_text(encoding="utf-8") == "earlier line\n" + cli("export").stdout


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_stdout_on_a_full_disk(cli, db_path):
    cli("import", str(RECORDS_CSV))
    with open("/dev/full", "w") as full:
        done = _frontline(db_path, "export", stdout=full, stderr=subprocess.PIPE)
    assert done.returncode == 1
    assert done.stderr == (
        b"frontline: error: cannot write to stdout: No space left on device\n"
    )


# --- JSON is render's JSON ---------------------------------------------------------


def test_json_is_render_write_json_byte_for_byte():
    records = [
        record_from_fields(
            {
                "id": 7,
                "actor": "ukraine",
                "region": "kursk",
                "start": "2024-08-06",
                "end": "2024-08-07",
                "area": "~5 mi2",
                "source": "Мінобороні",
                "note": 'a note, with "quotes"\nand a second line\tand a tab',
            }
        ),
        record_from_fields(
            {"actor": "a", "region": "b", "on": "2024-01-01", "area": 0.1 + 0.2}
            | {"kind": "holding"}
        ),
    ]
    for chosen in ([], records[:1], records):
        expected = io.StringIO()
        write_json([record.to_row() for record in chosen], expected)
        written = io.StringIO()
        assert io_export.write_records(iter(chosen), "json", written) == len(chosen)
        assert written.getvalue() == expected.getvalue()


def test_floats_survive_the_trip(cli, db_path, tmp_path):
    text = json.dumps(
        [
            {"actor": "a", "region": "b", "on": "2024-01-01", "area": 0.1 + 0.2},
            {"actor": "a", "region": "b", "on": "2024-01-02", "area": 1e-07},
            {
                "actor": "a",
                "region": "b",
                "on": "2024-01-03",
                "area": 103662.82276285083,
            },
        ]
    )
    source = tmp_path / "floats.json"
    source.write_text(text, encoding="utf-8")
    cli("import", str(source), "--kind", "holding")
    exported = cli("export").stdout
    assert ",0.30000000000000004," in exported
    assert ",1e-07," in exported
    again = tmp_path / "again.csv"
    again.write_text(exported, encoding="utf-8")
    second = db_path.parent.parent / "second.db"
    assert cli("--db", str(second), "import", str(again)).exit_code == 0
    with closing(sqlite3.connect(second)) as conn:
        areas = [area for (area,) in conn.execute("SELECT area_km2 FROM records")]
    assert areas == [0.1 + 0.2, 1e-07, 103662.82276285083]


def _mixed_history_database(cli) -> None:
    """Ids out of series order, with a gap: built like a real database is."""
    cli("seed")
    cli("import", str(RECORDS_CSV))
    assert (
        cli(
            "add",
            "12",
            "--actor",
            "russia",
            "--region",
            "kursk",
            "--on",
            "2024-11-01",
            "--holding",
        ).exit_code
        == 0
    )
    assert cli("rm", "3").exit_code == 0
    assert (
        cli(
            "add",
            "~5 mi2",
            "--actor",
            "ukraine",
            "--region",
            "kursk",
            "--from",
            "2024-08-06",
            "--to",
            "2024-08-07",
            "--note",
            'a note, with "quotes"\nand a second line',
            "--source",
            "Мінобороні",
        ).exit_code
        == 0
    )


def _export_import_export(cli, tmp_path, fmt) -> tuple[str, str]:
    first = cli("export", "--format", fmt).stdout
    path = tmp_path / f"export.{fmt}"
    path.write_text(first, encoding="utf-8")
    empty = tmp_path / "empty.db"
    assert cli("--db", str(empty), "import", str(path)).exit_code == 0
    second = cli("--db", str(empty), "export", "--format", fmt).stdout
    return first, second


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl"])
def test_round_trip_gives_identical_bytes(cli, db_path, tmp_path, fmt):
    _mixed_history_database(cli)
    first, second = _export_import_export(cli, tmp_path, fmt)
    assert len(_records(first, fmt)) == 8
    assert second == first


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl"])
def test_round_trip_keeps_every_value(cli, db_path, tmp_path, fmt):
    """Every field but the id survives whatever the store does with ids, and a
    second trip is a fixed point."""
    _mixed_history_database(cli)
    first, second = _export_import_export(cli, tmp_path, fmt)
    without_id = [
        {key: value for key, value in record.to_row().items() if key != "id"}
        for record in _records(first, fmt)
    ]
    assert without_id == [
        {key: value for key, value in record.to_row().items() if key != "id"}
        for record in _records(second, fmt)
    ]
    third_db = tmp_path / "third.db"
    path = tmp_path / f"second.{fmt}"
    path.write_text(second, encoding="utf-8")
    cli("--db", str(third_db), "import", str(path))
    assert cli("--db", str(third_db), "export", "--format", fmt).stdout == second


def _records(text: str, fmt: str):
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
    elif fmt == "json":
        rows = json.loads(text)
    else:
        rows = [json.loads(line) for line in text.splitlines()]
    return [
        record_from_fields({k: v for k, v in row.items() if v not in ("", None)})
        for row in rows
    ]


def test_csv_from_stored_values_is_the_csv_of_records(tmp_path: Path) -> None:
    import io

    from frontline.ingest import export as io_export
    from frontline.ingest.sources import FieldPlan, resolve_sources
    from frontline.ingest.tabular import read_records
    from frontline.store import db
    from frontline.store import records as store

    conn = db.open_for_write(db.Location(tmp_path / "f.db", "--db"))
    fixture = Path(__file__).parent / "fixtures" / "records.csv"
    store.write_records(
        conn, read_records(resolve_sources([str(fixture)], None), FieldPlan())
    )
    conn.execute(
        "UPDATE records SET url = '', note = 'a, \"quoted\"\nnote' WHERE id = 2"
    )
    fast, slow = io.StringIO(), io.StringIO()
    count = io_export.write_csv_values(store.iter_record_values(conn), fast)
    assert count == io_export.write_records(store.iter_records(conn), "csv", slow)
    assert fast.getvalue() == slow.getvalue()
    assert count == 6


def _database_of_texts(tmp_path: Path, areas, texts) -> sqlite3.Connection:
    from frontline.store import db

    conn = db.open_for_write(db.Location(tmp_path / "parts.db", "--db"))
    for number, (area, text) in enumerate(zip(areas, texts, strict=True), 1):
        conn.execute(
            'INSERT INTO records (kind, actor, region, start, "end", area_km2, source, '
            "url, note, published) VALUES ('change', 'a-1', 'b.c', ?, ?, ?, ?, ?, ?, ?)",
            (f"2024-01-{number:02d}",) * 2
            + (area, text, text or None, text or None)
            + ("2024-02-01" if number % 2 else None,),
        )
    conn.commit()
    return conn


def test_csv_joined_by_the_query_is_the_csv_of_records(tmp_path: Path) -> None:
    from frontline.store import records as store

    areas = [0.1 + 0.2, 1e-07, 1e-05, 103662.82276285083, 510072000.0, 0.0, 2700]
    texts = ["ISW", "", "BBC Verify", "a'b", "a=b", "Мінобороні", "x-y"]
    conn = _database_of_texts(tmp_path, areas, texts)
    for raw in (False, True):
        assert store.plain_csv_text(conn, neutralise=not raw)
        fast, slow = io.StringIO(), io.StringIO()
        count = io_export.write_csv_parts(store.iter_csv_parts(conn), fast)
        assert count == io_export.write_records(
            store.iter_records(conn), "csv", slow, raw=raw
        )
        assert count == 7
        assert fast.getvalue() == slow.getvalue()
    assert ",0.30000000000000004,exact,ISW,ISW,2024-02-01,ISW\n" in fast.getvalue()
    filtered = io.StringIO()
    filters = store.Filters(start=date(2024, 1, 7))
    assert io_export.write_csv_parts(store.iter_csv_parts(conn, filters), filtered) == 1


@pytest.mark.parametrize(
    ("text", "plain_raw", "plain_neutralised"),
    [
        ("a, b", False, False),
        ('say "x"', False, False),
        ("two\nlines", False, False),
        ("cr\rhere", False, False),
        ("=1", True, False),
        ("+2", True, False),
        ("-3", True, False),
        ("@4", True, False),
        ("\tx", True, False),
        ("'q'", True, False),
        ("a=b", True, True),
    ],
)
def test_free_text_the_csv_module_must_handle_is_noticed(
    tmp_path: Path, text: str, plain_raw: bool, plain_neutralised: bool
) -> None:
    from frontline.store import records as store

    conn = _database_of_texts(tmp_path, [5.0, 6.0], ["plain", "plain"])
    assert store.plain_csv_text(conn, neutralise=True)
    for column in ("source", "url", "note"):
        conn.execute(f"UPDATE records SET {column} = ? WHERE id = 2", (text,))
        assert store.plain_csv_text(conn, neutralise=False) is plain_raw, column
        assert store.plain_csv_text(conn, neutralise=True) is plain_neutralised
        only_first = store.Filters(end=date(2024, 1, 1))
        assert store.plain_csv_text(conn, only_first, neutralise=True)
        conn.execute(f"UPDATE records SET {column} = 'plain' WHERE id = 2")


def test_export_of_text_the_query_cannot_join_is_still_the_record_csv(cli, db_path):
    cli("seed")
    plain = cli("export").stdout
    assert cli("edit", "1", "--note", '=1, "quoted"').exit_code == 0
    exported = cli("export").stdout
    assert '"\'=1, ""quoted"""' in exported
    assert exported.count("\n") == plain.count("\n")


@pytest.mark.parametrize("column", ["source", "url", "note"])
def test_a_nul_in_free_text_is_written_whole(cli, db_path, column):
    # The joined lines end text at a NUL: such records take the csv module.
    cli("import", str(RECORDS_CSV))
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute(f"UPDATE records SET {column} = ? WHERE id = 5", ("a\x00b",))
    result = cli("export", "-f", "csv")
    assert result.exit_code == 0
    rows = {row[0]: row for row in csv.reader(io.StringIO(result.stdout))}
    assert rows["5"][FIELD_NAMES.index(column)] == "a\x00b"
    assert len(rows) == 7
