"""`frontline import` of CSV, JSON and JSON Lines: mapping, idempotence, conflicts,
dry runs, and one exact error (with nothing written) for every malformed input."""

from __future__ import annotations

import os
import re
import sqlite3
from contextlib import closing
from pathlib import Path
from types import SimpleNamespace

import pytest

from frontline.cli import io as cli_io
from frontline.store.records import WriteSummary

FIXTURES = Path(__file__).parent / "fixtures"
RECORDS_CSV = FIXTURES / "records.csv"
FIELDS = (
    'kind, actor, region, layer, start, "end", area_km2, bound, source, url, '
    "published, note"
)


def count(db_path: Path) -> int:
    if not db_path.exists():
        return 0
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute("SELECT count(*) FROM records").fetchone()[0]


def rows(db_path: Path, columns: str = FIELDS) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute(f"SELECT {columns} FROM records ORDER BY id").fetchall()


def timeless(text: str) -> str:
    """Stderr with the elapsed time (the one varying part) replaced by T."""
    return re.sub(r"in \d+\.\d s", "in T s", text)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# --- formats ---------------------------------------------------------------------


def test_csv_in_export_layout_needs_no_mapping(cli, db_path):
    result = cli("import", str(RECORDS_CSV))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert timeless(result.stderr) == (
        f"imported {RECORDS_CSV}: 6 added, 0 updated, 0 skipped, "
        "0 already present in T s\n"
    )
    assert rows(db_path)[4] == (
        "change",
        "ukraine",
        "kursk",
        "control",
        "2024-08-06",
        "2024-09-05",
        1171.0,
        "at_least",
        "ISW",
        "https://www.understandingwar.org/",
        "2024-11-20",
        '"just over 1,171 km2" in the first month of the incursion',
    )
    assert rows(db_path, "id")[-1] == (6,)


def test_importing_the_same_file_again_adds_nothing(cli, db_path):
    cli("import", str(RECORDS_CSV))
    result = cli("import", str(RECORDS_CSV))
    assert result.exit_code == 0
    assert timeless(result.stderr) == (
        f"imported {RECORDS_CSV}: 0 added, 0 updated, 0 skipped, "
        "6 already present in T s\n"
    )
    assert count(db_path) == 6


def test_csv_with_map_set_and_kind(cli, db_path):
    path = FIXTURES / "isw_layers.csv"
    result = cli(
        "import",
        str(path),
        "--kind",
        "holding",
        "--map",
        "end=date",
        "--map",
        "layer=layerType",
        "--map",
        "area=areaKm2",
        "--set",
        "actor=russia",
        "--set",
        "region=ukraine",
        "--set",
        "source=ISW",
    )
    assert result.exit_code == 0
    assert timeless(result.stderr) == (
        f"note: {path}: ignored columns that are not record fields "
        "(map them with --map FIELD=COLUMN): pctUkraine\n"
        f"imported {path}: 6 added, 0 updated, 0 skipped, 0 already present in T s\n"
    )
    assert rows(db_path, 'kind, layer, start, "end", area_km2, source')[:2] == [
        ("holding", "control", "2024-11-16", "2024-11-16", 110584.1, "ISW"),
        ("holding", "advances", "2024-11-16", "2024-11-16", 111902.5, "ISW"),
    ]


def test_json_array_accepts_everything_add_accepts(cli, db_path):
    result = cli("import", str(FIXTURES / "colleague.json"))
    assert result.exit_code == 0, result.output
    assert rows(db_path) == [
        (
            "change",
            "russia",
            "ukraine",
            "control",
            "2024-01-01",
            "2024-11-19",
            2700.0,
            "approx",
            "BBC Verify",
            None,
            "2024-11-20",
            "approximately 2,700 square kilometres this year",
        ),
        (
            "change",
            "russia",
            "ukraine",
            "control",
            "2024-09-01",
            "2024-11-03",
            1000.0,
            "at_least",
            "BBC Verify",
            None,
            None,
            None,
        ),
        (
            "holding",
            "russia",
            "ukraine",
            "control",
            "2024-11-19",
            "2024-11-19",
            42722 * 2.589988110336,
            "exact",
            "BBC Verify",
            "https://www.bbc.co.uk/news/articles/example",
            None,
            None,
        ),
    ]


