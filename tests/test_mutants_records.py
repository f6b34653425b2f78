"""Record values: how a refused value is quoted (cut at 40 characters), written
dates that name a day that does not exist, stored dates naming their record,
and free text held to its field's limit."""

from __future__ import annotations

import pytest

from frontline.errors import FrontlineError, InputError
from frontline.model.records import record_from_row, text_of
from frontline.model.text import MAX_NAME_LENGTH, MAX_NOTE_LENGTH
from frontline.model.values import parse_date

NOT_A_DATE = "is not a date (use YYYY-MM-DD or a written date like '19 Nov 2024')"


def test_a_refused_value_is_quoted_whole_up_to_40_characters() -> None:
    forty = "x" * 40
    with pytest.raises(InputError) as caught:
        parse_date(forty, "end")
    assert str(caught.value) == f"end: '{forty}' {NOT_A_DATE}"
    # 41: the first 39 and an ellipsis, 40 characters in all.
    with pytest.raises(InputError) as caught:
        parse_date(forty + "y", "end")
    assert str(caught.value) == f"end: '{'x' * 39}…' {NOT_A_DATE}"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("30 Feb 2024", "published: '30 Feb 2024' is not a date that exists"),
        ("Feb 29 2023", "published: 'Feb 29 2023' is not a date that exists"),
        ("1 Jan 1799", "published: '1 Jan 1799' is outside the years 1800-2200"),
        # A day has one or two digits.
        ("123 June 2024", f"published: '123 June 2024' {NOT_A_DATE}"),
        ("005 June 2024", f"published: '005 June 2024' {NOT_A_DATE}"),
    ],
)
def test_written_dates_refused_with_their_field(text: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_date(text, "published")
    assert str(caught.value) == message


def test_written_dates_at_the_edges() -> None:
    from datetime import date

    assert parse_date("29 Feb 2024") == date(2024, 2, 29)
    assert parse_date("05 June 2024") == date(2024, 6, 5)
    assert parse_date("31 Dec 2200") == date(2200, 12, 31)


ROW = {
    "kind": "change",
    "actor": "russia",
    "region": "ukraine",
    "layer": "control",
    "start": "2024-01-01",
    "end": "2024-01-31",
    "area_km2": 5,
    "bound": "approx",
    "source": None,
    "url": "",
    "published": "2024-02-01",
    "note": "",
}


def test_a_record_from_its_stored_row() -> None:
    from datetime import date

    record = record_from_row({**ROW, "id": 7})
    assert record.id == 7
    assert (record.start, record.end, record.published) == (
        date(2024, 1, 1),
        date(2024, 1, 31),
        date(2024, 2, 1),
    )
    assert (record.area_km2, record.bound, record.source) == (5.0, "approx", "")
    assert (record.url, record.note) == (None, None)
    assert record_from_row({**ROW, "published": None}).published is None


@pytest.mark.parametrize("field", ["start", "end", "published"])
def test_a_stored_row_with_a_bad_date_names_its_record(field: str) -> None:
    with pytest.raises(FrontlineError) as caught:
        record_from_row({**ROW, "id": 12, field: "2024-1-5"})
    assert str(caught.value) == (
        f"record #12 holds {field} '2024-1-5', which is not a YYYY-MM-DD date; "
        "fix it in the database (with the sqlite3 tool) or remove it"
    )


@pytest.mark.parametrize(
    ("field", "limit"),
    [("source", MAX_NAME_LENGTH), ("url", MAX_NAME_LENGTH), ("note", MAX_NOTE_LENGTH)],
)
def test_free_text_is_held_to_its_fields_limit(field: str, limit: int) -> None:
    assert text_of(" " + "a" * limit + " ", field) == "a" * limit
    assert text_of("  ", field) is None
    assert text_of(None, field) is None
    with pytest.raises(InputError) as caught:
        text_of("a" * (limit + 1), field)
    assert caught.value.field == field
    assert caught.value.message == (
        f"is {limit + 1:,} characters long; at most {limit:,} are kept"
    )


def test_the_figure_add_builds_from_its_options() -> None:
    from datetime import date

    from frontline.model.records import figure

    change = figure(
        "~2,700", actor="Russia", region="ukraine", start="2024-01-01", end="2024-01-31"
    )
    assert (change.kind, change.actor, change.layer, change.area_km2, change.bound) == (
        "change",
        "russia",
        "control",
        2700.0,
        "approx",
    )
    assert (change.start, change.end) == (date(2024, 1, 1), date(2024, 1, 31))
    held = figure(465, actor="russia", region="kursk", on="2024-11-19", holding=True)
    assert (held.kind, held.start, held.end, held.area_km2, held.bound) == (
        "holding",
        date(2024, 11, 19),
        date(2024, 11, 19),
        465.0,
        "exact",
    )
    # A holding dated by --to alone; a change over one day by --on.
    assert figure(1, actor="r", region="a", end="2024-01-02", holding=True).start == (
        date(2024, 1, 2)
    )
    one = figure(1, actor="r", region="a", on="2024-01-02")
    assert (one.kind, one.start, one.end) == (
        "change",
        date(2024, 1, 2),
        date(2024, 1, 2),
    )
    # Bound flags, text fields and a period.
    flagged = figure(
        "5",
        actor="r",
        region="a",
        period="2024-02",
        at_least=True,
        layer="Advances",
        source=" ISW ",
        url="https://x.example",
        published="2024-03-01",
        note="n",
    )
    assert (flagged.start, flagged.end, flagged.bound) == (
        date(2024, 2, 1),
        date(2024, 2, 29),
        "at_least",
    )
    assert (flagged.layer, flagged.source, flagged.url, flagged.note) == (
        "advances",
        "ISW",
        "https://x.example",
        "n",
    )
    assert flagged.published == date(2024, 3, 1)
    assert figure("5", actor="r", region="a", on="2024-01-01", approx=True).bound == (
        "approx"
    )
    assert figure("5", actor="r", region="a", on="2024-01-01", at_most=True).bound == (
        "at_most"
    )


@pytest.mark.parametrize(
    ("options", "field", "message"),
    [
        ({"start": "2024-01-01"}, "to", "--to is required (or --on for one day)"),
        ({"end": "2024-01-01"}, "from", "--from is required (or --on for one day)"),
        ({}, "from", "--from is required (or --on for one day)"),
        (
            {"start": "2024-01-01", "holding": True},
            "to",
            "a holding is dated with --on (or --to)",
        ),
        (
            {"on": "2024-01-01", "end": "2024-01-02"},
            "on",
            "give either --on or --from/--to, not both",
        ),
        (
            {"on": "2024-01-01", "start": "2024-01-01"},
            "on",
            "give either --on or --from/--to, not both",
        ),
        (
            {"on": "2024-01-01", "approx": True, "at_least": True},
            "bound",
            "give only one of --approx, --at-least, --at-most",
        ),
        (
            {"on": "2024-01-01", "at_least": True, "at_most": True},
            "bound",
            "give only one of --approx, --at-least, --at-most",
        ),
        (
            {"period": "2024-01", "on": "2024-01-01"},
            "period",
            "give --period or --on/--from/--to, not both",
        ),
        (
            {"period": "2024-01", "end": "2024-01-31"},
            "period",
            "give --period or --on/--from/--to, not both",
        ),
        (
            {"period": "2024-01", "holding": True},
            "period",
            "a holding is dated with --on, not a period",
        ),
        (
            {"period": "2024-01.. "},
            "period",
            "'2024-01.. ' is open-ended; a figure needs its last day",
        ),
    ],
)
def test_the_figure_add_refuses(options: dict, field: str, message: str) -> None:
    from frontline.model.records import figure

    with pytest.raises(InputError) as caught:
        figure("5", actor="r", region="a", **options)
    assert (caught.value.field, caught.value.message) == (field, message)


@pytest.mark.parametrize(
    ("number", "message"),
    [
        # 40 digits are written out; from 10^40 on, the first six and a count.
        (10**40 - 1, f"area: '{'9' * 40}' is larger than the Earth's surface (510 million km²)"),
        (10**40, "area: '100000… (41 digits)' is larger than the Earth's surface (510 million km²)"),
        (-(10**41), "area: '-10000… (42 digits)' is negative; record a loss as the other actor's gain"),
    ],
)  # fmt: skip
def test_a_huge_whole_number_is_shown_short(number: int, message: str) -> None:
    from frontline.model.records import parse_area

    with pytest.raises(InputError) as caught:
        parse_area(number)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    "values", [{"area_km2": "abc"}, {"area": "5", "area_km2": "abc"}]
)
def test_a_bad_area_km2_is_named_as_such(values: dict) -> None:
    from frontline.model.records import record_from_fields

    base = {"actor": "r", "region": "a", "start": "2024-01-01", "end": "2024-01-02"}
    with pytest.raises(InputError) as caught:
        record_from_fields({**base, **values})
    assert (caught.value.field, caught.value.message) == (
        "area_km2",
        "'abc' is not a number",
    )


