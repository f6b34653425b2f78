"""Terminal charts: gains, running totals and holdings, scaled to the terminal."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from frontline.render.chart import _baseline
from frontline.render.chart_spec import chart_spec


@pytest.fixture
def seeded(cli: Callable) -> Callable:
    assert cli("seed").exit_code == 0
    return cli


QUARTERS = ["chart", "--year", "2024", "--by", "quarter", "--region", "ukraine"]


def bars_of(text: str) -> list[tuple[str, int, str]]:
    """(bucket, bar length in cells, figure) of each bar line."""
    result = []
    for line in text.splitlines():
        if line.startswith("  2024"):
            label, rest = line[2:].split("  ", 1)
            shape, figure = rest.split(" ", 1)
            result.append((label, len(shape), figure))
    return result


def test_cumulative_is_the_running_total(seeded, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    result = seeded(*QUARTERS, "--cumulative")
    assert result.stdout.splitlines()[:2] == [  # the title wraps at 80 columns
        "Cumulative gains by quarter, 2024 (2024-01-01..2024-12-31, 366 days), region",
        "ukraine",
    ]
    assert bars_of(result.stdout) == [
        ("2024-Q1", 14, "~595"),
        ("2024-Q2", 27, "~1,190"),
        ("2024-Q3", 46, "~2,064.1"),
        ("2024-Q4", 60, "~2,700"),
    ]


def test_held_bars_start_near_the_smallest_holding(seeded) -> None:
    result = seeded(*QUARTERS, "--held")
    lines = result.stdout.splitlines()
    assert lines[1] == "bars start at 108,000 km²"
    assert bars_of(result.stdout) == [
        ("2024-Q1", 10, "~108,544"),
        ("2024-Q2", 21, "~109,139"),
        ("2024-Q3", 37, "~110,013.1"),
        ("2024-Q4", 48, "110,649"),
    ]


@pytest.mark.parametrize("width", [60, 80, 120])
def test_bars_fill_the_terminal_and_never_wrap(seeded, monkeypatch, width) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    args = ["chart", "--year", "2024", "--by", "month", "--region", "ukraine"]
    lines = seeded(*args).stdout.splitlines()
    assert max(map(len, lines)) == width or len(lines[0]) < width
    assert all(len(line) <= width for line in lines)


def test_a_pipe_keeps_48_cells(seeded) -> None:
    assert max(n for _, n, _ in bars_of(seeded(*QUARTERS).stdout)) == 48


def test_cumulative_and_held_exclude_each_other(seeded) -> None:
    result = seeded(*QUARTERS, "--held", "--cumulative")
    assert (result.exit_code, result.stderr) == (
        2,
        "frontline: error: held: give --cumulative or --held, not both\n",
    )


def test_baseline() -> None:
    assert _baseline([108544.0, 110649.0]) == 108000.0
    assert _baseline([10.0, 400.0]) == 0.0
    assert _baseline([0.0, 5.0]) == 0.0


def test_the_chart_file_spec_has_the_same_values(tmp_path) -> None:
    from datetime import date

    from frontline.model.periods import span
    from frontline.model.records import Record
    from frontline.model.scope import Scope
    from frontline.reports.window import report
    from frontline.store import db
    from frontline.store import records as store

    location = db.locate(str(tmp_path / "db.sqlite"))
    conn = db.open_for_write(location)
    figure = Record("change", "russia", "ukraine", date(2024, 1, 1), date(2024, 1, 31), 310.0, "exact", source="ISW")  # fmt: skip
    store.write_records(conn, [(figure, None)])
    result = report(conn, Scope(), span(date(2024, 1, 1), date(2024, 1, 31)), "week", None)  # fmt: skip
    spec = chart_spec(result, "cumulative")
    assert spec.kind == "cumulative" and spec.sources == ("ISW",)
    assert [p.value for p in spec.series[0].points] == [
        70.0,
        140.0,
        210.0,
        280.0,
        310.0,
    ]
