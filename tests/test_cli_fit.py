"""Every table fits the terminal: at 60, 80 and 120 columns no line is longer,
the least important columns go first and one line says which; --wide and a
pipe keep them all."""

from __future__ import annotations

from collections.abc import Callable

import pytest

COMMANDS = {
    "list": ["list"],
    "report": ["report", "--year", "2024"],
    "report by quarter": [
        "report",
        "--year",
        "2024",
        "--by",
        "quarter",
        "--region",
        "ukraine",
    ],
    "balance": ["balance", "--region", "kursk"],
    "project": ["project", "--until", "2025-01-20"],
    "history": ["history"],
    "check": ["check"],
    "show": ["show", "3"],
}
HIDDEN = {
    60: {
        "list": ["layer, kind, source"],
        "report": [
            "cover, of region, held %, held km², days, km²/day",
            "baseline cover, baseline km²/day, km²/day, change km², baseline km²",
        ],
        "report by quarter": [
            "cover, of region, held %, cumulative, held km², days",
            "baseline cover, baseline km²/day, km²/day, change km², baseline km²",
        ],
        "balance": ["days, retaken by, net km², share retaken, retaken km²"],
        "project": ["days, days ahead, held km², from, km²/day"],
        "history": ["kind, region, source, start, end, actor, version"],
    },
    80: {
        "list": ["layer, kind, source"],
        "report": [
            "cover, of region, held %, held km²",
            "baseline cover, baseline km²/day, km²/day, change km²",
        ],
        "report by quarter": [
            "cover, of region, held %, cumulative",
            "baseline cover, baseline km²/day, km²/day, change km²",
        ],
        "balance": ["days, retaken by, net km²"],
        "project": ["days, days ahead, held km²"],
        "history": ["kind, region, source, start, end"],
    },
    120: {
        "history": ["kind"],
        "report": ["baseline cover"],
        "report by quarter": ["cover", "baseline cover"],
    },
}


@pytest.fixture
def seeded(cli: Callable) -> Callable:
    assert cli("seed").exit_code == 0
    assert cli("edit", "2", "--note", "revised").exit_code == 0
    return cli


def hidden_lists(text: str) -> list[str]:
    """The column lists of each "hidden: …" note (which may wrap)."""
    joined = text.replace("\n  ", " ")
    return [
        line.removeprefix("hidden: ").split(" — ")[0]
        for line in joined.splitlines()
        if line.startswith("hidden: ")
    ]


@pytest.mark.parametrize("width", [60, 80, 120])
@pytest.mark.parametrize("name", list(COMMANDS))
def test_tables_fit_the_width(seeded, monkeypatch, width: int, name: str) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    result = seeded(*COMMANDS[name])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= width
    assert all(line == line.rstrip() for line in lines)
    assert hidden_lists(result.stdout) == HIDDEN[width].get(name, [])


def test_forty_columns_do_not_crash(seeded, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    for args in COMMANDS.values():
        assert seeded(*args).exit_code == 0


@pytest.mark.parametrize("name", list(COMMANDS))
def test_wide_and_pipes_print_every_column(seeded, monkeypatch, name: str) -> None:
    piped = seeded(*COMMANDS[name]).stdout
    assert "hidden:" not in piped
    if name in ("check", "show"):
        return
    monkeypatch.setenv("COLUMNS", "60")
    assert seeded(*COMMANDS[name], "--wide").stdout == piped


def test_the_main_report_at_80_columns(seeded, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    assert seeded("report", "--year", "2024").stdout == (
        "Gains, 2024 (2024-01-01..2024-12-31, 366 days)\n"
        "\n"
        "  series              source                       km²      days   km²/day\n"
        " ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
        "  russia in kursk     ISW                         ~593    50/366     ~11.9\n"
        "  russia in ukraine   ISW                       ~2,700   324/366     ~8.33\n"
        "  ukraine in kursk    ISW                       ≥1,171    31/366     ≥37.8\n"
        "  ukraine in kursk    Ukrainian General Staff       40     1/366      40.0\n"
        "hidden: cover, of region, held %, held km² — widen the terminal or use --wide\n"
        "\n"
        "2024 against 2023 (2023-01-01..2023-12-31)\n"
        "\n"
        "  series              source      km²   baseline km²   ratio   rate ratio\n"
        " ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
        "  russia in ukraine   ISW      ~2,700            465   5.81×        6.54×\n"
        "hidden: baseline cover, baseline km²/day, km²/day, change km² — widen the\n"
        "  terminal or use --wide\n"
        "\n"
        "Not compared: 3 series without figures in one of the two periods.\n"
        "Coverage below 100%: some days have no figure; totals count covered days only,\n"
        "  and km²/day is per covered day.\n"
    )  # fmt: skip


def test_a_hidden_holding_takes_its_footnote_along(seeded, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    assert "held on 2024-11-19" not in seeded("report", "--year", "2024").stdout
    monkeypatch.setenv("COLUMNS", "120")
    assert "¹ held on 2024-11-19" in seeded("report", "--year", "2024").stdout


@pytest.mark.parametrize(
    "args",
    [
        ["report", "--year", "2024"],
        ["report", "--year", "2024", "--by", "quarter"],
        ["report", "--period", "2024-11", "--rolling", "4w", "--region", "ukraine"],
        ["report", "--year", "2024", "--by", "month", "--rolling", "30d"],
    ],
)
def test_every_width_draws_a_report(seeded, monkeypatch, args) -> None:
    """Whatever columns a width leaves out, the rows are drawn (no column of a
    hidden holding is asked for) and no line is longer than the width."""
    for width in range(60, 200, 7):
        monkeypatch.setenv("COLUMNS", str(width))
        result = seeded(*args)
        assert result.exit_code == 0, (width, result.output)
        assert max(map(len, result.stdout.splitlines())) <= width