def test_json_lines_with_mapped_columns(cli, db_path):
    path = FIXTURES / "deepstate_weekly.jsonl"
    result = cli(
        "import",
        str(path),
        "--map",
        "start=from",
        "--map",
        "end=to",
        "--map",
        "area=gained_km2",
        "--set",
        "region=ukraine",
        "--set",
        "source=DeepState",
    )
    assert result.exit_code == 0
    assert timeless(result.stderr) == (
        f"note: {path}: ignored columns that are not record fields "
        "(map them with --map FIELD=COLUMN): week\n"
        f"imported {path}: 3 added, 0 updated, 0 skipped, 0 already present in T s\n"
    )
    assert rows(db_path, 'actor, start, "end", area_km2, source') == [
        ("russia", "2024-10-28", "2024-11-03", 196.5, "DeepState"),
        ("russia", "2024-11-04", "2024-11-10", 214.0, "DeepState"),
        ("russia", "2024-11-11", "2024-11-17", 173.25, "DeepState"),
    ]


def test_format_option_overrides_the_extension(cli, db_path, tmp_path):
    path = write(tmp_path / "figures.txt", RECORDS_CSV.read_text(encoding="utf-8"))
    assert cli("import", str(path), "--format", "csv").exit_code == 0
    assert count(db_path) == 6


def test_stdin(cli, db_path):
    text = "actor,region,on,area\nrussia,kursk,2024-11-01,~600\n"
    result = cli("import", "-", "--format", "csv", "--kind", "holding", input=text)
    assert result.exit_code == 0
    assert timeless(result.stderr) == (
        "imported <stdin>: 1 added, 0 updated, 0 skipped, 0 already present in T s\n"
    )
    assert rows(db_path, "kind, start, area_km2, bound") == [
        ("holding", "2024-11-01", 600.0, "approx")
    ]


def test_spreadsheet_csv_with_bom_and_crlf(cli, db_path, tmp_path):
    path = tmp_path / "sheet.csv"
    path.write_bytes(
        b"\xef\xbb\xbfactor,region,start,end,area\r\n"
        b'russia,ukraine,2024-09-01,2024-11-03,"1,000+"\r\n'
    )
    assert cli("import", str(path)).exit_code == 0
    assert rows(db_path, "actor, area_km2, bound") == [("russia", 1000.0, "at_least")]


def test_several_files_in_one_transaction(cli, db_path):
    result = cli(
        "import", str(RECORDS_CSV), str(FIXTURES / "colleague.json"), "--dry-run"
    )
    assert timeless(result.stderr) == (
        "dry run: 2 files: would add 9, update 0, skip 0 (0 already present) "
        "in T s; nothing written\n"
    )


def test_blank_rows_of_a_spreadsheet_are_skipped(cli, db_path, tmp_path):
    """Spreadsheets pad their exports with rows of empty cells: no data, no row
    (of the header's width or not, and however blank)."""
    path = write(
        tmp_path / "sheet.csv",
        HEADER + GOOD + ",,,,,\n" + "  , ,,,\t,\n" + ",,\n" + '"",""\n',
    )
    result = cli("import", str(path))
    assert result.exit_code == 0
    assert timeless(result.stderr) == (
        f"imported {path}: 1 added, 0 updated, 0 skipped, 0 already present in T s\n"
    )
    assert rows(db_path, "actor, area_km2") == [("russia", 593.0)]


# --- --map, --set and --kind -------------------------------------------------------


