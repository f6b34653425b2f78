"""Scopes and filters as values, worked by hand: the layers of a sum, one scope
per layer, a report's title, and the filters of `list` as typed."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.errors import InputError
from frontline.model.scope import Filters, Scope, parse_filters


def test_the_layers_of_a_sum_and_one_scope_each() -> None:
    summed = Scope("russia", "ukraine", "control+advances", "ISW")
    assert summed.layers == ("control", "advances")
    assert summed.parts() == [
        Scope("russia", "ukraine", "control", "ISW"),
        Scope("russia", "ukraine", "advances", "ISW"),
    ]
    one = Scope(layer="control")
    assert one.layers is None
    assert one.parts() == [one]
    assert Scope().layers is None
    assert Scope().parts() == [Scope()]


def test_a_scope_describes_the_names_given_in_order() -> None:
    assert Scope().describe() == ""
    assert Scope(region="kursk", source="ISW").describe() == "region kursk, source ISW"
    assert Scope("russia", "kursk", "control", "ISW").describe() == (
        "actor russia, region kursk, layer control, source ISW"
    )


def test_filters_as_typed() -> None:
    assert parse_filters() == Filters()
    assert parse_filters(
        actor=" Russia ",
        region="Kursk Oblast",
        layer="Control",
        source=" ISW ",
        kind="Holding",
        start="1 Jan 2024",
        end="2024-01-31",
    ) == Filters(
        "russia",
        "kursk-oblast",
        "control",
        " ISW ",
        "holding",
        date(2024, 1, 1),
        date(2024, 1, 31),
    )
    # One day is a span too.
    assert parse_filters(start="2024-01-31", end="2024-01-31").end == date(2024, 1, 31)


@pytest.mark.parametrize(
    ("options", "field", "message"),
    [
        ({"start": "2024-02-01", "end": "2024-01-31"}, "to", "2024-01-31 is before --from 2024-02-01"),
        ({"start": "soon"}, "from", None),
        ({"end": "soon"}, "to", None),
        ({"kind": "sometimes"}, "kind", None),
        ({"actor": "a b!"}, "actor", None),
        ({"region": "?"}, "region", None),
        ({"layer": "?"}, "layer", None),
    ],
)  # fmt: skip
def test_filters_refused_by_name(
    options: dict, field: str, message: str | None
) -> None:
    with pytest.raises(InputError) as caught:
        parse_filters(**options)
    assert caught.value.field == field
    if message is not None:
        assert caught.value.message == message
