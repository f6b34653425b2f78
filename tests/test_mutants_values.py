"""Reading user values into records: areas with bounds and units, dates, names,
kinds, bounds, ids and whole records. Each expected value is worked out by hand
(1 mi² = 2.589988110336 km², 1 ha = 0.01 km²) and each refusal's text is the
one line a user sees."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.errors import FrontlineError, InputError
from frontline.model.records import (
    Area,
    Record,
    parse_area,
    parse_bound,
    parse_date,
    parse_kind,
    parse_slug,
    record_from_fields,
    record_from_row,
    stored_date,
)

MI2 = 2.589988110336


@pytest.fixture(autouse=True)
def read_afresh():
    """Dates and names are cached by their text (a bulk import repeats them):
    each test here reads its values afresh, so that what it checks is the
    reading itself, whatever ran before it in the same process."""
    from frontline.model import values

    values._parse_date_text.cache_clear()
    values._parse_slug_text.cache_clear()


@pytest.mark.parametrize(
    ("text", "km2", "bound"),
    [
        ("2700", 2700.0, "exact"),
        ("2,700", 2700.0, "exact"),
        ("1 000 000", 1_000_000.0, "exact"),
        ("1_000.5", 1000.5, "exact"),
        ("110\u00a0649", 110_649.0, "exact"),
        ("~2,700", 2700.0, "approx"),
        ("≈ 12", 12.0, "approx"),
        (">1000", 1000.0, "at_least"),
        (">=1000", 1000.0, "at_least"),
        ("≥ 1000", 1000.0, "at_least"),
        ("1000+", 1000.0, "at_least"),
        ("1,000+ km2", 1000.0, "at_least"),
        ("<500", 500.0, "at_most"),
        ("<=500", 500.0, "at_most"),
        ("≤500", 500.0, "at_most"),
        ("10 mi2", 10 * MI2, "exact"),
        ("10mi²", 10 * MI2, "exact"),
        ("10 square miles", 10 * MI2, "exact"),
        ("<10 sq mi", 10 * MI2, "at_most"),
        ("250 ha", 2.5, "exact"),
        ("250 hectares", 2.5, "exact"),
        ("7 km²", 7.0, "exact"),
        ("7 sq km", 7.0, "exact"),
        ("7 KM2", 7.0, "exact"),
        ("7 square kilometres", 7.0, "exact"),
        (".5", 0.5, "exact"),
        ("1e3", 1000.0, "exact"),
        ("0", 0.0, "exact"),
        ("  42  ", 42.0, "exact"),
        (465, 465.0, "exact"),
        (12.5, 12.5, "exact"),
    ],
)
def test_areas(text: object, km2: float, bound: str) -> None:
    area = parse_area(text)
    assert area.bound == bound
    assert area.km2 == pytest.approx(km2, rel=1e-15)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "area: is empty"),
        ("   ", "area: is empty"),
        ("abc", "area: 'abc' is not a number"),
        ("12 acres", "area: unknown unit 'acres' in '12 acres' (use km2, mi2 or ha)"),
        (">1000+", "area: '>1000+' gives two bounds"),
        ("12,34", "area: '12,34' has misplaced thousands separators"),
        ("1,00", "area: '1,00' has misplaced thousands separators"),
        ("-5", "area: '-5' is negative; record a loss as the other actor's gain"),
        ("\u22125", "area: '-5' is negative; record a loss as the other actor's gain"),
        ("nan", "area: 'nan' is not a number (NaN)"),
        ("inf", "area: 'inf' is infinite"),
        ("1e-400", "area: '1e-400' is too small to store"),
        (
            "600,000,000",
            "area: '600,000,000' is larger than the Earth's surface (510 million km²)",
        ),
        (True, "area: 'True' is not a number"),
        (-1, "area: '-1' is negative; record a loss as the other actor's gain"),
    ],
)
def test_areas_refused(text: object, message: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_area(text)
    assert str(caught.value) == message


def test_the_largest_area_is_the_earth() -> None:
    assert parse_area("510,072,000").km2 == 510_072_000.0
    with pytest.raises(InputError):
        parse_area("510,072,001")
    huge = 10**400
    with pytest.raises(InputError) as caught:
        parse_area(huge)
    assert str(caught.value) == (
        "area: '100000… (401 digits)' is larger than the Earth's surface (510 million km²)"
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2024-11-19", date(2024, 11, 19)),
        (" 2024-02-29 ", date(2024, 2, 29)),
        ("19 Nov 2024", date(2024, 11, 19)),
        ("Nov 19, 2024", date(2024, 11, 19)),
        ("19th of November 2024", date(2024, 11, 19)),
        ("1 September 2024", date(2024, 9, 1)),
        ("Sept 1 2024", date(2024, 9, 1)),
        ("1800-01-01", date(1800, 1, 1)),
        ("2200-12-31", date(2200, 12, 31)),
        (date(2024, 1, 2), date(2024, 1, 2)),
    ],
)
def test_dates(text: object, day: date) -> None:
    assert parse_date(text) == day


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "date: is empty"),
        (
            "03/11/2024",
            "date: '03/11/2024' is ambiguous (day/month or month/day?); "
            "write it as YYYY-MM-DD or like '3 Nov 2024'",
        ),
        ("2024-02-30", "date: '2024-02-30' is not a date that exists"),
        ("1799-12-31", "date: '1799-12-31' is outside the years 1800-2200"),
        ("2201-01-01", "date: '2201-01-01' is outside the years 1800-2200"),
        (
            "Ma 5 2024",
            "date: 'Ma 5 2024' is not a date (use YYYY-MM-DD or a written date like '19 Nov 2024')",
        ),
        (
            "Ju 5 2024",
            "date: 'Ju 5 2024' is not a date (use YYYY-MM-DD or a written date like '19 Nov 2024')",
        ),
        (
            "June 2024",
            "date: 'June 2024' is not a date (use YYYY-MM-DD or a written date like '19 Nov 2024')",
        ),
        (
            "5 June 2024 7",
            "date: '5 June 2024 7' is not a date (use YYYY-MM-DD or a written date like '19 Nov 2024')",
        ),
        (
            "5 June June 2024",
            "date: '5 June June 2024' is not a date (use YYYY-MM-DD or a written date like '19 Nov 2024')",
        ),
        (
            "5 June 20245",
            "date: '5 June 20245' is not a date (use YYYY-MM-DD or a written date like '19 Nov 2024')",
        ),
    ],
)
def test_dates_refused(text: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_date(text)
    assert str(caught.value) == message


def test_a_date_field_is_named() -> None:
    with pytest.raises(InputError) as caught:
        parse_date("x", "published")
    assert str(caught.value).startswith("published: 'x' is not a date")


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Russia", "russia"),
        ("  North  Donetsk ", "north-donetsk"),
        ("a_b.c-1", "a_b.c-1"),
    ],
)
def test_slugs(text: str, slug: str) -> None:
    assert parse_slug(text, "actor") == slug


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "region: is empty"),
        ("-x", "region: '-x' is not a valid name (letters, digits, '-', '_' and '.')"),
        (
            "a/b",
            "region: 'a/b' is not a valid name (letters, digits, '-', '_' and '.')",
        ),
        ("x" * 201, "region: is 201 characters long; at most 200 are kept"),
    ],
)
def test_slugs_refused(text: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_slug(text, "region")
    assert str(caught.value) == message


def test_kinds_and_bounds() -> None:
    assert parse_kind(" Holding ") == "holding"
    assert [parse_bound(b) for b in ("~", "approximate", "About", "at-least", "At most", "exact")] == [
        "approx",
        "approx",
        "approx",
        "at_least",
        "at_most",
        "exact",
    ]  # fmt: skip
    with pytest.raises(InputError) as caught:
        parse_kind("gain")
    assert str(caught.value) == "kind: 'gain' is not one of change, holding"
    with pytest.raises(InputError) as caught:
        parse_bound("roughly")
    assert str(caught.value) == (
        "bound: 'roughly' is not one of exact, approx, at_least, at_most"
    )


BASE = {"actor": "Russia", "region": "Ukraine", "start": "2024-01-01", "end": "2024-01-31", "area": "~2,700"}  # fmt: skip


def test_a_record_from_fields() -> None:
    record = record_from_fields(
        {**BASE, "source": " ISW ", "url": "", "published": "2024-02-01", "note": "n", "id": "7"}
    )  # fmt: skip
    assert record == Record(
        "change",
        "russia",
        "ukraine",
        date(2024, 1, 1),
        date(2024, 1, 31),
        2700.0,
        "approx",
        layer="control",
        source="ISW",
        url=None,
        published=date(2024, 2, 1),
        note="n",
        id=7,
    )
    assert record.days == 31
    assert record.series == ("russia", "ukraine", "control", "ISW")
    assert record.key == ("change", "russia", "ukraine", "control", "2024-01-01", "2024-01-31", "ISW")  # fmt: skip
    assert record.to_row() == {
        "id": 7, "kind": "change", "actor": "russia", "region": "ukraine",
        "layer": "control", "start": "2024-01-01", "end": "2024-01-31",
        "area_km2": 2700.0, "bound": "approx", "source": "ISW", "url": None,
        "published": "2024-02-01", "note": "n",
    }  # fmt: skip
    assert record.to_values() == tuple(record.to_row().values())
    assert record_from_row(record.to_row()) == record


def test_a_holding_needs_one_day() -> None:
    holding = record_from_fields({"kind": "holding", "actor": "a", "region": "b", "end": "2024-01-05", "area_km2": "10"})  # fmt: skip
    assert (holding.start, holding.end, holding.days) == (
        date(2024, 1, 5),
        date(2024, 1, 5),
        1,
    )
    on = record_from_fields({"actor": "a", "region": "b", "on": "2024-01-05", "area": "10", "start": "2024-01-05"})  # fmt: skip
    assert (on.start, on.end, on.kind) == (date(2024, 1, 5), date(2024, 1, 5), "change")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"colour": "red"}, "colour: is not a record field"),
        ({"actor": ""}, "actor: is required"),
        ({"start": None}, "start: is required for a change (or give on)"),
        ({"end": "2023-12-31"}, "end: 2023-12-31 is before start 2024-01-01"),
        ({"kind": "holding"}, "start: a holding is the area held on one day: start must equal end"),
        ({"on": ""}, "on: is empty"),
        ({"on": "2024-01-05"}, "on: give either a single day (on) or start and end"),
        ({"area_km2": "2,600"}, "area: give either area or area_km2, not both"),
        ({"bound": "at_least"}, "bound: at_least contradicts the area's own prefix (approx)"),
        ({"id": "x"}, "id: 'x' is not a record id"),
        ({"id": "0"}, "id: '0' is out of range: a record id given in a file runs from 1 to 2^52 (4503599627370496)"),
        ({"id": str(2**52 + 1)}, f"id: '{2**52 + 1}' is out of range: a record id given in a file runs from 1 to 2^52 (4503599627370496)"),
    ],
)  # fmt: skip
def test_records_refused(changes: dict, message: str) -> None:
    with pytest.raises(InputError) as caught:
        record_from_fields({**BASE, **changes})
    assert str(caught.value) == message


def test_a_bound_field_sets_the_bound_of_a_plain_area() -> None:
    record = record_from_fields({**BASE, "area": "100", "bound": "at most"})
    assert (record.area_km2, record.bound) == (100.0, "at_most")
    same = record_from_fields({**BASE, "bound": "approx"})
    assert same.bound == "approx"
    both = record_from_fields({**BASE, "area_km2": "~2700"})
    assert both.area_km2 == 2700.0
    assert record_from_fields({**BASE, "id": str(2**52)}).id == 2**52


def test_a_stored_date_that_is_not_a_date_names_the_record() -> None:
    assert stored_date("2024-01-02") == date(2024, 1, 2)
    with pytest.raises(FrontlineError) as caught:
        stored_date("2024-13-01", "end", 4)
    assert str(caught.value) == (
        "record #4 holds end '2024-13-01', which is not a YYYY-MM-DD date; "
        "fix it in the database (with the sqlite3 tool) or remove it"
    )
    with pytest.raises(FrontlineError) as caught:
        stored_date("x")
    assert str(caught.value).startswith("a record holds date 'x'")


def test_area_values_compare_by_value() -> None:
    assert parse_area("~10") == Area(10.0, "approx")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("the 3rd of March 2024", date(2024, 3, 3)),
        ("May 2nd 2024", date(2024, 5, 2)),
        ("21st June 2024", date(2024, 6, 21)),
        ("DEC 25 2023", date(2023, 12, 25)),
        ("2024 Jan 9", date(2024, 1, 9)),
    ],
)
def test_written_dates_with_ordinals_and_fillers(text: str, day: date) -> None:
    assert parse_date(text) == day


@pytest.mark.parametrize(
    "text", ["5 2024", "June 5", "5 June 2024 2025", "5 6 June 2024"]
)
def test_written_dates_missing_or_repeating_a_part(text: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_date(text)
    assert str(caught.value) == (
        f"date: {text!r} is not a date (use YYYY-MM-DD or a written date like '19 Nov 2024')"
    )


def test_with_changes_makes_a_new_record() -> None:
    record = record_from_fields(BASE)
    changed = record.with_changes(area_km2=5.0, note="x")
    assert (changed.area_km2, changed.note, changed.actor) == (5.0, "x", "russia")
    assert record.area_km2 == 2700.0


def test_a_plain_area_is_kept_to_the_square_metre() -> None:
    from frontline.model.values import plain_km2

    # 1 m² is 0.000001 km²: six decimals.
    assert plain_km2(0.1234567) == "0.123457"
    assert plain_km2(3.0) == "3"
