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
