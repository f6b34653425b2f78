"""The library's keywords as the command line's option values.

`Tracker` methods take `from_` (a keyword cannot be `from`) and days as `date`
or text; the spec parsers take what the command line gives them, so these
translate once for every method.
"""

from __future__ import annotations

from datetime import date
from typing import Any


def text(day: Any) -> Any:
    """A day as the command line would type it (a `date` as ISO text)."""
    return day.isoformat() if isinstance(day, date) else day


def spec_options(given: dict[str, Any], **values: Any) -> dict[str, Any]:
    """A method's keywords (its `locals()` before anything else is assigned)
    as `ReportOptions.parse` takes them: `from_` and `to` as `start` and `end`,
    days as text, `values` over the rest; the method's own (`self`, `pivot`,
    `own`) left out."""
    renamed = {"from_": "start", "to": "end"}
    options = {
        renamed.get(name, name): text(value)
        for name, value in given.items()
        if name not in ("self", "pivot", "own")
    }
    return {**options, **values}