@pytest.mark.parametrize(
    ("options", "field", "message"),
    [
        ({"holding": True}, "end", "is required"),
        ({"period": "2024-13"}, "period", "'2024-13' is not a period that exists"),
        ({"period": "2024-01", "start": "2024-01-01"}, "period", "give --period or --on/--from/--to, not both"),
    ],
)  # fmt: skip
def test_more_figures_add_refuses(options: dict, field: str, message: str) -> None:
    from frontline.model.records import figure

    with pytest.raises(InputError) as caught:
        figure("5", actor="r", region="a", **options)
    assert (caught.value.field, caught.value.message) == (field, message)


def test_a_figure_without_a_source_has_none() -> None:
    from frontline.model.records import figure

    assert figure("5", actor="r", region="a", on="2024-01-01").source == ""


def test_a_bad_publication_day_is_refused_as_published() -> None:
    from frontline.model.records import record_from_fields

    fields = {"kind": "holding", "actor": "a", "region": "b", "on": "2024-01-05"}
    with pytest.raises(InputError) as caught:
        record_from_fields({**fields, "area": "5", "published": "soon"})
    assert str(caught.value) == f"published: 'soon' {NOT_A_DATE}"
    with pytest.raises(InputError) as caught:
        record_from_fields({**fields, "area": "5", "published": "2024-02-30"})
    assert str(caught.value) == "published: '2024-02-30' is not a date that exists"


