"""Shared fixtures: every test gets its own database file and a Typer runner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from typer.testing import CliRunner

from frontline.cli.app import load_commands

app = load_commands()

# Property-based tests (tests/test_fuzz.py): `ci` by default, about 1,300
# examples in all, some 15 s of one core (the costly commands, chart -o and
# map-diff, take a share of them: see `examples` there); `pytest
# --hypothesis-profile=long tests/test_fuzz.py` for a deeper local run, 50
# times as many. No example database is kept: each run explores afresh and
# leaves nothing behind.
_FUZZ = {
    "deadline": None,
    "database": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.filter_too_much],
}
settings.register_profile("ci", max_examples=100, **_FUZZ)
settings.register_profile("long", max_examples=5000, **_FUZZ)
settings.load_profile("ci")


@pytest.fixture(autouse=True)
def plain_output(monkeypatch: pytest.MonkeyPatch):
    """Every test starts without a terminal width, colour settings or --wide left
    over: tables print at full width unless a test sets COLUMNS."""
    from frontline.render import table

    for name in ("COLUMNS", "LINES", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(table, "SETTINGS", table.Settings())
    yield


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh database location, chosen through FRONTLINE_DB like a user would."""
    path = tmp_path / "data" / "frontline.db"
    monkeypatch.setenv("FRONTLINE_DB", str(path))
    return path


@pytest.fixture
def cli(db_path: Path) -> Callable[..., object]:
    """Run `frontline ARGS…` in-process; returns the click Result."""
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return invoke


def dump(path: Path) -> str:
    """Every table of a database as SQL text (empty when there is no file): what
    "the database is unchanged" compares, WAL content included."""
    import sqlite3

    if not path.exists():
        return ""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()
