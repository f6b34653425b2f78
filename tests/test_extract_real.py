"""Extraction on real published sentences, and the rules that carry over to them.

tests/fixtures/prose/real/ holds passages of published articles (2022-2026)
with their URL, outlet and publication date, each labelled by hand with the
records an analyst would write (none for traps: rates, sizes, cleared land,
casualties). The corpus was split by a hash of the outlet's name before any rule
was written: dev.jsonl is what the rules were developed on, heldout.jsonl (now
dev10.jsonl) was only scored. The held-out files heldout.jsonl to heldout5.jsonl
became development files dev10.jsonl to dev14.jsonl once their scores were
recorded (in the README); the held-out files are those still named heldout. Each rule below is pinned on a sentence written for it, so a change
that breaks it names the rule, not just a score.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date
from pathlib import Path

import pytest

from frontline.extract.candidates import extract

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "fixtures" / "prose" / "real"


def rows(name: str) -> list[dict]:
    text = (REAL / f"{name}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def bench():
    import runpy

    return runpy.run_path(str(ROOT / "bench" / "bench_extract.py"))


# --- the corpus ---------------------------------------------------------------------


def test_corpus_is_real_large_and_split_by_outlet() -> None:
    dev, held = rows("dev"), rows("dev10")
    assert len(dev) + len(held) >= 300
    for row in dev + held:
        assert re.match(r"https?://", row["url"])
        assert (
            date(2022, 1, 1) <= date.fromisoformat(row["published"]) < date(2027, 1, 1)
        )
    dev_outlets = {row["outlet"] for row in dev}
    held_outlets = {row["outlet"] for row in held}
    assert not dev_outlets & held_outlets
    assert len(dev_outlets) >= 15 and len(held_outlets) >= 15
    # The split is the hash of the outlet, fixed before any rule was tuned.
    for row in dev + held:
        digest = int(hashlib.sha256(row["outlet"].encode()).hexdigest(), 16)
        assert (digest % 3 == 0) == (row in held)


def test_files_scored_as_held_out_shared_no_outlet_with_development() -> None:
    """dev10 to dev14 were scored as held-out files: no outlet of the files the
    rules were developed on at the time, and no repeated passage anywhere."""
    development = [
        row
        for name in (
            "dev",
            "dev2",
            "dev3",
            "dev4",
            "dev5",
            "dev6",
            "dev7",
            "dev8",
            "dev9",
        )
        for row in rows(name)
    ]
    held_out = [
        row
        for name in ("dev10", "dev11", "dev12", "dev13", "dev14")
        for row in rows(name)
    ]
    assert len(development) >= 650 and len(held_out) >= 270
    assert not {row["outlet"] for row in development} & {
        row["outlet"] for row in held_out
    }
    everything = development + held_out
    assert len({row["sentence"] for row in everything}) == len(everything)
    for row in everything:
        assert re.match(r"https?://", row["url"]), row["url"]
        assert row["outlet"] in row["url"], row["url"]


DEVELOPMENT = ["dev"] + [f"dev{n}" for n in range(2, 38)]


def test_held_out_files_are_text_no_development_file_has() -> None:
    """heldout6 comes from outlets in no development file before dev23 (two
    outlets of dev23 and dev24, held out too when heldout6 was made, are
    shared), heldout15 to heldout24 from articles in none (their outlets may
    be known); no passage repeats or contains another."""
    development = [row for name in DEVELOPMENT for row in rows(name)]
    heldout6 = rows("heldout6")
    others = [row for n in range(15, 25) for row in rows(f"heldout{n}")]
    assert len(heldout6) >= 20 and len(others) >= 202
    before_dev23 = DEVELOPMENT[: DEVELOPMENT.index("dev23")]
    earlier = [row for name in before_dev23 for row in rows(name)]
    assert not {row["outlet"] for row in earlier} & {row["outlet"] for row in heldout6}
    assert not {row["url"] for row in development} & {row["url"] for row in heldout6}
    assert not {row["url"] for row in development} & {row["url"] for row in others}
    known = [" ".join(row["sentence"].split()) for row in development]
    new = [" ".join(row["sentence"].split()) for row in heldout6 + others]
    assert len(set(new)) == len(new)
    for text in new:
        assert not any(text in old or old in text for old in known), text[:60]
    for row in heldout6 + others:
        assert row["outlet"] in row["url"], row["url"]
        assert (
            date(2022, 1, 1) <= date.fromisoformat(row["published"]) < date(2027, 1, 1)
        )


# Floors, not targets, a little under where each development file stands, so
# that no file can fall. Each batch scored lower when it arrived than after rules
# were developed on it (whole-record recall on arrival: dev2 0.69, dev3 0.49 and
# 0.79 for its two batches, dev4 0.62, dev5 0.66, dev6 0.60, dev7 0.57, dev8 0.64,
# dev9 0.57 for its first half, dev15 0.78, dev16 0.64; dev10 to dev14, dev17 and
# dev18 were the held-out files, 0.764, 0.889, 0.833, 0.824, 0.784, 0.581 and
# 0.737 when last scored as such; dev19 0.595 and dev20 1.000 on arrival; dev21
# and dev22 were heldout9 and heldout10, 0.750 and 0.595 when last scored as
# such; dev23 and dev24 were heldout11 and heldout12, 0.800 and 0.609 when last
# scored as such, with three of dev24's traps giving a record; dev25
# 0.722 recall, 0.650 precision and two traps on arrival; dev26 0.636 recall,
# 0.700 precision and no trap on arrival, 9 of 11 after one round; dev27 34
# of 46 on arrival, in two batches, and one trap giving a record; dev30 15 of
# 22 on arrival, 18 after a round, with two records from one trap on arrival;
# dev31 25 of 39 on arrival, 31 after a round; dev32 13 of 18 on arrival and
# dev33 9 of 11, 16 and 9 after a round; dev34 7 of 11, dev35 6 of 11 and
# dev36 11 of 15 on arrival, 9, 9 and 15 after a round; dev37 2 of 10 on
# arrival, 6 after a round).
# No trap of a development file gives a record.
@pytest.mark.parametrize(
    ("name", "record", "fields", "traps"),
    [
        ("dev", 0.96, 0.97, 0),
        ("dev2", 0.98, 0.98, 0),
        ("dev3", 0.91, 0.93, 0),
        ("dev4", 0.96, 0.96, 0),
        ("dev5", 0.98, 0.98, 0),
        ("dev6", 0.95, 0.97, 0),
        ("dev7", 0.98, 0.98, 0),
        ("dev8", 0.98, 0.98, 0),
        ("dev9", 0.98, 0.98, 0),
        ("dev10", 0.98, 0.98, 0),
        ("dev11", 0.98, 0.98, 0),
        ("dev12", 0.98, 0.98, 0),
        ("dev13", 0.98, 0.98, 0),
        ("dev14", 0.98, 0.98, 0),
        ("dev15", 0.93, 0.90, 0),
        ("dev16", 0.98, 0.98, 0),
        ("dev17", 0.91, 0.91, 0),
        ("dev18", 0.98, 0.98, 0),
        ("dev19", 0.98, 0.98, 0),
        ("dev20", 0.98, 0.98, 0),
        ("dev21", 0.95, 0.95, 0),
        ("dev22", 0.98, 0.98, 0),
        ("dev23", 0.98, 0.98, 0),
        ("dev24", 0.98, 0.98, 0),
        ("dev25", 0.98, 0.98, 0),
        ("dev26", 0.8, 0.8, 0),
        ("dev27", 0.95, 0.95, 0),
        # dev28 and dev29 were heldout13 and heldout14: 19 of 34 and 15 of 21
        # whole records on arrival, 22 of 34 and 16 of 21 when last scored as
        # such, with two and one of their twelve traps giving a record; 31 and
        # 18 after a round on them.
        ("dev28", 0.86, 0.85, 0),
        ("dev29", 0.8, 0.84, 0),
        # dev30: 18 of 22 whole records, 22 predicted; no trap gives a record
        # (hectares demined, restated in the next sentence, gave two).
        ("dev30", 0.8, 0.8, 0),
        ("dev31", 0.79, 0.83, 0),
        ("dev32", 0.88, 0.87, 0),
        ("dev33", 0.81, 0.87, 0),
        ("dev34", 0.81, 0.81, 0),
        ("dev35", 0.81, 0.81, 0),
        ("dev36", 0.98, 0.98, 0),
        ("dev37", 0.6, 0.77, 0),
        # The held-out files, kept from falling: heldout6 scored 8 of 12 whole
        # records on arrival and 9 after the round of 2026-12-07; one of its
        # traps gave a record until the r39 rules.
        ("heldout6", 0.68, 0.87, 0),
        # heldout15: 1 of 2 whole records when first scored, after the round
        # of r35 rules (actor 1 of 2), no trap giving a record; heldout6, 13
        # and 14 unchanged by that round.
        ("heldout15", 0.5, 0.5, 0),
        # heldout16: 16 of 24 whole records, precision 0.727, when first scored
        # whole (its first batch 2 of 9 on arrival, its second 14 of 15); start
        # recall 0.615; no trap giving a record.
        ("heldout16", 0.66, 0.6, 0),
        # heldout17: 17 of 21 whole records, precision 0.773, when first scored
        # (at the end of its round, 2026-12-07); start and end 16 of 16,
        # actor and region 19 of 21; no trap giving a record.
        ("heldout17", 0.77, 0.9, 0),
        # heldout18: 16 of 25 whole records, precision 0.667, when first scored
        # (at the end of its round, 2026-12-07); start 11 of 13, end 15 of 18,
        # actor 23 of 25, region 21 of 24; no trap giving a record.
        ("heldout18", 0.64, 0.83, 0),
        # heldout19: 15 of 19 whole records, precision 0.789, when first scored
        # (at the end of its round, 2026-12-07); no trap giving a record.
        ("heldout19", 0.78, 0.89, 0),
        # heldout20: 5 of 15 whole records, precision 0.455, when first scored
        # (at the end of its round, 2026-12-07); start 3 of 4, end 4 of 8, actor
        # 10 of 15, region 10 of 14; no trap giving a record.
        ("heldout20", 0.33, 0.5, 0),
        # heldout21 to heldout23, when first scored (at the end of their round,
        # 2026-12-08): 4 of 10, 12 of 20 (19 predicted) and 11 of 15 whole
        # records; end 7 of 9 and actor 8 of 10, start 9 of 11 and region 16
        # of 20, start and end 11 of 13; no trap giving a record.
        # heldout21 5 of 10 at the end of the second round of 2026-12-08.
        ("heldout21", 0.5, 0.8, 0),
        ("heldout22", 0.6, 0.8, 0),
        ("heldout23", 0.73, 0.84, 0),
        # heldout24, when first scored (at the end of the second round of
        # 2026-12-08): 7 of 15 whole records, 13 predicted; start 2 of 4, end 4
        # of 8, actor 10 of 15, region 13 of 15; no trap giving a record.
        ("heldout24", 0.46, 0.5, 0),
    ],
)
def test_scores(name: str, record: float, fields: float, traps: int) -> None:
    counts = bench()["score"](rows(name))

    def ratio(key: str, part: str) -> float:
        return counts[key]["correct"] / max(counts[key][part], 1)

    assert ratio("record", "expected") >= record  # whole-record recall
    assert ratio("record", "predicted") >= record  # whole-record precision
    for key in ("start", "end", "actor", "region"):
        assert ratio(key, "expected") >= fields, key
    assert counts["traps"]["predicted"] <= traps  # records taken from traps


# --- the rules, each on a sentence of its own ---------------------------------------


def one(sentence: str, published: str) -> dict[str, object]:
    result = extract(sentence, published=date.fromisoformat(published))
    assert len(result.candidates) == 1, result.candidates
    candidate = result.candidates[0]
    return {
        "kind": candidate.kind,
        "actor": candidate.actor,
        "region": candidate.region,
        "start": candidate.start and candidate.start.isoformat(),
        "end": candidate.end and candidate.end.isoformat(),
        "area": candidate.area_km2,
        "bound": candidate.bound,
        "problems": candidate.problems,
    }


def test_a_statement_date_is_when_a_so_far_period_ends() -> None:
    got = one(
        "Belousov said on May 31 that Russian forces had already captured 880 "
        "square kilometers in 2024.",
        "2024-06-03",
    )
    assert (got["start"], got["end"]) == ("2024-01-01", "2024-05-31")


def test_a_day_that_dates_a_statement_is_no_period() -> None:
    got = one(
        "On December 17, Syrskyi confirmed that Ukrainian forces had regained "
        "control over 16 square kilometers in Pokrovsk.",
        "2025-12-17",
    )
    assert (got["start"], got["end"], got["bound"]) == (None, None, "exact")
    assert got["problems"] == ["no period stated: start and end unknown"]


def test_since_a_superlative_is_a_comparison_not_a_period() -> None:
    got = one(
        "Russia made its largest monthly gain since March 2022, taking 725 square "
        "kilometres in November.",
        "2024-12-02",
    )
    assert (got["start"], got["end"]) == ("2024-11-01", "2024-11-30")


def test_in_one_month_takes_the_month_named_before() -> None:
    got = one(
        "Russia's advance accelerated for a fourth straight month in July. In one "
        "month, the Russian army took 713 square kilometres of Ukrainian territory.",
        "2025-08-01",
    )
    assert (got["actor"], got["start"], got["end"]) == (
        "russia",
        "2025-07-01",
        "2025-07-31",
    )
    assert got["problems"] == []


def test_a_period_of_another_figure_is_not_taken() -> None:
    result = extract(
        "Kremlin forces advanced over 725 square kilometers of Ukrainian territory, "
        "mainly near Pokrovsk \u2014 up from 610 square kilometers in October.",
        published=date(2024, 12, 2),
    )
    first, second = result.candidates
    assert (first.start, first.end, first.region) == (None, None, "ukraine")
    assert (second.start, second.end) == (date(2024, 10, 1), date(2024, 10, 31))


def test_since_d_is_a_start_and_ranges_of_days_are_read() -> None:
    assert (
        one(
            "Russia has taken 600 km2 in the Kharkiv region since May 10.", "2024-06-10"
        )["start"]
        == "2024-05-10"
    )
    got = one("From October 20 to 27, Russia captured 196.1 km2.", "2024-10-29")
    assert (got["start"], got["end"]) == ("2024-10-20", "2024-10-27")
    got = one("Moscow seized 278 km2 between May 9 and 15.", "2024-05-17")
    assert (got["start"], got["end"]) == ("2024-05-09", "2024-05-15")
    got = one("Russian forces captured 40 km2 in the past 14 days.", "2024-11-20")
    assert (got["start"], got["end"]) == ("2024-11-07", "2024-11-20")
    got = one("Russian forces captured 120 km2 on October 7 - 13.", "2024-10-15")
    assert (got["start"], got["end"]) == ("2024-10-07", "2024-10-13")
    got = one("Russia took 300 km2 in the month to June 30.", "2024-07-02")
    assert got["end"] == "2024-06-30"


def test_separatists_are_the_russian_side() -> None:
    assert (
        one("Separatists seized 50 km2 near Donetsk in May.", "2022-06-01")["actor"]
        == "russia"
    )


def test_the_previous_two_years_are_calendar_years() -> None:
    got = one("Russia took 5,000 km2 in the previous two years.", "2025-03-01")
    assert (got["start"], got["end"]) == ("2023-01-01", "2024-12-31")


def test_a_place_in_a_list_or_an_aside_is_not_the_region() -> None:
    got = one(
        "Since the beginning of the year, Russia has won 403 square kilometers of "
        "territory, including Lugansk, Donetsk and Kherson.",
        "2024-04-02",
    )
    assert got["region"] == "ukraine"
    got = one(
        "Russia took 403 square kilometers in the Donetsk, Kherson and Zaporizhzhia "
        "regions this year.",
        "2024-04-02",
    )
    assert got["region"] == "ukraine"


def test_we_of_a_ukrainian_commander_is_ukraine() -> None:
    got = one(
        '"Over the past day, we have taken control of 40 square kilometers in the '
        'Kursk region," Syrskyi said.',
        "2024-08-13",
    )
    assert (got["actor"], got["region"], got["start"]) == (
        "ukraine",
        "kursk",
        "2024-08-13",
    )


def test_the_enemy_in_an_aside_is_not_the_actor() -> None:
    got = one(
        "Ukrainian forces retook 7 square kilometres near Bakhmut, a city captured "
        "by Russian forces.",
        "2023-06-12",
    )
    assert (got["actor"], got["region"]) == ("ukraine", "donetsk")


def test_a_loss_is_the_other_sides_gain_and_control_over_is_no_bound() -> None:
    got = one("Ukrainian forces have lost control of 576 km2 in Kursk.", "2024-11-02")
    assert (got["kind"], got["actor"]) == ("change", "russia")
    got = one("Syrskyi said his troops regained control over 2.2 km2.", "2025-10-01")
    assert (got["actor"], got["bound"]) == ("ukraine", "exact")


def test_a_range_is_its_low_end() -> None:
    assert (
        one("Russia captured 4,669\u20134,900 km2 in 2024.", "2025-01-05")["area"],
    ) == (4669.0,)
    got = one("Russia seized approximately 500-550 km2 in July.", "2025-08-09")
    assert (got["area"], got["bound"]) == (500.0, "approx")


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("Russia captured approximately 20 km2 on a daily basis.", "rate"),
        ("Nearly 213 square kilometers have been cleared of saboteurs.", "not control"),
        ("It controls 103,000 sq km of Ukraine, a country of 595,000 sq km.", "size"),
        (
            "About 52 square kilometres of the Sumy region are in a grey zone.",
            "not control",
        ),
        ("Russia gained almost 2,000 km2 more than in 2024.", "difference"),
        ("Luhansk, covering 26,700 square kilometers, fell to Russia.", "size"),
    ],
)
def test_figures_that_are_no_record(sentence: str, what: str) -> None:
    result = extract(sentence, published=date(2025, 7, 1))
    recorded = [c.area_km2 for c in result.candidates]
    assert what in [n.what for n in result.not_recorded]
    if what == "size" and "controls" in sentence:
        assert recorded == [103000.0]
    else:
        assert recorded == []


def test_out_of_range_dates_and_huge_numbers_are_no_traceback() -> None:
    result = extract(
        "KYIV, January 2, 0001\n\nRussia captured 40 km2 last week.", published=None
    )
    assert result.candidates[0].start is None
    assert any("outside the calendar" in p for p in result.candidates[0].problems)
    result = extract(
        "Russia captured " + "9" * 400 + " km2.", published=date(2024, 1, 1)
    )
    assert result.candidates == []


def test_a_statement_made_last_week_leaves_the_day_held_open() -> None:
    got = one(
        "Last week, Syrsky said that Ukrainian forces controlled around 500 square"
        " kilometers in Kursk.",
        "2025-02-20",
    )
    assert (got["kind"], got["start"], got["end"]) == ("holding", None, None)
    assert got["problems"]
    got = one(
        "Last month, Syrskyi said that Russia had seized 2,000 square kilometers"
        " since the start of the year.",
        "2025-11-12",
    )
    assert (got["start"], got["end"]) == ("2025-01-01", None)


def test_the_army_is_the_side_the_sentence_before_names() -> None:
    text = (
        "The slowdown follows May, when the Russian military launched an offensive"
        " in the Kharkiv region. In June, the army seized 200 square kilometers."
    )
    result = extract(text, published=date(2024, 7, 1))
    assert [c.actor for c in result.candidates] == ["russia"]


def test_more_than_russia_ever_gained_with_no_period_is_held() -> None:
    got = one("In total, Russia has seized 116,165 sq km of Ukraine.", "2026-01-02")
    assert (got["kind"], got["start"], got["end"]) == (
        "holding",
        "2026-01-02",
        "2026-01-02",
    )
    got = one("Russia has seized 4,000 sq km of Ukraine.", "2026-01-02")
    assert got["kind"] == "change"


@pytest.mark.parametrize(
    ("sentence", "published", "start", "end"),
    [
        (
            "In the first quarter of 2025, Russia took 1,000 sq km.",
            "2025-04-03",
            "2025-01-01",
            "2025-03-31",
        ),
        ("Russia took 900 sq km in Q3 2024.", "2024-10-03", "2024-07-01", "2024-09-30"),
        (
            "In the 12 months to the end of October, Russia took 3,800 sq km.",
            "2025-11-05",
            "2024-11-01",
            "2025-10-31",
        ),
        (
            "Russian forces gained 130 square miles in the week to Tuesday.",
            "2025-05-08",
            "2025-04-30",
            "2025-05-06",
        ),
        (
            "From 1 to 15 August Russian troops captured 220 km2.",
            "2025-08-17",
            "2025-08-01",
            "2025-08-15",
        ),
        (
            "Russia gained 3,600 sq km in 2025's first six months.",
            "2025-07-02",
            "2025-01-01",
            "2025-06-30",
        ),
        (
            "Russia gained 3,600 sq km in the first half of the year.",
            "2025-07-02",
            "2025-01-01",
            "2025-06-30",
        ),
    ],
)
def test_quarters_halves_and_weeks_to_a_day(
    sentence: str, published: str, start: str, end: str
) -> None:
    got = one(sentence, published)
    assert (got["start"], got["end"]) == (start, end)


def test_a_season_is_its_three_months_and_last_september_is_a_month() -> None:
    got = one(
        "Ukraine liberated 400 square kilometres during the summer.", "2023-09-20"
    )
    assert (got["start"], got["end"]) == ("2023-06-01", "2023-08-31")
    assert "'during the summer' taken as 01 Jun 2023-31 Aug 2023" in got["problems"]
    got = one(
        "Ukraine recaptured 8,000 square kilometres last September.", "2023-02-01"
    )
    assert (got["start"], got["end"]) == ("2022-09-01", "2022-09-30")


def test_a_country_size_is_no_record_and_fell_to_is_a_change() -> None:
    for sentence in (
        "Ukraine is about 603,000 square kilometres in size.",
        "The country covers 603,550 km2.",
    ):
        result = extract(sentence, published=date(2025, 6, 10))
        assert result.candidates == [], sentence
    got = one("An area of 2,500 sq km fell to Russia in 2025.", "2025-12-30")
    assert (got["kind"], got["actor"]) == ("change", "russia")
    assert "no verb says the land changed hands or is held" not in got["problems"]


def test_the_same_period_last_year_is_a_baseline_and_no_record() -> None:
    # LABELS.md: "the same period the previous year" and comparisons yield no
    # record of their own; the baseline's year is not the other figure's.
    for baseline in ("the same period last year", "the same timeframe in 2024"):
        result = extract(
            "Russia captured 2,800 sq km in the first four months of the year,"
            f" compared with 1,000 sq km in {baseline}.",
            published=date(2025, 5, 5),
        )
        periods = [(c.start.isoformat(), c.end.isoformat()) for c in result.candidates]
        assert periods == [("2025-01-01", "2025-04-30")]
        assert [(n.figure, n.what) for n in result.not_recorded] == [
            ("1,000 sq km", "comparison")
        ]


def test_a_peak_or_a_past_held_names_no_day() -> None:
    got = one(
        "At its peak Kyiv held some 1,300 square kilometres in the Kursk region.",
        "2025-03-10",
    )
    assert (got["kind"], got["start"], got["end"]) == ("holding", None, None)
    assert got["problems"]


def test_two_weekdays_places_of_one_oblast_and_pushing_out() -> None:
    got = one(
        "Russian troops advanced 60 sq km in the Pokrovsk and Kurakhove directions"
        " on Monday and Tuesday.",
        "2024-10-23",
    )
    assert (got["region"], got["start"], got["end"]) == (
        "donetsk",
        "2024-10-21",
        "2024-10-22",
    )
    got = one(
        "Ukrainian defenders pushed the enemy out of 3 sq km near Robotyne.",
        "2023-08-30",
    )
    assert (got["kind"], got["actor"]) == ("change", "ukraine")
    assert "no verb says the land changed hands or is held" not in got["problems"]
    saboteurs = "Ukraine's forces have cleared 200 square kilometres of saboteurs."
    assert extract(saboteurs, published=date(2025, 3, 1)).candidates == []


def test_a_start_placed_only_roughly_is_left_open() -> None:
    # "began late last month": the total runs to the published day from a day
    # the words do not settle, not over the whole of last month.
    got = one(
        "Ukrainian troops have retaken 1,200 square kilometres in an offensive "
        "that began late last month.",
        "2022-10-08",
    )
    assert (got["start"], got["end"]) == (None, "2022-10-08")
    assert (
        "start unknown: 'began late last month' names no exact day" in (got["problems"])
    )


def test_an_average_is_a_rate_not_a_record() -> None:
    result = extract(
        "Russian forces gained about 30 square kilometres averaged over the winter.",
        published=date(2025, 3, 1),
    )
    assert result.candidates == []
    assert [n.what for n in result.not_recorded] == ["rate"]


def test_a_sides_lines_are_fought_over_not_the_gainer() -> None:
    got = one(
        "Ukrainian troops broke through Russian lines and captured 500 square "
        "kilometres of territory this week.",
        "2022-09-09",
    )
    assert got["actor"] == "ukraine"


def test_a_day_named_after_a_counted_span_is_its_start() -> None:
    got = one(
        "Ukrainian forces captured 2,500 square kilometres in the past four days "
        "since September 6.",
        "2022-09-10",
    )
    assert (got["start"], got["end"]) == ("2022-09-06", "2022-09-10")


def test_a_second_verb_after_and_keeps_its_place_and_days() -> None:
    got = one(
        "Russian troops took 150 square kilometres of the Kharkiv region and "
        "then pushed into the Sumy region in May.",
        "2025-06-02",
    )
    assert (got["region"], got["start"], got["end"]) == ("kharkiv", None, None)


def test_in_total_sums_up_the_period_of_the_sentence_before() -> None:
    got = one(
        "From March 3 to 9, Ukrainian troops liberated 40 villages in the south. "
        "In total, 900 square kilometres of territory were returned to Ukrainian "
        "control.",
        "2023-03-12",
    )
    assert (got["start"], got["end"]) == ("2023-03-03", "2023-03-09")


def test_said_last_week_dates_the_statement_not_the_figure() -> None:
    got = one(
        "The commander said last week Ukraine controlled around 500 square "
        "kilometres in Kursk.",
        "2025-02-20",
    )
    assert (got["kind"], got["start"], got["end"]) == ("holding", None, None)
    assert (
        "day held unknown: said 'last week', on a day not stated" in (got["problems"])
    )


def test_a_month_an_event_began_in_is_not_the_figures_period() -> None:
    got = one(
        "Ukrainian forces seized 1,000 square kilometres of the Kursk region after "
        "launching an offensive in August.",
        "2024-10-01",
    )
    assert (got["start"], got["end"]) == (None, None)


def test_a_net_figure_is_the_bigger_sides() -> None:
    result = extract(
        "In July Russian forces took 500 square kilometres and Ukrainian forces "
        "retook 120 square kilometres. That is a net gain of 380 square kilometres.",
        published=date(2025, 8, 1),
    )
    assert [(c.area_km2, c.actor) for c in result.candidates] == [
        (500.0, "russia"),
        (120.0, "ukraine"),
        (380.0, "russia"),
    ]


def test_bench_splits_what_add_writes_from_what_it_holds_back() -> None:
    # The first candidate has no problem (written by --add) and is right; the
    # second names no place ('ukraine' assumed: a problem) and is held back,
    # right too; the third is held back and wrong (the label says Donetsk).
    rows_ = [
        {
            "sentence": "Russia captured 100 square kilometers in the Kursk region "
            "in May.",
            "published": "2025-06-02",
            "records": [
                {"kind": "change", "actor": "russia", "region": "kursk",
                 "start": "2025-05-01", "end": "2025-05-31", "area_km2": 100,
                 "bound": "exact"},
            ],
        },
        {
            "sentence": "Russia captured 200 square kilometers in May.",
            "published": "2025-06-02",
            "records": [
                {"kind": "change", "actor": "russia", "region": "ukraine",
                 "start": "2025-05-01", "end": "2025-05-31", "area_km2": 200,
                 "bound": "exact"},
            ],
        },
        {
            "sentence": "Russia captured 300 square kilometers in May.",
            "published": "2025-06-02",
            "records": [
                {"kind": "change", "actor": "russia", "region": "donetsk",
                 "start": "2025-05-01", "end": "2025-05-31", "area_km2": 300,
                 "bound": "exact"},
            ],
        },
    ]  # fmt: skip
    counts = bench()["score"](rows_)
    assert counts["written"] == {"predicted": 1, "expected": 0, "correct": 1}
    assert counts["held"] == {"predicted": 2, "expected": 0, "correct": 1}
    assert counts["record"]["correct"] == 2  # the score counts both kinds