def test_kind_fills_only_rows_without_a_kind(cli, db_path, tmp_path):
    path = write(
        tmp_path / "mixed.csv",
        "kind,actor,region,start,end,area\n"
        "change,russia,kursk,2024-10-01,2024-11-19,593\n"
        ",russia,kursk,,2024-11-19,700\n",
    )
    assert cli("import", str(path), "--kind", "holding").exit_code == 0
    assert rows(db_path, "kind, start") == [
        ("change", "2024-10-01"),
        ("holding", "2024-11-19"),
    ]


def test_set_wins_over_a_column(cli, db_path):
    result = cli("import", str(RECORDS_CSV), "--set", "source=ISW map layers")
    assert result.exit_code == 0
    assert {source for (source,) in rows(db_path, "source")} == {"ISW map layers"}


def test_set_on_hides_start_and_end_columns(cli, db_path, tmp_path):
    path = write(
        tmp_path / "h.csv",
        "kind,actor,region,start,end,area\nholding,russia,kursk,2024-01-01,,650\n",
    )
    assert cli("import", str(path), "--set", "on=2024-11-19").exit_code == 0
    assert rows(db_path, 'start, "end"') == [("2024-11-19", "2024-11-19")]


def test_map_area_hides_an_area_km2_column(cli, db_path, tmp_path):
    path = write(
        tmp_path / "a.csv",
        "actor,region,on,area_km2,areaKm2\nrussia,kursk,2024-11-19,1,100\n",
    )
    result = cli("import", str(path), "--kind", "holding", "--map", "area=areaKm2")
    assert result.exit_code == 0
    assert rows(db_path, "area_km2") == [(100.0,)]


# --- conflicts and dry runs --------------------------------------------------------


@pytest.fixture
def changed_csv(tmp_path: Path) -> Path:
    """The fixture with ISW's 2024 figure revised from ~2,700 to ~2,750."""
    text = RECORDS_CSV.read_text(encoding="utf-8")
    return write(tmp_path / "revised.csv", text.replace(",2700.0,", ",2750.0,"))


def test_a_changed_figure_is_skipped_by_default(cli, db_path, changed_csv):
    cli("import", str(RECORDS_CSV))
    result = cli("import", str(changed_csv))
    assert result.exit_code == 0
    assert timeless(result.stderr) == (
        f"imported {changed_csv}: 0 added, 0 updated, 1 skipped, "
        "5 already present in T s\n"
        "note: 1 figure differs from the stored one and was left as stored "
        f"(first: {changed_csv}, line 3 vs #2); --on-conflict replace updates them\n"
    )
    assert rows(db_path, "area_km2")[1] == (2700.0,)


def test_replace_updates_and_keeps_history(cli, db_path, changed_csv):
    cli("import", str(RECORDS_CSV))
    result = cli("import", str(changed_csv), "--on-conflict", "replace")
    assert timeless(result.stderr) == (
        f"imported {changed_csv}: 0 added, 1 updated, 0 skipped, "
        "5 already present in T s\n"
    )
    assert rows(db_path, "area_km2")[1] == (2750.0,)
    assert rows(db_path, "(SELECT count(*) FROM records_history)")[0] == (1,)


def test_fail_rejects_the_whole_import(cli, db_path, changed_csv, tmp_path):
    cli("import", str(RECORDS_CSV))
    extra = write(
        tmp_path / "new.csv", "actor,region,on,area\nrussia,kursk,2024-11-20,1\n"
    )
    result = cli(
        "import",
        str(extra),
        str(changed_csv),
        "--on-conflict",
        "fail",
        "--kind",
        "holding",
    )
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {changed_csv}, line 3: this figure is already recorded "
        "as #2 with other values (choose --on-conflict replace or skip)\n"
    )
    assert count(db_path) == 6