def test_an_integer_beyond_any_float_is_refused_by_its_sign() -> None:
    from frontline.model.records import parse_area

    # 10**400 has 401 digits: shown by its first six characters and its length.
    with pytest.raises(InputError) as caught:
        parse_area(-(10**400))
    assert str(caught.value) == (
        "area: '-10000… (401 digits)' is negative; record a loss as the other "
        "actor's gain"
    )
    with pytest.raises(InputError) as caught:
        parse_area(10**400, "area_km2")
    assert str(caught.value) == (
        "area_km2: '100000… (401 digits)' is larger than the Earth's surface "
        "(510 million km²)"
    )


HOLDING = {"kind": "holding", "actor": "a", "region": "b", "area": "5"}
CHANGE = {"kind": "change", "actor": "a", "region": "b", "area": "5"}


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({**HOLDING, "on": "soon"}, f"on: 'soon' {NOT_A_DATE}"),
        ({**HOLDING, "end": "2024-02-30"}, "end: '2024-02-30' is not a date that exists"),
        ({**CHANGE, "start": "soon", "end": "2024-01-05"}, f"start: 'soon' {NOT_A_DATE}"),
        # `on` with a start or an end: each must be a day, and that day.
        ({**HOLDING, "on": "2024-01-05", "start": "soon"}, f"start: 'soon' {NOT_A_DATE}"),
        ({**HOLDING, "on": "2024-01-05", "end": "2024-13-01"}, "end: '2024-13-01' is not a date that exists"),
        ({**HOLDING, "on": "2024-01-05", "end": "2024-01-06"}, "on: give either a single day (on) or start and end"),
        ({**HOLDING, "on": "2024-01-05", "layer": "no such layer!"}, "layer: 'no such layer!' is not a valid name (letters, digits, '-', '_' and '.')"),
    ],
)  # fmt: skip
def test_each_day_and_the_layer_are_refused_under_their_own_name(
    fields: dict, message: str
) -> None:
    from frontline.model.records import record_from_fields

    with pytest.raises(InputError) as caught:
        record_from_fields(fields)
    assert str(caught.value) == message


def test_on_with_the_same_start_and_end_is_that_day() -> None:
    from datetime import date

    from frontline.model.records import record_from_fields

    fields = {**HOLDING, "on": "2024-01-05", "start": "5 Jan 2024", "end": "2024-01-05"}
    record = record_from_fields(fields)
    assert (record.start, record.end) == (date(2024, 1, 5), date(2024, 1, 5))


def test_a_name_that_is_not_text_is_read_as_its_text() -> None:
    from frontline.model.values import parse_slug

    # JSON gives numbers and lists as they are.
    assert parse_slug(7, "region") == "7"
    assert parse_slug(2.5, "actor") == "2.5"
    with pytest.raises(InputError) as caught:
        parse_slug(["x"], "actor")
    assert str(caught.value) == (
        "actor: \"['x']\" is not a valid name (letters, digits, '-', '_' and '.')"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # A plain number is still held to the Earth's surface, under its field.
        ("600000000", "'600000000' is larger than the Earth's surface (510 million km²)"),
        # A unit with no number before it, and a unit glued to a letter.
        ("km2", "'km2' is not a number"),
        ("5Xha", "unknown unit 'Xha' in '5Xha' (use km2, mi2 or ha)"),
        ("5 ACRES", "unknown unit 'ACRES' in '5 ACRES' (use km2, mi2 or ha)"),
    ],
)  # fmt: skip
def test_areas_refused_under_their_field(text: str, message: str) -> None:
    from frontline.model.records import parse_area

    with pytest.raises(InputError) as caught:
        parse_area(text, "area_km2")
    assert (caught.value.field, caught.value.message) == ("area_km2", message)


@pytest.mark.parametrize(
    ("text", "km2"),
    [
        ("5km2", 5.0),  # one digit right before the unit
        ("0e-5", 0.0),  # zero written with an exponent: 0, not too small
        ("0E-5", 0.0),
    ],
)
def test_areas_read_at_the_edges_of_units_and_exponents(text: str, km2: float) -> None:
    from frontline.model.records import Area, parse_area

    assert parse_area(text) == Area(km2, "exact")


def test_a_date_that_is_not_text_is_read_as_its_text() -> None:
    # JSON and spreadsheets may give a day as a number.
    with pytest.raises(InputError) as caught:
        parse_date(20240105, "end")
    assert str(caught.value) == f"end: '20240105' {NOT_A_DATE}"
