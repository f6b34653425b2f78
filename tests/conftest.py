"""Shared fixtures: every test gets its own database file and a Typer runner."""

from __future__ import annotations

import os
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
# bench/mutation.sh runs each test once per mutant: a few examples suffice there.
settings.register_profile("mutation", max_examples=25, **_FUZZ)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


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


class _Watched:
    """A click Result that remembers whether the test looked at it."""

    __slots__ = ("_args", "_read", "_result")

    def __init__(self, result: object, args: tuple[str, ...]) -> None:
        object.__setattr__(self, "_result", result)
        object.__setattr__(self, "_args", args)
        object.__setattr__(self, "_read", False)

    def __getattr__(self, name: str) -> object:
        object.__setattr__(self, "_read", True)
        return getattr(self._result, name)


@pytest.fixture
def cli(db_path: Path):
    """Run `frontline ARGS…` in-process; returns the click Result.

    A call whose result the test never reads is a setup step: if it did not
    exit 0, the test fails (at its end) with the command and its output, so a
    step that failed cannot leave an empty database for the assertions to pass
    on. Read the result (`result.exit_code`) of a call that is meant to fail."""
    runner = CliRunner()
    calls: list[_Watched] = []

    def invoke(*args: str, input: str | None = None):
        result = runner.invoke(app, list(args), input=input, catch_exceptions=False)
        calls.append(_Watched(result, args))
        return calls[-1]

    yield invoke
    for call in calls:
        result = call._result
        if not call._read and result.exit_code != 0:  # type: ignore[attr-defined]
            pytest.fail(
                f"setup step exited {result.exit_code}: "  # type: ignore[attr-defined]
                f"frontline {' '.join(call._args)}\n"
                f"stdout: {result.stdout}stderr: {result.stderr}",  # type: ignore[attr-defined]
                pytrace=False,
            )


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


@pytest.fixture
def run(cli: Callable[..., object]) -> Callable[..., object]:
    """`cli` for the steps that set a test up: a step that does not exit 0 fails
    the test there and then, with its command line and output, instead of
    leaving an empty database behind for the assertions to pass on."""

    def invoke(*args: str, input: str | None = None):
        result = cli(*args, input=input)
        if result.exit_code != 0:  # type: ignore[attr-defined]
            pytest.fail(
                f"setup step exited {result.exit_code}: "  # type: ignore[attr-defined]
                f"frontline {' '.join(args)}\n"
                f"stdout: {result.stdout}stderr: {result.stderr}",  # type: ignore[attr-defined]
                pytrace=False,
            )
        return result

    return invoke
