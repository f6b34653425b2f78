"""`area_text` and `rate_text` format small numbers with `%` and large ones with
`,` separators: the same text as the `,` format everywhere, around the edges
where a separator or a rounding could appear."""

from __future__ import annotations

import random

from frontline.render.labels import area_text, rate_text
from frontline.render.text import BOUND_SIGNS, format_area

EDGES = [999.5, -999.5, 999.45, 999.95, 9.995, -9.995, 10.0, -10.0, 0.05, -0.05]
EDGES += [0.005, 99.95, 1000.0, -1000.0, 1e15 + 0.5, 0.0, -0.0, 2.95, -2.95]


def _values() -> list[float]:
    rng = random.Random(19)
    values = [x + d for x in EDGES for d in (-1e-9, -1e-12, 0.0, 1e-12, 1e-9)]
    values += [k / 100 for k in range(-120_000, 120_000, 7)]
    values += [rng.uniform(-2000, 2000) for _ in range(5000)]
    values += [rng.uniform(-1e7, 1e7) for _ in range(2000)]
    return values


def _rate_reference(value: float, bound: str) -> str:
    text = f"{value:,.2f}" if abs(value) < 10 else f"{value:,.1f}"
    if not text.strip("-0.,"):
        text = text.lstrip("-")
    return BOUND_SIGNS.get(bound, "") + text


def test_area_text_is_format_area_around_separators():
    for value in _values():
        for bound in ("exact", "approx", "at_least", "at_most"):
            assert area_text(value, bound) == format_area(value, bound)
        assert area_text(value, None) == format_area(value, "exact")


def test_rate_text_is_the_separated_format():
    for value in _values():
        for bound in ("exact", "approx", "at_least", "at_most"):
            assert rate_text(value, bound) == _rate_reference(value, bound)
    assert rate_text(1234.56, None) == "1,234.6"
    assert rate_text(-0.004) == "0.00"
    assert rate_text(None) == ""
