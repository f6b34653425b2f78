"""`balance` and `check --gap` worked by hand: what the other actors of a
region gained since an actor began gaining (summed over all of them), the order
by gain, an actor alone in its region, other actors with no figure on those
days, and the gap length that is listed."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

HEADER = "kind,actor,region,layer,start,end,area_km2,bound,source,url,published,note"

# Region k, January: russia +2/day from 01-01; ukraine +1/day from 01-11
# (approx); belarus 0; poland +0.5 over the month. aaa holds a snapshot only
# (no change in the window: not listed). Region z: russia alone. Region m:
# russia gains from 01-15, ukraine's only figure ends 01-10.
BALANCE = [
    "holding,aaa,k,control,2024-01-15,2024-01-15,50,exact,S,,,",
    "change,russia,k,control,2024-01-01,2024-01-31,62,exact,S,,,",
    "change,ukraine,k,control,2024-01-11,2024-01-31,21,approx,S,,,",
    "change,belarus,k,control,2024-01-01,2024-01-31,0,exact,S,,,",
    "change,poland,k,control,2024-01-01,2024-01-31,0.5,exact,S,,,",
    "change,russia,z,control,2024-01-01,2024-01-31,10,exact,S,,,",
    "change,russia,m,control,2024-01-15,2024-01-31,17,exact,S,,,",
    "change,ukraine,m,control,2024-01-01,2024-01-10,4,exact,S,,,",
]


def test_balance_of_each_actor_against_the_others(
    cli: Callable, run: Callable, tmp_path: Path
) -> None:
    path = tmp_path / "balance.csv"
    path.write_text("\n".join([HEADER, *BALANCE]) + "\n")
    run("import", str(path))
    result = cli("balance", "--period", "2024-01", "--format", "json")
    assert result.exit_code == 0, result.stderr
    rows = [
        (
            r["region"],
            r["actor"],
            r["gained_km2"],
            r["retaken_km2"],
            r["retaken_bound"],
            r["retaken_from"],
            r["retaken_by"],
            r["retaken_missing"],
        )
        for r in json.loads(result.stdout)["rows"]
    ]
    ukraine_from_11 = 42 + 0 + 0.5 * 21 / 31  # russia 2 × 21, belarus, poland
    assert rows == [
        # Regions in order; within one, by gain, largest first.
        ("k", "russia", 62.0, 21.5, "approx", "2024-01-01", ["belarus", "poland", "ukraine"], None),
        ("k", "ukraine", 21.0, pytest.approx(ukraine_from_11), "approx", "2024-01-11", ["belarus", "poland", "russia"], None),
        ("k", "poland", 0.5, 83.0, "approx", "2024-01-01", ["belarus", "russia", "ukraine"], None),
        # Gained nothing: nothing to take back, exactly.
        ("k", "belarus", 0.0, 0.0, "exact", None, ["poland", "russia", "ukraine"], None),
        # russia's gains from 01-15; ukraine has no figure on 01-15..01-31.
        ("m", "russia", 17.0, None, None, "2024-01-15", ["ukraine"], "no-figures"),
        # ukraine from 01-01: russia's 17 over 01-15..01-31.
        ("m", "ukraine", 4.0, 17.0, "exact", "2024-01-01", ["russia"], None),
        ("z", "russia", 10.0, None, None, None, [], None),
    ]  # fmt: skip


# russia's figures: 01-01..01-20 and 02-21..02-29, nothing on 01-21..02-20 (31
# days); three 10-day records, too few for the default threshold to call it.
GAPPED = [
    "change,russia,a,control,2024-01-01,2024-01-10,10,exact,S,,,",
    "change,russia,a,control,2024-01-11,2024-01-20,10,exact,S,,,",
    "change,russia,a,control,2024-02-21,2024-02-29,10,exact,S,,,",
]
CHECK_HEADER = "kind,actor,region,layer,source,first,last,records,message"
GAP_ROW = (
    "gap,russia,a,control,S,2024-01-21,2024-02-20,,"
    "no figure covers 2024-01-21..2024-02-20 (31 days)"
)


@pytest.mark.parametrize(
    ("options", "listed"),
    [
        (("--gap", "31"), True),
        (("--gap", "1"), True),
        (("--gap", "32"), False),
        ((), False),
    ],
)
def test_check_lists_gaps_of_at_least_the_days_given(
    cli: Callable, run: Callable, tmp_path: Path, options: tuple, listed: bool
) -> None:
    path = tmp_path / "gapped.csv"
    path.write_text("\n".join([HEADER, *GAPPED]) + "\n")
    run("import", str(path))
    result = cli("check", "--format", "csv", *options)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [CHECK_HEADER, *([GAP_ROW] if listed else [])]


def test_a_gap_bridged_by_snapshots_is_said_to_be(
    cli: Callable, run: Callable, tmp_path: Path
) -> None:
    # Snapshots on 01-20 and 02-20 bridge the days between: the holdings are
    # interpolated across them, and the gap is 01-21..02-19 (30 days).
    path = tmp_path / "bridged.csv"
    snapshots = [
        "holding,russia,a,control,2024-01-20,2024-01-20,100,exact,S,,,",
        "holding,russia,a,control,2024-02-20,2024-02-20,131,exact,S,,,",
    ]
    path.write_text("\n".join([HEADER, *GAPPED, *snapshots]) + "\n")
    run("import", str(path))
    result = cli("check", "--format", "csv", "--gap", "30")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        CHECK_HEADER,
        "gap,russia,a,control,S,2024-01-21,2024-02-19,,"
        '"no figure on 2024-01-21..2024-02-19 (30 days): the snapshots on either '
        "side are interpolated across it, so numbers there are prorated estimates "
        '(~)"',
    ]
