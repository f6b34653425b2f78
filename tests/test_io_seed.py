"""`frontline seed` reads the bundled CSV through the import reader: idempotent,
and a mistake in the file is located by file and line like any import's."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from frontline.ingest import seed


def count(db_path: Path) -> int:
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute("SELECT count(*) FROM records").fetchone()[0]


def test_seed_twice_adds_nothing_the_second_time(cli, db_path):
    first = cli("seed")
    assert first.exit_code == 0
    added = count(db_path)
    assert added > 0
    assert first.stderr == (
        f"seed: {added} added, 0 already present (records.csv)\n"
        "seed: 1 added, 0 already present (regions.csv)\n"
        # The schema ships the seed's events (migrations/0008_events.sql).
        "seed: 0 added, 2 already present (events.csv; a new database has them)\n"
        f"created {db_path}\n"
    )
    second = cli("seed")
    assert second.stderr == (
        f"seed: 0 added, {added} already present (records.csv)\n"
        "seed: 0 added, 1 already present (regions.csv)\n"
        "seed: 0 added, 2 already present (events.csv; a new database has them)\n"
    )
    assert count(db_path) == added


def test_seed_records_are_those_of_the_file(db_path):
    records = list(seed.seed_records())
    lines = seed.seed_file().read_text(encoding="utf-8").splitlines()
    assert records[0][1] == "records.csv, line 2"
    assert len(records) <= len(lines) - 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "kind,actor,region,start,end,area_km2\n"
            "change,russia,kursk,2024-10-01,2024-11-19,593\n"
            "change,russia,kursk,2024-10-01,2024-11-19,lots\n",
            "records.csv, line 3: area_km2: 'lots' is not a number",
        ),
        (
            "kind,actor,region,start,end,area_km2,comment\n",
            "records.csv, line 1: comment: is not a record field",
        ),
    ],
)
def test_a_bad_seed_file_is_located_by_line(
    cli, db_path, tmp_path, monkeypatch: pytest.MonkeyPatch, content, message
):
    bad = tmp_path / "records.csv"
    bad.write_text(content, encoding="utf-8")
    monkeypatch.setattr(seed, "seed_file", lambda: bad)
    result = cli("seed")
    assert result.exit_code == 2
    assert result.stderr == f"frontline: error: {message}\n"
    assert not db_path.exists()  # a failed first write leaves no database
