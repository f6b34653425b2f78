"""No table line ends in spaces, on a terminal too, where the headings are bold:
a left-aligned last heading's padding used to sit inside the bold codes, past
the reach of the cut that trims every other line."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

_CODES = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from frontline.render import table

    monkeypatch.setattr(table, "_is_terminal", lambda stream: True)
    monkeypatch.setenv("COLUMNS", "200")


@pytest.mark.parametrize(
    "args",
    [
        ("held", "--on", "2024-12-31"),
        ("list", "--layer", "control"),
        ("records", "--by", "month"),
        ("project", "--reach", "all"),
    ],
)
def test_no_line_ends_in_spaces_on_a_terminal(
    cli: Callable, db_path, terminal, args: tuple[str, ...]
) -> None:
    assert cli("seed").exit_code == 0
    result = cli(*args)
    assert result.exit_code == 0, result.stderr
    assert "\x1b[1m" in result.stdout
    lines = _CODES.sub("", result.stdout).splitlines()
    assert [line for line in lines if line.endswith(" ")] == []


def test_the_last_heading_is_bold_without_its_padding(
    cli: Callable, db_path, terminal
) -> None:
    assert cli("seed").exit_code == 0
    heading = cli("list", "--layer", "control").stdout.splitlines()[0]
    assert heading.endswith("\x1b[1msource\x1b[0m")
    assert _CODES.sub("", heading) == (
        "  id   kind      actor     region    layer     start        end"
        "              km²   source"
    )