def test_dry_run_on_a_new_database_creates_nothing(cli, db_path):
    result = cli("import", str(RECORDS_CSV), "--dry-run")
    assert result.exit_code == 0
    assert timeless(result.stderr) == (
        f"dry run: {RECORDS_CSV}: would add 6, update 0, skip 0 "
        "(0 already present) in T s; nothing written\n"
    )
    assert not db_path.parent.exists()


def test_dry_run_on_a_new_database_still_finds_errors(cli, db_path, tmp_path):
    bad = write(tmp_path / "bad.csv", HEADER + "change,russia,kursk,x,2024-11-19,1\n")
    result = cli("import", str(bad), "--dry-run")
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {bad}, line 2: start: 'x' is not a date "
        "(use YYYY-MM-DD or a written date like '19 Nov 2024')\n"
    )
    assert not db_path.parent.exists()


def test_dry_run_counts_and_writes_nothing(cli, db_path, changed_csv):
    cli("import", str(RECORDS_CSV))
    result = cli("import", str(changed_csv), "--on-conflict", "replace", "--dry-run")
    assert result.exit_code == 0
    assert timeless(result.stderr) == (
        f"dry run: {changed_csv}: would add 0, update 1, skip 0 "
        "(5 already present) in T s; nothing written\n"
    )
    assert rows(db_path, "area_km2")[1] == (2700.0,)


# --- errors: one line, exit 2, nothing written ---------------------------------------

HEADER = "kind,actor,region,start,end,area\n"
GOOD = "change,russia,kursk,2024-10-01,2024-11-19,593\n"

