"""Issue 8's reproducers: every input the fuzzing found harmful is refused with one
line and exit 2 (or handled as stated), without a traceback, and the database is
left exactly as it was."""

from __future__ import annotations

import os
from pathlib import Path

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
