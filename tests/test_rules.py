"""Import rules: the issue's ISW example row by row, counts on the summary line,
and one exact refusal for each way a rules file can be wrong."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from frontline.errors import InputError
from frontline.ingest.rules import load_rules

FIXTURES = Path(__file__).parent / "fixtures"
TABLE = FIXTURES / "isw_daily_layers.csv"
RULES = FIXTURES / "isw_rules.toml"
OPTIONS = (
    "--kind", "holding", "--map", "end=date", "--map", "area=areaKm2",
    "--map", "layer=layerType", "--set", "actor=russia", "--set", "region=ukraine",
    "--set", "source=ISW",
)  # fmt: skip


def stored(db_path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute(
            'SELECT actor, region, layer, "end", area_km2 FROM records ORDER BY id'
        ).fetchall()


def last_line(stderr: str) -> str:
    return re.sub(r" in \d+\.\d s", " in T s", stderr.strip().splitlines()[-1])


def test_the_issues_example_reads_each_row_as_published(cli, db_path):
    result = cli("import", str(TABLE), "--rules", str(RULES), *OPTIONS)
    assert result.exit_code == 0, result.output
    assert stored(db_path) == [
        ("russia", "ukraine", "control", "2024-11-16", 110584.1),
        ("russia", "ukraine", "advances", "2024-11-16", 111902.5),
        ("ukraine", "ukraine", "counteroffensives", "2024-11-16", 1011.4),
        ("russia", "kursk", "advances", "2024-11-16", 593.2),
        ("russia", "ukraine", "control", "2024-11-17", 110602.4),
        ("russia", "ukraine", "advances", "2024-11-17", 111930.8),
        ("ukraine", "ukraine", "counteroffensives", "2024-11-17", 1011.9),
        ("russia", "kursk", "advances", "2024-11-17", 601.0),
    ]
    assert last_line(result.stderr) == (
        f"imported {TABLE}: 8 added, 0 updated, 0 skipped, 0 already present in T s; "
        "rules: rule 1 took 2 rows, rule 2 took 2 rows, rule 3 skipped 3 rows, "
        "4 rows matched no rule"
    )


def test_a_rule_that_matches_no_row_is_noted(cli, db_path, tmp_path):
    rules = tmp_path / "r.toml"
    rules.write_text(
        RULES.read_text()
        + '[[rule]]\nmatch = { layerType = "kursk_ukrainian_advances" }\n'
        'set = { actor = "ukraine" }\n'
    )
    result = cli("import", str(TABLE), "--rules", str(rules), *OPTIONS)
    assert result.exit_code == 0
    assert f"note: {rules}: rule 4 matched no row\n" in result.stderr
    assert "rule 4 took 0 rows" in result.stderr


def test_the_first_matching_rule_wins_and_beats_set(cli, db_path, tmp_path):
    rules = tmp_path / "r.toml"
    rules.write_text(
        '[[rule]]\nmatch = { layerType = "control", date = "2024-11-16" }\n'
        'set = { source = "ISW control map" }\n'
        '[[rule]]\nmatch = { layerType = "control" }\nset = { note = "second" }\n'
        '[[rule]]\nmatch = { layerType = ["advances", "ukrainian_counteroffensives",'
        ' "kursk_russian_advances", "partisan_warfare", "ukraine_other"] }\n'
        "skip = true\n"
    )
    result = cli("import", str(TABLE), "--rules", str(rules), *OPTIONS)
    assert result.exit_code == 0, result.output
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute(
            'SELECT "end", source, note FROM records ORDER BY id'
        ).fetchall() == [
            ("2024-11-16", "ISW control map", None),
            ("2024-11-17", "ISW", "second"),
        ]


def test_rules_work_on_json_lines(cli, db_path, tmp_path):
    table = tmp_path / "t.jsonl"
    table.write_text(
        '{"date": "2024-11-16", "layerType": "ukrainian_counteroffensives", '
        '"areaKm2": 1011.4}\n'
        '{"date": "2024-11-16", "layerType": "partisan_warfare", "areaKm2": 12}\n'
    )
    result = cli("import", str(table), "--rules", str(RULES), *OPTIONS)
    assert result.exit_code == 0, result.output
    assert stored(db_path) == [
        ("ukraine", "ukraine", "counteroffensives", "2024-11-16", 1011.4)
    ]


def test_a_field_only_rules_give_is_not_missing(cli, db_path, tmp_path):
    rules = tmp_path / "r.toml"
    rules.write_text(
        '[[rule]]\nmatch = { layerType = "control" }\nset = { actor = "russia" }\n'
    )
    table = tmp_path / "t.csv"
    table.write_text("date,layerType,areaKm2\n2024-11-16,control,5\n2024-11-16,x,6\n")
    options = [o for o in OPTIONS if o != "actor=russia"]
    options.remove("--set")
    result = cli("import", str(table), "--rules", str(rules), *options)
    assert result.exit_code == 2
    assert result.stderr == f"frontline: error: {table}, line 3: actor: is required\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "[[rule]\nmatch = {}",
            "rules: invalid TOML: Expected ']]' at the end of an array declaration "
            "(at line 1, column 7)",
        ),
        (
            'title = "x"\n',
            "rules: unknown key 'title'; a rules file holds [[rule]] tables",
        ),
        ("", "rules: has no [[rule]] tables"),
        (
            '[[rule]]\nmatch = { a = "b" }\nset = { actr = "x" }\n',
            "rule 1: set: 'actr' is not a record field (fields: id, kind, actor, "
            "region, layer, start, end, area_km2, bound, source, url, published, "
            "note, on, area)",
        ),
        (
            '[[rule]]\nset = { actor = "x" }\n',
            "rule 1: match: give the columns to match: match = { column = value }",
        ),
        (
            '[[rule]]\nmatch = { a = "b" }\n',
            "rule 1: give either set = { … } or skip = true",
        ),
        (
            '[[rule]]\nmatch = { a = "b" }\nskip = true\nset = { actor = "x" }\n',
            "rule 1: give either set = { … } or skip = true",
        ),
        (
            '[[rule]]\nmatch = { a = "b" }\nskip = "yes"\n',
            "rule 1: skip: must be true or false",
        ),
        (
            "[[rule]]\nmatch = { a = [] }\nskip = true\n",
            "rule 1: match: a: give text, a number or a list of them",
        ),
        (
            '[[rule]]\nmatch = { a = "b" }\nskip = true\nwhen = 1\n',
            "rule 1: when: is not a rule key (match, set, skip)",
        ),
    ],
    ids=[
        "not-toml",
        "unknown-key",
        "empty",
        "unknown-field",
        "no-match",
        "no-action",
        "both-actions",
        "skip-not-bool",
        "empty-list",
        "unknown-rule-key",
    ],
)
def test_a_wrong_rules_file_is_refused_before_reading(
    cli, db_path, tmp_path, text, message
):
    rules = tmp_path / "r.toml"
    rules.write_text(text)
    result = cli("import", str(TABLE), "--rules", str(rules), *OPTIONS)
    assert result.exit_code == 2
    where = f"{rules}, " if message.startswith("rule ") else f"{rules}: "
    assert result.stderr == f"frontline: error: {where}{message}\n"
    assert not db_path.exists()


def test_a_rule_on_a_column_the_table_lacks_is_refused(cli, db_path, tmp_path):
    rules = tmp_path / "r.toml"
    rules.write_text('[[rule]]\nmatch = { layer_type = "x" }\nskip = true\n')
    result = cli("import", str(TABLE), "--rules", str(rules), *OPTIONS)
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {rules}, rule 1: match: no column 'layer_type' in "
        f"{TABLE} (the header has: date, layerType, areaKm2)\n"
    )


def test_a_missing_rules_file(cli, db_path, tmp_path):
    result = cli("import", str(TABLE), "--rules", str(tmp_path / "no.toml"), *OPTIONS)
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {tmp_path / 'no.toml'}: rules: no such file\n"
    )


def test_the_library_reads_numbers_and_lists():
    rules = load_rules(str(RULES))
    assert [r.match for r in rules.rules] == [
        {"layerType": ("ukrainian_counteroffensives",)},
        {"layerType": ("kursk_russian_advances",)},
        {"layerType": ("partisan_warfare", "ukraine_other")},
    ]
    assert rules.rules[0].values == {"actor": "ukraine", "layer": "counteroffensives"}
    assert rules.rules[2].skip


def test_errors_are_input_errors(tmp_path):
    path = tmp_path / "r.toml"
    path.write_text("x = ")
    with pytest.raises(InputError):
        load_rules(str(path))
