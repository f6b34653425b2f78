"""Bulk writes: validation and staging take no lock, the merge is exact (the
same database and summary as a row-by-row reading), and the lock is waited for
with a message on a terminal."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from frontline.cli import io as cli_io
from frontline.errors import InputError
from frontline.ingest.sources import FieldPlan, resolve_sources
from frontline.ingest.tabular import read_records, stage_sources
from frontline.model.records import Record
from frontline.store import bulk, db

FIXTURES = Path(__file__).parent / "fixtures"
ADD = ("add", "5", "--actor", "russia", "--region", "ukraine", "--on", "2024-01-01")
COLUMNS = (
    'id, kind, actor, region, layer, start, "end", area_km2, bound, source, url, '
    "published, note"
)


def open_db(path: Path) -> sqlite3.Connection:
    return db.open_for_write(db.Location(path, "--db"))


def contents(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT {COLUMNS} FROM records ORDER BY id").fetchall()


def other_writer_adds(path: Path, day: str) -> None:
    """A second process's write, refused at once if the lock is held."""
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute(
        'INSERT INTO records (kind, actor, region, start, "end", area_km2) '
        "VALUES ('holding', 'other', 'writer', ?, ?, 1)",
        (day, day),
    )
    other.execute("COMMIT")
    other.close()


def holdings(count: int) -> Iterator[bulk.Located]:
    for day in range(count):
        when = date(2020, 1, 1) + timedelta(days=day)
        yield Record("holding", "russia", "ukraine", when, when, 1.0 + day), None


def test_another_writer_writes_while_an_import_is_validating(tmp_path: Path) -> None:
    path = tmp_path / "f.db"
    conn = open_db(path)

    def slow_input() -> Iterator[bulk.Located]:
        for number, item in enumerate(holdings(3 * bulk.BATCH_SIZE)):
            if number == 2 * bulk.BATCH_SIZE + 1:  # two batches already staged
                other_writer_adds(path, "2024-06-01")
            yield item

    summary = bulk.write_records(conn, slow_input())
    assert summary.added == 3 * bulk.BATCH_SIZE
    assert len(contents(path)) == 3 * bulk.BATCH_SIZE + 1


