"""Shared fixtures: every test gets its own database file and a Typer runner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from frontline.cli.app import load_commands

app = load_commands()


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
