"""Shared fixtures: every test gets its own database file and a Typer runner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from frontline.cli.app import load_commands

app = load_commands()


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
