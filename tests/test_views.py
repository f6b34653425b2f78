"""Series made of other series: restricted to some days, and sums of layers."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from frontline.model.build import build
from frontline.model.records import Record
from frontline.model.views import Restricted, Summed, intersect

D = date
FIXTURES = Path(__file__).parent / "fixtures"


def change(start, end, area, bound="exact", layer="control", id=None):
    return Record("change", "r", "x", start, end, area, bound, layer=layer, id=id)


def holding(day, area, bound="exact", layer="control", id=None):
    return Record("holding", "r", "x", day, day, area, bound, layer=layer, id=id)


def test_intersect_runs():
    a = [(D(2024, 1, 1), D(2024, 1, 10)), (D(2024, 1, 20), D(2024, 1, 31))]
    b = [(D(2024, 1, 5), D(2024, 1, 25))]
    assert intersect(a, b) == [
        (D(2024, 1, 5), D(2024, 1, 10)),
        (D(2024, 1, 20), D(2024, 1, 25)),
    ]


def test_restricted_series_counts_only_the_given_days():
    # 31 km² over January (1/day), exact; restricted to 1..10 and 21..25 January:
    # 10 + 5 = 15 km² over 15 covered days, prorated (approx).
    series = build([change(D(2024, 1, 1), D(2024, 1, 31), 31, id=1)])
    days = [(D(2024, 1, 1), D(2024, 1, 10)), (D(2024, 1, 21), D(2024, 1, 25))]
    view = Restricted(series, days)
    total = view.window(D(2024, 1, 1), D(2024, 1, 31))
    assert (total.total, total.covered, total.days, total.bound) == (
        15,
        15,
        31,
        "approx",
    )
    assert view.window(D(2024, 1, 11), D(2024, 1, 20)).total is None
    assert view.first_gain(D(2024, 1, 11), D(2024, 1, 31)) == D(2024, 1, 21)


def test_layer_sum_adds_windows_on_the_days_both_cover_and_holdings():
    # control: snapshots 100 (1 Mar), 110 (11 Mar), exact → +1/day on 2..11 Mar.
    # advances: snapshots 5 (1 Mar), 7 (6 Mar), ~ → +0.4/day on 2..6 Mar only.
    # Sum over 1..11 Mar: days both cover are 2..6: 5×1 + 2 = 7, approx.
    control = build(
        [holding(D(2024, 3, 1), 100, id=1), holding(D(2024, 3, 11), 110, id=2)]
    )
    advances = build(
        [
            holding(D(2024, 3, 1), 5, "approx", "advances", id=3),
            holding(D(2024, 3, 6), 7, "approx", "advances", id=4),
        ]
    )
    summed = Summed(("r", "x", "control+advances", ""), [control, advances])
    total = summed.window(D(2024, 3, 1), D(2024, 3, 11))
    assert (total.total, total.covered, total.bound) == (7, 5, "approx")
    # Held on 6 March: 105 + 7 = 112 (~); on 11 March advances is last known on
    # 6 March, so the sum is too: 112 as of 6 March, 5 days stale.
    on_6 = summed.held(D(2024, 3, 6))
    assert (on_6.holding.area, on_6.holding.bound, on_6.stale_days) == (
        112,
        "approx",
        0,
    )
    on_11 = summed.held(D(2024, 3, 11))
    assert (on_11.holding.area, on_11.holding.on, on_11.stale_days) == (
        112,
        D(2024, 3, 6),
        5,
    )


def run(cli, *args):
    result = cli(*args)
    assert result.exit_code == 0, result.output
    return result


def import_layers(cli):
    run(cli, "seed")
    run(cli, "import", str(FIXTURES / "isw_layers.csv"), "--kind", "holding",
        "--map", "end=date", "--map", "layer=layerType", "--map", "area=areaKm2",
        "--set", "actor=russia", "--set", "region=ukraine", "--set", "source=ISW")  # fmt: skip


def test_layer_sum_on_the_command_line(cli):
    import_layers(cli)
    data = json.loads(
        run(cli, "report", "--period", "2024-11-16..2024-11-19", "--by", "day",
            "--layer", "control+advances", "--no-compare", "-f", "json").stdout
    )  # fmt: skip
    rows = {row["period"]: row for row in data["rows"]}
    assert {row["layer"] for row in data["rows"]} == {"control+advances"}
    # 17 Nov: control 110,602.4 − 110,584.1 = 18.3; advances 111,930.8 − 111,902.5
    # = 28.3; together 46.6. 18 Nov: 25.5 + 37.3 = 62.8. 16 and 19 Nov: advances
    # has no figure, so the sum has none.
    assert round(rows["2024-11-17"]["area_km2"], 1) == 46.6
    assert round(rows["2024-11-18"]["area_km2"], 1) == 62.8
    assert rows["2024-11-19"]["area_km2"] is None
    held = json.loads(
        run(cli, "held", "--on", "2024-11-18", "--layer", "Control+Advances",
            "-f", "json").stdout
    )  # fmt: skip
    # 110,627.9 + 111,968.1
    assert round(held["rows"][0]["holding_km2"], 1) == 222_596.0


def test_a_layer_sum_never_crosses_sources(cli):
    import_layers(cli)
    run(cli, "add", "5", "--holding", "--actor", "russia", "--region", "ukraine",
        "--on", "2024-11-18", "--layer", "advances", "--source", "DeepState")  # fmt: skip
    data = json.loads(
        run(cli, "held", "--on", "2024-11-18", "--layer", "control+advances",
            "-f", "json").stdout
    )  # fmt: skip
    assert [row["source"] for row in data["rows"]] == ["ISW"]


@pytest.mark.parametrize("layers", ["control+", "+control", "control++advances"])
def test_a_sum_with_an_empty_part_is_refused(cli, layers):
    result = cli("report", "--layer", layers)
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: layer: {layers!r} has an empty part: write A+B\n"
    )


def test_a_layer_named_twice_is_refused(cli):
    result = cli("report", "--layer", "control+control")
    assert result.exit_code == 2
    assert "layer: 'control+control' names a layer twice" in result.output
