"""A database that is not there is not an empty database (issue 17, item 5;
issue 15, item 18): reading commands say so and create nothing, writing
commands create it and say so once, and a first write that fails leaves
nothing behind."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from frontline.store import records

HINT = "(create one with `frontline add`, `import` or `seed`)"
ADD = ("add", "5", "--actor", "a", "--region", "b", "--on", "2024-01-01")


@pytest.mark.parametrize(
    "args",
    [
        ["list"],
        ["show", "1"],
        ["history"],
        ["report", "--year", "2024"],
        ["export"],
        ["export", "-f", "json"],
        ["region", "list"],
        ["chart"],
    ],
)
def test_a_reading_command_on_a_missing_database_exits_1(cli, db_path, args):
    result = cli(*args)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"frontline: error: no database at {db_path} {HINT}\n"
    assert not db_path.parent.exists()


def test_a_mistyped_db_option_is_named(cli, tmp_path):
    cli("--db", str(tmp_path / "figures.db"), *ADD)
    typo = tmp_path / "figueres.db"
    result = cli("--db", str(typo), "list")
    assert result.exit_code == 1
    assert result.stderr == f"frontline: error: no database at {typo} {HINT}\n"
    assert not typo.exists()


def test_a_mistake_in_the_options_is_said_before_the_missing_database(cli, db_path):
    result = cli("list", "--from", "2024-03-01", "--to", "2024-02-01")
    assert result.exit_code == 2
    assert result.stderr == (
        "frontline: error: to: 2024-02-01 is before --from 2024-03-01\n"
    )


def test_a_writing_command_creates_it_and_says_so_once(cli, db_path):
    first = cli(*ADD)
    assert first.exit_code == 0
    assert first.stderr == f"created {db_path}\n"
    second = cli(*ADD[:1], "6", *ADD[2:6], "--on", "2024-01-02")
    assert second.exit_code == 0
    assert "created" not in second.stderr
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM records").fetchone() == (2,)


def test_seed_and_import_say_created(cli, db_path, tmp_path):
    assert cli("seed").stderr.endswith(f"created {db_path}\n")
    other = tmp_path / "other.db"
    source = tmp_path / "a.csv"
    source.write_text("actor,region,on,area\nrussia,kursk,2024-11-01,600\n")
    result = cli("--db", str(other), "import", str(source), "--kind", "holding")
    assert result.exit_code == 0
    assert result.stderr.endswith(f"\ncreated {other}\n")


def test_a_failed_import_into_a_missing_database_creates_nothing(
    cli, db_path, tmp_path
):
    source = tmp_path / "a.csv"
    source.write_text("actor,region,on,area\nrussia,kursk,2024-11-01,lots\n")
    result = cli("import", str(source), "--kind", "holding")
    assert result.exit_code == 2
    assert "created" not in result.stderr
    assert not db_path.exists()
    assert not db_path.parent.exists()


def test_a_dry_run_creates_nothing(cli, db_path, tmp_path):
    source = tmp_path / "a.csv"
    source.write_text("actor,region,on,area\nrussia,kursk,2024-11-01,600\n")
    result = cli("import", str(source), "--kind", "holding", "--dry-run")
    assert result.exit_code == 0
    assert "created" not in result.stderr
    assert not db_path.parent.exists()


def test_a_failed_first_write_leaves_no_empty_database(cli, db_path, monkeypatch):
    def full_disk(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(records, "write_records", full_disk)
    result = cli(*ADD)
    assert result.exit_code == 1
    assert (
        result.stderr == "frontline: error: database error: database or disk is full\n"
    )
    assert not db_path.exists()
    assert not Path(f"{db_path}-wal").exists()
    assert not db_path.parent.exists()
    # The next read is told the truth, not "no records match".
    assert cli("list").exit_code == 1


def test_a_failed_first_migration_leaves_no_empty_database(cli, db_path, monkeypatch):
    from frontline.store import db

    def full_disk(conn):
        conn.execute("CREATE TABLE half (x)")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(db, "migrate", full_disk)
    result = cli(*ADD)
    assert result.exit_code == 1
    assert not db_path.exists()


def test_a_failed_write_keeps_an_existing_database(cli, db_path, monkeypatch):
    cli(*ADD)
    before = db_path.read_bytes()

    def full_disk(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(records, "write_records", full_disk)
    assert cli(*ADD[:1], "6", *ADD[2:]).exit_code == 1
    assert db_path.exists()
    assert db_path.read_bytes()[:16] == before[:16]
    assert cli("list", "-f", "csv").stdout.count("\n") == 2


def test_a_dangling_symbolic_link_is_no_database(cli, tmp_path):
    link = tmp_path / "frontline.db"
    target = tmp_path / "moved" / "frontline.db"
    link.symlink_to(target)
    result = cli("--db", str(link), "list")
    assert result.exit_code == 1
    assert result.stderr == (
        f"frontline: error: no database at {link}: it is a symbolic link to "
        f"{target}, which does not exist\n"
    )
    written = cli("--db", str(link), *ADD)
    assert written.exit_code == 1
    assert written.stderr == (
        f"frontline: error: {link} is a symbolic link to {target}, which does not "
        "exist; put the database back there, or remove the link to start a new one\n"
    )
    assert not target.parent.exists()
    assert os.readlink(link) == str(target)


def test_a_0_byte_file_is_no_database_until_a_write(cli, tmp_path):
    empty = tmp_path / "empty.db"
    empty.touch()
    for args in (["list"], ["report"], ["export"], ["check"]):
        result = cli("--db", str(empty), *args)
        assert result.exit_code == 1
        assert result.stderr == (
            f"frontline: error: no database at {empty}: it is an empty file {HINT}\n"
        )
    assert empty.read_bytes() == b""
    written = cli("--db", str(empty), *ADD)
    assert written.exit_code == 0
    assert written.stderr.endswith(f"created {empty}\n")
    assert empty.read_bytes()[:16] == b"SQLite format 3\x00"


def test_db_info_still_answers_for_a_missing_database(cli, db_path):
    result = cli("db", "-f", "json")
    assert result.exit_code == 0
    assert '"exists": false' in result.stdout
    assert not db_path.parent.exists()
