"""Values as a person types them for one figure (`add`, `edit`), checked and
turned into a record: the dates (--on, --from/--to or a --period), the bound
(from the area's sign or a flag), the kind.

Shared by the command line and `frontline.open(...).add()`, so that both refuse
the same mistakes with the same words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontline.errors import InputError

if TYPE_CHECKING:
    from frontline.model.records import Record


def figure(
    area: str | float,
    *,
    actor: str,
    region: str,
    start: str | None = None,
    end: str | None = None,
    on: str | None = None,
    period: str | None = None,
    holding: bool = False,
    layer: str = "control",
    source: str = "",
    url: str | None = None,
    published: str | None = None,
    note: str | None = None,
    approx: bool = False,
    at_least: bool = False,
    at_most: bool = False,
) -> Record:
    """The record `add` would write, from its options (as typed): a change over
    --from..--to (or a --period), a holding --on a day; the bound from the
    area's sign (`~2,700`, `>1000`) or one of the bound flags."""
    from frontline.model.records import record_from_fields

    if period is not None:
        start, end = period_days(period, on, start, end, holding)
    if not holding and on is None and (start is None or end is None):
        missing = "--from" if start is None else "--to"
        raise InputError(
            missing.lstrip("-"), f"{missing} is required (or --on for one day)"
        )
    if holding and start is not None and on is None and end is None:
        raise InputError("to", "a holding is dated with --on (or --to)")
    values: dict[str, object] = {
        "kind": "holding" if holding else "change",
        "actor": actor,
        "region": region,
        "layer": layer,
        "area": str(area),
        "bound": bound_flag(approx, at_least, at_most),
        "source": source,
        "url": url,
        "published": published,
        "note": note,
        **figure_dates(on, start, end),
    }
    return record_from_fields({k: v for k, v in values.items() if v is not None})


def bound_flag(approx: bool, at_least: bool, at_most: bool) -> str | None:
    chosen = [
        name
        for name, flag in (
            ("approx", approx),
            ("at_least", at_least),
            ("at_most", at_most),
        )
        if flag
    ]
    if len(chosen) > 1:
        raise InputError("bound", "give only one of --approx, --at-least, --at-most")
    return chosen[0] if chosen else None


def figure_dates(on: str | None, start: str | None, end: str | None) -> dict[str, str]:
    if on is not None and (start is not None or end is not None):
        raise InputError("on", "give either --on or --from/--to, not both")
    if on is not None:
        return {"on": on}
    return {
        key: value
        for key, value in (("start", start), ("end", end))
        if value is not None
    }


def period_days(
    period: str, on: str | None, start: str | None, end: str | None, holding: bool
) -> tuple[str, str]:
    """The first and last day of `add --period`: a figure over a whole month,
    quarter, week or year, as the reports name periods."""
    from frontline.model.periods import parse_period

    if on is not None or start is not None or end is not None:
        raise InputError("period", "give --period or --on/--from/--to, not both")
    if holding:
        raise InputError("period", "a holding is dated with --on, not a period")
    if period.strip().endswith(".."):
        raise InputError(
            "period", f"{period!r} is open-ended; a figure needs its last day"
        )
    whole = parse_period(period, "period")
    return whole.start.isoformat(), whole.end.isoformat()
