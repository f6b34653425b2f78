"""Gaps and staleness: `check --gap/--stale`, the reports' gap warnings, and
the median spacing that sets the default threshold (`model.gaps`)."""

from __future__ import annotations

import json

import pytest

from frontline.model.gaps import gap_threshold, median_spacing


def run(cli, *args):
    result = cli(*args)
    assert result.exit_code == 0, result.output
    return result


def holdings(cli, figures, source="DeepState"):
    for day, area in figures:
        run(cli, "add", str(area), "--holding", "--actor", "russia", "--region",
            "ukraine", "--on", day, "--source", source)  # fmt: skip


DAILY_WITH_A_GAP = [
    ("2024-03-01", 1001), ("2024-03-02", 1002), ("2024-03-03", 1003),
    ("2024-03-04", 1004), ("2024-03-05", 1005), ("2024-03-13", 1020),
    ("2024-03-14", 1021),
]  # fmt: skip


def test_median_spacing_and_threshold():
    # Spacings 1, 1, 1, 1, 8, 1: median 1, a daily series: 3 missing days.
    assert median_spacing([8], 6) == 1
    assert gap_threshold(1) == 3
    # Weekly: 7, 7, 7, 42 → median 7 → 21 missing days.
    assert median_spacing([7, 7, 7, 42], 4) == 7
    assert gap_threshold(7) == 21


def test_check_lists_a_week_without_snapshots_in_a_daily_series(cli):
    holdings(cli, DAILY_WITH_A_GAP)
    result = run(cli, "check")
    # 5 March to 13 March: 7 days without a snapshot (6..12 March), ≥ 3.
    assert result.stdout.splitlines() == [
        "1 problem in 1 series (7 records)",
        "",
        "gap: russia in ukraine (DeepState), 2024-03-06..2024-03-12",
        "  no figure on 2024-03-06..2024-03-12 (7 days): the snapshots on either side "
        "are interpolated across it, so numbers",
        "  there are prorated estimates (~)",
    ]
    assert run(cli, "check", "--gap", "8").stdout == (
        "no problems found in 1 series (7 records)\n"
    )
    assert "2024-03-06..2024-03-12" in run(cli, "check", "--gap", "7").stdout


def test_a_weekly_series_is_not_missing_the_days_between_snapshots(cli):
    holdings(cli, [("2024-01-01", 10), ("2024-01-08", 11), ("2024-01-15", 12),
                   ("2024-01-22", 13), ("2024-03-04", 20)])  # fmt: skip
    data = json.loads(run(cli, "check", "-f", "json").stdout)
    # Spacings 7, 7, 7, 42: median 7, so gaps are 21 or more missing days: only
    # 23 January..3 March (41 days).
    assert [(i["kind"], i["first"], i["last"]) for i in data["issues"]] == [
        ("gap", "2024-01-23", "2024-03-03")
    ]


def test_check_says_when_a_gap_is_not_covered_at_all(cli):
    # January, then March to May: spacings 30, 1, 1 (median 1), so February's
    # 29 days are a gap, and no figure spans them.
    months = (
        ("2024-01-01", "2024-01-31"),
        ("2024-03-01", "2024-03-31"),
        ("2024-04-01", "2024-04-30"),
        ("2024-05-01", "2024-05-31"),
    )
    for start, end in months:
        run(cli, "add", "10", "--actor", "russia", "--region", "ukraine",
            "--from", start, "--to", end, "--source", "ISW")  # fmt: skip
    data = json.loads(run(cli, "check", "-f", "json").stdout)
    (issue,) = data["issues"]
    assert issue["message"] == "no figure covers 2024-02-01..2024-02-29 (29 days)"


