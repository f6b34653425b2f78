"""The bulk row checker, case by case: the stored values of each row worked out
by hand from the record model (FIELD_NAMES order: id, kind, actor, region,
layer, start, end, area_km2, bound, source, url, published, note), which fields
each part reads, and which rows it leaves to the slow path (None)."""

from __future__ import annotations

import pytest

from frontline.errors import InputError
from frontline.model.records import record_from_fields
from frontline.model.rows import RowChecker
from frontline.model.text import MAX_NAME_LENGTH, MAX_NOTE_LENGTH


def checker(*names: str, default_kind: str | None = None, **constants) -> RowChecker:
    return RowChecker(
        {name: i for i, name in enumerate(names)}, constants, default_kind
    )


def stored(
    kind: str,
    start: str,
    end: str,
    km2: float,
    bound: str = "exact",
    *,
    id: int | None = None,
    layer: str = "control",
    source: str = "",
    url: str | None = None,
    published: str | None = None,
    note: str | None = None,
) -> tuple:
    return (
        id,
        kind,
        "russia",
        "ukraine",
        layer,
        start,
        end,
        km2,
        bound,
        source,
        url,
        published,
        note,
    )


def test_fields_that_are_not_record_fields_are_refused_by_name() -> None:
    with pytest.raises(ValueError, match=r"^not record fields: \['colour'\]$"):
        checker("actor", "colour")
    # A constant is a field as much as a column is.
    with pytest.raises(ValueError, match=r"^not record fields: \['size', 'zone'\]$"):
        RowChecker({"actor": 0}, {"zone": "x", "size": 1}, None)
    # `on` and `area` are accepted spellings.
    assert checker("on", "area").positions == {"on": 0, "area": 1}


def test_a_single_day_column_gives_both_ends() -> None:
    rows = checker("kind", "actor", "region", "on", "area_km2")
    assert rows.values(["change", "Russia", "Ukraine", "2024-01-05", "12.5"]) == (
        stored("change", "2024-01-05", "2024-01-05", 12.5)
    )
    assert rows.values(["holding", "russia", "ukraine", "5 Jan 2024", "7"]) == (
        stored("holding", "2024-01-05", "2024-01-05", 7.0)
    )


def test_a_holding_needs_only_its_end_day() -> None:
    # The span part reads the kind: a change without a start is refused, a
    # holding without one starts on its end day.
    rows = checker("kind", "actor", "region", "end", "area_km2")
    assert rows.values(["holding", "russia", "ukraine", "2024-03-01", "100"]) == (
        stored("holding", "2024-03-01", "2024-03-01", 100.0)
    )
    assert rows.values(["change", "russia", "ukraine", "2024-03-01", "100"]) is None


def test_the_bound_column_sets_the_bound_of_a_written_area() -> None:
    rows = checker("actor", "region", "start", "end", "area_km2", "bound")
    row = ["russia", "ukraine", "2024-01-01", "2024-01-31"]
    # Not a plain number (grouped digits): read by the area rules.
    assert rows.values([*row, "2,700", "at_most"]) == (
        stored("change", "2024-01-01", "2024-01-31", 2700.0, "at_most")
    )
    assert rows.values([*row, "2,700", ""]) == (
        stored("change", "2024-01-01", "2024-01-31", 2700.0)
    )
    # A plain number: the bound column alone decides, blank is exact.
    assert rows.values([*row, "2700", "approximate"]) == (
        stored("change", "2024-01-01", "2024-01-31", 2700.0, "approx")
    )
    assert rows.values([*row, "2700", " "]) == (
        stored("change", "2024-01-01", "2024-01-31", 2700.0)
    )
    assert rows.values([*row, "2700", "maybe"]) is None
    # The Earth's surface is the largest area there is.
    assert rows.values([*row, "510072000", ""]) == (
        stored("change", "2024-01-01", "2024-01-31", 510_072_000.0)
    )
    assert rows.values([*row, "510072001", ""]) is None


