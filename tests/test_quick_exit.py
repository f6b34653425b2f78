"""A read-only command that succeeds ends its process without freeing its
objects one by one (`frontline.__main__`): its output must still be whole, its
exit code 0, and a command that fails or writes must exit as before."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def _frontline(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "frontline", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_report_ends_with_its_whole_output_and_code_0(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    added = _frontline(
        db, "add", "310", "--actor", "russia", "--region", "ukraine",
        "--from", "2024-01-01", "--to", "2024-01-31", "--source", "ISW",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    done = _frontline(db, "report", "--year", "2024", "--by", "month", "-f", "csv")
    assert done.returncode == 0
    assert done.stderr == ""
    lines = done.stdout.splitlines()
    assert len(lines) == 13  # the header and twelve months
    assert lines[1].startswith("russia,ukraine,control,ISW,2024-01,")
    assert ",310.0," in lines[1]


def test_a_failed_report_still_exits_2(tmp_path: Path) -> None:
    done = _frontline(
        tmp_path / "f.db", "report", "--from", "2024-05-01", "--to", "2024-01-01"
    )
    assert done.returncode == 2
    assert (
        done.stderr == "frontline: error: to: 2024-01-01 is before --from 2024-05-01\n"
    )
    assert done.stdout == ""
