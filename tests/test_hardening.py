"""Issue 8's reproducers: every input the fuzzing found harmful is refused with one
line and exit 2 (or handled as stated), without a traceback, and the database is
left exactly as it was."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import dump


def _seeded(cli, db_path: Path) -> str:
    assert cli("seed").exit_code == 0
    return dump(db_path)


# --- 1. the database can be destroyed ------------------------------------------------


def test_export_refuses_to_overwrite_the_database(cli, db_path):
    before = _seeded(cli, db_path)
    header = db_path.read_bytes()[:16]
    result = cli("export", "-f", "csv", "-o", str(db_path))
    assert result.exit_code == 2
    assert result.output == (
        f"frontline: error: output: {db_path} is the database ({db_path}) or one "
        "of its files; write the export to another file\n"
    )
    assert db_path.read_bytes()[:16] == header == b"SQLite format 3\x00"
    assert dump(db_path) == before


def test_export_refuses_the_wal_and_shm_files(cli, db_path):
    before = _seeded(cli, db_path)
    for suffix in ("-wal", "-shm"):
        result = cli("export", "-o", f"{db_path}{suffix}")
        assert result.exit_code == 2, suffix
        assert "is the database" in result.output
        assert "Traceback" not in result.output
    assert dump(db_path) == before


def test_export_refuses_links_to_the_database(cli, db_path, tmp_path):
    before = _seeded(cli, db_path)
    symlink = tmp_path / "link.csv"
    symlink.symlink_to(db_path)
    hard = tmp_path / "hard.csv"
    os.link(db_path, hard)
    relative = os.path.relpath(db_path)
    for target in (symlink, hard, relative):
        result = cli("export", "-f", "csv", "-o", str(target))
        assert result.exit_code == 2, target
        assert result.output.startswith(f"frontline: error: output: {target} is the")
    assert dump(db_path) == before


def test_export_to_another_file_still_works(cli, db_path, tmp_path):
    _seeded(cli, db_path)
    result = cli("export", "-o", str(tmp_path / "out.csv"))
    assert result.exit_code == 0
    assert result.output == f"exported 7 records to {tmp_path / 'out.csv'}\n"


# --- 2. one id poisons the database ---------------------------------------------------

_ROW = "kind,actor,region,start,end,area_km2\n"


def test_an_id_leaving_no_room_for_the_next_is_refused(cli, db_path, tmp_path):
    before = _seeded(cli, db_path)
    big = tmp_path / "big.csv"
    big.write_text(
        "id," + _ROW + "9007199254740992,change,a,b,2024-01-01,2024-01-02,5\n"
    )
    result = cli("import", str(big))
    assert result.exit_code == 2
    assert result.output == (
        f"frontline: error: {big}, line 2: id: '9007199254740992' is out of range: "
        "a record id given in a file runs from 1 to 2^52 (4503599627370496)\n"
    )
    assert dump(db_path) == before
    assert (
        cli("add", "5", "--actor", "a", "--region", "c", "--on", "2024-01-01").exit_code
        == 0
    )
    assert cli("seed").exit_code == 0


def test_the_largest_id_a_file_may_give_leaves_room(cli, db_path, tmp_path):
    largest = tmp_path / "largest.csv"
    largest.write_text(
        "id," + _ROW + "4503599627370496,change,a,b,2024-01-01,2024-01-02,5\n"
    )
    assert cli("import", str(largest)).exit_code == 0
    added = cli("add", "5", "--actor", "a", "--region", "c", "--on", "2024-01-01")
    assert added.exit_code == 0
    assert added.stdout == "4503599627370497\n"
    assert cli("seed").exit_code == 0


def test_a_record_numbered_past_the_given_range_can_be_edited(cli, db_path, tmp_path):
    """New records are numbered after the largest id, 2^52 + 1 here: above what a
    file may give, but theirs to keep through an edit."""
    largest = tmp_path / "largest.csv"
    largest.write_text(
        "id," + _ROW + "4503599627370496,change,a,b,2024-01-01,2024-01-02,5\n"
    )
    assert cli("import", str(largest)).exit_code == 0
    assert cli("add", "5", "--actor", "a", "--region", "c", "--on", "2024-01-01")
    edited = cli("edit", "4503599627370497", "--area", "8", "-f", "json")
    assert edited.exit_code == 0, edited.output
    assert json.loads(edited.stdout)["area_km2"] == 8
    assert json.loads(edited.stdout)["id"] == 4503599627370497
    assert cli("history", "4503599627370497").exit_code == 0


def test_ids_are_ascii_digits(cli, db_path, tmp_path):
    before = _seeded(cli, db_path)
    for given in ("１２", "1_000", "+5", "5.0"):
        odd = tmp_path / "odd.csv"
        odd.write_text("id," + _ROW + f"{given},change,a,b,2024-01-01,2024-01-02,5\n")
        result = cli("import", str(odd))
        assert result.exit_code == 2, given
        assert result.output == (
            f"frontline: error: {odd}, line 2: id: {given!r} is not a record id\n"
        )
    assert dump(db_path) == before


# --- 3. period arithmetic overflows -----------------------------------------------------

_NO_PREVIOUS = (
    "has no previous equal period within 0001-01-01..9999-12-31; "
    "give --compare PERIOD or --no-compare"
)


def test_windows_at_the_ends_of_the_calendar_are_refused_or_reported(cli, db_path):
    before = _seeded(cli, db_path)
    cases = [
        (("report", "--period", "0001"), 2, f"compare: 0001 {_NO_PREVIOUS}"),
        (
            ("report", "--period", "9999-W52"),
            2,
            "period: '9999-W52' ends after 9999-12-31",
        ),
        (
            ("report", "--period", "2024..9999"),
            2,
            f"compare: 2024..9999 {_NO_PREVIOUS}",
        ),
        (("balance", "--period", "0001-01"), 0, None),
        (
            ("project", "--until", "2025-01-01", "--window", "9999y"),
            2,
            "window: 9999y ending 2024-11-19 would start before 0001-01-01, the first "
            "day a date can hold",
        ),
        (
            ("project", "--until", "2025-01-01", "--window", "99999999999999d"),
            2,
            "window: 99999999999999d ending 2024-11-19 would start before 0001-01-01, "
            "the first day a date can hold",
        ),
        (
            ("report", "--period", "2024..9999", "--by", "day", "--no-compare"),
            2,
            "by: 2024..9999 by day is 2,913,174 days; at most 100,000 buckets: choose "
            "a shorter window or a longer unit",
        ),
        (("report", "--year", "1"), 2, f"compare: 0001 {_NO_PREVIOUS}"),
    ]
    for args, code, message in cases:
        result = cli(*args)
        assert result.exit_code == code, args
        assert "Traceback" not in result.output
        if message is not None:
            assert result.output == f"frontline: error: {message}\n", args
    assert dump(db_path) == before


def test_windows_touching_year_1_and_9999_report_without_comparison(cli, db_path):
    _seeded(cli, db_path)
    for period in ("0001", "9999", "0001-W01", "0001..9999", "2024..9999"):
        result = cli("report", "--period", period, "--no-compare", "-f", "csv")
        assert result.exit_code == 0, period
    whole = cli(
        "report", "--period", "9999", "--by", "week", "--no-compare", "-f", "json"
    )
    assert whole.exit_code == 0
    assert cli("report", "--period", "0002", "-f", "csv").exit_code == 0


def test_bucket_count_matches_the_buckets():
    from datetime import date

    from frontline.model.periods import UNITS, bucket_count, buckets, span

    for start, end in [
        (date(2024, 1, 3), date(2025, 3, 1)),
        (date(1, 1, 1), date(1, 2, 1)),
        (date(9999, 11, 30), date(9999, 12, 31)),
        (date(2023, 12, 31), date(2024, 1, 1)),
    ]:
        window = span(start, end)
        for unit in UNITS:
            assert bucket_count(window, unit) == len(buckets(window, unit)), (
                start,
                unit,
            )


def test_periods_take_ascii_digits_only(cli, db_path):
    for period in ("２０２４", "2024-٠٩", "۲۰۲۴-Q1"):
        result = cli("report", "--period", period)
        assert result.exit_code == 2
        assert result.output == (
            f"frontline: error: period: {period!r} is not a period "
            "(use 2024, 2024-Q3, 2024-09, 2024-W36, 2024-09-01 or A..B)\n"
        )


# --- 4. malformed JSON, JSON Lines and GeoJSON ----------------------------------------

_FIGURE = (
    '"kind": "change", "actor": "a", "region": "b", '
    '"start": "2024-01-01", "end": "2024-01-02"'
)
_DEEP = "[" * 1000 + "]" * 1000


def _refused(cli, db_path, tmp_path, name: str, text: str, message: str) -> None:
    before = _seeded(cli, db_path)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = cli("import", str(path))
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert result.output == f"frontline: error: {path}{message}\n"
    assert dump(db_path) == before


def test_json_nested_1000_levels(cli, db_path, tmp_path):
    _refused(
        cli,
        db_path,
        tmp_path,
        "deep.json",
        f"[\n{_DEEP}\n]",
        ", line 2: invalid JSON: nested more than 500 levels deep",
    )


def test_jsonl_nested_1000_levels(cli, db_path, tmp_path):
    _refused(
        cli,
        db_path,
        tmp_path,
        "deep.jsonl",
        f'{{{_FIGURE}, "area_km2": 5}}\n{_DEEP}\n',
        ", line 2: invalid JSON: nested more than 500 levels deep",
    )


def test_geojson_nested_1000_levels(cli, db_path, tmp_path):
    _refused(
        cli,
        db_path,
        tmp_path,
        "map_20240101.geojson",
        f'{{"type": "FeatureCollection",\n"features": [{_DEEP}]}}',
        ", line 2: invalid JSON: nested too deeply (column 14)",
    )


def test_json_integer_over_4300_digits(cli, db_path, tmp_path):
    _refused(
        cli,
        db_path,
        tmp_path,
        "digits.json",
        f'[\n{{{_FIGURE},\n"area_km2": {"9" * 4301}}}\n]',
        ", line 3: invalid JSON: a number has more than 4,300 digits",
    )


def test_jsonl_integer_over_4300_digits(cli, db_path, tmp_path):
    _refused(
        cli,
        db_path,
        tmp_path,
        "digits.jsonl",
        f'{{{_FIGURE}, "area_km2": {"9" * 4301}}}\n',
        ", line 1: invalid JSON: a number has more than 4,300 digits",
    )


def test_digits_inside_a_string_are_not_mistaken_for_the_long_number(
    cli, db_path, tmp_path
):
    _refused(
        cli,
        db_path,
        tmp_path,
        "digits.json",
        f'[\n{{{_FIGURE}, "note": "{"1" * 5000}",\n"area_km2":\n{"9" * 4301}}}\n]',
        ", line 4: invalid JSON: a number has more than 4,300 digits",
    )


def test_integer_area_too_big_for_a_float(cli, db_path, tmp_path):
    _refused(
        cli,
        db_path,
        tmp_path,
        "huge.json",
        f'[{{{_FIGURE}, "area_km2": 1{"0" * 400}}}]',
        ", line 1: area_km2: '100000… (401 digits)' is larger than the Earth's "
        "surface (510 million km²)",
    )


def test_lone_surrogate(cli, db_path, tmp_path):
    _refused(
        cli,
        db_path,
        tmp_path,
        "surrogate.jsonl",
        f'{{{_FIGURE}, "area_km2": 5, "note": "\\ud800"}}\n',
        ", line 1: note: holds \\ud800, which is not text (half of a UTF-16 "
        "surrogate pair, or a byte that is not UTF-8)",
    )


def test_lone_surrogate_in_a_slug(cli, db_path, tmp_path):
    _refused(
        cli,
        db_path,
        tmp_path,
        "surrogate.json",
        '[{"kind": "change", "actor": "\\udcff", "region": "b", "start": "2024-01-01", '
        '"end": "2024-01-02", "area_km2": 5}]',
        ", line 1: actor: holds \\udcff, which is not text (half of a UTF-16 "
        "surrogate pair, or a byte that is not UTF-8)",
    )


def test_geojson_crs_with_null_properties(cli, db_path, tmp_path):
    _refused(
        cli,
        db_path,
        tmp_path,
        "map_20240101.geojson",
        '{"type": "FeatureCollection", "crs": {"properties": null}, "features": []}',
        ": crs: names no coordinate system (crs.properties.name); reproject the "
        "file to EPSG:4326",
    )


def test_duplicate_keys_in_json(cli, db_path, tmp_path):
    _refused(
        cli,
        db_path,
        tmp_path,
        "twice.json",
        f'[\n{{{_FIGURE},\n"area_km2": 5,\n"area_km2": 500}}\n]',
        ", line 4: invalid JSON: key 'area_km2' appears twice in one object",
    )


def test_duplicate_keys_in_jsonl(cli, db_path, tmp_path):
    _refused(
        cli,
        db_path,
        tmp_path,
        "twice.jsonl",
        f'{{{_FIGURE}, "area_km2": 5}}\n{{{_FIGURE}, "note": "a", "note": "b", "area_km2": 5}}\n',
        ", line 2: invalid JSON: key 'note' appears twice in one object",
    )


def test_duplicate_keys_in_geojson(cli, db_path, tmp_path):
    _refused(
        cli,
        db_path,
        tmp_path,
        "map_20240101.geojson",
        '{"type": "FeatureCollection",\n"features": [{"type": "Feature", "properties": {},\n'
        '"geometry": {"type": "Polygon", "coordinates": [[[30, 50], [31, 50], [31, 51], [30, 50]]],\n'
        '"coordinates": []}}]}',
        ", line 2: invalid JSON: duplicate key 'coordinates' (column 14)",
    )


def test_same_key_in_two_objects_is_fine():
    from frontline.formats.json import decode_json

    assert decode_json('[{"a": 1}, {"a": 2, "b": {"a": 3}}]', "x") == [
        {"a": 1},
        {"a": 2, "b": {"a": 3}},
    ]


# --- 5. spreadsheet formula injection ----------------------------------------------------

_FORMULAS = ['=HYPERLINK("x")', "+1", "-2", "@SUM(A1)", "\tx", "\rx", "'=x", "''-y"]


def _add_formula_records(cli, texts=tuple(_FORMULAS)) -> None:
    for number, text in enumerate(texts, 1):
        result = cli(
            "add",
            "5",
            "--actor",
            "a",
            "--region",
            "b",
            "--on",
            f"2024-01-{number:02d}",
            "--source",
            f"={number}",
            "--url",
            "-u",
            "--note",
            f"n{text}",
        )
        assert result.exit_code == 0
    # Notes are stripped on input; another tool can store one that starts badly.
    import sqlite3

    from frontline.store.db import locate, open_for_write

    conn = open_for_write(locate(None))
    with conn:
        for number, text in enumerate(texts, 1):
            conn.execute("UPDATE records SET note = ? WHERE id = ?", (text, number))
    conn.close()
    assert isinstance(conn, sqlite3.Connection)


def test_export_neutralises_formulas_and_import_restores_them(cli, db_path, tmp_path):
    # Values frontline itself stores never start with white space (input is
    # stripped), so the round trip is shown on the others; tab and CR below.
    _add_formula_records(cli, [t for t in _FORMULAS if t[0] not in "\t\r"])
    exported = cli("export", "-f", "csv").stdout
    lines = exported.splitlines()
    assert (
        lines[1]
        == '1,change,a,b,control,2024-01-01,2024-01-01,5.0,exact,\'=1,\'-u,,"\'=HYPERLINK(""x"")"'
    )
    assert (
        lines[4]
        == "4,change,a,b,control,2024-01-04,2024-01-04,5.0,exact,'=4,'-u,,'@SUM(A1)"
    )
    assert "'''-y" in exported and "''=x" in exported
    path = tmp_path / "out.csv"
    path.write_text(exported)
    other = tmp_path / "other.db"
    assert cli("--db", str(other), "import", str(path)).exit_code == 0
    again = cli("--db", str(other), "export", "-f", "json").stdout
    assert again == cli("export", "-f", "json").stdout
    assert cli("--db", str(other), "export", "-f", "csv").stdout == exported


def test_tab_and_carriage_return_are_neutralised(cli, db_path):
    _add_formula_records(cli)
    exported = cli("export", "-f", "csv").stdout
    assert (
        "\n5,change,a,b,control,2024-01-05,2024-01-05,5.0,exact,'=5,'-u,,'\tx\n"
        in exported
    )
    assert (
        "\n6,change,a,b,control,2024-01-06,2024-01-06,5.0,exact,'=6,'-u,,\"'\rx\"\n"
        in exported
    )


def test_raw_writes_cells_as_stored(cli, db_path):
    _add_formula_records(cli)
    raw = cli("export", "-f", "csv", "--raw").stdout.splitlines()
    assert (
        raw[1]
        == '1,change,a,b,control,2024-01-01,2024-01-01,5.0,exact,=1,-u,,"=HYPERLINK(""x"")"'
    )
    listed = cli("list", "-f", "csv", "--raw").stdout.splitlines()
    assert listed[1] == raw[1]


def test_every_csv_output_is_neutralised(cli, db_path):
    _add_formula_records(cli)
    commands = [
        ("list", "-f", "csv"),
        ("show", "1", "-f", "csv"),
        ("history", "-f", "csv"),
        ("report", "-f", "csv"),
        ("report", "--period", "2024-01", "--by", "day", "-f", "csv"),
        ("balance", "--region", "b", "-f", "csv"),
        ("project", "--until", "2024-02-01", "-f", "csv"),
        ("check", "-f", "csv"),
    ]
    import csv
    import io

    for args in commands:
        result = cli(*args)
        assert result.exit_code == 0, args
        for row in csv.reader(io.StringIO(result.stdout)):
            for cell in row:
                assert cell[:1] not in ("=", "+", "@", "\t", "\r"), (args, cell)
                assert not cell.startswith("-") or cell.lstrip("-")[:1].isdigit(), (
                    args,
                    cell,
                )
    report = cli("report", "-f", "csv").stdout.splitlines()
    assert report[1].startswith("a,b,control,'=1,")
    assert (
        cli("report", "-f", "csv", "--raw")
        .stdout.splitlines()[1]
        .startswith("a,b,control,=1,")
    )


def test_negative_numbers_are_not_mangled(cli, db_path):
    for day, area in (("2024-01-01", "100"), ("2024-02-01", "80")):
        assert (
            cli(
                "add", area, "--holding", "--actor", "a", "--region", "b", "--on", day
            ).exit_code
            == 0
        )
    result = cli(
        "report", "--period", "2024-01-02..2024-02-01", "--no-compare", "-f", "csv"
    )
    assert ",-20.0," in result.stdout
    assert "'-" not in result.stdout


def test_json_stays_exact(cli, db_path):
    _add_formula_records(cli)
    import json

    data = json.loads(cli("export", "-f", "json").stdout)
    assert [row["note"] for row in data] == _FORMULAS
    assert data[0]["source"] == "=1"


def test_restore_cell_undoes_neutralise():
    from frontline.render.formats import neutralise, restore_cell

    for text in [*_FORMULAS, "plain", "'quoted'", "'", "", "-", "''", "a=b"]:
        assert restore_cell(neutralise(text)) == text, text
    assert neutralise(-12.5) == -12.5
    assert neutralise("'quoted'") == "'quoted'"


# --- 6. terminal escape injection ---------------------------------------------------------

_TITLE = "\x1b]0;pwned\a"
_CLEAR = "\x1b[2J"
_NOTE = f"hi{_TITLE} {_CLEAR} \u202eevil \x85 \x7f"
_SHOWN = "hi\\x1b]0;pwned\\x07 \\x1b[2J \\u202eevil \\x85 \\x7f"
_UNSAFE = ("\x1b", "\a", "\u202e", "\x85", "\x7f")


def _add_hostile(cli) -> None:
    result = cli(
        "add",
        "5",
        "--actor",
        "a",
        "--region",
        "b",
        "--on",
        "2024-01-01",
        "--source",
        f"ISW{_CLEAR}",
        "--note",
        _NOTE,
        "--url",
        f"http://x/{_TITLE}",
    )
    assert result.exit_code == 0


def _clean(text: str) -> bool:
    return not any(char in text for char in _UNSAFE)


def test_show_escapes_control_characters(cli, db_path):
    _add_hostile(cli)
    result = cli("show", "1")
    assert f"note       {_SHOWN}\n" in result.stdout
    assert "source     ISW\\x1b[2J\n" in result.stdout
    assert _clean(result.stdout)


def test_tables_markdown_and_charts_escape_control_characters(cli, db_path):
    _add_hostile(cli)
    for args in [
        ("list",),
        ("list", "-f", "markdown"),
        ("history",),
        ("report",),
        ("report", "-f", "markdown"),
        ("report", "--period", "2024-01", "--by", "day"),
        ("chart",),
        ("balance", "--region", "b"),
        ("project", "--until", "2024-03-01"),
        ("check",),
    ]:
        result = cli(*args)
        assert result.exit_code == 0, args
        assert _clean(result.output), args
    assert "ISW\\x1b[2J" in cli("list").stdout
    assert "| ISW\\x1b[2J |" in cli("list", "-f", "markdown").stdout
    assert "a in b · ISW\\x1b[2J\n" in cli("chart").stdout


def test_csv_and_json_keep_the_data_exact(cli, db_path):
    _add_hostile(cli)
    import json

    assert json.loads(cli("show", "1", "-f", "json").stdout)["note"] == _NOTE
    assert _NOTE in cli("export", "-f", "csv").stdout


def test_messages_escape_file_names_and_values(cli, db_path, tmp_path):
    before = _seeded(cli, db_path)
    odd = tmp_path / f"x{_CLEAR}.csv"
    odd.write_text(
        f"kind,actor,region,start,end,area_km2,col{_TITLE}\nchange,a,b,2024-01-01,2024-01-02,5,x\n"
    )
    result = cli("import", "--dry-run", str(odd))
    assert result.exit_code == 0
    assert (
        "ignored columns that are not record fields (map them with --map FIELD=COLUMN): col\\x1b]0;pwned\\x07\n"
        in result.output
    )
    assert f"dry run: {tmp_path}/x\\x1b[2J.csv: would add 1" in result.output
    assert _clean(result.output)
    bad = tmp_path / f"y{_TITLE}.csv"
    bad.write_text(
        f"kind,actor,region,start,end,area_km2\nchange,a{_CLEAR},b,2024-01-01,2024-01-02,5\n"
    )
    refused = cli("import", str(bad))
    assert refused.exit_code == 2
    assert refused.output == (
        f"frontline: error: {tmp_path}/y\\x1b]0;pwned\\x07.csv, line 2: actor: "
        "'a\\x1b[2J' is not a valid name (letters, digits, '-', '_' and '.')\n"
    )
    assert dump(db_path) == before


def test_escape_control_rules():
    from frontline.render.formats import escape_control, escape_lines

    assert escape_control("a\nb\tc\x00\x9f\u2066\u2069\ud800é€") == (
        "a\\x0ab\\x09c\\x00\\x9f\\u2066\\u2069\\ud800é€"
    )
    assert escape_lines("one\x1b\ntwo") == "one\\x1b\ntwo"
    assert escape_control("plain – text ²") == "plain – text ²"


# --- 7. add -5ha -------------------------------------------------------------------------

_NEGATIVE = "is negative; record a loss as the other actor's gain"


def test_a_leading_minus_on_the_area_is_the_negative_area_error(cli, db_path):
    before = _seeded(cli, db_path)
    where = ("--actor", "a", "--region", "b", "--on", "2024-01-01")
    for args in [
        ("-5ha", *where),
        (*where, "-5ha"),
        ("-5", *where),
        ("-1,000", *where),
        ("-.5", *where),
        ("-5fa", *where),
        (*where, "--", "-5"),
    ]:
        result = cli("add", *args)
        assert result.exit_code == 2, args
        area = next(
            arg for arg in args if arg.startswith("-") and arg[1:2] in "0123456789."
        )
        assert result.output == f"frontline: error: area: {area!r} {_NEGATIVE}\n", args
    assert dump(db_path) == before


def test_an_option_value_may_start_with_minus(cli, db_path):
    result = cli(
        "add",
        "7",
        "--actor",
        "a",
        "--region",
        "b",
        "--on",
        "2024-01-01",
        "--note",
        "-5",
    )
    assert result.exit_code == 0
    assert cli("show", "1", "-f", "json").stdout.count('"note": "-5"') == 1
    assert "Usage: frontline add [OPTIONS] AREA" in cli("add", "-h").output


# --- 9. GeoJSON: never a silent wrong area ----------------------------------------------
# The map reader repairs each polygon and unions the features (ingest/shapes.py):
# each case below must measure what the map covers, not 0 nor the overlap twice.

_SQUARE = [[30, 50], [31, 50], [31, 51], [30, 51], [30, 50]]


def _map(*geometries) -> str:
    import json

    return json.dumps(
        {
            "type": "FeatureCollection",
            "features": [
                {"type": "Feature", "properties": {}, "geometry": geometry}
                for geometry in geometries
            ],
        }
    )


def _polygon(*rings) -> dict:
    return {"type": "Polygon", "coordinates": list(rings)}


def _map_import(cli, tmp_path, text: str, day: str = "20240101"):
    path = tmp_path / f"map_{day}.geojson"
    path.write_text(text)
    return path, cli(
        "import", str(path), "--set", "actor=russia", "--set", "region=ukraine"
    )


def _areas(cli) -> list[float]:
    import json

    return [row["area_km2"] for row in json.loads(cli("export", "-f", "json").stdout)]


def test_geojson_wrong_areas_are_repaired_not_summed(cli, db_path, tmp_path):
    shifted = [[30.5, 50], [31.5, 50], [31.5, 51], [30.5, 51], [30.5, 50]]
    union = [[30, 50], [31.5, 50], [31.5, 51], [30, 51], [30, 50]]
    bow_tie = [[30, 50], [31, 51], [31, 50], [30, 51], [30, 50]]
    hole_outside = [[32, 50], [32.5, 50], [32.5, 50.5], [32, 50]]
    cases = [
        _map(_polygon(_SQUARE)),
        _map(_polygon(_SQUARE), _polygon(shifted)),
        _map(_polygon(union)),
        _map(_polygon(bow_tie)),
        _map(_polygon(_SQUARE, hole_outside)),
    ]
    for day, text in enumerate(cases, 1):
        _, result = _map_import(cli, tmp_path, text, f"2024010{day}")
        assert result.exit_code == 0, result.output
    square, overlapping, union_area, bow, with_hole = _areas(cli)
    assert overlapping == pytest.approx(union_area, rel=1e-9)
    assert overlapping < 1.6 * square
    assert 0.45 * square < bow < 0.55 * square
    assert with_hole == pytest.approx(square, rel=1e-9)


def test_geojson_whole_globe_ring(cli, db_path, tmp_path):
    before = _seeded(cli, db_path)
    globe = [[-180, -90], [180, -90], [180, 90], [-180, 90], [-180, -90]]
    path, result = _map_import(cli, tmp_path, _map(_polygon(globe)))
    assert result.exit_code == 2
    assert result.output.startswith(
        f"frontline: error: {path}, feature 1: geometry: a ring "
    )
    assert "Traceback" not in result.output
    assert dump(db_path) == before


def test_geojson_coordinates_outside_degrees(cli, db_path, tmp_path):
    before = _seeded(cli, db_path)
    far = [[30, 50], [31, 50], [31, 91], [30, 50]]
    path, result = _map_import(cli, tmp_path, _map(_polygon(far)))
    assert result.exit_code == 2
    assert result.output.startswith(f"frontline: error: {path}, feature 1: geometry: ")
    assert "91" in result.output
    assert dump(db_path) == before


# --- 10. the smaller ones: schema checks and upgrades ------------------------------------


def _database_at(db_path: Path, stop_before: str, *rows: tuple) -> str:
    """A database left at an earlier schema holding `rows` (which the new checks
    may forbid); returns its dump."""
    import sqlite3

    from sqlite_utils import Database

    from frontline.store import db

    db_path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(db_path)
    db.build_migrations().apply(Database(conn), stop_before=stop_before)
    for row in rows:
        conn.execute(
            'INSERT INTO records (kind, actor, region, start, "end", area_km2, source, note) '
            "VALUES ('change', ?, ?, ?, ?, ?, ?, ?)",
            row,
        )
    conn.commit()
    conn.close()
    return dump(db_path)


_GOOD = ("russia", "ukraine", "2024-01-01", "2024-11-19", 2700, "ISW", None)


def test_upgrade_names_the_rows_the_new_checks_forbid(cli, db_path):
    before = _database_at(
        db_path,
        "0003_strict_values",
        _GOOD,
        ("russia", "kursk", "2024-12-31T00:00", "2024-12-31T00:00", 5, "", None),
        ("russia", "kursk", "2024-01-01", "2024-01-02", 5, "x" * 201, None),
        ("Russia Army", "kursk", "2024-01-01", "2024-01-02", 5, "", None),
        ("russia", "kursk", "2024-01-01", "2024-01-03", 5, "", "n" * 100_001),
    )
    for args in (
        ("list",),
        ("report",),
        ("add", "5", "--actor", "a", "--region", "b", "--on", "2024-01-01"),
    ):
        result = cli(*args)
        assert result.exit_code == 1, args
        assert result.output == (
            f"frontline: error: cannot upgrade {db_path} to schema 3 (0003_strict_values): "
            "record #2 has a start or end that is not a YYYY-MM-DD date; "
            "record #4 has an actor, region or layer that is not a slug (a-z, 0-9, '-', '_', '.'); "
            "record #3 has a name (actor, region, layer, source or url) over 200 characters; "
            "record #5 has a note over 100,000 characters. Nothing was changed. Correct or "
            "remove them with the sqlite3 tool (UPDATE records SET … WHERE id = …, or "
            "DELETE FROM records WHERE id IN (2, 4, 3, 5)), then run frontline again\n"
        )
        assert dump(db_path) == before


def test_upgrade_from_schema_1_names_rows_outside_the_plausible_years(cli, db_path):
    before = _database_at(
        db_path,
        "0002_plausible_figures",
        _GOOD,
        ("russia", "kursk", "1700-01-01", "1700-01-02", 5, "", None),
        ("russia", "kursk", "1700-01-03", "1700-01-04", 5, "", None),
    )
    result = cli("list")
    assert result.exit_code == 1
    assert result.output == (
        f"frontline: error: cannot upgrade {db_path} to schema 2 (0002_plausible_figures): "
        "records #2, #3 have a day outside the years 1800-2200. Nothing was changed. "
        "Correct or remove them with the sqlite3 tool (UPDATE records SET … WHERE id = …, "
        "or DELETE FROM records WHERE id IN (2, 3)), then run frontline again\n"
    )
    assert dump(db_path) == before


def test_once_fixed_the_upgrade_goes_through(cli, db_path):
    import sqlite3

    _database_at(
        db_path,
        "0003_strict_values",
        _GOOD,
        ("russia", "kursk", "2024-12-31T00:00", "2024-12-31T00:00", 5, "", None),
    )
    assert cli("list").exit_code == 1
    conn = sqlite3.connect(db_path)
    conn.execute(
        "UPDATE records SET start = '2024-12-31', \"end\" = '2024-12-31' WHERE id = 2"
    )
    conn.commit()
    conn.close()
    assert cli("list", "-f", "csv").stdout.count("\n") == 3


def test_the_schema_refuses_a_date_with_a_time(cli, db_path):
    import sqlite3

    import pytest

    assert cli("seed").exit_code == 0
    conn = sqlite3.connect(db_path)
    for column, value in (
        ("start", "2024-12-31T00:00"),
        ("published", "2024-02-30"),
        ("note", "n" * 100_001),
        ("actor", "Russia"),
        ("url", "u" * 201),
    ):
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(f'UPDATE records SET "{column}" = ? WHERE id = 1', (value,))
    conn.close()


def test_a_bad_date_written_around_the_checks_is_one_line(cli, db_path):
    import sqlite3

    assert cli("seed").exit_code == 0
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute(
        "UPDATE records SET \"end\" = '2024-12-31T00:00', start = '2024-12-31T00:00' WHERE id = 3"
    )
    conn.commit()
    conn.close()
    before = dump(db_path)
    listed = cli("list")
    assert listed.exit_code == 1
    assert listed.output == (
        "frontline: error: record #3 holds start '2024-12-31T00:00', which is not a "
        "YYYY-MM-DD date; fix it in the database (with the sqlite3 tool) or remove it\n"
    )
    for args in (("report",), ("show", "3"), ("export", "-f", "json"), ("check",)):
        result = cli(*args)
        assert result.exit_code == 1, args
        assert "Traceback" not in result.output
        assert "which is not a YYYY-MM-DD date" in result.output, args
    assert dump(db_path) == before


# --- 10. the smaller ones -----------------------------------------------------------------


def test_a_csv_field_over_131072_characters_gets_the_validators_message(
    cli, db_path, tmp_path
):
    before = _seeded(cli, db_path)
    path = tmp_path / "long.csv"
    path.write_text(
        "kind,actor,region,start,end,area_km2,note\n"
        f"change,a,b,2024-01-01,2024-01-02,5,{'n' * 150_000}\n"
    )
    result = cli("import", str(path))
    assert result.exit_code == 2
    assert result.output == (
        f"frontline: error: {path}, line 2: note: is 150,000 characters long; "
        "at most 100,000 are kept\n"
    )
    assert dump(db_path) == before


def test_the_longest_note_survives_export_and_import(cli, db_path, tmp_path):
    note = "=" + "n" * 99_999
    assert (
        cli(
            "add",
            "5",
            "--actor",
            "a",
            "--region",
            "b",
            "--on",
            "2024-01-01",
            "--note",
            note,
        ).exit_code
        == 0
    )
    exported = tmp_path / "all.csv"
    assert cli("export", "-o", str(exported)).exit_code == 0
    other = tmp_path / "other.db"
    assert cli("--db", str(other), "import", str(exported)).exit_code == 0
    assert (
        cli("--db", str(other), "export", "-f", "json").stdout
        == cli("export", "-f", "json").stdout
    )


def test_names_and_notes_have_a_length_limit(cli, db_path):
    before = _seeded(cli, db_path)
    where = ("--on", "2024-01-01")
    cases = [
        (
            ("--actor", "a" * 201, "--region", "b"),
            "actor: is 201 characters long; at most 200 are kept",
        ),
        (
            ("--actor", "a", "--region", "r" * 201),
            "region: is 201 characters long; at most 200 are kept",
        ),
        (
            ("--actor", "a", "--region", "b", "--layer", "l" * 201),
            "layer: is 201 characters long; at most 200 are kept",
        ),
        (
            ("--actor", "a", "--region", "b", "--source", "s" * 201),
            "source: is 201 characters long; at most 200 are kept",
        ),
        (
            ("--actor", "a", "--region", "b", "--url", "u" * 201),
            "url: is 201 characters long; at most 200 are kept",
        ),
        (
            ("--actor", "a", "--region", "b", "--note", "n" * 100_001),
            "note: is 100,001 characters long; at most 100,000 are kept",
        ),
    ]
    for args, message in cases:
        result = cli("add", "5", *args, *where)
        assert result.exit_code == 2, message
        assert result.output == f"frontline: error: {message}\n"
    assert (
        cli(
            "add",
            "5",
            "--actor",
            "a" * 200,
            "--region",
            "b",
            "--source",
            "s" * 200,
            *where,
        ).exit_code
        == 0
    )
    assert dump(db_path) != before


def test_a_symlink_loop_is_not_an_empty_database(cli, tmp_path):
    loop = tmp_path / "loop.db"
    loop.symlink_to(loop)
    for args in (
        ("list",),
        ("report",),
        ("add", "5", "--actor", "a", "--region", "b", "--on", "2024-01-01"),
    ):
        result = cli("--db", str(loop), *args)
        assert result.exit_code == 2, args
        assert result.output == (
            f"frontline: error: db: {loop} is a loop of symbolic links, not a database file\n"
        )


def test_a_read_leaves_a_0_byte_file_as_it_is(cli, tmp_path):
    empty = tmp_path / "empty.db"
    empty.touch()
    result = cli("--db", str(empty), "list")
    assert result.exit_code == 1
    assert result.output == (
        f"frontline: error: no database at {empty}: it is an empty file "
        "(create one with `frontline add`, `import` or `seed`)\n"
    )
    assert cli("--db", str(empty), "report", "-f", "csv").exit_code == 1
    assert empty.read_bytes() == b""
    assert (
        cli(
            "--db",
            str(empty),
            "add",
            "5",
            "--actor",
            "a",
            "--region",
            "b",
            "--on",
            "2024-01-01",
        ).exit_code
        == 0
    )
    assert empty.read_bytes()[:16] == b"SQLite format 3\x00"


def test_a_full_disk_is_said_to_be_full(cli, db_path, monkeypatch):
    import os
    import sqlite3
    from types import SimpleNamespace

    from frontline.store import records

    before = _seeded(cli, db_path)

    def disk_io_error(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(records, "write_records", disk_io_error)
    monkeypatch.setattr(
        os, "statvfs", lambda path: SimpleNamespace(f_bavail=3, f_frsize=4096)
    )
    result = cli("add", "5", "--actor", "a", "--region", "b", "--on", "2024-01-01")
    assert result.exit_code == 1
    assert result.output == (
        f"frontline: error: the disk holding {db_path} is full (12,288 bytes free); "
        "free some space and try again (SQLite: disk I/O error)\n"
    )
    monkeypatch.setattr(
        os, "statvfs", lambda path: SimpleNamespace(f_bavail=10**9, f_frsize=4096)
    )
    other = cli("add", "5", "--actor", "a", "--region", "b", "--on", "2024-01-01")
    assert other.output == "frontline: error: database error: disk I/O error\n"
    assert dump(db_path) == before


def test_dates_take_ascii_digits_only(cli, db_path):
    result = cli("add", "5", "--actor", "a", "--region", "b", "--on", "２０２４-01-01")
    assert result.exit_code == 2
    assert result.output == (
        "frontline: error: on: '２０２４-01-01' is not a date (use YYYY-MM-DD or a "
        "written date like '19 Nov 2024')\n"
    )


def test_the_fast_csv_export_neutralises_as_the_record_path_does(tmp_path):
    import io

    from frontline.ingest import export as io_export
    from frontline.store import db
    from frontline.store import records as store

    conn = db.open_for_write(db.Location(tmp_path / "f.db", "--db"))
    texts = ["=1", "+2", "-3", "@4", "\tx", "'=5", "''-6", "'q'", "plain", "a=b", "'"]
    for number, text in enumerate(texts, 1):
        conn.execute(
            'INSERT INTO records (kind, actor, region, start, "end", area_km2, source, '
            "url, note) VALUES ('change', 'a', 'b', ?, ?, 5, ?, ?, ?)",
            (f"2024-01-{number:02d}",) * 2 + (text, text, text),
        )
    conn.commit()
    for raw in (False, True):
        fast, slow = io.StringIO(), io.StringIO()
        rows = store.iter_record_values(conn, neutralise=not raw)
        io_export.write_csv_values(rows, fast)
        io_export.write_records(store.iter_records(conn), "csv", slow, raw=raw)
        assert fast.getvalue() == slow.getvalue(), raw
    assert not store.has_carriage_return(conn)
    conn.execute("UPDATE records SET note = 'a\rb' WHERE id = 1")
    assert store.has_carriage_return(conn)
