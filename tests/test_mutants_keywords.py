"""The library's keywords as the command line's option values
(`model.keywords`): days as ISO text, `from_`/`to` as `start`/`end`, the
method's own names left out, the given values over the rest."""

from __future__ import annotations

from datetime import date

from frontline.model.keywords import spec_options, text


def test_a_day_is_typed_as_iso_text_and_text_is_kept() -> None:
    assert text(date(2024, 9, 1)) == "2024-09-01"
    assert text("2024-09") == "2024-09"
    assert text(None) is None


def test_a_methods_keywords_become_the_specs_options() -> None:
    given = {
        "self": object(),
        "from_": date(2024, 9, 1),
        "to": "3 Nov 2024",
        "region": "kursk",
        "by": "week",
        "pivot": True,
        "own": "rows",
    }
    assert spec_options(given, by="month", common=True) == {
        "start": "2024-09-01",
        "end": "3 Nov 2024",
        "region": "kursk",
        "by": "month",
        "common": True,
    }
