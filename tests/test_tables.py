"""`render/tables.py`: a report as a Table, the one definition of the JSON keys
that every writer and `frontline.open` use."""

from __future__ import annotations

import json
from collections import Counter

from frontline.render import tables
from frontline.render.report import report_json
from frontline.reports.spec import ReportSpec
from frontline.store import db


def _columns() -> list[tables.Column]:
    return [v for v in vars(tables).values() if isinstance(v, tables.Column)]


def test_each_documented_key_is_one_column():
    counts = Counter(column.key for column in _columns())
    assert [key for key, n in counts.items() if n > 1] == []
    # A number is marked as one, with its unit where it has one.
    assert tables.Column("area_km2", "area", "km²", numeric=True) == tables.AREA
    assert not tables.BOUND.numeric


def test_the_report_table_is_the_rows_of_the_cli_json(cli, db_path):
    cli("seed")
    result = cli("report", "--year", "2024", "--by", "quarter", "-f", "json")
    document = json.loads(result.stdout)
    conn = db.open_for_read(db.Location(db_path, "--db"))
    report = ReportSpec.build(conn, year=2024, by="quarter").report(conn)
    table = tables.report_table(report)
    assert table.dicts() == document["rows"] == report_json(report)["rows"]
    assert table.keys[:8] == (
        "actor",
        "region",
        "layer",
        "source",
        "period",
        "start",
        "end",
        "area_km2",
    )
    assert table.keys[-1] == "warnings"
    # Q4 2024 in Ukraine (ISW): 1 Oct..3 Nov inside the 1,000 at 1000/64 a day,
    # then 4..19 Nov of the 2,700's remainder at 1700/260: 34 × 15.625 + 16 ×
    # 6.5385 = 531.25 + 104.615 = 635.865, over 50 covered days.
    (q4,) = [
        row
        for row in table.dicts()
        if row["period"] == "2024-Q4" and row["region"] == "ukraine"
    ]
    assert (round(q4["area_km2"], 3), q4["days_covered"]) == (635.865, 50)
    comparisons = tables.comparisons_table(report).dicts()
    assert comparisons == document["comparisons"]


def test_the_held_table_is_the_rows_of_the_cli_json(cli, db_path):
    cli("seed")
    result = cli("held", "--on", "2024-12-31", "--region", "ukraine", "-f", "json")
    document = json.loads(result.stdout)
    conn = db.open_for_read(db.Location(db_path, "--db"))
    spec = ReportSpec.build(conn, "held", on=["2024-12-31"], region="Ukraine")
    rows = tables.held_table(spec.held(conn)).dicts()
    assert rows == document["rows"]
    assert (rows[0]["holding_km2"], rows[0]["stale_days"]) == (110_649, 42)


def test_every_key_is_documented_in_the_readme():
    """The README's "JSON keys" names each key (the comparison's `baseline_`
    four as "the same four prefixed"); map-diff's GeoJSON `change` is described
    with that format."""
    import re
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    section = text.split("## JSON keys\n", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"`([a-z0-9_]+)`", section))
    assert "the same four prefixed `baseline_`" in section
    documented |= {f"baseline_{key}" for key in ("area_km2", "bound", "days_covered")}
    documented |= {"baseline_rate_km2_per_day"}
    assert "`change:\ngained|lost`" in text  # map-diff -f geojson
    documented.add(tables.CHANGE.key)
    names = {column.key for column in _columns()}
    names |= {tables.WINDOW, tables.BY, tables.FILTERS, tables.ROWS}
    names |= {tables.COMPARISONS, tables.MISSING, tables.SERIES_COUNT, tables.ISSUES}
    assert sorted(names - documented) == []
