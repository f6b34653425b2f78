"""`ReportSpec`: options become one fully determined report, the same way from
the command line and from Python (names spelt as stored or refused, windows
closed on the records, the previous equal period as the baseline)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.errors import InputError
from frontline.model.periods import parse_period
from frontline.model.scope import Scope
from frontline.reports.spec import ReportOptions, ReportSpec
from test_reports import ISW, open_db

D = date


@pytest.fixture
def isw(tmp_path):
    return open_db(tmp_path / "isw.db", ISW)


def test_a_scope_from_python_is_spelt_as_stored(isw):
    spec = ReportSpec.build(isw, scope=Scope(source="isw", region="Ukraine"))
    assert spec.scope == Scope(region="ukraine", source="ISW")
    # 465 km² in 2023, as `frontline report --source isw --region ukraine` says.
    rows = spec.report(isw).rows
    assert (rows[0].bucket.label, rows[0].integral.total) == ("2023", 465)


def test_an_unknown_name_is_refused_with_the_known_ones(isw):
    with pytest.raises(InputError) as error:
        ReportSpec.build(isw, scope=Scope(source="isv"))
    assert str(error.value) == ("no source 'isv'; known: ISW, Ukrainian General Staff")


def test_a_sum_of_layers_is_spelt_layer_by_layer(isw):
    spec = ReportSpec.build(isw, layer="CONTROL")
    assert spec.scope.layer == "control"
    with pytest.raises(InputError, match="no layer 'advances'"):
        ReportSpec.build(isw, layer="control+advances")


def test_a_named_year_compares_with_the_previous_one(isw):
    spec = ReportSpec.build(isw, year=2024, region="ukraine")
    assert spec.window == parse_period("2024")
    assert spec.named and spec.by is None
    assert spec.baseline == parse_period("2023")
    # 2,700 against 465: 5.81 times.
    (comparison,) = spec.report(isw).comparisons
    assert round(comparison.area_ratio, 2) == 5.81


def test_no_window_means_every_record_by_year_without_a_baseline(isw):
    spec = ReportSpec.build(isw, compare=None)
    assert (spec.window, spec.named, spec.by, spec.baseline) == (
        None,
        False,
        "year",
        None,
    )
    report = spec.report(isw)
    assert (report.window.start, report.window.end) == (D(2023, 1, 1), D(2024, 11, 19))
    assert [row.bucket.label for row in report.rows][:2] == ["2023", "2024"]


def test_an_open_end_closes_on_the_records_the_filters_select(isw):
    spec = ReportSpec.build(isw, start="2024-09-01", region="kursk")
    # Kursk's last figure ends on 19 November 2024.
    assert (spec.window.start, spec.window.end) == (D(2024, 9, 1), D(2024, 11, 19))
    # The previous equal period: the 80 days before 1 September.
    assert (spec.baseline.start, spec.baseline.end) == (D(2024, 6, 13), D(2024, 8, 31))


def test_no_compare_and_chosen_baselines(isw):
    assert ReportSpec.build(isw, year=2024, no_compare=True).baseline is None
    spec = ReportSpec.build(isw, year=2024, compare="2023-Q4")
    assert spec.baseline == parse_period("2023-Q4")


def test_options_are_refused_before_the_database_is_consulted():
    with pytest.raises(InputError) as error:
        ReportOptions.parse(by="fortnight")
    assert (error.value.field, str(error.value)) == (
        "by",
        "by: 'fortnight' is not one of year, quarter, month, week, day",
    )
    with pytest.raises(InputError, match="--as-of goes with --stale N"):
        ReportOptions.parse("check", as_of="2024-01-01")
    with pytest.raises(InputError, match="give --compare or --no-compare"):
        ReportOptions.parse(compare="2023", no_compare=True)


def test_window_conflicts_are_refused(isw):
    with pytest.raises(InputError, match="give --year or --period, not both"):
        ReportSpec.build(isw, year=2024, period="2024")
    with pytest.raises(InputError, match="is not a year"):
        ReportSpec.build(isw, year=0)
    with pytest.raises(InputError, match="2024-01-01 is before --from 2024-02-01"):
        ReportSpec.build(isw, start="2024-02-01", end="2024-01-01")


def test_held_project_and_check_take_their_own_options(isw):
    spec = ReportSpec.build(isw, "held", on=["2024-11-19"], region="ukraine")
    (row,) = spec.held(isw).rows
    assert row.held.holding.area == 110_649
    spec = ReportSpec.build(isw, "project", until="2025-01-20", window="2024")
    assert spec.until == D(2025, 1, 20) and spec.trailing == parse_period("2024")
    assert ReportSpec.build(isw, window="90d").trailing == 90