def test_a_plain_area_without_a_bound_column_is_exact() -> None:
    rows = checker("actor", "region", "start", "end", "area_km2")
    assert rows.values(["russia", "ukraine", "2024-01-01", "2024-01-02", "12.5"]) == (
        stored("change", "2024-01-01", "2024-01-02", 12.5)
    )


def test_a_bound_given_for_every_row_applies_to_plain_areas_too() -> None:
    rows = checker("actor", "region", "start", "end", "area_km2", bound="approx")
    assert rows.values(["russia", "ukraine", "2024-01-01", "2024-01-02", "5"]) == (
        stored("change", "2024-01-01", "2024-01-02", 5.0, "approx")
    )


def test_an_area_given_for_every_row() -> None:
    rows = checker("actor", "region", "start", "end", area_km2="~40")
    assert rows.values(["russia", "ukraine", "2024-01-01", "2024-01-02"]) == (
        stored("change", "2024-01-01", "2024-01-02", 40.0, "approx")
    )


def test_area_and_area_km2_that_disagree_go_to_the_slow_path() -> None:
    rows = checker("actor", "region", "start", "end", "area", "area_km2")
    row = ["russia", "ukraine", "2024-01-01", "2024-01-02"]
    assert rows.values([*row, "~5", "5"]) is None
    with pytest.raises(InputError, match="give either area or area_km2, not both"):
        record_from_fields(rows.fields([*row, "~5", "5"]))
    assert rows.values([*row, "5", "5"]) == (
        stored("change", "2024-01-01", "2024-01-02", 5.0)
    )


def test_the_default_kind_fills_only_a_blank_kind() -> None:
    rows = checker("kind", "actor", "region", "end", "area_km2", default_kind="holding")
    assert rows.values(["", "russia", "ukraine", "2024-01-02", "5"]) == (
        stored("holding", "2024-01-02", "2024-01-02", 5.0)
    )
    assert rows.values(["  ", "russia", "ukraine", "2024-01-02", "5"]) == (
        stored("holding", "2024-01-02", "2024-01-02", 5.0)
    )
    assert rows.fields(["change", "russia", "ukraine", "2024-01-02", "5"])["kind"] == (
        "change"
    )
    # A change without a start day: refused, not turned into a holding.
    assert rows.values(["change", "russia", "ukraine", "2024-01-02", "5"]) is None
    # Without a default, a blank kind is a change.
    plain = checker("kind", "actor", "region", "start", "end", "area_km2")
    assert plain.values(["", "russia", "ukraine", "2024-01-01", "2024-01-02", "5"]) == (
        stored("change", "2024-01-01", "2024-01-02", 5.0)
    )


TEXT_COLUMNS = ("actor", "region", "start", "end", "area_km2", "source", "url", "note")
DAYS = ["russia", "ukraine", "2024-01-01", "2024-01-02", "5"]


def test_free_text_from_cells_is_stripped_and_blank_is_none() -> None:
    rows = checker(*TEXT_COLUMNS)
    assert rows.values([*DAYS, " ISW ", " https://x.example/a ", " a note "]) == (
        stored(
            "change",
            "2024-01-01",
            "2024-01-02",
            5.0,
            source="ISW",
            url="https://x.example/a",
            note="a note",
        )
    )
    assert rows.values([*DAYS, " ", "", "  "]) == (
        stored("change", "2024-01-01", "2024-01-02", 5.0)
    )


@pytest.mark.parametrize(
    ("field", "limit"),
    [("source", MAX_NAME_LENGTH), ("url", MAX_NAME_LENGTH), ("note", MAX_NOTE_LENGTH)],
)
def test_free_text_at_its_limit_is_kept_and_one_more_is_refused(
    field: str, limit: int
) -> None:
    rows = checker(*TEXT_COLUMNS)
    at = TEXT_COLUMNS.index(field) - len(DAYS)
    texts = ["S", "", ""]
    texts[at] = "x" * limit
    made = rows.values([*DAYS, *texts])
    assert made is not None
    assert made[9:13] == (texts[0], texts[1] or None, None, texts[2] or None)
    texts[at] = "x" * (limit + 1)
    assert rows.values([*DAYS, *texts]) is None
    with pytest.raises(InputError) as caught:
        record_from_fields(rows.fields([*DAYS, *texts]))
    assert caught.value.field == field
    assert caught.value.message == (
        f"is {limit + 1:,} characters long; at most {limit:,} are kept"
    )


