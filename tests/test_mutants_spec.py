"""Report options read by hand: each option's spelling as a spec keeps it
(slugs, trimmed names, lengths in days, areas in km², event names kept for the
database to date), which question compares by default, and every window
conflict's text. No database is needed for any of it."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.errors import InputError
from frontline.model.periods import parse_period
from frontline.model.scope import Scope
from frontline.reports.spec import ReportOptions, parse_scope


def test_each_option_as_the_spec_keeps_it() -> None:
    options = ReportOptions.parse(
        actor=" Russia ",
        layer="Control+Advances",
        source=" ISW ",
        by=" Month ",
        window="last-30d",
        reach=" ALL ",
        against=" S ",
        on=["2024-01-02", "invasion"],
        until="2025-01-01",
        rolling="4w",
    )
    draft = options.draft
    assert draft.question == "report"
    assert draft.scope == Scope("russia", None, "control+advances", "ISW")
    assert (draft.by, draft.trailing, draft.rolling) == ("month", 30, 28)
    assert (draft.target, draft.against) == ("all", "S")
    assert draft.days == (date(2024, 1, 2), "invasion")
    assert draft.until == date(2025, 1, 1)
    assert (draft.baseline, draft.common, draft.gap, draft.stale) == (
        None,
        False,
        None,
        None,
    )
    assert options.previous is True
    assert options.compare is None


def test_lengths_periods_and_areas() -> None:
    options = ReportOptions.parse("balance", window="3m", reach="1,000", common=True)
    assert (options.draft.trailing, options.draft.target) == ((3, "m"), 1000.0)
    assert options.draft.common is True
    assert options.previous is False  # only `report` compares by default
    assert ReportOptions.parse(window=" 90D ").draft.trailing == 90
    # One digit: 4 weeks are 28 days, `last-1d` is one day.
    assert ReportOptions.parse(window="4w").draft.trailing == 28
    assert ReportOptions.parse(window="last-1d").draft.trailing == 1
    assert ReportOptions.parse(window="2024").draft.trailing == parse_period("2024")
    assert ReportOptions.parse(reach="2 mi2").draft.target == pytest.approx(5.179976)
    options = ReportOptions.parse(compare="2023")
    assert (options.draft.baseline, options.compare) == (parse_period("2023"), None)
    options = ReportOptions.parse(compare="invasion..last-30d")
    assert (options.draft.baseline, options.compare) == (None, "invasion..last-30d")
    assert ReportOptions.parse(no_compare=True).previous is False
    checked = ReportOptions.parse("check", gap=5, stale=30, as_of="2024-03-01")
    assert (checked.draft.gap, checked.draft.stale, checked.draft.as_of) == (
        5,
        30,
        date(2024, 3, 1),
    )
    # --as-of alone is refused for check only.
    assert ReportOptions.parse("held", as_of="2024-03-01").draft.as_of == date(
        2024, 3, 1
    )


def test_blank_names_are_no_filter() -> None:
    assert parse_scope() == Scope()
    assert parse_scope(source="  ") == Scope()
    assert parse_scope(actor="", region="", layer="") == Scope()
    assert ReportOptions.parse(against="  ").draft.against is None
    assert ReportOptions.parse(scope=Scope(" Russia ", "Kursk")).draft.scope == Scope(
        "russia", "kursk"
    )


@pytest.mark.parametrize(
    ("options", "field", "message"),
    [
        ({"reach": "0"}, "reach", "'0' must be more than 0"),
        ({"reach": "lots"}, "reach", "'lots' is not a number"),
        ({"actor": "bad/name"}, "actor", "'bad/name' is not a valid name (letters, digits, '-', '_' and '.')"),
        ({"region": "bad/name"}, "region", "'bad/name' is not a valid name (letters, digits, '-', '_' and '.')"),
        ({"layer": "a++b"}, "layer", "'a++b' has an empty part: write A+B"),
        ({"until": "2024-02-30"}, "until", "'2024-02-30' is not a date that exists"),
        ({"window": "2024-06-01..invasion+1y"}, "window", "'invasion+1y' is not a period (use 2024, 2024-Q3, 2024-09, 2024-W36, 2024-09-01 or A..B)"),
        ({"window": "last-0d"}, "window", "'0d' must be at least one day"),
        ({"window": "soon"}, "window", None),
        ({"rolling": "x"}, "rolling", "'x' is not a length (use 90d, 12w, 3m or 1y)"),
        ({"by": "fortnight"}, "by", "'fortnight' is not one of year, quarter, month, week, day"),
        ({"compare": "2023", "no_compare": True}, "compare", "give --compare or --no-compare, not both"),
        ({"on": ["someday 5"]}, "on", None),
        ({"as_of": "x", "stale": 3}, "as-of", None),
    ],
)  # fmt: skip
def test_options_refused_by_name(
    options: dict, field: str, message: str | None
) -> None:
    with pytest.raises(InputError) as caught:
        ReportOptions.parse("check" if "stale" in options else "report", **options)
    assert caught.value.field == field
    if message is not None:
        assert caught.value.message == message


def test_as_of_alone_is_refused_for_check() -> None:
    with pytest.raises(InputError) as caught:
        ReportOptions.parse("check", as_of="2024-03-01")
    assert (caught.value.field, caught.value.message) == (
        "as-of",
        "--as-of goes with --stale N",
    )


def test_any_area_above_zero_can_be_reached() -> None:
    assert ReportOptions.parse(reach="0.5").draft.target == 0.5
    assert ReportOptions.parse(reach="1").draft.target == 1.0


def test_not_a_question() -> None:
    with pytest.raises(ValueError, match=r"^not a question: nonsense$"):
        ReportOptions.parse("nonsense")


def test_windows_without_the_database() -> None:
    spec = ReportOptions.parse(year=9999).resolve(None)
    assert (spec.window, spec.named, spec.by) == (parse_period("9999"), True, None)
    assert spec.baseline == parse_period("9998")
    spec = ReportOptions.parse("balance", year=2024).resolve(None)
    assert (spec.window, spec.baseline) == (parse_period("2024"), None)
    spec = ReportOptions.parse(period="2024-Q2", by="month").resolve(None)
    assert (spec.window.label, spec.by) == ("2024-Q2", "month")
    assert spec.baseline == parse_period("2024-Q1")
    assert (
        ReportOptions.parse(period="2024-Q2", no_compare=True).resolve(None).baseline
        is None
    )
    spec = ReportOptions.parse(start="2024-01-01", end="2024-01-31").resolve(None)
    assert (spec.window.start, spec.window.end, spec.named) == (
        date(2024, 1, 1),
        date(2024, 1, 31),
        True,
    )
    assert spec.baseline == parse_period("2023-12")
    spec = ReportOptions.parse().resolve(None)
    assert (spec.window, spec.named, spec.by, spec.baseline) == (
        None,
        False,
        "year",
        None,
    )


@pytest.mark.parametrize(
    ("options", "field", "message"),
    [
        ({"year": 10000}, "year", "10000 is not a year"),
        ({"year": 0}, "year", "0 is not a year"),
        ({"year": 2024, "period": "2024"}, "period", "give --year or --period, not both"),
        ({"year": 2024, "start": "2024-01-01"}, "from", "give --from/--to or --year/--period, not both"),
        ({"period": "2024", "end": "2024-01-01"}, "from", "give --from/--to or --year/--period, not both"),
        ({"start": "2024-02-01", "end": "2024-01-31"}, "to", "2024-01-31 is before --from 2024-02-01"),
    ],
)  # fmt: skip
def test_window_conflicts(options: dict, field: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        ReportOptions.parse(**options).resolve(None)
    assert (caught.value.field, caught.value.message) == (field, message)
