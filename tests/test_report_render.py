"""Renderer details that the command tests do not reach: the large-table path,
number formats and chart bars."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from frontline.model.build import build
from frontline.model.periods import span
from frontline.model.records import Record
from frontline.model.scope import Scope
from frontline.render.chart import bar
from frontline.render.formats import Column, OutputFormat, write_csv, write_json
from frontline.render.labels import (
    ROW_KEYS,
    Footnotes,
    area_text,
    percent_text,
    rate_text,
    ratio_text,
    signed_text,
)
from frontline.render.report import (
    PACE_KEYS,
    SHARE_KEYS,
    render_report,
    report_json,
    row_json,
)
from frontline.render.text import format_area
from frontline.reports.common import Shares
from frontline.reports.window import Pace, Report, report
from frontline.store import db
from frontline.store import records as store


def _rows() -> list[dict[str, str]]:
    """300 daily buckets of a series of ten-day figures, as table cells."""
    start = date(2024, 1, 1)
    figures = [
        Record("change", "russia", "ukraine", start + timedelta(days=10 * k),
               start + timedelta(days=10 * k + 9), 10.0 * k + 0.5, "approx", source="ISW")
        for k in range(30)
    ]  # fmt: skip
    series = build(figures)
    cells = []
    for offset in range(300):
        day = start + timedelta(days=offset)
        integral = series.window(day, day)
        cells.append(
            {
                "series": "russia in ukraine",
                "period": day.isoformat(),
                "area": f"{integral.total:,.2f}",
                "rate": rate_text(integral.rate, integral.bound),
            }
        )
    return cells


COLUMNS = (
    Column("series", "series"),
    Column("period", "period"),
    Column("area", "km²", numeric=True),
    Column("rate", "km²/day", numeric=True),
)


def test_number_formats():
    assert rate_text(15.625, "at_least") == "≥15.6"
    assert rate_text(1700 / 260, "approx") == "~6.54"
    assert rate_text(None) == ""
    assert rate_text(-0.001) == "0.00"
    assert percent_text(324, 366) == "88.5%"
    assert percent_text(31, 31) == "100%"
    assert ratio_text(2700 / 465) == "5.81×"
    assert signed_text(2235) == "+2,235"
    assert signed_text(-578) == "-578"
    assert signed_text(0.01) == "0"


def test_bars_resolve_eighths_of_a_character():
    assert bar(100, 100, width=8) == "████████"
    assert bar(50, 100, width=8) == "████"
    assert bar(1, 100, width=8) == "▏"
    assert bar(0, 100) == ""
    assert bar(150, 100, width=4) == "████"


def test_footnote_markers_are_numbered_once_per_note():
    notes = Footnotes()
    assert [notes.mark("a"), notes.mark("b"), notes.mark("a")] == ["¹", "²", "¹"]
    for _ in range(9):
        notes.mark(f"n{_}")
    assert notes.mark("eleventh") == "¹²"
    assert notes.lines()[:2] == ["¹ a", "² b"]


def test_area_text_is_format_area():
    rng = random.Random(2)
    values = [0.0, -0.0, -0.04, -0.05, 0.05, 0.95, 2.049, 2.05, 999.96, -578.0]
    values += [rng.uniform(-5000, 5000) for _ in range(2000)]
    values += [round(rng.uniform(-50, 50), 2) for _ in range(2000)]
    for value in values:
        for bound in ("exact", "approx", "at_least", "at_most", None):
            assert area_text(value, bound) == format_area(value, bound or "exact")
    assert area_text(None, "exact") == "—"


def _report(tmp_path, rows: int) -> Report:
    """A report with holdings, prorated and empty buckets, a crossing warning and a
    source that needs escaping; by day, so that it has `rows` rows per series."""
    start = date(2024, 1, 1)
    records = [
        Record("change", "russia", "ukraine", start + timedelta(days=10 * k),
               start + timedelta(days=10 * k + 9), 10.0 * k + 0.5, "approx",
               source='ISW "maps" – ü')
        for k in range(rows // 10 - 2)
    ]  # fmt: skip
    records += [
        Record("holding", "ukraine", "kursk", start + timedelta(days=k),
               start + timedelta(days=k), 1000 - 1.25 * k, "exact", source="DeepState")
        for k in range(0, rows, 3)
    ]  # fmt: skip
    records += [
        Record("change", "ukraine", "kursk", start + timedelta(days=40),
               start + timedelta(days=70), 15, "at_least", source="DeepState"),
    ]  # fmt: skip
    conn = db.open_for_write(db.Location(tmp_path / "r.db", "--db"))
    store.write_records(conn, [(r, None) for r in records])
    window = span(start, start + timedelta(days=rows - 1))
    return report(conn, Scope(), window, "day")


def test_report_json_is_what_json_writes(tmp_path, capsys):
    report = _report(tmp_path, 120)
    assert report.warnings and any(r.holding for r in report.rows)
    assert any(r.integral.total is None for r in report.rows)
    render_report(report, OutputFormat.json)
    fast = capsys.readouterr().out
    write_json(report_json(report))
    assert fast == capsys.readouterr().out
    assert json.loads(fast) == report_json(report)


def test_report_csv_is_what_write_csv_writes(tmp_path, capsys):
    report = _report(tmp_path, 120)
    render_report(report, OutputFormat.csv)
    fast = capsys.readouterr().out
    write_csv([row_json(row, report) for row in report.rows], ROW_KEYS + SHARE_KEYS)
    assert fast == capsys.readouterr().out


def test_fast_json_and_csv_carry_shares_and_pace(tmp_path, capsys):
    report = _report(tmp_path, 60)
    report.shares = Shares({"ukraine": 1000.0})
    report.rolling = 7
    report.rows = [
        row._replace(pace=Pace(row.integral, row.cumulative)) for row in report.rows
    ]
    render_report(report, OutputFormat.json)
    fast = capsys.readouterr().out
    write_json(report_json(report))
    assert fast == capsys.readouterr().out
    first = json.loads(fast)["rows"][0]
    assert first["share_of_region"] == first["area_km2"] / 1000
    assert "rolling_ratio" in first
    render_report(report, OutputFormat.csv)
    fast = capsys.readouterr().out
    write_csv(
        [row_json(row, report) for row in report.rows],
        ROW_KEYS + SHARE_KEYS + PACE_KEYS,
    )
    assert fast == capsys.readouterr().out


def test_history_times_carry_their_zone(monkeypatch):
    import time

    from frontline.render.labels import local_time

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    assert local_time("2024-11-22T05:07:41.123Z") == "2024-11-22 05:07:41 UTC"
    monkeypatch.setenv("TZ", "Europe/Kyiv")
    time.tzset()
    assert local_time("2024-11-22T05:07:41.123Z") == "2024-11-22 07:07:41 +02:00"
    monkeypatch.undo()
    time.tzset()