def test_free_text_given_for_every_row() -> None:
    rows = checker(
        "actor", "region", "start", "end", "area_km2", source=" ISW ", note="n"
    )
    assert rows.values(DAYS) == (
        stored("change", "2024-01-01", "2024-01-02", 5.0, source="ISW", note="n")
    )
    # A constant too long is refused once, when the checker is made.
    with pytest.raises(InputError) as caught:
        checker("actor", source="x" * (MAX_NAME_LENGTH + 1))
    assert caught.value.field == "source"


def test_ids_from_a_column_or_for_every_row() -> None:
    rows = checker("id", "actor", "region", "start", "end", "area_km2")
    assert rows.has_id is True
    assert rows.values(["17", *DAYS]) == (
        stored("change", "2024-01-01", "2024-01-02", 5.0, id=17)
    )
    assert rows.values(["", *DAYS]) == stored("change", "2024-01-01", "2024-01-02", 5.0)
    assert rows.values(["0", *DAYS]) is None
    assert rows.values(["x", *DAYS]) is None
    # The id column need not come first.
    later = checker("actor", "region", "start", "end", "area_km2", "id")
    assert later.values([*DAYS, " 4 "]) == (
        stored("change", "2024-01-01", "2024-01-02", 5.0, id=4)
    )
    given = checker("actor", "region", "start", "end", "area_km2", id="9")
    assert given.has_id is True
    assert given.values(DAYS) == stored("change", "2024-01-01", "2024-01-02", 5.0, id=9)
    none = checker("actor", "region", "start", "end", "area_km2")
    assert none.has_id is False
    assert none.values(DAYS) == stored("change", "2024-01-01", "2024-01-02", 5.0)


def test_layer_and_published_columns() -> None:
    rows = checker("actor", "region", "layer", "start", "end", "area_km2", "published")
    assert rows.values(
        ["russia", "ukraine", "Advances", "2024-01-01", "2024-01-02", "5", "3 Jan 2024"]
    ) == (
        stored(
            "change",
            "2024-01-01",
            "2024-01-02",
            5.0,
            layer="advances",
            published="2024-01-03",
        )
    )
    assert rows.values(
        ["russia", "ukraine", "", "2024-01-01", "2024-01-02", "5", ""]
    ) == stored("change", "2024-01-01", "2024-01-02", 5.0)


def test_repeated_rows_give_the_same_values_from_the_caches() -> None:
    rows = checker("kind", "actor", "region", "start", "end", "area_km2", "bound")
    first = ["change", "russia", "ukraine", "2024-01-01", "2024-01-02", "5", "approx"]
    second = ["holding", "russia", "ukraine", "2024-01-02", "2024-01-02", "9", "approx"]
    for _ in range(3):
        assert rows.values(first) == (
            stored("change", "2024-01-01", "2024-01-02", 5.0, "approx")
        )
        assert rows.values(second) == (
            stored("holding", "2024-01-02", "2024-01-02", 9.0, "approx")
        )


def test_an_id_given_for_every_row_is_checked_as_an_id_on_each_row() -> None:
    # Not as free text when the checker is made: a bad id is the slow path's to
    # name, on the row it stops.
    rows = checker("actor", "region", "start", "end", "area_km2", id="x" * 300)
    assert rows.values(DAYS) is None
    with pytest.raises(InputError) as caught:
        record_from_fields(rows.fields(DAYS))
    assert caught.value.field == "id"
    assert caught.value.message.endswith("is not a record id")
