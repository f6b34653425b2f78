"""Reports where the mutation run found no test looking: `check --stale` (days
behind the newest figure of the whole database, or of --as-of), worked by hand
on three series."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

HEADER = "kind,actor,region,layer,start,end,area_km2,bound,source,url,published,note"
CHECK_HEADER = "kind,actor,region,layer,source,first,last,records,message"
# Last days: russia/a 2024-01-31, russia/b 2024-03-10, ukraine/a 2024-02-09.
# 2024 is a leap year: 01-31 -> 03-10 is 29 + 10 = 39 days; 02-09 -> 03-10 is
# 20 + 10 = 30 days; 01-31 -> 02-10 is 10 days.
THREE = [
    "change,russia,a,control,2024-01-01,2024-01-31,10,exact,S,,,",
    "change,russia,b,control,2024-01-01,2024-03-10,5,exact,S,,,",
    "change,ukraine,a,control,2024-01-01,2024-02-09,5,exact,S,,,",
]
NEWEST = " (the newest figure in the database)"


@pytest.fixture
def three(run: Callable, tmp_path: Path) -> None:
    path = tmp_path / "three.csv"
    path.write_text("\n".join([HEADER, *THREE]) + "\n")
    run("import", str(path))


def stale_rows(cli: Callable, *options: str) -> list[str]:
    result = cli("check", "--format", "csv", *options)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == CHECK_HEADER
    return lines[1:]


def _row(actor: str, last: str, behind: int, newest: str, why: str) -> str:
    return (
        f"stale,{actor},a,control,S,{last},{last},,"
        f'"last figure on {last}, {behind} days before {newest}{why}"'
    )


@pytest.mark.usefixtures("three")
@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (
            ("--stale", "29"),
            [
                _row("russia", "2024-01-31", 39, "2024-03-10", NEWEST),
                _row("ukraine", "2024-02-09", 30, "2024-03-10", NEWEST),
            ],
        ),
        # More than 30 days: 30 itself is not stale.
        (("--stale", "30"), [_row("russia", "2024-01-31", 39, "2024-03-10", NEWEST)]),
        (("--stale", "39"), []),
        # The newest day is the whole database's, whatever the selection.
        (
            ("--stale", "29", "--actor", "ukraine"),
            [_row("ukraine", "2024-02-09", 30, "2024-03-10", NEWEST)],
        ),
        # --as-of counts from that day and says nothing more.
        (
            ("--stale", "9", "--as-of", "2024-02-10"),
            [_row("russia", "2024-01-31", 10, "2024-02-10", "")],
        ),
        (("--stale", "10", "--as-of", "2024-02-10"), []),
    ],
)
def test_stale_series_are_counted_from_the_newest_day(
    cli: Callable, options: tuple[str, ...], expected: list[str]
) -> None:
    assert stale_rows(cli, *options) == expected


def test_stale_on_an_empty_database_finds_nothing(cli: Callable, db_path: Path) -> None:
    from frontline.store import db

    db.open_for_write(db.locate(str(db_path))).close()  # the schema, no record
    result = cli("check", "--stale", "0", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == CHECK_HEADER + "\n"


def test_sources_count_the_days_both_cover_and_the_shared_snapshot_days(
    run: Callable, tmp_path: Path, db_path: Path
) -> None:
    import sqlite3
    from datetime import date

    from frontline.model.periods import span
    from frontline.reports.sources import sources
    from frontline.store.select import Scope

    # S covers 01-01..01-20, T covers 01-06..01-25: both on 01-06..01-20, 15
    # days. Each holds a snapshot on 01-31 (S 500, T 490), S another on 01-03.
    path = tmp_path / "two.csv"
    path.write_text(
        "\n".join(
            [
                HEADER,
                "change,russia,a,control,2024-01-01,2024-01-10,10,exact,S,,,",
                "change,russia,a,control,2024-01-11,2024-01-20,20,exact,S,,,",
                "change,russia,a,control,2024-01-06,2024-01-25,8,exact,T,,,",
                "holding,russia,a,control,2024-01-31,2024-01-31,500,exact,S,,,",
                "holding,russia,a,control,2024-01-31,2024-01-31,490,exact,T,,,",
            ]
        )
        + "\n"
    )
    run("import", str(path))
    conn = sqlite3.connect(db_path)
    try:
        window = span(date(2024, 1, 1), date(2024, 1, 31))
        (group,) = sources(conn, Scope(), window).groups
        assert group.common_days == 15
        assert (group.first_shared, group.last_shared) == (
            date(2024, 1, 31),
            date(2024, 1, 31),
        )
        assert [row.key[3] for row in group.rows] == ["S", "T"]
        assert [row.last_holding.area for row in group.rows] == [500, 490]
        assert [row.first_holding.area for row in group.rows] == [500, 490]
        (own,) = sources(conn, Scope(), window, common=False).groups
        assert own.common_days is None
    finally:
        conn.close()


# S covers 2024-01-01..01-20 and 02-21..02-29 in 10-day records: no figure
# covers 01-21..02-20, 11 + 20 = 31 days, three times its spacing. T covers all
# of January and February in one record. Both hold a snapshot on 02-29.
GAPPED = [
    "change,russia,a,control,2024-01-01,2024-01-10,10,exact,S,,,",
    "change,russia,a,control,2024-01-11,2024-01-20,10,exact,S,,,",
    "change,russia,a,control,2024-02-21,2024-02-29,10,exact,S,,,",
    "change,russia,a,control,2024-01-01,2024-02-29,25,exact,T,,,",
    "holding,russia,a,control,2024-02-29,2024-02-29,500,exact,S,,,",
    "holding,russia,a,control,2024-02-29,2024-02-29,490,exact,T,,,",
]
GAP = "warning: gap (russia in a, S): no figure covers 2024-01-21..2024-02-20 (31 days)"


@pytest.fixture
def gapped(run: Callable, tmp_path: Path) -> None:
    path = tmp_path / "gapped.csv"
    path.write_text("\n".join([HEADER, *GAPPED]) + "\n")
    run("import", str(path))


@pytest.mark.usefixtures("gapped")
@pytest.mark.parametrize(
    ("args", "warned"),
    [
        (("sources", "--period", "2024-01..2024-02"), True),
        (("balance", "--period", "2024-01..2024-02"), True),
        (("project", "--until", "2024-06-30"), True),
        # A window that ends on the gap's first day still meets it.
        (("balance", "--period", "2024-01-01..2024-01-21"), True),
        (("sources", "--period", "2024-01-01..2024-01-21"), True),
        # Windows that miss it say nothing of it.
        (("balance", "--period", "2024-01-01..2024-01-20"), False),
        (("sources", "--period", "2024-02-21..2024-02-29"), False),
    ],
)
def test_reports_warn_of_a_gap_inside_their_window(
    cli: Callable, args: tuple[str, ...], warned: bool
) -> None:
    result = cli(*args)
    assert result.exit_code == 0, result.stderr
    assert (GAP in (result.stdout + result.stderr).splitlines()) is warned


def test_sources_refuses_a_source_filter() -> None:
    from frontline.errors import InputError
    from frontline.reports.sources import sources
    from frontline.store.select import Scope

    with pytest.raises(InputError) as caught:
        sources(None, Scope(source="S"), None)
    assert caught.value.field == "source"
    assert caught.value.message == "sources compares every source; leave --source out"
