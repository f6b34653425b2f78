"""What the tests of the trigger-kept snapshot counts (migrations/0012) and
month masks (0013) share: the queries that read them and make them again from
the records, and the writes through the command line that change them."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

# The masks of the days with a snapshot, month by month (migrations/0013), and
# the same made from the records.
MARKED = (
    "SELECT actor, region, layer, source, month, days FROM snapshot_months "
    "WHERE days <> 0 ORDER BY 1, 2, 3, 4, 5"
)
DAYS_HELD = (
    'SELECT actor, region, layer, source, substr("end", 1, 7), '
    "sum(1 << substr(\"end\", 9)) FROM records WHERE kind = 'holding' "
    "GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5"
)

DS = ("russia", "ukraine", "control", "DeepState")


def run(cli, *args):
    result = cli(*args)
    assert result.exit_code == 0, result.output
    return result


def holding(cli, day: str, area: int, *more: str) -> str:
    return run(
        cli, "add", str(area), "--holding", "--actor", "russia", "--region",
        "ukraine", "--on", day, "--source", "DeepState", *more,
    ).stdout.strip()  # fmt: skip


def first_version(path: Path, record: str) -> str:
    """The version an edit kept of a record as it was first."""
    with closing(sqlite3.connect(path)) as conn:
        (version,) = conn.execute(
            "SELECT min(version) FROM records_history WHERE record_id = ?", (record,)
        ).fetchone()
    return str(version)