ERRORS = [
    # (file name, content, extra options, message after "frontline: error: ")
    (
        "short.csv",
        HEADER + GOOD + "change,russia,kursk,2024-10-01,2024-11-19\n",
        [],
        "{f}, line 3: malformed CSV: 5 fields, but the header has 6",
    ),
    (
        "quote.csv",
        HEADER + 'change,russia,"kursk"x,2024-10-01,2024-11-19,593\n',
        [],
        "{f}, line 2: malformed CSV: ',' expected after '\"'",
    ),
    (
        "unclosed.csv",
        HEADER + GOOD + 'change,russia,kursk,2024-10-01,2024-11-19,"593\n' + GOOD,
        [],
        "{f}, line 3: malformed CSV: a quoted field starting here is never closed",
    ),
    (
        "twice.csv",
        "actor,region,actor\n",
        [],
        "{f}, line 1: column 'actor' appears twice in the header",
    ),
    (
        "noregion.csv",
        "actor,end,area\nrussia,2024-11-19,5\n",
        [],
        "{f}, line 1: region: no 'region' column; "
        "give --map region=COLUMN or --set region=VALUE",
    ),
    (
        "blank.csv",
        HEADER + GOOD + "change,,kursk,2024-10-01,2024-11-19,593\n",
        [],
        "{f}, line 3: actor: is required",
    ),
    (
        "acres.csv",
        HEADER + "change,russia,kursk,2024-10-01,2024-11-19,12 acres\n",
        [],
        "{f}, line 2: area: unknown unit 'acres' in '12 acres' (use km2, mi2 or ha)",
    ),
    (
        "ambiguous.csv",
        HEADER + "change,russia,kursk,03/10/2024,2024-11-19,12\n",
        [],
        "{f}, line 2: start: '03/10/2024' is ambiguous (day/month or month/day?); "
        "write it as YYYY-MM-DD or like '3 Nov 2024'",
    ),
    (
        "badkind.csv",
        HEADER + "gain,russia,kursk,2024-10-01,2024-11-19,12\n",
        [],
        "{f}, line 2: kind: 'gain' is not one of change, holding",
    ),
    (
        "latin1.csv",
        HEADER + "change,russia,kursk,2024-10-01,2024-11-19,12,caf\xe9\n",
        [],
        "{f}: is not UTF-8 text (byte 0xe9); save it as UTF-8",
    ),
    (
        "broken.json",
        '[\n  {"actor": "russia",}\n]\n',
        [],
        "{f}, line 2: invalid JSON: Expecting property name enclosed in double "
        "quotes (column 22)",
    ),
    (
        "object.json",
        '{"actor": "russia"}\n',
        [],
        "{f}: expected a JSON array of objects, found an object",
    ),
    (
        # Read by its content as a map (the extension does not decide).
        "collection.json",
        '{"type": "FeatureCollection", "features": []}\n',
        [],
        "{f}: has no Polygon or MultiPolygon features",
    ),
    (
        "numbers.json",
        '[\n  {"actor": "russia", "region": "kursk", "on": "2024-11-19", '
        '"area": 5, "kind": "holding"},\n  42\n]\n',
        [],
        "{f}, line 3: expected a JSON object, found a number",
    ),
    (
        "trailing.json",
        "[]\n[]\n",
        [],
        "{f}, line 2: invalid JSON: Extra data (column 1)",
    ),
    (
        "missing.json",
        '[{"actor": "russia", "region": "kursk", "area": 5}]',
        [],
        "{f}, line 1: end: is required",
    ),
    (
        "list.jsonl",
        '{"actor": "russia", "region": "kursk", "on": "2024-11-19", "area": 5, '
        '"kind": "holding"}\n["russia"]\n',
        [],
        "{f}, line 2: expected a JSON object, found an array",
    ),
    (
        "negative.jsonl",
        '{"actor": "russia", "region": "kursk", "on": "2024-11-19", "area": 5}\n\n'
        '{"actor": "russia", "region": "kursk", "on": "2024-11-20", "area": -5}\n',
        ["--kind", "holding"],
        "{f}, line 3: area: '-5' is negative; record a loss as the other actor's gain",
    ),
    (
        "cut.jsonl",
        '\n\n{"actor": \n',
        [],
        "{f}, line 3: invalid JSON: Expecting value (column 11)",
    ),
    (
        "nested.json",
        '[\n  {"actor": "russia", "region": "kursk", "on": "2024-11-19", '
        '"area": 5},\n  {"actor": "russia", "region": "kursk", "on": "2024-11-20", '
        '"area": 5, "note": {"a": 1}}\n]\n',
        ["--kind", "holding"],
        "{f}, line 3: note: expected text or a number, found an object",
    ),
    (
        "listed.jsonl",
        '{"actor": "russia", "region": "kursk", "on": "2024-11-19", '
        '"area": 5, "source": ["ISW", "BBC"]}\n',
        ["--kind", "holding"],
        "{f}, line 1: source: expected text or a number, found an array",
    ),
    (
        "mapped.jsonl",
        '{"actor": "russia", "region": "kursk", "on": "2024-11-19", "km2": [5]}\n',
        ["--kind", "holding", "--map", "area=km2"],
        "{f}, line 1: area: expected text or a number, found an array",
    ),
    (
        "flag.jsonl",
        '{"actor": "russia", "region": "kursk", "on": "2024-11-19", "area": true}\n',
        ["--kind", "holding"],
        "{f}, line 1: area: expected text or a number, found a boolean",
    ),
    (
        "notes.txt",
        HEADER,
        [],
        "{f}: cannot tell the format from extension '.txt'; "
        "give --format csv, json, jsonl, geojson, kml or shapefile",
    ),
    (
        "mapped.csv",
        "date,km2\n2024-11-19,5\n",
        ["--map", "area=areaKm2"],
        "{f}, line 1: area: no column 'areaKm2' (from --map area=areaKm2); "
        "the header has: date, km2",
    ),
    (
        "any.csv",
        HEADER,
        ["--map", "ara=areaKm2"],
        "map: 'ara' is not a record field (fields: id, kind, actor, region, layer, "
        "start, end, area_km2, bound, source, url, published, note, on, area)",
    ),
    (
        "any.csv",
        HEADER,
        ["--set", "sorce=ISW"],
        "set: 'sorce' is not a record field (fields: id, kind, actor, region, "
        "layer, start, end, area_km2, bound, source, url, published, note, on, "
        "area)",
    ),
    ("any.csv", HEADER, ["--set", "ISW"], "set: 'ISW' is not FIELD=VALUE"),
    (
        "any.csv",
        HEADER,
        ["--map", "end=date", "--set", "end=2024-11-19"],
        "end: give either --map or --set for it, not both",
    ),
    (
        "any.csv",
        HEADER,
        ["--set", "on=2024-11-19", "--map", "end=date"],
        "end: give either end or on, not both",
    ),
    (
        "any.csv",
        HEADER,
        ["--kind", "holding", "--set", "kind=change"],
        "kind: give either --kind or --set/--map kind",
    ),
]