def test_dry_run_takes_no_write_lock(
    cli: Callable, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli(*ADD)
    monkeypatch.setenv("FRONTLINE_BUSY_TIMEOUT", "0")
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = cli("import", "--dry-run", str(FIXTURES / "records.csv"))
        refused = cli("import", str(FIXTURES / "records.csv"))
    finally:
        holder.execute("ROLLBACK")
    assert result.exit_code == 0, result.output
    assert "records.csv: would add 6," in result.stderr
    assert refused.exit_code == 1
    assert "database is locked" in refused.stderr
    assert len(contents(db_path)) == 1


def test_a_writer_on_a_terminal_says_it_waits(
    cli: Callable, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli(*ADD)
    holder = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    say = cli_io._say_waiting

    def say_then_release() -> None:  # the other writer finishes meanwhile
        say()
        holder.execute("COMMIT")

    monkeypatch.setattr(cli_io, "stderr_is_terminal", lambda: True)
    monkeypatch.setattr(cli_io, "_say_waiting", say_then_release)
    result = cli("import", str(FIXTURES / "records.csv"))
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("waiting for another writer…\n")
    assert "records.csv: 6 added" in result.stderr


def test_begin_write_says_nothing_when_the_lock_is_free(tmp_path: Path) -> None:
    conn = open_db(tmp_path / "f.db")
    calls: list[str] = []
    db.begin_write(conn, lambda: calls.append("waiting"))
    conn.rollback()
    assert calls == []
    assert conn.execute("PRAGMA busy_timeout").fetchone() == (db.BUSY_TIMEOUT_MS,)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, 60_000), ("", 60_000), ("2.5", 2_500), (" 0 ", 0), ("86400", 86_400_000)],
)
def test_busy_timeout_from_the_environment(
    value: str | None, expected: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    if value is None:
        monkeypatch.delenv("FRONTLINE_BUSY_TIMEOUT", raising=False)
    else:
        monkeypatch.setenv("FRONTLINE_BUSY_TIMEOUT", value)
    assert db.busy_timeout_ms() == expected


@pytest.mark.parametrize("value", ["abc", "-1", "nan", "1e9", "5s"])
def test_a_bad_busy_timeout_is_refused(
    value: str, cli: Callable, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FRONTLINE_BUSY_TIMEOUT", value)
    with pytest.raises(InputError) as caught:
        db.busy_timeout_ms()
    assert str(caught.value) == (
        f"FRONTLINE_BUSY_TIMEOUT: {value!r} is not a number of seconds from 0 to 86400"
    )
    result = cli(*ADD)
    assert result.exit_code == 2
    assert result.stderr == f"frontline: error: {caught.value}\n"


def _import_both_ways(
    tmp_path: Path, text: str, setup: list[str], on_conflict: str = "skip"
) -> tuple[list, list, bulk.WriteSummary, bulk.WriteSummary]:
    """The same CSV through the fast reader and through `Record`s, into two
    databases that start alike."""
    data = tmp_path / "in.csv"
    data.write_text(text, encoding="utf-8")
    results = []
    for name in ("fast", "slow"):
        path = tmp_path / f"{name}.db"
        conn = open_db(path)
        if setup:
            seed = tmp_path / "seed.csv"
            seed.write_text("\n".join(setup) + "\n", encoding="utf-8")
            bulk.write_records(
                conn, read_records(resolve_sources([str(seed)], None), FieldPlan())
            )
        sources = resolve_sources([str(data)], None)
        if name == "fast":
            staging = bulk.Staging(conn)
            stage_sources(staging, sources, FieldPlan())
            summary = bulk.merge(staging, on_conflict=on_conflict)
            staging.drop()
        else:
            summary = bulk.write_records(
                conn, read_records(sources, FieldPlan()), on_conflict=on_conflict
            )
        results.append((contents(path), summary))
    (fast, fast_summary), (slow, slow_summary) = results
    return fast, slow, fast_summary, slow_summary


HEAD = "id,kind,actor,region,start,end,area_km2,bound,note"


@pytest.mark.parametrize("on_conflict", ["skip", "replace"])
def test_fast_import_stores_and_counts_as_the_record_path(
    tmp_path: Path, on_conflict: str
) -> None:
    stored = [HEAD, ",holding,russia,ukraine,2024-01-01,2024-01-01,10,,",
              ",holding,russia,ukraine,2024-01-02,2024-01-02,20,,"]  # fmt: skip
    text = "\n".join([
        HEAD,
        "7,holding,russia,ukraine,2024-01-01,2024-01-01,10,,same",  # already there
        ",holding,russia,ukraine,2024-01-02,2024-01-02,25,,changed",  # differs
        "9,change,russia,kursk,2024-01-01,2024-01-31,~300,,new",
        "9,change,russia,kursk,2024-02-01,2024-02-29,5,,new id taken by the first",
        ",holding,ukraine,kursk,2024-03-01,2024-03-01,1,,first version",
        "",
        ",holding,ukraine,kursk,2024-03-01,2024-03-01,2,,last version",  # repeat
    ]) + "\n"  # fmt: skip
    fast, slow, fast_summary, slow_summary = _import_both_ways(
        tmp_path, text, stored, on_conflict
    )
    assert fast == slow
    assert fast_summary == slow_summary
    assert (fast_summary.added, fast_summary.repeated) == (3, 1)
    assert [row[0] for row in fast] == [1, 2, 9, 10, 11]
    assert fast[-1][-1] == "last version"


def test_a_figure_repeated_in_an_empty_database_keeps_its_last_version(
    tmp_path: Path,
) -> None:
    rows = [f",holding,russia,ukraine,2024-01-{day:02},2024-01-{day:02},{day},,"
            for day in range(1, 29)]  # fmt: skip
    text = "\n".join([HEAD, *rows, rows[3].replace(",4,,", ",40,,")]) + "\n"
    fast, slow, fast_summary, slow_summary = _import_both_ways(tmp_path, text, [])
    assert fast == slow
    assert fast_summary == slow_summary
    assert (fast_summary.added, fast_summary.repeated) == (28, 1)
    assert [row[7] for row in fast][-1] == 40.0


def test_indexes_are_rebuilt_after_a_large_first_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "REINDEX_MIN_ROWS", 10)
    path = tmp_path / "f.db"
    conn = open_db(path)
    before = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
    ).fetchall()
    bulk.write_records(conn, holdings(50))
    after = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
    ).fetchall()
    assert after == before
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_indexes_are_dropped_for_a_large_import_only_into_an_empty_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Building the indexes once after the rows saves time only when there is
    # nothing stored yet; a database with records keeps its indexes through a
    # large import (rebuilding them over all its rows would cost more).
    monkeypatch.setattr(bulk, "REINDEX_MIN_ROWS", 10)
    dropped = []
    drop = bulk._drop_indexes
    monkeypatch.setattr(bulk, "_drop_indexes", lambda c: dropped.append(1) or drop(c))
    conn = open_db(tmp_path / "f.db")
    assert bulk.write_records(conn, holdings(50)).added == 50
    assert len(dropped) == 1
    later = [item for n, item in enumerate(holdings(80)) if n >= 50]
    assert bulk.write_records(conn, later).added == 30
    assert len(dropped) == 1
