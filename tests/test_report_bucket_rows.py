"""The text table's rows for a report by bucket without shares or pace
(`render.report_table._bucket_rows`, written out for speed) are those the
general path makes (`_any_rows`): the same cells and the same footnotes, in the
same order."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from frontline.model.figures import Holding, Integral, Issue
from frontline.model.periods import span
from frontline.model.records import Record
from frontline.model.scope import Scope
from frontline.render.labels import Footnotes, area_text
from frontline.render.report_table import _any_rows, _bucket_rows
from frontline.reports.common import Warning
from frontline.reports.window import Report, Row, report
from frontline.store import db
from frontline.store import records as store

# Values around every edge of the text: the separator (999.5), a `.0` cut
# (within 0.05 of a whole number), a negative that rounds to zero.
EDGES = [0.0, -0.0, -0.04, 0.04999, 0.05, 0.95, 2.049, 2.05, 999.4, 999.5, 999.96,
         -999.96, 1000.04, 1234.5, -1234.56, 99999.95, 1e7, -5e-324]  # fmt: skip
BOUNDS = ["exact", "approx", "at_least", "at_most"]


def both(result: Report, holdings: bool) -> tuple:
    fast, general = Footnotes(), Footnotes()
    # Tuples (what the table's template fills) against the general path's lists.
    rows = [list(line) for line in _bucket_rows(result, holdings, fast)]
    expected = _any_rows(result, (True, True, holdings, False, False), general)
    return rows, expected, fast.lines(), general.lines()


def synthetic() -> Report:
    """Rows of every edge value with every bound, empty buckets, prorated
    totals, warnings on some series and holdings on earlier days."""
    rng = random.Random(4)
    first = date(2024, 1, 1)
    issues = [
        Issue(("russia", "r1", "control", "A"), "gap", f"gap {n}", (n,), first, first)
        for n in range(3)
    ]
    result = Report(None, "month", Scope())
    result.warnings = [Warning(n + 1, issue) for n, issue in enumerate(issues)]
    values = [None, *EDGES, *(rng.uniform(-3e4, 3e4) for _ in range(200))]
    for k, value in enumerate(values):
        start = first + timedelta(days=31 * (k % 12))
        bucket = span(start, start + timedelta(days=27))
        key = ("russia" if k % 3 else "ukraine", f"r{k % 5}", "control", "A")
        covered = 0 if value is None else 1 + k % 28
        bound = None if value is None else BOUNDS[k % 4]
        integral = Integral(bucket.start, bucket.end, value, covered, bound, k % 2 == 1)
        so_far = rng.choice(values)
        cumulative = Integral(
            first, bucket.end, so_far, 0 if so_far is None else 40,
            None if so_far is None else BOUNDS[k % 3], False,
        )  # fmt: skip
        holding = None
        if k % 4:
            on = bucket.end if k % 4 != 3 else bucket.end - timedelta(days=k % 7)
            holding = Holding(rng.choice(EDGES), BOUNDS[k % 4], on)
        warnings = ((k % 3) + 1,) if k % 5 == 0 else ()
        result.rows.append(Row(key, bucket, integral, cumulative, holding, warnings))
    return result


@pytest.mark.parametrize("holdings", [True, False])
def test_the_rows_of_every_edge_value_are_the_general_ones(holdings) -> None:
    rows, expected, notes, expected_notes = both(synthetic(), holdings)
    assert rows == expected
    assert notes == expected_notes
    # Numbered as a reader meets them: the first row's warning, the second's
    # prorated total.
    assert notes[0].startswith("¹ gap") and notes[1].startswith("² prorated")
    assert any("held on" in note for note in notes) is holdings


def test_cells_as_written() -> None:
    """Worked by hand from `synthetic`: row k has EDGES[k - 1] with bound
    BOUNDS[k % 4] over 1 + k days of 28, prorated when k is odd, the warning
    (k % 3) + 1 when k % 5 == 0 and a holding on an earlier day when k % 4 == 3."""
    rows, _, notes, _ = both(synthetic(), True)
    # No figure: no total, no rate; the series' warning is the first marker.
    assert rows[0][:7] == ["ukraine in r0¹", "A", "2024-01-01..2024-01-28", "—",
                           "0/28", "0%", ""]  # fmt: skip
    # 0 ~, prorated (the second marker): 2 of 28 days is 7.1 %, 0/2 = 0.00.
    assert rows[1][3:7] == ["~0²", "2/28", "7.1%", "~0.00"]
    # -0.0 and -0.04 print as 0, -0.04 / 4 as -0.01; 0.04999 as 0.
    assert rows[2][3] == "≥0" and rows[3][3] == "≤0²" and rows[3][6] == "≤-0.01"
    assert rows[4][3] == "0"
    # 0.05 rounds up (the double is above it); a third warning, fourth marker.
    assert rows[5][:4] == ["russia in r0⁴", "A", "2024-06-04..2024-07-01", "~0.1²"]
    # 999.5 keeps its decimal, 999.96 and -999.96 round to a whole thousand.
    assert rows[10][3] == "≥999.5" and rows[11][3] == "≤1,000²"
    assert rows[12][3] == "-1,000"
    assert rows[17][3] == "~10,000,000²" and rows[18][3] == "≥0"
    # A holding on 27 April for the bucket ending on the 30th: its marker.
    assert rows[3][8] == "≤999.5³"
    assert notes[2] == "³ held on 2024-04-27, the last day with figures"
    for row, (value, bound) in zip(
        rows[1:19], ((v, BOUNDS[k % 4]) for k, v in enumerate(EDGES, 1)), strict=True
    ):
        assert row[3].rstrip("¹²³⁴⁵⁶⁷⁸⁹⁰") == area_text(value, bound)


def test_a_report_from_the_database(tmp_path) -> None:
    """Holdings every third day (the last days' held on an earlier day),
    prorated ten-day figures, a crossing warning and empty buckets."""
    start = date(2024, 1, 1)
    records = [
        Record("change", "russia", "ukraine", start + timedelta(days=10 * k),
               start + timedelta(days=10 * k + 9), 10.0 * k + 0.5, "approx", source="ISW")
        for k in range(10)
    ]  # fmt: skip
    records += [
        Record("change", "russia", "ukraine", start + timedelta(days=5),
               start + timedelta(days=14), 33.0, "at_least", source="ISW"),
    ]  # fmt: skip
    records += [
        Record("holding", "ukraine", "kursk", start + timedelta(days=k),
               start + timedelta(days=k), 1000 - 1.25 * k, "exact", source="DeepState")
        for k in range(0, 118, 3)
    ]  # fmt: skip
    conn = db.open_for_write(db.Location(tmp_path / "r.db", "--db"))
    store.write_records(conn, [(r, None) for r in records])
    result = report(conn, Scope(), span(start, start + timedelta(days=119)), "week")
    assert result.warnings
    rows, expected, notes, expected_notes = both(result, True)
    assert rows == expected and notes == expected_notes
    assert any("held on" in note for note in notes)
    assert any(row[8].endswith(("²", "³")) for row in rows)


@pytest.mark.parametrize(
    ("value", "rate"),
    [
        # Two decimals strictly between -10 and 10, one from there on, and
        # separators from 999.5 (as the value rounds to one decimal).
        (9.999, "10.00"),
        (10.0, "10.0"),
        (-10.0, "-10.0"),
        (10.5, "10.5"),
        (-10.5, "-10.5"),
        (-9.5, "-9.50"),
        (999.4, "999.4"),
        (999.96, "1,000.0"),
        (-999.96, "-1,000.0"),
        (1000.4, "1,000.4"),
    ],
)
def test_a_rate_of_one_day_at_every_edge_of_its_text(value: float, rate: str) -> None:
    """A total over one covered day is its own rate: the rate's cell as worked
    by hand, and as the general path writes it."""
    day = date(2024, 3, 1)
    bucket = span(day, day)
    integral = Integral(day, day, value, 1, "exact", False)
    result = Report(None, "day", Scope())
    result.rows.append(
        Row(("russia", "r1", "control", "A"), bucket, integral, integral, None)
    )
    rows, expected, _, _ = both(result, False)
    assert rows[0][6] == rate
    assert rows == expected


@pytest.mark.parametrize(
    ("value", "text"),
    [(999.4, "999.4"), (999.96, "1,000"), (-999.96, "-1,000"), (1000.4, "1,000.4")],
)
def test_a_cumulative_and_a_held_area_at_the_separator(value: float, text: str) -> None:
    """The running total's and the held area's cells round to one decimal
    before the separator is placed (999.96 is 1,000), as `area_text` does."""
    day = date(2024, 3, 1)
    integral = Integral(day, day, 1.0, 1, "exact", False)
    running = Integral(day, day, value, 1, "exact", False)
    result = Report(None, "day", Scope())
    result.rows.append(
        Row(
            ("russia", "r1", "control", "A"),
            span(day, day),
            integral,
            running,
            Holding(value, "exact", day),
        )
    )
    rows, expected, _, _ = both(result, True)
    assert (rows[0][7], rows[0][8]) == (text, text) == (area_text(value, "exact"),) * 2
    assert rows == expected
