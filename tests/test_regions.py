"""Regions and their areas (`frontline region`), and the shares of a region that
reports, `held` and `sources` give."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing


def run(cli, *args):
    result = cli(*args)
    assert result.exit_code == 0, result.output
    return result


def test_region_set_list_and_history(cli, db_path):
    result = run(cli, "region", "set", "Kursk", "--area", "29,997", "--name",
                 "Kursk Oblast", "--note", "Rosstat")  # fmt: skip
    assert result.stderr == f"added region kursk: 29,997 km²\ncreated {db_path}\n"
    assert run(cli, "region", "set", "kursk", "--area", "29997", "--name",
               "Kursk Oblast", "--note", "Rosstat").stderr == (
        "unchanged region kursk: 29,997 km²\n"
    )  # fmt: skip
    run(cli, "region", "set", "kursk", "--area", "30,000")
    listed = json.loads(run(cli, "region", "list", "-f", "json").stdout)
    assert listed == [
        {"slug": "kursk", "name": None, "area_km2": 30000.0, "note": None}
    ]
    with closing(sqlite3.connect(db_path)) as conn:
        kept = conn.execute(
            "SELECT slug, action, name, area_km2 FROM regions_history"
        ).fetchall()
    assert kept == [("kursk", "edit", "Kursk Oblast", 29997.0)]


def test_region_area_must_be_positive(cli):
    result = cli("region", "set", "kursk", "--area", "0")
    assert result.exit_code == 2
    assert result.stderr == "frontline: error: area: '0' must be more than 0\n"


def test_seed_carries_ukraines_area_and_keeps_a_users_value(cli):
    run(cli, "seed")
    (ukraine,) = json.loads(run(cli, "region", "list", "-f", "json").stdout)
    assert (ukraine["slug"], ukraine["area_km2"]) == ("ukraine", 603_628)
    assert "State Statistics Service of Ukraine" in ukraine["note"]
    run(cli, "region", "set", "ukraine", "--area", "600,000")
    assert "0 added, 1 already present (regions.csv)" in run(cli, "seed").stderr
    listed = json.loads(run(cli, "region", "list", "-f", "json").stdout)
    assert listed[0]["area_km2"] == 600_000


def test_report_gives_shares_of_the_region(cli):
    run(cli, "seed")
    data = json.loads(
        run(cli, "report", "--year", "2024", "--region", "ukraine", "-f", "json").stdout
    )
    (row,) = data["rows"]
    # ~2,700 / 603,628 = 0.4473 %; 110,649 / 603,628 = 18.331 %.
    assert round(100 * row["share_of_region"], 4) == 0.4473
    assert round(100 * row["holding_share_of_region"], 3) == 18.331
    table = run(cli, "report", "--year", "2024", "--region", "ukraine", "--no-compare")
    assert [line.rstrip() for line in table.stdout.splitlines()][2:5:2] == [
        "  series              source      km²   of region      days   cover   km²/day"
        "   held km²   held %",
        "  russia in ukraine   ISW      ~2,700      ~0.45%   324/366   88.5%     ~8.33"
        "   110,649¹    18.3%",
    ]
