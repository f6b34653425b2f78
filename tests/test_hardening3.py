"""Hardening, round three (issue 15): the last tracebacks and silent surprises,
each with the one line, the exit code and the database state it must give."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import dump

BIG = "9223372036854775808"  # 2^63: one past SQLite's largest integer


def _seeded(cli, db_path: Path) -> str:
    assert cli("seed").exit_code == 0
    return dump(db_path)


# --- 7. numbers too large for SQLite, input nested too deep -----------------------


def test_restore_an_id_beyond_sqlite_integers(cli, db_path):
    before = _seeded(cli, db_path)
    result = cli("restore", BIG)
    assert (result.exit_code, result.stderr) == (
        2,
        f"frontline: error: id: no record #{BIG}\n",
    )
    assert dump(db_path) == before


@pytest.mark.parametrize("command", ["list", "history"])
def test_limit_and_offset_beyond_sqlite_integers(cli, db_path, command):
    _seeded(cli, db_path)
    everything = cli(command, "--limit", "0")
    assert cli(command, "--limit", BIG).stdout == everything.stdout
    skipped = cli(command, "--offset", BIG)
    assert skipped.exit_code == 0
    assert skipped.stdout in ("no records match\n", "no earlier versions\n")


def test_rules_nested_500_deep_is_one_line(cli, db_path, tmp_path):
    rules = tmp_path / "deep.toml"
    rules.write_text(
        "[[rule]]\nmatch = { a = 1 }\nset = { x = " + "[" * 500 + "]" * 500 + " }\n",
        encoding="utf-8",
    )
    table = tmp_path / "t.csv"
    table.write_text("kind,actor\n", encoding="utf-8")
    result = cli("import", str(table), "--rules", str(rules))
    assert (result.exit_code, result.stderr) == (
        2,
        f"frontline: error: {rules}: rules: invalid TOML: values nested too deeply\n",
    )
    assert not db_path.exists()


# --- 8. a record already holding the last id -------------------------------------


def test_a_record_holding_id_2_53_leaves_adds_and_imports_working(
    cli, db_path, tmp_path
):
    """An older version let a file give id 2^53; SQLite's counter then has no
    room. New records take the ids after the largest one up to 2^52 that no
    record has or had: the seed's 7 records give 8, 9; after 9 is removed
    (kept in history), 10."""
    import sqlite3

    _seeded(cli, db_path)
    conn = sqlite3.connect(db_path)
    conn.execute(
        'INSERT INTO records (id, kind, actor, region, start, "end", area_km2) '
        "VALUES (9007199254740992, 'holding', 'russia', 'ukraine', '2024-05-01', "
        "'2024-05-01', 100)"
    )
    conn.commit()
    conn.close()
    added = cli("add", "5", "--actor", "a", "--region", "b", "--on", "2024-01-01")
    assert (added.exit_code, added.stdout) == (0, "8\n")
    table = tmp_path / "one.csv"
    table.write_text(
        "kind,actor,region,start,end,area_km2\nchange,a,b,2024-01-01,2024-01-02,5\n",
        encoding="utf-8",
    )
    assert cli("import", str(table)).exit_code == 0
    assert cli("rm", "9").exit_code == 0
    again = cli("add", "6", "--actor", "a", "--region", "b", "--on", "2024-01-03")
    assert (again.exit_code, again.stdout) == (0, "10\n")
    ids = cli("list", "--actor", "a", "-f", "csv").stdout.splitlines()
    assert [line.split(",")[0] for line in ids] == ["id", "8", "10"]


# --- 9. formulas in fullwidth, or behind a zero-width space ------------------------

SPREADSHEET_TRICKS = [
    # (stored text, CSV cell): fullwidth signs, and signs behind characters a
    # spreadsheet may trim or not show; text merely containing them is left.
    ("\uff1d1+1", "'\uff1d1+1"),
    ("\uff0bcmd", "'\uff0bcmd"),
    ("\uff0d5", "'\uff0d5"),
    ("\uff20SUM(A1)", "'\uff20SUM(A1)"),
    ("\u200b=1+1", "'\u200b=1+1"),
    ("\ufeff@x", "'\ufeff@x"),
    ("\u200d\u2060+1", "'\u200d\u2060+1"),
    ("'\u200b=1", "''\u200b=1"),
    ("a\uff1d1", "a\uff1d1"),
    ("\u200bplain", "\u200bplain"),
]


@pytest.mark.parametrize(("text", "cell"), SPREADSHEET_TRICKS)
def test_neutralise_fullwidth_and_hidden_leads(text, cell):
    from frontline.render.formats import neutralise, restore_cell

    assert neutralise(text) == cell
    assert restore_cell(cell) == text


def test_export_neutralises_them_and_import_restores_them(cli, db_path, tmp_path):
    for number, (text, _) in enumerate(SPREADSHEET_TRICKS, 1):
        added = cli(
            "add", "5", "--actor", "a", "--region", "b",
            "--on", f"2024-01-{number:02d}", "--source", text,
        )  # fmt: skip
        assert added.exit_code == 0, added.output
    exported = cli("export", "-f", "csv").stdout
    sources = [line.split(",")[9] for line in exported.splitlines()[1:]]
    assert sorted(sources) == sorted(cell for _, cell in SPREADSHEET_TRICKS)
    path = tmp_path / "out.csv"
    path.write_text(exported, encoding="utf-8")
    other = tmp_path / "other.db"
    assert cli("--db", str(other), "import", str(path)).exit_code == 0
    json_here = cli("export", "-f", "json").stdout
    assert cli("--db", str(other), "export", "-f", "json").stdout == json_here


def test_the_fast_csv_export_agrees_on_them(tmp_path):
    import io

    from frontline.ingest import export as io_export
    from frontline.store import db
    from frontline.store import records as store

    conn = db.open_for_write(db.Location(tmp_path / "f.db", "--db"))
    for number, (text, _) in enumerate(SPREADSHEET_TRICKS, 1):
        store.write_records(
            conn,
            [(_change(number, text), None)],
        )
    for raw in (False, True):
        fast, slow = io.StringIO(), io.StringIO()
        rows = store.iter_record_values(conn, neutralise=not raw)
        io_export.write_csv_values(rows, fast)
        io_export.write_records(store.iter_records(conn), "csv", slow, raw=raw)
        assert fast.getvalue() == slow.getvalue(), raw
    assert store.plain_csv_text(conn, neutralise=True) is False
    conn.close()


def _change(day: int, source: str):
    from datetime import date

    from frontline.model.records import Record

    when = date(2024, 1, day)
    return Record("change", "a", "b", when, when, 5.0, source=source)


# --- 13. a message longer than the terminal ---------------------------------------

CONFLICT = (
    "add", "466", "--actor", "russia", "--region", "ukraine",
    "--from", "2023-01-01", "--to", "2023-12-31", "--source", "ISW",
)  # fmt: skip


def test_a_long_message_wraps_between_words_on_a_terminal(cli, db_path, monkeypatch):
    from frontline.render import table

    _seeded(cli, db_path)
    monkeypatch.setattr(table, "_is_terminal", lambda stream: True)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "50")
    result = cli(*CONFLICT)
    assert result.exit_code == 2
    assert result.stderr == (
        "frontline: error: this figure is already recorded\n"
        "  as #1 with other values; add --replace to update\n"
        "  it\n"
    )
    assert max(map(len, result.stderr.splitlines())) == 50


def test_in_a_pipe_a_message_stays_one_line(cli, db_path, monkeypatch):
    _seeded(cli, db_path)
    monkeypatch.setenv("COLUMNS", "50")
    result = cli(*CONFLICT)
    assert result.stderr == (
        "frontline: error: this figure is already recorded as #1 with other "
        "values; add --replace to update it\n"
    )


# --- 14. a DeepState import counts in one line, names under -v ---------------------


def test_one_of_each_is_said_in_the_singular(cli, db_path):
    path = (
        Path(__file__).parent
        / "fixtures"
        / "deepstate"
        / "deepstate_2022-06-10.geojson"
    )
    result = cli("import", str(path))
    assert result.exit_code == 0, result.output
    first, last = result.stderr.splitlines()
    # 6 occupied + 1 held before 2022 features, by the fixture's construction.
    assert first == (
        f"note: {path}: 7 Russian-held areas unioned, 1 contested, 1 liberated; "
        "skipped: 1 outside Ukraine, 1 with a name no rule knows (-v names them)"
    )
    assert last.endswith(
        "maps: 1 map (1 DeepState), 1 feature without area dropped, "
        "1 area outside Ukraine skipped, 1 unrecognised skipped"
    )


# --- 15. published before the figure's last day ----------------------------------

ISW_AUTUMN = (
    "add", "1000", "--actor", "russia", "--region", "ukraine",
    "--from", "2024-09-01", "--to", "2024-11-03",
)  # fmt: skip


def test_add_published_before_the_last_day_warns_and_keeps_it(cli, db_path):
    result = cli(*ISW_AUTUMN, "--published", "2024-10-01")
    assert (result.exit_code, result.stdout) == (0, "1\n")
    assert result.stderr == (
        "warning: #1 is published 2024-10-01, before its last day 2024-11-03; "
        "check --published and the dates\n"
    )
    assert "2024-10-01" in cli("show", "1", "-f", "json").stdout


def test_published_on_or_after_the_last_day_is_quiet(cli, db_path):
    assert cli(*ISW_AUTUMN, "--published", "2024-11-03").stderr == ""
    assert cli(*ISW_AUTUMN, "--published", "2024-11-04", "--source", "X").stderr == ""


def test_edit_to_an_early_publication_warns(cli, db_path):
    cli(*ISW_AUTUMN, "--published", "2024-11-04")
    result = cli("edit", "1", "--published", "2024-11-02")
    assert result.exit_code == 0
    assert result.stderr.splitlines()[0] == (
        "warning: #1 is published 2024-11-02, before its last day 2024-11-03; "
        "check --published and the dates"
    )


# --- 17. check streams one series at a time ---------------------------------------


def test_check_holds_one_series_in_memory_not_all(tmp_path):
    """20 series of 1,000 daily holdings: the old check built all 20,000
    records at once (about 19 MB traced); one series at a time stays near a
    twentieth of that."""
    import tracemalloc
    from datetime import date, timedelta

    from frontline.model.records import Record
    from frontline.reports.check import check
    from frontline.store import bulk, db
    from frontline.store.select import Scope

    conn = db.open_for_write(db.Location(tmp_path / "f.db", "--db"))

    def holdings():
        for series in range(20):
            for number in range(1000):
                day = date(2020, 1, 1) + timedelta(days=number)
                yield Record("holding", f"a{series}", "r", day, day, 1e3 + number), None

    bulk.write_records(conn, holdings())
    tracemalloc.start()
    try:
        result = check(conn, Scope())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (result.series, result.records, result.issues) == (20, 20_000, [])
    assert peak < 6 * 1024 * 1024, peak


# --- found by the fuzz run: a name filter holding a byte that is not UTF-8 --------


@pytest.mark.parametrize(
    "command", [["report", "--year", "2024"], ["held", "--on", "2024-01-01"], ["list"]]
)
def test_a_name_filter_that_is_not_text_is_one_line(cli, db_path, command):
    before = _seeded(cli, db_path)
    result = cli(*command, "--source", "\udcff")
    assert (result.exit_code, result.stderr) == (
        2,
        "frontline: error: source: holds \\udcff, which is not text (half of a "
        "UTF-16 surrogate pair, or a byte that is not UTF-8)\n",
    )
    assert dump(db_path) == before


def test_rm_says_what_it_did_wrapped_on_a_terminal(cli, db_path, monkeypatch):
    """The line that cut `frontl|ine restore 8` at the terminal's edge."""
    from frontline.render import table

    _seeded(cli, db_path)
    monkeypatch.setattr(table, "_is_terminal", lambda stream: True)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "60")
    result = cli("rm", "7")
    assert result.exit_code == 0
    assert result.stderr == (
        "removed #7 (40 km², ukraine/kursk, 2024-08-13..2024-08-13);\n"
        "  undo with: frontline restore 7\n"
    )
