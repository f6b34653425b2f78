"""What a CSV report and `list -f csv` load and compile, in a process of their own.

Start-up is most of such a command's time on a small database (issue 19), so
these pin that a CSV run into a pipe loads neither the table writer (colour and
wrapping only matter on a terminal) nor the library's helpers, and compiles no
pattern its output does not need.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

# Run as the console script runs; then report what the process holds.
_PROBE = """
import json, sys
sys.argv = ["frontline", *sys.argv[1:]]
from frontline.__main__ import main
try:
    main()
except SystemExit:
    pass
from frontline.formats import cells
from frontline.render import formats
sys.stderr.write(json.dumps({
    "modules": sorted(sys.modules),
    "control_pattern": formats._pattern is not None,
    "formula_pattern": cells._formula is not None,
}) + "\\n")
"""


def _probe(db_path: Path, *args: str) -> tuple[str, dict]:
    env = dict(os.environ, FRONTLINE_DB=str(db_path))
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    *messages, found = result.stderr.splitlines()
    return result.stdout, json.loads(found) | {"messages": messages}


def _seeded(cli: Callable, db_path: Path) -> None:
    assert cli("seed").exit_code == 0
    assert db_path.exists()


def _assert_lean(db_path: Path, args: tuple[str, ...], header: str, absent) -> None:
    """The command in a process of its own: its CSV begins with `header`, it
    says nothing on stderr, loads none of `absent` and compiles neither the
    control-character nor the formula pattern."""
    out, found = _probe(db_path, *args)
    assert out.startswith(header)
    assert found["messages"] == []
    modules = set(found["modules"])
    for name in absent:
        assert name not in modules, name
    assert not found["control_pattern"]
    assert not found["formula_pattern"]


def test_a_csv_report_loads_no_table_writer_and_compiles_no_unused_pattern(
    cli, db_path
):
    _seeded(cli, db_path)
    _assert_lean(
        db_path,
        ("report", "--year", "2024", "-f", "csv"),
        "actor,region,layer,source,period,start,end,area_km2,",
        (
            "frontline.render.table",
            "frontline.render.report_table",
            "frontline.render.pivot",
            "frontline.render.chart",
            "rich",
            "sqlite_utils",
            "dateutil",
        ),
    )


def test_list_csv_loads_no_table_writer_and_compiles_no_unused_pattern(cli, db_path):
    _seeded(cli, db_path)
    _assert_lean(
        db_path,
        ("list", "-f", "csv"),
        "id,kind,actor,region,layer,",
        (
            "frontline.render.table",
            "frontline.reports",
            "frontline.model.periods",
            "rich",
            "sqlite_utils",
            "dateutil",
        ),
    )


def test_a_formula_in_a_csv_cell_is_still_neutralised(cli, db_path):
    """The patterns compiled on first need still apply where they must."""
    _seeded(cli, db_path)
    result = cli(
        "add", "5", "--actor", "russia", "--region", "ukraine", "--on",
        "2024-12-30", "--source", "=cmd|' /c calc'!A0", "--holding",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    out, found = _probe(db_path, "list", "-f", "csv", "--source", "=cmd|' /c calc'!A0")
    assert "'=cmd|' /c calc'!A0" in out
    assert found["formula_pattern"]
