"""A value that is not one of an option's choices reads like every other bad
value: `field: 'value' is not one of a, b, c`, one line on stderr, exit 2."""

from __future__ import annotations

from collections.abc import Callable

import pytest

_TABLES = "table, csv, json, markdown"


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (("list", "-f", "xml"), f"format: 'xml' is not one of {_TABLES}"),
        (("report", "--format", "xml"), f"format: 'xml' is not one of {_TABLES}"),
        (("event", "list", "-f", "XML"), f"format: 'XML' is not one of {_TABLES}"),
        (
            ("extract", "-f", "xml", "-"),
            "format: 'xml' is not one of table, csv, json, jsonl",
        ),
        (
            ("export", "-f", "kml"),
            "format: 'kml' is not one of csv, json, jsonl, geojson, xlsx",
        ),
        (
            ("map-diff", "a.geojson", "b.geojson", "-f", "svg"),
            "format: 'svg' is not one of table, csv, json, markdown, geojson",
        ),
        (
            ("import", "x.csv", "--kind", "gain"),
            "kind: 'gain' is not one of change, holding",
        ),
        (
            ("import", "x.csv", "--on-conflict", "keep"),
            "on-conflict: 'keep' is not one of skip, replace, fail",
        ),
        (("completion", "sh"), "shell: 'sh' is not one of bash, zsh, fish"),
    ],
)
def test_a_choice_not_offered_is_named_in_the_projects_words(
    cli: Callable, db_path, args: tuple[str, ...], line: str
) -> None:
    result = cli(*args)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"frontline: error: {line}\n"
    assert not db_path.exists()