def test_a_report_warns_about_a_gap_touching_its_window(cli):
    holdings(cli, DAILY_WITH_A_GAP)
    data = json.loads(
        run(cli, "report", "--period", "2024-W10", "--no-compare", "-f", "json").stdout
    )
    (row,) = data["rows"]
    # 4 and 5 March +1 each; 6..10 March are 5 of the 8 days 6..13 March over
    # which 1005 → 1020 is spread: 5 × 15/8 = 9.375. Total 11.375, prorated,
    # all 7 days covered (interpolated).
    assert (row["area_km2"], row["bound"], row["days_covered"]) == (
        pytest.approx(11.375),
        "approx",
        7,
    )
    (warning,) = data["warnings"]
    assert (warning["kind"], warning["first"], warning["last"]) == (
        "gap",
        "2024-03-06",
        "2024-03-12",
    )
    assert row["warnings"] == [1]
    table = run(cli, "report", "--period", "2024-W10", "--no-compare").stdout
    assert (
        "² gap (russia in ukraine, DeepState): no figure on 2024-03-06..2024-03-12 "
        "(7 days): the snapshots on either side are" in table
    )
    quiet = json.loads(
        run(cli, "report", "--period", "2024-03-01..2024-03-04", "--no-compare",
            "-f", "json").stdout
    )  # fmt: skip
    assert quiet["warnings"] == []


def test_check_stale(cli):
    holdings(cli, DAILY_WITH_A_GAP)
    holdings(cli, [("2024-03-31", 100)], source="ISW")
    data = json.loads(run(cli, "check", "--stale", "10", "-f", "json").stdout)
    stale = [i for i in data["issues"] if i["kind"] == "stale"]
    # DeepState's last figure is 14 March, 17 days before ISW's 31 March.
    assert [(i["source"], i["message"]) for i in stale] == [
        ("DeepState", "last figure on 2024-03-14, 17 days before 2024-03-31 "
         "(the newest figure in the database)"),
    ]  # fmt: skip
    later = json.loads(
        run(cli, "check", "--stale", "30", "--as-of", "2024-05-01", "-f", "json").stdout
    )
    assert [i["source"] for i in later["issues"] if i["kind"] == "stale"] == [
        "DeepState",
        "ISW",
    ]
    assert cli("check", "--as-of", "2024-05-01").exit_code == 2


def test_an_unbroken_daily_run_and_a_later_change_record(cli):
    holdings(cli, [(f"2024-03-{d:02d}", 1000 + d) for d in range(1, 11)])
    run(cli, "add", "5", "--actor", "russia", "--region", "ukraine", "--from",
        "2024-03-20", "--to", "2024-03-31", "--source", "DeepState")  # fmt: skip
    data = json.loads(run(cli, "check", "-f", "json").stdout)
    # Snapshots every day 1..10 March, then nothing until the change record from
    # 20 March: 11..19 March (9 days) has no figure, and none spans it.
    assert [i["message"] for i in data["issues"]] == [
        "no figure covers 2024-03-11..2024-03-19 (9 days)"
    ]


# Every figure of a series over lo..hi taken one by one, in order of its first
# day, and the spacings of more than a day from the latest end before it: what
# `store.spacing` must find without reading every snapshot.
SPACINGS = """
WITH f(s, e) AS (
    SELECT start, "end" FROM records WHERE kind = 'change' AND actor = :actor
        AND region = :region AND layer = :layer AND start <= :hi
        AND +"end" >= :lo AND +source = :source
    UNION ALL
    SELECT start, "end" FROM records WHERE kind = 'holding' AND actor = :actor
        AND region = :region AND layer = :layer AND start BETWEEN :lo AND :hi
        AND +source = :source
), spaced AS (
    SELECT s, max(e) OVER (ORDER BY s ROWS BETWEEN UNBOUNDED PRECEDING
        AND 1 PRECEDING) AS reach, count(*) OVER () - 1 AS n FROM f
)
SELECT reach, s, CAST(julianday(s) - julianday(reach) AS INTEGER), n
FROM spaced WHERE reach IS NOT NULL AND julianday(s) - julianday(reach) > 1
"""


