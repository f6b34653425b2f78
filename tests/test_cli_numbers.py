"""Whole numbers on the command line take ASCII digits only, like dates and periods."""

from __future__ import annotations

import pytest

from conftest import dump

REFUSED = ["１", "٣", "1_000", "+1"]


@pytest.mark.parametrize("given", REFUSED)
@pytest.mark.parametrize(
    "command",
    [
        ["show", "{}"],
        ["rm", "{}"],
        ["edit", "{}", "--area", "5"],
        ["restore", "1", "--version", "{}"],
        ["history", "{}"],
        ["list", "--limit", "{}"],
        ["list", "--offset", "{}"],
        ["report", "--year", "{}"],
        ["check", "--gap", "{}"],
        ["check", "--stale", "{}"],
    ],
)
def test_a_number_not_in_ascii_digits_is_refused(cli, db_path, command, given):
    assert cli("seed").exit_code == 0
    before = dump(db_path)
    result = cli(*(part.format(given) for part in command))
    assert result.exit_code == 2
    # Typer's usage message boxes and wraps the text: compare it unwrapped.
    said = " ".join(result.stderr.replace("│", " ").split())
    assert f"{given!r} is not a whole number in digits 0-9." in said
    assert "Traceback" not in result.output
    assert dump(db_path) == before


def test_ascii_numbers_still_work(cli, db_path):
    assert cli("seed").exit_code == 0
    assert cli("show", "1", "-f", "csv").stdout.splitlines()[1].startswith("1,")
    listed = cli("list", "--limit", "2", "--offset", "1", "-f", "csv")
    assert [line.split(",")[0] for line in listed.stdout.splitlines()] == [
        "id",
        "1",
        "2",
    ]  # the default order is actor, region, start: #6 comes first
    assert cli("report", "--year", "2024", "-f", "csv").exit_code == 0
    assert cli("check", "--gap", "3", "--stale", "0").exit_code == 0


def test_the_range_is_still_checked(cli, db_path):
    result = cli("check", "--gap", "0")
    assert result.exit_code == 2
    assert "0 is not in the range x>=1." in result.stderr