@pytest.mark.parametrize(
    ("name", "content", "options", "message"),
    ERRORS,
    ids=[f"{case[0]}-{index}" for index, case in enumerate(ERRORS)],
)
def test_malformed_input_is_one_line_and_writes_nothing(
    cli, db_path, tmp_path, name, content, options, message
):
    cli("import", str(RECORDS_CSV))
    path = tmp_path / name
    path.write_bytes(content.encode("latin-1" if "latin1" in name else "utf-8"))
    result = cli("import", str(path), *options)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"frontline: error: {message.format(f=path)}\n"
    assert count(db_path) == 6


def test_a_missing_file_is_named_before_anything_is_read(cli, db_path, tmp_path):
    missing = tmp_path / "2024-11-20.csv"
    result = cli("import", str(RECORDS_CSV), str(missing))
    assert result.exit_code == 2
    assert result.stderr == f"frontline: error: {missing}: no such file\n"
    assert not db_path.exists()


def test_a_name_too_long_is_an_input_error(cli, db_path, tmp_path):
    name = str(tmp_path / ("a" * 300 + ".csv"))
    result = cli("import", name)
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {name}: cannot be read (File name too long)\n"
    )
    assert not db_path.exists()


def test_a_folder_is_not_a_file(cli, db_path, tmp_path):
    result = cli("import", str(tmp_path))
    assert result.exit_code == 2
    assert (
        result.stderr == f"frontline: error: {tmp_path}: is a directory, not a file\n"
    )
    assert not db_path.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file(cli, db_path, tmp_path):
    path = write(tmp_path / "secret.csv", HEADER + GOOD)
    path.chmod(0)
    result = cli("import", str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {path}: cannot be read (permission denied)\n"
    )


@pytest.mark.skipif(
    not Path("/proc/self/mem").exists(), reason="needs Linux's /proc/self/mem"
)
def test_a_read_failure_names_the_file(cli, db_path):
    """Reading /proc/self/mem from its start fails with EIO: a file that opens
    and then cannot be read, like a disk or a network share going away."""
    cli("import", str(RECORDS_CSV))
    result = cli("import", "/proc/self/mem", "--format", "csv")
    assert result.exit_code == 1
    assert result.stderr == (
        "frontline: error: /proc/self/mem: cannot be read (Input/output error)\n"
    )
    assert count(db_path) == 6


def test_one_bad_file_rejects_the_good_ones(cli, db_path, tmp_path):
    bad = write(tmp_path / "bad.csv", HEADER + "change,russia,kursk,x,y,1\n")
    result = cli("import", str(RECORDS_CSV), str(bad))
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {bad}, line 2: end: 'y' is not a date "
        "(use YYYY-MM-DD or a written date like '19 Nov 2024')\n"
    )
    assert count(db_path) == 0