def test_spacings_agree_with_a_window_function_over_every_figure(tmp_path):
    # Snapshots in unbroken daily runs are spaced without being read; the
    # spacings must be those of every figure taken one by one (in SQLite).
    import random
    from datetime import date, timedelta

    from frontline.store import db
    from frontline.store.spacing import spacings

    rng = random.Random(5)
    conn = db.open_for_write(db.Location(tmp_path / "g.db", "--db"))
    first = date(2020, 1, 1)
    rows = []
    for region in range(60):
        for source in ("A", "B"):
            daily, day = rng.random() > 0.3, 0
            while day < 120:
                if rng.random() < 0.5:
                    if daily:
                        when = str(first + timedelta(day))
                        rows.append(("holding", f"r{region}", when, when, source))
                    day += 1 if rng.random() < 0.97 else rng.randint(1, 9)
                else:
                    a = day + rng.randint(-20, 5)
                    b = a + rng.randint(0, 40)
                    rows.append(("change", f"r{region}", str(first + timedelta(a)),
                                 str(first + timedelta(b)), source))  # fmt: skip
                    day += rng.randint(0, 3)
    conn.executemany(
        'INSERT OR IGNORE INTO records (kind, actor, region, start, "end", '
        "area_km2, source) VALUES (?, 'x', ?, ?, ?, 1, ?)",
        rows,
    )
    conn.commit()
    for region in range(60):
        for source in ("A", "B"):
            lo = first + timedelta(rng.randint(-30, 60))
            hi = lo + timedelta(rng.randint(0, 120))
            key = ("x", f"r{region}", "control", source)
            params = dict(zip(("actor", "region", "layer", "source"), key, strict=True))
            params.update(lo=lo.isoformat(), hi=hi.isoformat())
            expected = [
                (date.fromisoformat(a), date.fromisoformat(b), spacing, total)
                for a, b, spacing, total in conn.execute(SPACINGS, params)
            ]
            count, larger = spacings(conn, key, lo, hi)
            assert larger == [row[:3] for row in expected]
            assert all(count == row[3] for row in expected)


def test_a_report_finds_the_gaps_each_series_finds_alone(tmp_path):
    # A report reads the spacings of all its series at once, from the change
    # records it has loaded, and skips a series whose loaded figures cover all
    # its days; the gaps must be those each series finds on its own (four
    # statements a series, every change record read again).
    import random
    from datetime import date, timedelta

    from frontline.model.scope import Scope
    from frontline.reports.common import note_gaps, series_gaps
    from frontline.store import db
    from frontline.store.select import load

    rng = random.Random(19)
    conn = db.open_for_write(db.Location(tmp_path / "g.db", "--db"))
    first = date(2020, 1, 1)
    rows = []
    for region in range(40):
        for source in ("A", "B"):
            day = 0
            while day < 200:
                when = first + timedelta(day)
                if rng.random() < 0.6:
                    rows.append(("holding", f"r{region}", when, when, source))
                if rng.random() < 0.3:
                    end = when + timedelta(rng.randint(0, 35))
                    rows.append(("change", f"r{region}", when, end, source))
                day += 1 if rng.random() < 0.9 else rng.randint(2, 12)
    conn.executemany(
        'INSERT OR IGNORE INTO records (kind, actor, region, start, "end", '
        "area_km2, source) VALUES (?, 'x', ?, ?, ?, 1, ?)",
        [(kind, region, str(a), str(b), source) for kind, region, a, b, source in rows],
    )
    conn.commit()
    found = 0
    for round_number in range(16):
        lo = first + timedelta(rng.randint(-10, 150))
        hi = lo + timedelta(rng.randint(0, 90))
        thin = round_number % 4 != 3  # all snapshots, as `--common` loads them
        together = load(conn, Scope(), [(lo, hi)], thin=thin).series
        note_gaps(conn, together)
        alone = load(conn, Scope(), [(lo, hi)], thin=thin).series
        assert [s.key for s in together] == [s.key for s in alone]
        for series, single in zip(together, alone, strict=True):
            gaps = [i.message for i in series.issues if i.kind == "gap"]
            assert gaps == [i.message for i in series_gaps(conn, single)]
            found += len(gaps)
    assert found > 20  # the databases have gaps to find
