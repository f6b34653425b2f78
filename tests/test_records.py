"""Parsing of what users type: areas with bounds and units, dates, whole records."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.errors import InputError
from frontline.model.records import parse_area, parse_date, record_from_fields


@pytest.mark.parametrize(
    ("text", "km2", "bound"),
    [
        ("2700", 2700.0, "exact"),
        ("2,700", 2700.0, "exact"),
        ("~2700", 2700.0, "approx"),
        ("~2,700 km2", 2700.0, "approx"),
        ("2,700 km²", 2700.0, "exact"),
        (">1000", 1000.0, "at_least"),
        ("≥1,000", 1000.0, "at_least"),
        ("1000+", 1000.0, "at_least"),
        ("<500", 500.0, "at_most"),
        ("0", 0.0, "exact"),
        ("12.5", 12.5, "exact"),
        ("1 mi2", 2.589988110336, "exact"),
        ("~100 mi²", 258.9988110336, "approx"),
        ("250 ha", 2.5, "exact"),
        ("110,649", 110649.0, "exact"),
    ],
)
def test_area_forms(text: str, km2: float, bound: str) -> None:
    area = parse_area(text)
    assert area.km2 == pytest.approx(km2, rel=1e-12)
    assert area.bound == bound


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("-5", "area: '-5' is negative; record a loss as the other actor's gain"),
        ("abc", "area: 'abc' is not a number"),
        ("nan", "area: 'nan' is not a number (NaN)"),
        ("inf", "area: 'inf' is infinite"),
        ("5 acres", "area: unknown unit 'acres' in '5 acres' (use km2, mi2 or ha)"),
        ("1,00", "area: '1,00' has misplaced thousands separators"),
        ("~1000+", "area: '~1000+' gives two bounds"),
        ("", "area: is empty"),
    ],
)
def test_area_errors_name_the_field(text: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_area(text)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    "text",
    [
        "2024-11-19",
        "19 Nov 2024",
        "Nov 19, 2024",
        "19 November 2024",
        "November 19th, 2024",
    ],
)
def test_date_forms(text: str) -> None:
    assert parse_date(text) == date(2024, 11, 19)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2024-02-30", "date: '2024-02-30' is not a date that exists"),
        ("2023-02-29", "date: '2023-02-29' is not a date that exists"),
        (
            "03/11/2024",
            "date: '03/11/2024' is ambiguous (day/month or month/day?); "
            "write it as YYYY-MM-DD or like '3 Nov 2024'",
        ),
        (
            "Nov 2024",
            "date: 'Nov 2024' is not a date "
            "(use YYYY-MM-DD or a written date like '19 Nov 2024')",
        ),
    ],
)
def test_date_errors(text: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_date(text)
    assert str(caught.value) == message


def test_record_from_fields_normalises_and_infers() -> None:
    record = record_from_fields(
        {
            "actor": "Russia",
            "region": "Ukraine",
            "start": "1 Jan 2024",
            "end": "2024-11-19",
            "area": "~2,700",
            "source": " ISW ",
        }
    )
    assert record.kind == "change"
    assert (record.actor, record.region, record.layer) == (
        "russia",
        "ukraine",
        "control",
    )
    assert (record.start, record.end, record.days) == (
        date(2024, 1, 1),
        date(2024, 11, 19),
        324,
    )
    assert (record.area_km2, record.bound, record.source) == (2700.0, "approx", "ISW")


def test_holding_needs_only_its_day() -> None:
    record = record_from_fields(
        {
            "kind": "holding",
            "actor": "russia",
            "region": "ukraine",
            "end": "2024-11-19",
            "area_km2": "110649",
        }
    )
    assert record.start == record.end == date(2024, 11, 19)


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (
            {"start": "2024-02-03", "end": "2024-02-01"},
            "end: 2024-02-01 is before start 2024-02-03",
        ),
        ({"end": "2024-02-01"}, "start: is required for a change (or give on)"),
        (
            {"on": "2024-02-01", "start": "2024-01-01"},
            "on: give either a single day (on) or start and end",
        ),
        (
            {"on": "2024-02-01", "bound": "at_least", "area": "~5"},
            "bound: at_least contradicts the area's own prefix (approx)",
        ),
        (
            {"on": "2024-02-01", "bound": "roughly"},
            "bound: 'roughly' is not one of exact, approx, at_least, at_most",
        ),
        (
            {"on": "2024-02-01", "kind": "loss"},
            "kind: 'loss' is not one of change, holding",
        ),
        (
            {"on": "2024-02-01", "actor": "Russia!"},
            "actor: 'Russia!' is not a valid name (letters, digits, '-', '_' and '.')",
        ),
        ({"on": "2024-02-01", "colour": "red"}, "colour: is not a record field"),
    ],
)
def test_record_errors(values: dict[str, str], message: str) -> None:
    base = {"actor": "russia", "region": "ukraine", "area": "5"}
    with pytest.raises(InputError) as caught:
        record_from_fields(base | values)
    assert str(caught.value) == message


def test_error_located_in_a_file() -> None:
    error = InputError("area_km2", "'x' is not a number").at("data.csv", 7)
    assert str(error) == "data.csv, line 7: area_km2: 'x' is not a number"
