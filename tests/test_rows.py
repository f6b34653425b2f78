"""The bulk validator gives exactly what `record_from_fields` gives, row by row:
the same stored values for good rows, and the slow path (with its own error)
for every row it cannot vouch for."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from frontline.errors import InputError
from frontline.ingest.sources import FieldPlan
from frontline.ingest.tabular import csv_rows, csv_value_rows
from frontline.model.records import record_from_fields
from frontline.model.rows import CACHE_LIMIT, RowChecker

FIXTURES = Path(__file__).parent / "fixtures"
HEADER = ["kind", "actor", "region", "layer", "start", "end", "area_km2", "bound"]
CHECKER = RowChecker({name: i for i, name in enumerate(HEADER)}, {}, None)

GOOD_ROWS = [
    ["holding", "Russia", "ukraine", "", "2024-01-01", "2024-01-01", "12.5", ""],
    [
        "change",
        "russia",
        "kursk oblast",
        "control",
        "1 Jan 2024",
        "2024-02-01",
        "~2,700 km2",
        "",
    ],
    [
        "",
        "russia",
        "ukraine",
        "advances",
        "2024-01-01",
        "2024-02-01",
        "1000+",
        "at_least",
    ],
    ["holding", "ukraine", "kursk", "control", "", "2024-03-01", " 5 mi2 ", "approx"],
    [
        "change",
        "russia",
        "ukraine",
        "control",
        "2024-01-01",
        "2024-01-31",
        "7",
        "about",
    ],
]
BAD_ROWS = [
    ["holding", "russia", "ukraine", "", "2024-01-01", "2024-01-02", "12.5", ""],
    ["change", "russia", "ukraine", "", "2024-02-01", "2024-01-01", "1", ""],
    ["change", "", "ukraine", "", "2024-01-01", "2024-01-02", "1", ""],
    ["change", "russia", "ukraine", "", "2024-01-01", "2024-01-02", "999999999999", ""],
    ["change", "russia", "ukraine", "", "2024-01-01", "2024-01-02", "~5", "at_most"],
    ["change", "russia", "ukraine", "", "2024-01-01", "2024-01-02", "5", "maybe"],
    ["sometimes", "russia", "ukraine", "", "2024-01-01", "2024-01-02", "5", ""],
]


@pytest.mark.parametrize("row", GOOD_ROWS)
def test_good_rows_give_the_validators_values(row: list[str]) -> None:
    expected = record_from_fields(CHECKER.fields(row)).to_values()
    assert CHECKER.values(row) == expected
    assert CHECKER.values(row) == expected  # and again, from the caches


@pytest.mark.parametrize("row", BAD_ROWS)
def test_rows_with_a_problem_go_to_the_slow_path(row: list[str]) -> None:
    assert CHECKER.values(row) is None
    with pytest.raises(InputError):
        record_from_fields(CHECKER.fields(row))


def test_a_cached_value_never_hides_a_later_error() -> None:
    good = ["holding", "russia", "ukraine", "", "2024-01-01", "2024-01-01", "1", ""]
    assert CHECKER.values(good) is not None
    assert CHECKER.values([*good[:4], "2024-01-01", "2024-01-02", *good[6:]]) is None


def test_constants_and_default_kind_apply_as_the_plan_does() -> None:
    checker = RowChecker(
        {"end": 0, "area": 1},
        {"actor": "russia", "region": "ukraine", "source": " ISW "},
        "holding",
    )
    row = ["2024-11-16", "110,584.1"]
    assert checker.values(row) == record_from_fields(checker.fields(row)).to_values()
    assert checker.values(row)[1] == "holding"
    assert checker.values(row)[9] == "ISW"


def test_caches_start_afresh_when_full() -> None:
    checker = RowChecker({name: i for i, name in enumerate(HEADER)}, {}, None)
    for number in range(CACHE_LIMIT + 10):
        row = ["change", f"a{number}", "r", "", "2024-01-01", "2024-01-02", "1", ""]
        assert checker.values(row) is not None
    assert len(checker._actor.cache) <= CACHE_LIMIT


def _both_readers(text: str, plan: FieldPlan) -> tuple[list, list]:
    slow = [
        (*record.to_values(), int(origin.rsplit(" ", 1)[1]))
        for record, origin in csv_rows(io.StringIO(text), "f.csv", plan)
    ]
    fast = list(csv_value_rows(io.StringIO(text), "f.csv", plan))
    return slow, fast


@pytest.mark.parametrize(
    ("name", "plan"),
    [
        ("records.csv", FieldPlan()),
        (
            "isw_layers.csv",
            FieldPlan.from_options(
                ["end=date", "layer=layerType", "area=areaKm2"],
                ["actor=russia", "region=ukraine", "source=ISW"],
                "holding",
            ),
        ),
    ],
)
def test_fast_csv_reader_gives_what_the_record_reader_gives(
    name: str, plan: FieldPlan
) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    slow, fast = _both_readers(text, plan)
    assert fast == slow
    assert len(fast) > 3


def test_fast_csv_reader_raises_the_record_readers_error() -> None:
    text = "actor,region,on,area\nrussia,ukraine,2024-01-01,5\n\nrussia,ukraine,2024-01-02,-5\n"
    messages = []
    for reader in (csv_rows, csv_value_rows):
        with pytest.raises(InputError) as caught:
            list(reader(io.StringIO(text), "f.csv", FieldPlan()))
        messages.append(str(caught.value))
    assert messages[0] == messages[1]
    assert messages[0].startswith("f.csv, line 4: area: '-5' is negative")
