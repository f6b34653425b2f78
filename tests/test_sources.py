"""`frontline sources`: one actor, region and layer as each source measures it,
over the days every source covers; and `report --common`."""

from __future__ import annotations

import json

import pytest

SNAPSHOTS = (
    ("ISW", "2024-03-01", "100"),
    ("ISW", "2024-03-03", "104"),
    ("ISW", "2024-03-05", "110"),
    ("DeepState", "2024-03-02", "102"),
    ("DeepState", "2024-03-03", "103"),
    ("DeepState", "2024-03-04", "106"),
    ("DeepState", "2024-03-05", "112"),
)


@pytest.fixture
def two_sources(cli):
    """ISW: 100 (1 Mar), 104 (3 Mar), 110 (5 Mar): +2/day on 2-3 Mar, +3/day on
    4-5 Mar. DeepState: 102, 103, 106, 112 on 2..5 Mar: +1, +3, +6 on 3, 4, 5 Mar.
    The days both cover: 3..5 March."""
    for source, day, area in SNAPSHOTS:
        result = cli("add", area, "--holding", "--actor", "russia", "--region",
                     "ukraine", "--on", day, "--source", source)  # fmt: skip
        assert result.exit_code == 0, result.output
    return cli


def as_json(cli, *args):
    result = cli(*args, "-f", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_sources_compare_the_days_both_cover(two_sources):
    data = as_json(two_sources, "sources", "--period", "2024-03-01..2024-03-05")
    deepstate, isw = data["rows"]
    assert data["common"] is True
    # DeepState, the reference (first listed): 1 + 3 + 6 = 10 km² on 3..5 Mar.
    assert (deepstate["source"], deepstate["area_km2"], deepstate["bound"]) == (
        "DeepState",
        10,
        "exact",
    )
    assert deepstate["days_covered"] == 3
    # ISW on 3..5 Mar: 3 Mar is half of its +4 over 2..3 Mar (prorated, ~2) and
    # 4..5 Mar +6: ~8; 8 − 10 = −2 km² (−20 %).
    assert (isw["area_km2"], isw["bound"], isw["days_covered"]) == (8, "approx", 3)
    assert (isw["change_difference_km2"], isw["change_difference_pct"]) == (-2, -20)
    # Held on 5 Mar, the last day with a snapshot from both: 110 against 112,
    # −2 km², −2/112 = −1.79 %.
    assert (isw["last_shared_snapshot"], isw["holding_km2"]) == ("2024-03-05", 110)
    assert isw["holding_difference_km2"] == -2
    assert round(isw["holding_difference_pct"], 2) == -1.79
    assert (isw["first_shared_snapshot"], isw["first_holding_km2"]) == (
        "2024-03-03",
        104,
    )


def test_sources_against_a_named_source_and_own_days(two_sources):
    data = as_json(two_sources, "sources", "--period", "2024-03-01..2024-03-05",
                   "--against", "ISW", "--own")  # fmt: skip
    isw, deepstate = data["rows"]
    assert (isw["source"], data["common"]) == ("ISW", False)
    # Own days: ISW 2..5 Mar = 10 km² (4 days); DeepState 3..5 Mar = 10 km².
    assert (isw["area_km2"], isw["days_covered"]) == (10, 4)
    assert (deepstate["area_km2"], deepstate["change_difference_km2"]) == (10, 0)
    # Held: 112 − 110 = +2 km², 2/110 = +1.82 %.
    assert round(deepstate["holding_difference_pct"], 2) == 1.82


def test_sources_table(two_sources):
    result = two_sources("sources", "--period", "2024-03-01..2024-03-05")
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    assert lines[0] == (
        "Sources compared on the days every source covers, 2024-03-01..2024-03-05 "
        "(5 days)"
    )
    assert lines[4:6] == [
        "  russia in ukraine   DeepState    3/5    10      3.33                112",
        "  russia in ukraine   ISW          3/5    ~8     ~2.67      -2        110       -2     -1.79%",
    ]  # fmt: skip
    assert (
        "russia in ukraine: Δ against DeepState; held on 2024-03-05, the last day "
        "with a snapshot from every source." in lines
    )


def test_report_common_counts_the_same_days(two_sources):
    data = as_json(two_sources, "report", "--period", "2024-03-01..2024-03-05",
                   "--common", "--no-compare")  # fmt: skip
    rows = {row["source"]: row for row in data["rows"]}
    assert (rows["ISW"]["area_km2"], rows["ISW"]["days_covered"]) == (8, 3)
    assert (rows["DeepState"]["area_km2"], rows["DeepState"]["days_covered"]) == (10, 3)
    own = as_json(two_sources, "report", "--period", "2024-03-01..2024-03-05",
                  "--no-compare")  # fmt: skip
    assert {row["source"]: row["area_km2"] for row in own["rows"]} == {
        "DeepState": 10,
        "ISW": 10,
    }


def test_sources_errors(two_sources):
    result = two_sources("sources", "--against", "BBC")
    assert result.exit_code == 2
    assert "against: no series of 'BBC' shares its actor, region and layer" in (
        result.output
    )
