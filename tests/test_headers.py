"""Spreadsheets as they come (issue 17): headers as people write them, any of
the common delimiters, encodings named or refused, and numbers whose decimal
mark is never guessed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from conftest import dump
from frontline.ingest.plan import header_key
from frontline.model.decimals import decimal_mark_of, read_number, with_decimal_mark

NEWSROOM = (
    '"Date","Area (sq km)","Who","Where","Source"\n'
    '"2024-11-19","110649","Russia","Ukraine","ISW"\n'
)


def rows(
    db_path: Path,
    columns: str = 'kind, actor, region, start, "end", area_km2, bound, source',
):
    with sqlite3.connect(db_path) as conn:
        return conn.execute(f"SELECT {columns} FROM records ORDER BY id").fetchall()


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


# --- headers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("Area (sq km)", ("area", "km2")),
        ("Area (sq mi)", ("area", "mi2")),
        ("area, ha", ("area", "ha")),
        ("Area [km²]", ("area", "km2")),
        ("km²", ("km2", "km2")),
        ("Hectares", ("hectares", "ha")),
        ("As of", ("asof", None)),
        ("Who?", ("who", None)),
        ("  SOURCE ", ("source", None)),
        ("area_km2", ("area", "km2")),
    ],
)
def test_header_keys(header, key):
    assert header_key(header) == key


def test_the_issues_header_needs_no_mapping(cli, db_path, tmp_path):
    path = write(tmp_path / "newsroom.csv", NEWSROOM)
    result = cli("import", str(path), "--kind", "holding")
    assert result.exit_code == 0, result.output
    assert rows(db_path) == [
        (
            "holding",
            "russia",
            "ukraine",
            "2024-11-19",
            "2024-11-19",
            110649.0,
            "exact",
            "ISW",
        )
    ]
    assert "ignored" not in result.stderr  # `Source` is read, not noted


def test_synonyms_for_a_change(cli, db_path, tmp_path):
    path = write(
        tmp_path / "changes.csv",
        "From,To,Side,Oblast,Size,Publisher,Link,Comments\n"
        "2024-09-01,2024-11-03,Russia,Donetsk,1000,ISW,https://example.org,more than\n",
    )
    assert cli("import", str(path)).exit_code == 0
    assert rows(db_path, 'actor, region, start, "end", area_km2, source, url, note') == [
        ("russia", "donetsk", "2024-09-01", "2024-11-03", 1000.0, "ISW",
         "https://example.org", "more than")
    ]  # fmt: skip


def test_a_date_beside_from_is_the_last_day(cli, db_path, tmp_path):
    path = write(
        tmp_path / "a.csv",
        "From,Date,Who,Where,km2\n2024-09-01,2024-11-03,russia,ukraine,1000\n",
    )
    assert cli("import", str(path)).exit_code == 0
    assert rows(db_path, 'start, "end"') == [("2024-09-01", "2024-11-03")]


def test_a_unit_in_the_header_converts_the_column(cli, db_path, tmp_path):
    path = write(
        tmp_path / "miles.csv",
        "As of,Area (sq mi),Who,Where\n2024-11-19,100,russia,ukraine\n"
        "2024-11-20,50 km2,russia,ukraine\n",
    )
    assert cli("import", str(path), "--kind", "holding").exit_code == 0
    # 1 mi² = 2.589988110336 km² by definition; a cell naming its own unit keeps it.
    assert rows(db_path, "area_km2") == [(100 * 2.589988110336,), (50.0,)]


def test_hectares_header(cli, db_path, tmp_path):
    path = write(tmp_path / "ha.csv", "on,Hectares,actor,region\n2024-11-19,1250,a,b\n")
    assert cli("import", str(path), "--kind", "holding").exit_code == 0
    assert rows(db_path, "area_km2") == [(12.5,)]


def test_every_missing_field_in_one_error(cli, db_path, tmp_path):
    path = write(
        tmp_path / "sheet.csv", "Datum,Fläche,Wer,Wo,Quelle\n2024-11-19,5,a,b,c\n"
    )
    result = cli("import", str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {path}, line 1: no column for the fields actor, region, "
        "end (or on), area (columns seen: 'Datum', 'Fläche', 'Wer', 'Wo', 'Quelle'); "
        "give --map actor=COLUMN --map region=COLUMN --map end=COLUMN "
        "--map area=COLUMN, or --set FIELD=VALUE for a value every row shares\n"
    )
    assert dump(db_path) == ""
    fixed = cli(
        "import", str(path), "--kind", "holding", "--map", "actor=Wer",
        "--map", "region=Wo", "--map", "on=Datum", "--map", "area=Fläche",
        "--map", "source=Quelle",
    )  # fmt: skip
    assert fixed.exit_code == 0, fixed.output
    assert rows(db_path, "actor, region, area_km2, source") == [("a", "b", 5.0, "c")]


def test_set_counts_as_a_column(cli, db_path, tmp_path):
    path = write(tmp_path / "a.csv", "Date,Area\n2024-11-19,5\n")
    result = cli("import", str(path), "--kind", "holding", "--set", "actor=russia")
    assert result.exit_code == 2
    assert (
        "no column for the field region (columns seen: 'Date', 'Area')" in result.stderr
    )


def test_map_finds_a_column_whatever_its_case(cli, db_path, tmp_path):
    path = write(tmp_path / "a.csv", "DAY,Area,Who,Where\n2024-11-19,5,a,b\n")
    result = cli("import", str(path), "--kind", "holding", "--map", "on=day")
    assert result.exit_code == 0, result.output


def test_two_columns_for_one_field_are_refused(cli, db_path, tmp_path):
    path = write(tmp_path / "a.csv", "Date,Who,Side,Where,Area\n2024-11-19,a,b,c,5\n")
    result = cli("import", str(path), "--kind", "holding")
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {path}, line 1: columns 'Who' and 'Side' both read as "
        "actor; give --map actor=COLUMN to say which\n"
    )


def test_an_exact_field_name_wins_over_a_synonym(cli, db_path, tmp_path):
    path = write(tmp_path / "a.csv", "on,actor,Who,region,area\n2024-11-19,a,b,c,5\n")
    result = cli("import", str(path), "--kind", "holding")
    assert result.exit_code == 0
    assert rows(db_path, "actor") == [("a",)]
    assert (
        "ignored columns that are not record fields (map them with --map FIELD=COLUMN): Who"
        in result.stderr
    )


# --- delimiters and encodings -------------------------------------------------------


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_delimiters_are_read_from_the_header(cli, db_path, tmp_path, delimiter):
    text = NEWSROOM.replace('","', f'"{delimiter}"')
    path = write(tmp_path / "sheet.csv", text)
    result = cli("import", str(path), "--kind", "holding")
    assert result.exit_code == 0, result.output
    assert rows(db_path, "actor, area_km2, source") == [("russia", 110649.0, "ISW")]


def test_a_semicolon_file_with_decimal_commas(cli, db_path, tmp_path):
    path = write(
        tmp_path / "de.csv",
        "Datum;Fläche km2;Wer;Wo\n"
        "2024-11-19;110.649;russia;ukraine\n"
        "2024-11-20;110.700,5;russia;ukraine\n",
    )
    result = cli("import", str(path), "--kind", "holding", "--map", "on=Datum",
                 "--map", "actor=Wer", "--map", "region=Wo", "--map", "area=Fläche km2")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert rows(db_path, "area_km2") == [(110649.0,), (110700.5,)]


def test_delimiter_option_wins(cli, db_path, tmp_path):
    path = write(tmp_path / "a.txt", "on;actor;region;area\n2024-11-19;a;b;5\n")
    result = cli("import", str(path), "--format", "csv", "--delimiter", "tab",
                 "--kind", "holding")  # fmt: skip
    assert result.exit_code == 2  # one column named "on;actor;region;area"
    result = cli("import", str(path), "--format", "csv", "--delimiter", ";",
                 "--kind", "holding")  # fmt: skip
    assert result.exit_code == 0, result.output


def test_a_header_that_reads_two_ways_asks_for_the_delimiter(cli, db_path, tmp_path):
    path = write(tmp_path / "a.csv", "on;actor,region;area,x\n")
    result = cli("import", str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {path}, line 1: cannot tell the delimiter: the header "
        "has as many comma and semicolon characters; give --delimiter\n"
    )


def test_unknown_delimiter_is_refused(cli, tmp_path):
    path = write(tmp_path / "a.csv", NEWSROOM)
    result = cli("import", str(path), "--delimiter", "::")
    assert result.exit_code == 2
    assert result.stderr.startswith("frontline: error: delimiter: '::' is not one of")


def test_utf8_with_and_without_bom(cli, db_path, tmp_path):
    text = "on,actor,region,area,note\n2024-11-19,a,b,5,Київ\n"
    plain = write(tmp_path / "plain.csv", text)
    bom = tmp_path / "bom.csv"
    bom.write_bytes(b"\xef\xbb\xbf" + text.replace("2024-11-19", "2024-11-20").encode())
    assert cli("import", str(plain), str(bom), "--kind", "holding").exit_code == 0
    assert rows(db_path, "note") == [("Київ",), ("Київ",)]


def test_cp1252_is_refused_naming_encoding_then_read(cli, db_path, tmp_path):
    path = write(
        tmp_path / "win.csv",
        "on;actor;region;area;note\n2024-11-19;a;b;5;café – 2 km²\n",
        encoding="cp1252",
    )
    refused = cli("import", str(path), "--kind", "holding")
    assert refused.exit_code == 2
    assert refused.stderr == (
        f"frontline: error: {path}: is not UTF-8 text (byte 0xe9); give its "
        "encoding with --encoding (cp1252 for Western European Windows files, "
        "cp1251 for Cyrillic ones) or save it as UTF-8\n"
    )
    assert dump(db_path) == ""
    read = cli("import", str(path), "--kind", "holding", "--encoding", "cp1252")
    assert read.exit_code == 0, read.output
    assert rows(db_path, "note") == [("café – 2 km²",)]


def test_unknown_encoding_is_refused(cli, tmp_path):
    path = write(tmp_path / "a.csv", NEWSROOM)
    result = cli("import", str(path), "--encoding", "klingon")
    assert (result.exit_code, result.stderr) == (
        2,
        "frontline: error: encoding: 'klingon' is not an encoding\n",
    )


# --- numbers that read two ways --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("2.700", "?"),
        ("1,171", "?"),
        ("~2.700 km2", "?"),
        (">1,171", "?"),
        ("110,649", "?"),
        ("0.500", "."),  # a thousands group never starts with 0
        ("12.5", "."),
        ("1234.567", "."),
        ("1,234.5", "."),
        ("1,234,567", "."),
        ("12,5", ","),
        ("1.234,5", ","),
        ("1.234.567", ","),
        ("2700", None),
        ("110 649", None),
    ],
)
def test_decimal_mark_of(text, mark):
    assert decimal_mark_of(text) == mark


def test_a_comma_decimal_is_read_by_swapping_the_marks():
    assert with_decimal_mark("~1.171,5 km2", ",") == "~1,171.5 km2"
    assert read_number("2.700", ",") == "2,700"
    assert read_number("12,5", None) == "12.5"


@pytest.mark.parametrize("value", ["2.700", "1,171"])
def test_an_ambiguous_area_is_refused_naming_the_cell(cli, db_path, tmp_path, value):
    path = write(
        tmp_path / "a.csv",
        f'on,actor,region,area\n2024-11-19,a,b,5\n2024-11-20,a,b,"{value}"\n',
    )
    result = cli("import", str(path), "--kind", "holding")
    assert result.exit_code == 2
    low, high = ("2.7", "2700") if value == "2.700" else ("1.171", "1171")
    assert result.stderr == (
        f"frontline: error: {path}, line 3: area: column 'area': '{value}' reads "
        f"two ways ({low} or {high}); give --decimal . or --decimal , to say which "
        "mark is the decimal one\n"
    )
    assert dump(db_path) == ""


@pytest.mark.parametrize(
    ("decimal", "areas"),
    [(",", [2700.0, 1171.5, 1.171]), (".", None)],
)
def test_decimal_option_settles_it(cli, db_path, tmp_path, decimal, areas):
    path = write(
        tmp_path / "a.csv",
        'on;actor;region;area\n2024-11-19;a;b;2.700\n2024-11-20;a;b;"1.171,5"\n'
        "2024-11-21;a;b;1,171\n",
    )
    result = cli("import", str(path), "--kind", "holding", "--decimal", decimal)
    if areas is None:  # 1.171,5 cannot have "." as its decimal mark
        assert result.exit_code == 2
        assert result.stderr == (
            f"frontline: error: {path}, line 3: area: column 'area': '1.171,5' has "
            "',' as its decimal mark, but --decimal . was given\n"
        )
        return
    assert result.exit_code == 0, result.output
    assert [area for (area,) in rows(db_path, "area_km2")] == areas


@pytest.mark.parametrize(
    ("settler", "expected"),
    [("1,234.5", [2.7, 1234.5]), ("12,5", [2700.0, 12.5]), ("0.25", [2.7, 0.25])],
)
def test_the_same_column_settles_it_before_or_after(
    cli, db_path, tmp_path, settler, expected
):
    path = write(
        tmp_path / "a.csv",
        f'on\tactor\tregion\tarea\n2024-11-19\ta\tb\t2.700\n2024-11-20\ta\tb\t"{settler}"\n',
    )
    result = cli("import", str(path), "--kind", "holding")
    assert result.exit_code == 0, result.output
    assert [area for (area,) in rows(db_path, "area_km2")] == expected


def test_a_column_with_both_marks_is_refused(cli, db_path, tmp_path):
    path = write(
        tmp_path / "a.csv",
        'on,actor,region,area\n2024-11-19,a,b,12.5\n2024-11-20,a,b,"12,5"\n',
    )
    result = cli("import", str(path), "--kind", "holding")
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {path}, line 3: area: column 'area': '12,5' has ',' as "
        "its decimal mark, but line 2 ('12.5') has '.'; give --decimal . or "
        "--decimal ,\n"
    )


def test_stdin_is_settled_by_what_came_before(cli, db_path):
    text = "on,actor,region,area\n2024-11-19,a,b,12.5\n2024-11-20,a,b,2.700\n"
    result = cli("import", "-", "--kind", "holding", input=text)
    assert result.exit_code == 0, result.output
    assert [area for (area,) in rows(db_path, "area_km2")] == [12.5, 2.7]


def test_an_export_reads_back_with_its_own_decimal_mark(cli, db_path, tmp_path):
    cli(
        "add",
        "1.125",
        "--decimal",
        ".",
        "--actor",
        "a",
        "--region",
        "b",
        "--on",
        "2024-01-01",
    )
    exported = cli("export").stdout
    assert "1.125" in exported
    again = tmp_path / "again.db"
    path = write(tmp_path / "e.csv", exported)
    assert cli("--db", str(again), "import", str(path)).exit_code == 0
    assert cli("--db", str(again), "export").stdout == exported


def test_json_numbers_are_never_ambiguous(cli, db_path, tmp_path):
    path = write(
        tmp_path / "a.json",
        '[{"on": "2024-11-19", "actor": "a", "region": "b", "area": 2.7}]',
    )
    assert cli("import", str(path), "--kind", "holding").exit_code == 0
    assert rows(db_path, "area_km2") == [(2.7,)]


@pytest.mark.parametrize(
    ("args", "area"),
    [
        (["2.700", "--decimal", ","], 2700.0),
        (["2.700", "--decimal", "."], 2.7),
        (["~1.171,5", "--decimal", ","], 1171.5),
        (["1,171", "--decimal", "."], 1171.0),
        (["2700"], 2700.0),
        (["12.5"], 12.5),
        (["1,234.5"], 1234.5),
    ],
)
def test_add_follows_the_same_rule(cli, db_path, args, area):
    result = cli("add", *args, "--actor", "a", "--region", "b", "--on", "2024-01-01")
    assert result.exit_code == 0, result.output
    assert rows(db_path, "area_km2") == [(area,)]


@pytest.mark.parametrize("value", ["2.700", "1,171", "~2,700"])
def test_add_refuses_an_ambiguous_area(cli, db_path, value):
    result = cli("add", value, "--actor", "a", "--region", "b", "--on", "2024-01-01")
    assert result.exit_code == 2
    number = value.lstrip("~")
    low = {"2.700": "2.7", "1,171": "1.171", "2,700": "2.7"}[number]
    high = number.replace(",", "").replace(".", "")
    assert result.stderr == (
        f"frontline: error: area: '{value}' reads two ways ({low} or {high}); "
        "give --decimal . or --decimal , to say which mark is the decimal one\n"
    )
    assert not db_path.exists()


def test_edit_area_follows_the_same_rule(cli, db_path):
    cli("add", "5", "--actor", "a", "--region", "b", "--on", "2024-01-01")
    assert cli("edit", "1", "--area", "2.700").exit_code == 2
    assert cli("edit", "1", "--area", "2.700", "--decimal", ",").exit_code == 0
    assert rows(db_path, "area_km2") == [(2700.0,)]


def test_decimal_option_takes_only_a_mark(cli, db_path):
    result = cli("add", "5", "--decimal", ";", "--actor", "a", "--region", "b",
                 "--on", "2024-01-01")  # fmt: skip
    assert (result.exit_code, result.stderr) == (
        2,
        "frontline: error: decimal: ';' is not . or ,\n",
    )


def test_json_text_areas_follow_the_rule_key_by_key(cli, db_path, tmp_path):
    path = write(
        tmp_path / "a.jsonl",
        '{"on": "2024-11-19", "actor": "a", "region": "b", "area": "~2,700 km2"}\n'
        '{"on": "2024-11-20", "actor": "a", "region": "b", "area": "12,5"}\n',
    )
    result = cli("import", str(path), "--kind", "holding")
    assert result.exit_code == 0, result.output  # 12,5 settles the key: 2.7
    assert rows(db_path, "area_km2, bound") == [(2.7, "approx"), (12.5, "exact")]
    alone = write(
        tmp_path / "b.json",
        '[{"on": "2024-11-21", "actor": "a", "region": "b", "area": "1,171"}]',
    )
    refused = cli("import", str(alone), "--kind", "holding")
    assert refused.exit_code == 2
    assert refused.stderr == (
        f"frontline: error: {alone}, line 1: area: key 'area': '1,171' reads two "
        "ways (1.171 or 1171); give --decimal . or --decimal , to say which mark "
        "is the decimal one\n"
    )


def test_set_area_follows_the_rule(cli, db_path, tmp_path):
    path = write(tmp_path / "a.csv", "on,actor,region\n2024-11-19,a,b\n")
    refused = cli("import", str(path), "--kind", "holding", "--set", "area=2.700")
    assert refused.exit_code == 2
    assert refused.stderr.startswith("frontline: error: set: '2.700' reads two ways")
    read = cli("import", str(path), "--kind", "holding", "--set", "area=2.700",
               "--decimal", ",")  # fmt: skip
    assert read.exit_code == 0, read.output
    assert rows(db_path, "area_km2") == [(2700.0,)]