def test_a_bad_row_late_in_a_big_file_rolls_back_earlier_batches(
    cli, db_path, tmp_path
):
    # 12,000 good rows are more than two of the store's batches of 5,000.
    body = "".join(
        f"holding,r{series},ukraine,2024-01-01,2024-01-01,{series}\n"
        for series in range(12_000)
    )
    path = write(tmp_path / "big.csv", HEADER + body + "holding,x\n")
    result = cli("import", str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {path}, line 12002: malformed CSV: 2 fields, "
        "but the header has 6\n"
    )
    assert count(db_path) == 0


# --- progress --------------------------------------------------------------------------


def test_no_progress_bar_in_a_pipe(cli, db_path):
    result = cli("import", str(RECORDS_CSV))
    assert result.stderr.count("\n") == 1


def test_progress_bar_on_a_terminal_then_the_summary(
    cli, db_path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(cli_io, "PROGRESS_MIN_BYTES", 0)
    monkeypatch.setattr(cli_io, "stderr_is_terminal", lambda: True)
    result = cli("import", str(RECORDS_CSV))
    assert result.exit_code == 0
    assert count(db_path) == 6
    assert timeless(result.stderr).endswith(
        f"imported {RECORDS_CSV}: 6 added, 0 updated, 0 skipped, "
        "0 already present in T s\n"
    )


# --- a figure given twice in one import ------------------------------------------------

needs_repeated = pytest.mark.skipif(
    not hasattr(WriteSummary(), "repeated"),
    reason="store.WriteSummary.repeated is not there yet",
)


def test_a_repeated_figure_keeps_its_last_version(cli, db_path, tmp_path):
    path = write(
        tmp_path / "twice.csv",
        HEADER + GOOD + "change,russia,kursk,2024-10-01,2024-11-19,600\n",
    )
    result = cli("import", str(path))
    assert result.exit_code == 0
    assert rows(db_path, "area_km2") == [(600.0,)]


@needs_repeated
def test_a_figure_given_twice_in_one_file_is_said(cli, db_path, tmp_path):
    path = write(
        tmp_path / "twice.csv",
        HEADER + GOOD + "change,russia,kursk,2024-10-01,2024-11-19,600\n",
    )
    result = cli("import", str(path))
    assert result.exit_code == 0
    assert timeless(result.stderr) == (
        f"imported {path}: 1 added, 0 updated, 0 skipped, 0 already present in T s\n"
        "note: 1 figure was given twice in this import; "
        "the last version was kept\n"
    )


@needs_repeated
def test_figures_given_again_in_other_files_are_counted(cli, db_path, tmp_path):
    first = write(tmp_path / "first.csv", RECORDS_CSV.read_text(encoding="utf-8"))
    second = write(tmp_path / "second.csv", RECORDS_CSV.read_text(encoding="utf-8"))
    result = cli("import", str(RECORDS_CSV), str(first), str(second), "--dry-run")
    assert result.exit_code == 0
    assert timeless(result.stderr) == (
        "dry run: 3 files: would add 6, update 0, skip 0 (0 already present) "
        "in T s; nothing written\n"
        "note: 12 figures repeat ones given earlier in this import; "
        "the last version of each was kept\n"
    )


@pytest.mark.parametrize(
    ("repeated", "note"),
    [
        (0, None),
        (
            1,
            "note: 1 figure was given twice in this import; the last version was kept",
        ),
        (
            1234,
            "note: 1,234 figures repeat ones given earlier in this import; "
            "the last version of each was kept",
        ),
    ],
)
def test_repeated_note(repeated, note):
    assert cli_io.repeated_note(SimpleNamespace(repeated=repeated)) == note


@pytest.mark.parametrize("name", ["empty.csv", "empty.json", "empty.jsonl"])
def test_empty_files_are_the_same_in_every_format(cli, tmp_path, name) -> None:
    path = tmp_path / name
    path.write_text("\n")
    result = cli("import", str(path), "--set", "source=ISW")
    assert result.exit_code == 0
    assert (
        result.stderr.splitlines()[0] == f"note: {path}: the file is empty; no records"
    )
    assert "0 added" in result.stderr
