"""Dates of records read from whole passages: one test per kind of phrasing,
each on a made-up sentence of that kind."""

from __future__ import annotations

from datetime import date

from frontline.extract.candidates import extract


def dated(text: str, published: date) -> list[tuple[float, str, str]]:
    """(area, start, end) of every candidate, dates as ISO text or ""."""
    return [
        (
            c.area_km2,
            c.start.isoformat() if c.start else "",
            c.end.isoformat() if c.end else "",
        )
        for c in extract(text, published=published).candidates
    ]


def test_a_day_named_with_as_of_is_the_day_currently_means() -> None:
    text = "Moscow currently holds about 98,000 sq km of Ukraine, as of 3 March."
    assert dated(text, date(2024, 3, 5)) == [(98000.0, "2024-03-03", "2024-03-03")]


def test_since_an_event_placed_in_a_month_runs_to_today_from_no_day() -> None:
    text = (
        "Kyiv's troops have retaken 88 square kilometres since launching their "
        "offensive in June 2023, officials said."
    )
    assert dated(text, date(2023, 8, 14)) == [(88.0, "", "2023-08-14")]
    text = "Since opening its assault last month, the army has seized 41 sq km."
    assert dated(text, date(2024, 6, 10)) == [(41.0, "", "2024-06-10")]
