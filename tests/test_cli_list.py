"""`list` and `history` for any number of records: limits, offsets, sorting,
streaming, and names matched whatever their case."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from frontline.render import table


@pytest.fixture
def seeded(cli: Callable) -> Callable:
    assert cli("seed").exit_code == 0
    return cli


def ids(text: str) -> list[str]:
    return [line.split()[0] for line in text.splitlines()[2:] if line[:4].strip().isdigit()]  # fmt: skip


def test_limit_offset_and_the_more_line(seeded) -> None:
    result = seeded("list", "--limit", "2", "--offset", "1")
    assert ids(result.stdout) == ["1", "2"]
    assert result.stdout.splitlines()[-1] == "4 more; use --limit, --offset or -f csv"


def test_sort_by_area_reversed(seeded) -> None:
    result = seeded("list", "--sort", "area", "--reverse", "-n", "3")
    assert ids(result.stdout) == ["4", "2", "5"]
    result = seeded("list", "--sort", "id", "-f", "csv")
    assert [line.split(",")[0] for line in result.stdout.splitlines()[1:]] == list("1234567")  # fmt: skip


def test_unknown_sort_field_names_the_option(seeded) -> None:
    result = seeded("list", "--sort", "size")
    assert result.exit_code == 2
    assert result.stderr == (
        "frontline: error: sort: 'size' is not a field; choose from area, id, kind, "
        "actor, region, layer, start, end, area_km2, bound, source, url, published, "
        "note\n"
    )


def test_a_terminal_gets_a_screenful(seeded, monkeypatch) -> None:
    monkeypatch.setattr(table, "terminal_height", lambda stream=None: 9)
    result = seeded("list")
    assert ids(result.stdout) == ["6", "1", "2", "3", "4"]
    assert result.stdout.splitlines()[-1] == "2 more; use --limit, --offset or -f csv"
    assert len(seeded("list", "--limit", "0").stdout.splitlines()) == 9


def test_a_pipe_gets_every_row(seeded) -> None:
    assert len(ids(seeded("list").stdout)) == 7
    assert "more" not in seeded("list").stdout


def test_streamed_json_is_the_json_of_the_list(seeded) -> None:
    data = json.loads(seeded("list", "-f", "json").stdout)
    assert [row["id"] for row in data] == [6, 1, 2, 3, 4, 5, 7]
    assert data[0]["url"] is None and data[0]["area_km2"] == 593.0
    assert seeded("list", "-f", "json", "--source", "nobody-ever").exit_code == 2
    assert seeded("list", "-f", "json", "--offset", "99").stdout == "[]\n"


def test_names_match_whatever_their_case(seeded) -> None:
    upper = seeded("list", "--source", "isw", "-f", "csv").stdout
    assert upper == seeded("list", "--source", "ISW", "-f", "csv").stdout
    assert upper.count("\n") == 7
    assert seeded("list", "--region", "KURSK", "-f", "csv").stdout.count("\n") == 4


def test_names_beyond_ascii_match_whatever_their_case(cli, db_path) -> None:
    """SQLite's NOCASE folds only A-Z: Cyrillic and accented names are folded
    as Python folds them, and the more frequent spelling wins."""
    sources = ("Генштаб ЗСУ", "Генштаб ЗСУ", "ГЕНШТАБ ЗСУ", "Café Noir")
    for day, source in enumerate(sources, start=1):
        added = cli(
            "add",
            "5",
            "--actor",
            "russia",
            "--region",
            "kursk",
            "--on",
            f"2024-10-0{day}",
            "--source",
            source,
        )
        assert added.exit_code == 0, added.output
    found = cli("list", "--source", "генштаб зсу", "-f", "csv")
    assert found.exit_code == 0 and found.stdout.count("\n") == 3
    assert found.stdout.count("Генштаб ЗСУ") == 2
    assert cli("list", "--source", "CAFÉ NOIR", "-f", "csv").stdout.count("\n") == 2
    missing = cli("list", "--source", "генштаб")
    assert missing.exit_code == 2
    assert "no source 'генштаб'; known:" in missing.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["list", "--source", "isv"],
            "no source 'isv'; known: ISW, Ukrainian General Staff",
        ),
        (
            ["list", "--region", "donetks"],
            "no region 'donetks'; known: kursk, ukraine",
        ),
        (["report", "--actor", "rusia"], "no actor 'rusia'; known: russia, ukraine"),
        (
            ["balance", "--region", "kursks"],
            "no region 'kursks'; known: kursk, ukraine",
        ),
        (
            ["project", "--until", "2025-01-01", "--layer", "claimed"],
            "no layer 'claimed'; known: control",
        ),
        (
            ["check", "--source", "bbc"],
            "no source 'bbc'; known: ISW, Ukrainian General Staff",
        ),
        (
            ["chart", "--source", "deepstate"],
            "no source 'deepstate'; known: Ukrainian General Staff, ISW",
        ),
        (
            ["export", "--actor", "ukraina"],
            "no actor 'ukraina'; known: ukraine, russia",
        ),
    ],
)
def test_a_name_that_matches_nothing_lists_the_closest(seeded, args, message) -> None:
    result = seeded(*args)
    assert result.exit_code == 2
    assert result.stderr == f"frontline: error: {message}\n"


def test_history_limit_and_newest_first(seeded) -> None:
    for note in ("one", "two", "three"):
        assert seeded("edit", "2", "--note", note).exit_code == 0
    result = seeded("history", "-r", "-n", "2", "-f", "csv")
    assert [line.split(",")[0] for line in result.stdout.splitlines()[1:]] == ["3", "2"]
    result = seeded("history", "--limit", "1")
    assert result.stdout.splitlines()[-1] == "2 more; use --limit, --offset or -f csv"


def test_widths_from_one_scan_are_those_of_every_cell(cli, db_path, monkeypatch):
    # A full listing takes its widths from one query (the longest names, the
    # largest area of each kind of text); they must be those measured cell by
    # cell, whatever mix of whole, one-decimal and signed areas there is.
    import random
    import sqlite3
    from contextlib import closing

    from frontline.store import listing as store

    assert cli("seed").exit_code == 0
    rng = random.Random(7)
    rows = []
    for n in range(300):
        area = rng.choice([rng.uniform(0, 99_999), round(rng.uniform(0, 9_999)),
                           rng.randint(0, 999) + rng.choice([0.04, 0.05, 0.95, 0.96])])  # fmt: skip
        bound = rng.choice(["exact", "approx", "at_least", "at_most"])
        rows.append(
            (f"a{n % 7}", f"region-{'x' * (n % 13)}", area, bound, "s" * (n % 9))
        )
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.executemany(
            'INSERT INTO records (kind, actor, region, start, "end", area_km2, bound, '
            "source) VALUES ('change', ?, ?, '2024-01-01', '2024-01-02', ?, ?, ?)",
            rows,
        )
    for args in ((), ("--region", "region-xxxx"), ("--sort", "area")):
        fast = cli("list", *args)
        with monkeypatch.context() as patch:
            patch.setattr(store, "listing_extent", lambda *a, **k: None)
            measured = cli("list", *args)
        assert fast.exit_code == measured.exit_code == 0
        assert len(fast.output.splitlines()) > 20
        assert fast.output == measured.output


def test_lines_padded_by_sqlite_are_the_rows_formatted_one_by_one(
    cli, db_path, monkeypatch
):
    # A full listing of plain ASCII has SQLite pad the cells before the area
    # and cut the trailing spaces after it; it must print what the rows give
    # formatted one by one (with the same widths, and with widths measured
    # cell by cell), at full width and when narrow columns are left out.
    import sqlite3
    from contextlib import closing

    from frontline.render import listing as render
    from frontline.store import listing as store

    assert cli("seed").exit_code == 0
    areas = (0.0, 0.25, 0.15, 0.05, 0.95, 12.25, 2.5, 9999.95, 1e-7, 123456789.123456)
    sources = ("", "   ", "trailing  ", "ISW", "x" * 120)
    rows = [
        (
            f"a{n % 3}",
            f"r{n % 4}",
            f"2024-{1 + n // 28:02}-{1 + n % 28:02}",
            area,
            bound,
            source,
        )
        for n, (area, bound, source) in enumerate(
            (area, bound, source)
            for area in areas
            for bound in ("exact", "approx", "at_least", "at_most")
            for source in sources
        )
    ]
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.executemany(
            'INSERT INTO records (kind, actor, region, start, "end", area_km2, bound, '
            "source) VALUES ('change', ?, ?, '2024-01-01', ?, ?, ?, ?)",
            rows,
        )
    for columns in ("", "80", "100"):
        if columns:
            monkeypatch.setenv("COLUMNS", columns)
        fast = cli("list")
        with monkeypatch.context() as patch:
            patch.setattr(render, "_write_lines", lambda *a: None)
            by_row = cli("list")
            patch.setattr(store, "listing_extent", lambda *a, **k: None)
            measured = cli("list")
        assert fast.exit_code == by_row.exit_code == measured.exit_code == 0
        # The seed's 7 records too, and when narrow a line naming the
        # columns left out.
        assert len(fast.output.splitlines()) == 2 + len(rows) + 7 + bool(columns)
        assert fast.output == by_row.output == measured.output
    monkeypatch.delenv("COLUMNS")
    lines = cli("list").stdout.splitlines()
    # Halves of a tenth round to even as Python prints them: 0.25 → 0.2,
    # 12.25 → 12.2; 9,999.95 is stored a hair under it, within 0.05 of
    # 10,000: whole (~10,000); the source
    # "trailing  " and the blank ones leave no space at the line's end.
    assert not any(line.endswith(" ") for line in lines)
    text = "\n".join(lines)
    for cell in ("~0.2 ", "≥12.2 ", "~10,000 ", "123,456,789.1 ", " trailing\n"):
        assert cell in text + "\n"
