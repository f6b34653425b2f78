"""The record commands, driven through Typer's runner as a user would type them."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

ADD_2700 = (
    "add", "~2700", "--actor", "russia", "--region", "ukraine",
    "--from", "2024-01-01", "--to", "19 Nov 2024", "--source", "ISW",
)  # fmt: skip


def rows(db_path: Path, sql: str = "SELECT * FROM records ORDER BY id") -> list[tuple]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql).fetchall()


def snapshot(db_path: Path) -> tuple[list[tuple], list[tuple]]:
    """Everything a failed command must leave untouched."""
    return rows(db_path), rows(db_path, "SELECT * FROM records_history")


def test_add_prints_id_and_stores_the_figure(cli: Callable, db_path: Path) -> None:
    result = cli(*ADD_2700)
    assert result.exit_code == 0
    assert result.stdout == "1\n"
    (row,) = rows(
        db_path,
        'SELECT kind, actor, region, layer, start, "end", area_km2, bound, source '
        "FROM records",
    )
    assert row == (
        "change", "russia", "ukraine", "control", "2024-01-01", "2024-11-19",
        2700.0, "approx", "ISW",
    )  # fmt: skip


def test_add_creates_database_and_folder(cli: Callable, db_path: Path) -> None:
    assert not db_path.parent.exists()
    cli(*ADD_2700)
    assert db_path.is_file()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_add_json_prints_whole_record(cli: Callable) -> None:
    result = cli(*ADD_2700, "--format", "json", "--note", "BBC Verify")
    assert json.loads(result.stdout) == {
        "id": 1, "kind": "change", "actor": "russia", "region": "ukraine",
        "layer": "control", "start": "2024-01-01", "end": "2024-11-19",
        "area_km2": 2700.0, "bound": "approx", "source": "ISW", "url": None,
        "published": None, "note": "BBC Verify",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("area", "flag", "km2", "bound"),
    [
        (">1000", None, 1000.0, "at_least"),
        ("1000+", None, 1000.0, "at_least"),
        ("<500", None, 500.0, "at_most"),
        ("1000", "--at-least", 1000.0, "at_least"),
        ("1000", "--approx", 1000.0, "approx"),
        ("1000", "--at-most", 1000.0, "at_most"),
        ("10 mi2", None, 25.89988110336, "exact"),
        ("500 ha", None, 5.0, "exact"),
    ],
)
def test_add_area_forms(
    cli: Callable, db_path: Path, area: str, flag: str | None, km2: float, bound: str
) -> None:
    args = [
        "add",
        area,
        "--actor",
        "russia",
        "--region",
        "ukraine",
        "--on",
        "2024-09-01",
    ]
    result = cli(*args, *([flag] if flag else []))
    assert result.exit_code == 0, result.output
    ((stored_km2, stored_bound),) = rows(db_path, "SELECT area_km2, bound FROM records")
    assert stored_km2 == pytest.approx(km2, rel=1e-12)
    assert stored_bound == bound


def test_add_holding_on_one_day(cli: Callable, db_path: Path) -> None:
    result = cli(
        "add", "110649", "--holding", "--on", "2024-11-19",
        "--actor", "russia", "--region", "ukraine", "--source", "ISW",
    )  # fmt: skip
    assert result.exit_code == 0
    assert rows(db_path, 'SELECT kind, start, "end" FROM records') == [
        ("holding", "2024-11-19", "2024-11-19")
    ]


def test_add_same_figure_twice_adds_nothing(cli: Callable, db_path: Path) -> None:
    cli(*ADD_2700)
    again = cli(*ADD_2700)
    assert again.exit_code == 0
    assert again.stdout == "1\n"
    assert again.stderr == "already recorded as #1; nothing added\n"
    assert len(rows(db_path)) == 1


def test_add_changed_figure_needs_replace(cli: Callable, db_path: Path) -> None:
    cli(*ADD_2700)
    changed = list(ADD_2700)
    changed[1] = "2800"
    refused = cli(*changed)
    assert refused.exit_code == 2
    assert refused.stderr == (
        "frontline: error: this figure is already recorded as #1 with other values; "
        "add --replace to update it\n"
    )
    replaced = cli(*changed, "--replace")
    assert replaced.exit_code == 0
    assert replaced.stderr == "updated #1 (the previous version is in history)\n"
    assert rows(db_path, "SELECT area_km2, bound FROM records") == [(2800.0, "exact")]
    assert rows(db_path, "SELECT record_id, action, area_km2 FROM records_history") == [
        (1, "edit", 2700.0)
    ]


BAD_ADDS = [
    (["-5", "--on", "2024-01-01"],
     "area: '-5' is negative; record a loss as the other actor's gain"),
    (["lots", "--on", "2024-01-01"], "area: 'lots' is not a number"),
    (["NaN", "--on", "2024-01-01"], "area: 'NaN' is not a number (NaN)"),
    (["inf", "--on", "2024-01-01"], "area: 'inf' is infinite"),
    (["5 acres", "--on", "2024-01-01"],
     "area: unknown unit 'acres' in '5 acres' (use km2, mi2 or ha)"),
    (["5", "--on", "2024-02-30"], "on: '2024-02-30' is not a date that exists"),
    (["5", "--from", "2024-02-03", "--to", "2024-02-01"],
     "to: 2024-02-01 is before start 2024-02-03"),
    (["5", "--on", "2024-02-03", "--from", "2024-02-01"],
     "on: give either --on or --from/--to, not both"),
    (["5", "--from", "2024-02-01"], "to: --to is required (or --on for one day)"),
    (["5", "--on", "03/11/2024"],
     "on: '03/11/2024' is ambiguous (day/month or month/day?); "
     "write it as YYYY-MM-DD or like '3 Nov 2024'"),
    (["5", "--on", "2024-01-01", "--approx", "--at-least"],
     "bound: give only one of --approx, --at-least, --at-most"),
]  # fmt: skip


@pytest.mark.parametrize(("args", "message"), BAD_ADDS)
def test_bad_add_exits_2_with_one_line_and_changes_nothing(
    cli: Callable, db_path: Path, args: list[str], message: str
) -> None:
    cli(*ADD_2700)
    before = snapshot(db_path)
    result = cli("add", *args, "--actor", "russia", "--region", "ukraine")
    assert result.exit_code == 2
    assert result.stderr == f"frontline: error: {message}\n"
    assert result.stdout == ""
    assert snapshot(db_path) == before


def seed_three(cli: Callable) -> None:
    cli(*ADD_2700)
    cli("add", ">1000", "--actor", "russia", "--region", "ukraine",
        "--from", "2024-09-01", "--to", "2024-11-03", "--source", "ISW")  # fmt: skip
    cli("add", "~593", "--actor", "russia", "--region", "kursk",
        "--from", "2024-10-01", "--to", "2024-11-19", "--source", "ISW")  # fmt: skip


def test_list_table(cli: Callable) -> None:
    seed_three(cli)
    result = cli("list", "--region", "ukraine")
    assert result.exit_code == 0
    lines = [line.split() for line in result.stdout.splitlines() if line.strip()]
    assert lines[0] == [
        "id", "kind", "actor", "region", "layer", "start", "end", "km²", "source",
    ]  # fmt: skip
    assert lines[2] == [
        "1", "change", "russia", "ukraine", "control", "2024-01-01", "2024-11-19",
        "~2,700", "ISW",
    ]  # fmt: skip
    assert lines[3][7] == "≥1,000"
    assert len(lines) == 4


def test_list_csv_and_filters(cli: Callable) -> None:
    seed_three(cli)
    result = cli("list", "--format", "csv", "--from", "2024-10-15", "--actor", "Russia")
    assert result.stdout.splitlines() == [
        "id,kind,actor,region,layer,start,end,area_km2,bound,source,url,published,note",
        "3,change,russia,kursk,control,2024-10-01,2024-11-19,593.0,approx,ISW,,,",
        "1,change,russia,ukraine,control,2024-01-01,2024-11-19,2700.0,approx,ISW,,,",
        "2,change,russia,ukraine,control,2024-09-01,2024-11-03,1000.0,at_least,ISW,,,",
    ]


def test_list_markdown(cli: Callable) -> None:
    seed_three(cli)
    result = cli("list", "-f", "markdown", "--region", "kursk")
    assert result.stdout.splitlines() == [
        "| id | kind | actor | region | layer | start | end | km² | source |",
        "|---:|---|---|---|---|---|---|---:|---|",
        "| 3 | change | russia | kursk | control | 2024-10-01 | 2024-11-19 | ~593 | ISW |",
    ]


def test_list_on_missing_database_says_so_and_creates_nothing(
    cli: Callable, db_path: Path
) -> None:
    result = cli("list", "--format", "json")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        f"frontline: error: no database at {db_path} "
        "(create one with `frontline add`, `import` or `seed`)\n"
    )
    assert not db_path.parent.exists()


def test_show(cli: Callable) -> None:
    seed_three(cli)
    result = cli("show", "2")
    assert result.exit_code == 0
    assert "area_km2   ≥1,000 km²\n" in result.stdout
    assert "bound      at_least\n" in result.stdout
    as_json = json.loads(cli("show", "2", "-f", "json").stdout)
    assert (as_json["id"], as_json["area_km2"], as_json["bound"]) == (
        2,
        1000.0,
        "at_least",
    )


def test_show_missing_id(cli: Callable) -> None:
    seed_three(cli)
    result = cli("show", "42")
    assert (result.exit_code, result.stderr) == (
        2,
        "frontline: error: id: no record #42\n",
    )


def test_edit_keeps_history(cli: Callable, db_path: Path) -> None:
    seed_three(cli)
    result = cli("edit", "1", "--area", "2750", "--to", "2024-11-20")
    assert result.exit_code == 0
    assert result.stderr == (
        "edited #1: ~2,750 km² 2024-01-01..2024-11-20 "
        "(previous version kept: frontline history 1)\n"
    )
    # A corrected number keeps the figure's precision ("about 2,700" stays about).
    assert rows(db_path, 'SELECT area_km2, bound, "end" FROM records WHERE id = 1') == [
        (2750.0, "approx", "2024-11-20")
    ]
    assert rows(
        db_path, 'SELECT record_id, action, area_km2, bound, "end" FROM records_history'
    ) == [(1, "edit", 2700.0, "approx", "2024-11-19")]


def test_edit_bound_only(cli: Callable, db_path: Path) -> None:
    seed_three(cli)
    assert cli("edit", "2", "--exact").exit_code == 0
    assert rows(db_path, "SELECT area_km2, bound FROM records WHERE id = 2") == [
        (1000.0, "exact")
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["9", "--area", "5"], "id: no record #9"),
        (["1", "--area", "-1"],
         "area: '-1' is negative; record a loss as the other actor's gain"),
        (["1", "--to", "2023-12-31"], "to: 2023-12-31 is before start 2024-01-01"),
        (["1"], "nothing to change: give at least one field option"),
        (["2", "--from", "2024-01-01", "--to", "2024-11-19"],
         "the edited figure would duplicate record #1"),
    ],
)  # fmt: skip
def test_bad_edit_changes_nothing(
    cli: Callable, db_path: Path, args: list[str], message: str
) -> None:
    seed_three(cli)
    before = snapshot(db_path)
    result = cli("edit", *args)
    assert result.exit_code == 2
    assert result.stderr == f"frontline: error: {message}\n"
    assert snapshot(db_path) == before


def test_rm_history_restore(cli: Callable, db_path: Path) -> None:
    seed_three(cli)
    removed = cli("rm", "2")
    assert removed.exit_code == 0
    assert removed.stderr == (
        "removed #2 (≥1,000 km², russia/ukraine, 2024-09-01..2024-11-03); "
        "undo with: frontline restore 2\n"
    )
    assert [r[0] for r in rows(db_path)] == [1, 3]
    history = json.loads(cli("history", "-f", "json").stdout)
    assert [(h["version"], h["id"], h["action"], h["area_km2"]) for h in history] == [
        (1, 2, "remove", 1000.0)
    ]
    restored = cli("restore", "2")
    assert restored.exit_code == 0
    assert restored.stderr == (
        "restored #2: ≥1,000 km² russia/ukraine 2024-09-01..2024-11-03\n"
    )
    assert rows(db_path, "SELECT id, area_km2, bound FROM records WHERE id = 2") == [
        (2, 1000.0, "at_least")
    ]


def test_restore_an_earlier_version_of_an_edit(cli: Callable, db_path: Path) -> None:
    seed_three(cli)
    cli("edit", "1", "--area", "2750")
    cli("edit", "1", "--area", "2800")
    assert cli("restore", "1", "--version", "1").exit_code == 0
    assert rows(db_path, "SELECT area_km2, bound FROM records WHERE id = 1") == [
        (2700.0, "approx")
    ]
    # Nothing is lost: both edits and the restore itself are in history.
    assert rows(
        db_path, "SELECT area_km2 FROM records_history WHERE record_id = 1"
    ) == [(2700.0,), (2750.0,), (2800.0,)]


def test_restore_errors(cli: Callable, db_path: Path) -> None:
    seed_three(cli)
    assert cli("restore", "3").stderr == (
        "frontline: error: id: record #3 has no saved versions\n"
    )
    cli("rm", "3")
    assert cli("restore", "3", "--version", "7").stderr == (
        "frontline: error: version: record #3 has no saved version 7\n"
    )
    cli("add", "~593", "--actor", "russia", "--region", "kursk",
        "--from", "2024-10-01", "--to", "2024-11-19", "--source", "ISW")  # fmt: skip
    clash = cli("restore", "3")
    assert clash.exit_code == 2
    assert clash.stderr == (
        "frontline: error: cannot restore: the same figure is now recorded as #4\n"
    )


def test_rm_missing_id(cli: Callable, db_path: Path) -> None:
    seed_three(cli)
    before = snapshot(db_path)
    result = cli("rm", "99")
    assert (result.exit_code, result.stderr) == (
        2,
        "frontline: error: id: no record #99\n",
    )
    assert snapshot(db_path) == before


def test_seed_twice_adds_nothing(cli: Callable, db_path: Path) -> None:
    first = cli("seed")
    assert first.exit_code == 0
    count = len(rows(db_path))
    assert count >= 7
    assert first.stderr == (
        f"seed: {count} added, 0 already present (records.csv)\n"
        "seed: 1 added, 0 already present (regions.csv)\n"
        # The schema ships the seed's events (migrations/0008_events.sql).
        "seed: 0 added, 2 already present (events.csv; a new database has them)\n"
        f"created {db_path}\n"
    )
    second = cli("seed")
    assert second.stderr == (
        f"seed: 0 added, {count} already present (records.csv)\n"
        "seed: 0 added, 1 already present (regions.csv)\n"
        "seed: 0 added, 2 already present (events.csv; a new database has them)\n"
    )
    assert len(rows(db_path)) == count


def test_seed_holds_the_articles_figures(cli: Callable, db_path: Path) -> None:
    cli("seed")
    figures = set(
        rows(
            db_path,
            'SELECT kind, actor, region, start, "end", area_km2, bound, source '
            "FROM records",
        )
    )
    assert {
        ("change", "russia", "ukraine", "2023-01-01", "2023-12-31", 465.0, "exact", "ISW"),
        ("change", "russia", "ukraine", "2024-01-01", "2024-11-19", 2700.0, "approx",
         "ISW"),
        ("change", "russia", "ukraine", "2024-09-01", "2024-11-03", 1000.0, "at_least",
         "ISW"),
        ("holding", "russia", "ukraine", "2024-11-19", "2024-11-19", 110649.0, "exact",
         "ISW"),
        ("change", "ukraine", "kursk", "2024-08-06", "2024-09-05", 1171.0, "at_least",
         "ISW"),
        ("change", "russia", "kursk", "2024-10-01", "2024-11-19", 593.0, "approx", "ISW"),
    } <= figures  # fmt: skip
    assert any(f[1:3] == ("ukraine", "kursk") and f[5] == 40.0 for f in figures)


def test_db_command_says_where_and_which_schema(cli: Callable, db_path: Path) -> None:
    before = cli("db", "-f", "json")
    info = json.loads(before.stdout)
    assert info | {"latest_schema_version": 0} == {
        "path": str(db_path), "chosen_by": "FRONTLINE_DB", "exists": False,
        "schema_version": 0, "schema_name": None, "latest_schema_version": 0,
        "records": 0, "history_versions": 0,
    }  # fmt: skip
    cli(*ADD_2700)
    after = json.loads(cli("db", "-f", "json").stdout)
    assert after["exists"] is True
    assert after["schema_version"] == after["latest_schema_version"] >= 1
    assert after["records"] == 1


def test_db_option_beats_environment(cli: Callable, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    result = cli("--db", str(other), "db")
    assert result.stdout.splitlines()[:2] == [f"database: {other}", "chosen by: --db"]


def test_default_database_is_per_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from frontline.store.db import locate

    monkeypatch.delenv("FRONTLINE_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    location = locate(None)
    assert location.chosen_by == "default"
    assert location.path == tmp_path / "xdg" / "frontline" / "frontline.db"


def test_database_path_is_a_directory(cli: Callable, tmp_path: Path) -> None:
    result = cli("--db", str(tmp_path), "add", "5", "--actor", "a", "--region", "b",
                 "--on", "2024-01-01")  # fmt: skip
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: db: {tmp_path} is a directory, not a database file\n"
    )


def test_database_file_is_not_sqlite(cli: Callable, tmp_path: Path) -> None:
    bogus = tmp_path / "notes.txt"
    bogus.write_text("not a database\n" * 100)
    for args in (
        ["list"],
        ["add", "5", "--actor", "a", "--region", "b", "--on", "2024-01-01"],
    ):
        result = cli("--db", str(bogus), *args)
        assert result.exit_code == 1
        assert result.stderr == (
            f"frontline: error: {bogus} is not a frontline database (not SQLite)\n"
        )
    assert bogus.read_text() == "not a database\n" * 100


def test_read_only_database_still_lists_and_shows(
    cli: Callable, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_three(cli)
    db_path.chmod(0o444)
    db_path.parent.chmod(0o555)
    if os.geteuid() == 0:
        # Permission bits do not bind root, so tell frontline what they would say.
        real_access = os.access
        monkeypatch.setattr(
            "frontline.store.db.os.access",
            lambda path, mode: mode != os.W_OK and real_access(path, mode),
        )
    try:
        listed = cli("list", "-f", "csv")
        assert listed.exit_code == 0, listed.output
        assert len(listed.stdout.splitlines()) == 4
        shown = cli("show", "1", "-f", "json")
        assert json.loads(shown.stdout)["area_km2"] == 2700.0
        refused = cli("rm", "1")
        assert refused.exit_code == 1
        assert refused.stderr == (
            f"frontline: error: {db_path} is read-only: cannot change it\n"
        )
    finally:
        db_path.parent.chmod(0o755)
        db_path.chmod(0o644)
    assert len(rows(db_path)) == 3


def test_edit_area_with_its_own_bound_or_a_flag(cli: Callable, db_path: Path) -> None:
    seed_three(cli)
    cli("edit", "1", "--area", ">2800")
    cli("edit", "2", "--area", "1100", "--exact")
    assert rows(db_path, "SELECT id, area_km2, bound FROM records WHERE id < 3") == [
        (1, 2800.0, "at_least"),
        (2, 1100.0, "exact"),
    ]


def test_edit_moves_a_holding_day_with_to(cli: Callable, db_path: Path) -> None:
    cli("add", "110649", "--holding", "--on", "2024-11-19",
        "--actor", "russia", "--region", "ukraine")  # fmt: skip
    assert cli("edit", "1", "--to", "2024-11-20").exit_code == 0
    assert rows(db_path, 'SELECT start, "end" FROM records') == [
        ("2024-11-20", "2024-11-20")
    ]


def test_edit_json_prints_the_record(cli: Callable) -> None:
    seed_three(cli)
    result = cli("edit", "3", "--note", "BBC", "-f", "json")
    assert json.loads(result.stdout)["note"] == "BBC"


@pytest.mark.parametrize("command", ["restore", "show", "edit", "rm", "history"])
def test_record_zero_is_no_record(cli: Callable, db_path: Path, command: str) -> None:
    seed_three(cli)
    cli("rm", "3")
    before = snapshot(db_path)
    args = [command, "0"] + (["--note", "x"] if command == "edit" else [])
    result = cli(*args)
    assert (result.exit_code, result.stderr) == (
        2,
        "frontline: error: id: no record #0\n",
    )
    assert snapshot(db_path) == before


def test_an_edit_that_changes_nothing_writes_no_version(cli: Callable) -> None:
    seed_three(cli)
    result = cli("edit", "1", "--area", "~2700", "--source", "ISW")
    assert result.exit_code == 0
    assert result.stderr == (
        "nothing changed: #1 already has these values; no version written\n"
    )
    assert cli("history", "1").stdout == "no earlier versions\n"


def test_a_restore_is_filed_as_restore(cli: Callable) -> None:
    seed_three(cli)
    cli("edit", "1", "--area", "500")
    assert cli("restore", "1").exit_code == 0
    rows = cli("history", "1", "-f", "csv").stdout.splitlines()[1:]
    assert [
        (row.split(",")[0], row.split(",")[1], row.split(",")[10]) for row in rows
    ] == [
        ("1", "edit", "2700.0"),
        ("2", "restore", "500.0"),
    ]


def test_names_are_printed_as_typed_not_as_markup(cli: Callable) -> None:
    cli("add", "5", "--actor", "a", "--region", "b", "--on", "2024-01-01",
        "--source", "[/x] ISW [red]")  # fmt: skip
    result = cli("list")
    assert result.exit_code == 0
    assert "[/x] ISW [red]" in result.stdout


def test_empty_db_option_is_refused(cli: Callable) -> None:
    result = cli("--db", "", "list")
    assert (result.exit_code, result.stderr) == (2, "frontline: error: db: is empty\n")


def test_changing_a_record_of_a_missing_database_creates_nothing(
    cli: Callable, db_path: Path
) -> None:
    for args in (["rm", "1"], ["edit", "1", "--note", "x"], ["restore", "1"]):
        result = cli(*args)
        assert result.exit_code == 1
        assert result.stderr.startswith(f"frontline: error: no database at {db_path} ")
    assert not db_path.parent.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["1e308", "--on", "2024-01-01"],
         "area: '1e308' is larger than the Earth's surface (510 million km²)"),
        (["12 34", "--on", "2024-01-01"],
         "area: '12 34' has misplaced thousands separators"),
        (["١٢٣", "--on", "2024-01-01"], "area: '١٢٣' is not a number"),
        (["5", "--on", "9999-12-31"], "on: '9999-12-31' is outside the years 1800-2200"),
        (["x" * 100, "--on", "2024-01-01"],
         "area: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' is not a number"),
        (["", "--on", "2024-01-01"], "area: is required"),
        (["5", "--on", ""], "on: is empty"),
    ],
)  # fmt: skip
def test_implausible_input_is_refused(
    cli: Callable, db_path: Path, args: list[str], message: str
) -> None:
    result = cli("add", *args, "--actor", "russia", "--region", "ukraine")
    assert (result.exit_code, result.stderr) == (2, f"frontline: error: {message}\n")
    assert not db_path.exists()


def test_errors_name_the_option_typed(cli: Callable) -> None:
    result = cli("add", "5", "--actor", "russia", "--region", "donetsk",
                 "--from", "2024-02-01", "--to", "2024-02-30")  # fmt: skip
    assert result.stderr == (
        "frontline: error: to: '2024-02-30' is not a date that exists\n"
    )
    result = cli("list", "--from", "2024-03-01", "--to", "2024-02-01")
    assert result.stderr == "frontline: error: to: 2024-02-01 is before --from 2024-03-01\n"  # fmt: skip


def test_an_unknown_option_is_named(cli: Callable) -> None:
    result = cli("add", "5", "--actor", "a", "--region", "b", "--on", "2024-01-01",
                 "--bogus")  # fmt: skip
    assert result.exit_code == 2
    assert "No such option: --bogus" in result.output
    assert "extra argument" not in result.output


def test_a_mistyped_option_or_value_is_one_line(cli: Callable) -> None:
    result = cli("report", "--year", "2024", "-f", "xml")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "frontline: error: format: 'xml' is not one of table, csv, json, markdown\n"
    )
    result = cli("add")
    assert (result.exit_code, result.stderr) == (
        2,
        "frontline: error: Missing argument 'AREA'. (see frontline add -h)\n",
    )
    result = cli("report", "--year", "20\x1b[2J24")
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr and "'20\\x1b[2J24'" in result.stderr


def test_no_color_sends_no_escape_codes(cli: Callable, monkeypatch) -> None:
    from frontline.render import table

    monkeypatch.setattr(table, "_is_terminal", lambda stream: True)
    seed_three(cli)
    assert "\x1b[" in cli("list").stdout
    assert "\x1b[" not in cli("--no-color", "list").stdout
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in cli("list").stdout
    assert "\x1b[" not in cli("list", "--region", "nowhere").stderr
