"""The five seed articles, read as published, yield the project's seed records.

Each article is read from its file (tests/fixtures/prose/seeds/, copies of
shared/seeds/) with only what an analyst would pass: the publication date of the
undated articles 001 and 003 (seed/README.md explains both) and the start of the
Kursk incursion. Every seed record must come out with its area, bound, actor,
region, kind and source exactly, and with its dates where the article states
them. Figures that are not areas must be listed under not_recorded.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from frontline.extract.candidates import RECORD_FIELDS, extract

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "fixtures" / "prose" / "seeds"
SEED_RECORDS = ROOT / "seed" / "records.csv"
FILES = {
    "000": "000_453a237a261487cd.txt",
    "001": "001_3468575f2c4b31aa.txt",
    "002": "002_aaf0c42d52a664a3.txt",
    "003": "003_b9305dee8cd9fb27.txt",
    "004": "004_ef09557d7b7e43a3.txt",
}
# Undated articles get the date seed/README.md infers; 000 and 002 have datelines.
PUBLISHED = {"001": date(2024, 11, 20), "003": date(2024, 8, 13)}
EVENTS = {"kursk incursion": date(2024, 8, 6)}


def read(article: str):
    text = (ARTICLES / FILES[article]).read_text(encoding="utf-8")
    return extract(text, published=PUBLISHED.get(article), events=EVENTS)


def seed_rows() -> list[dict[str, str]]:
    with SEED_RECORDS.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def expected_for(article: str) -> list[dict[str, str]]:
    """Seed records quoting the article, as that article words them."""
    rows = []
    for row in seed_rows():
        if f"seeds/{article}:" not in row["note"]:
            continue
        row = dict(row)
        if article == "002" and row["area_km2"] == "593":
            row["bound"] = (
                "exact"  # 002 says a flat "593"; the record keeps 001's "around"
            )
        rows.append(row)
    return rows


def stated_end(article: str, row: dict[str, str]) -> bool:
    """False for the ends seed/README.md infers from article 002's date.

    "So far this year", "now" and "since the beginning of October" run to the
    published day of 001 (2024-11-20); the seed ends them on 2024-11-19 because
    002, dated that day, already carries the figures.
    """
    return not (article == "001" and row["end"] == "2024-11-19")


@pytest.mark.parametrize("article", ["001", "002", "003"])
def test_every_seed_record_of_the_article_is_extracted(article: str) -> None:
    candidates = [c.to_fields() for c in read(article).candidates]
    expected = expected_for(article)
    assert len(candidates) == len(expected)
    by_area = {row["area_km2"]: row for row in candidates}
    for row in expected:
        got = by_area[row["area_km2"]]
        for name in ("kind", "actor", "region", "layer", "bound", "source"):
            assert got[name] == row[name], (row["area_km2"], name)
        if row["kind"] == "change" or stated_end(article, row):
            assert got["start"] == row["start"], (row["area_km2"], "start")
        if stated_end(article, row):
            assert got["end"] == row["end"], (row["area_km2"], "end")


def test_each_seed_record_comes_from_its_main_article() -> None:
    found = {
        (c.area_km2, c.actor, c.region)
        for article in ("001", "003")
        for c in read(article).candidates
    }
    assert {
        (float(row["area_km2"]), row["actor"], row["region"]) for row in seed_rows()
    } <= found


@pytest.mark.parametrize("article", ["000", "004"])
def test_articles_without_area_figures_give_no_candidates(article: str) -> None:
    assert read(article).candidates == []


def test_dated_articles_take_their_dateline() -> None:
    assert read("000").published == date(2024, 2, 2)
    assert read("002").published == date(2024, 11, 19)
    assert read("002").notes == [
        "published 2024-11-19 from the dateline 'November 19, 2024'"
    ]


def test_undated_article_without_a_date_says_so() -> None:
    text = (ARTICLES / FILES["004"]).read_text(encoding="utf-8")
    assert extract(text, published=None).notes == [
        "no published date given or found: relative periods are left empty"
    ]


def test_note_is_the_sentence_and_why_names_the_words() -> None:
    by_area = {c.area_km2: c for c in read("001").candidates}
    candidate = by_area[2700.0]
    assert candidate.note == (
        "That information shows that Moscow’s forces have captured around 2,700 km2 "
        "of Ukrainian territory so far this year, compared to just 465 km2 in all "
        "of 2023, nearly six times more."
    )
    assert candidate.why == (
        "area '2,700 km2'; bound 'around'; kind 'captured'; actor 'Moscow's forces'; "
        "region 'Ukrainian territory'; period 'so far this year'; "
        "source 'ISW' named in an earlier sentence"
    )
    assert by_area[1171.0].why.endswith(
        "period 'during the first month of their incursion' "
        "(kursk incursion began 2024-08-06); source 'ISW' named in an earlier sentence"
    )


def test_without_the_incursion_date_the_first_month_stays_open() -> None:
    text = (ARTICLES / FILES["001"]).read_text(encoding="utf-8")
    result = extract(text, published=date(2024, 11, 20))
    first_month = next(c for c in result.candidates if c.area_km2 == 1171.0)
    assert (first_month.start, first_month.end) == (None, None)
    assert first_month.problems == [
        "start unknown: 'first month of their incursion' needs the incursion's "
        "start date"
    ]


def test_without_a_published_date_relative_periods_say_so() -> None:
    text = (ARTICLES / FILES["001"]).read_text(encoding="utf-8")
    result = extract(text, published=None)
    so_far = next(c for c in result.candidates if c.area_km2 == 2700.0)
    assert (so_far.start, so_far.end, so_far.published) == (None, None, None)
    assert so_far.problems == ["no published date for 'so far this year'"]


NOT_RECORDED = {
    "000": [
        ("600 representatives", "count"),
        ("some 110 million forced displaced", "people"),
        ("10 million", "count"),
    ],
    "001": [
        ("four hours", "duration"),
        ("two weeks", "duration"),
        ("nearly six times", "ratio"),
        ("4km", "distance"),
        ("nearly half of", "share"),
        ("At least 78,329 soldiers have been killed", "casualties"),
        ("more than 1.5 more victims", "casualties"),
        ("Around 50,000 soldiers", "troops"),
        ("24 hours", "duration"),
    ],
    "002": [
        ("nearly six times", "ratio"),
        ("at least 78,329 Russian troops have been killed", "casualties"),
        ("approximately 50,000 troops", "troops"),
    ],
    "003": [
        ("72 settlements", "settlements"),
        ("121,000 people", "people"),
        ("59,000", "people"),
    ],
    "004": [
        ("at least 150,000 dead", "casualties"),
        ("50,000 troops", "troops"),
        ("around 40 percent", "share"),
    ],
}


@pytest.mark.parametrize("article", sorted(NOT_RECORDED))
def test_non_area_figures_are_listed_as_not_recorded(article: str) -> None:
    listed = {(item.figure, item.what) for item in read(article).not_recorded}
    assert set(NOT_RECORDED[article]) <= listed


def test_a_not_recorded_figure_keeps_its_sentence() -> None:
    item = next(i for i in read("003").not_recorded if i.what == "settlements")
    assert item.sentence == (
        "Furthermore, Ukraine now controls 72 settlements in the Kursk region, a "
        "substantial gain that challenges Russia’s previously unassailable position."
    )


def test_fields_are_the_importable_record_fields() -> None:
    candidate = read("003").candidates[0]
    assert (
        tuple(candidate.to_fields())
        == RECORD_FIELDS
        == (
            "kind",
            "actor",
            "region",
            "layer",
            "start",
            "end",
            "area_km2",
            "bound",
            "source",
            "url",
            "published",
            "note",
        )
    )
    assert candidate.to_fields() | {"note": ""} == {
        "kind": "change",
        "actor": "ukraine",
        "region": "kursk",
        "layer": "control",
        "start": "2024-08-13",
        "end": "2024-08-13",
        "area_km2": "40",
        "bound": "exact",
        "source": "Ukrainian General Staff",
        "url": "",
        "published": "2024-08-13",
        "note": "",
    }


def test_seed_candidates_pass_record_validation() -> None:
    from frontline.model.records import record_from_fields

    for article in ("001", "002", "003"):
        for candidate in read(article).candidates:
            record = record_from_fields(candidate.to_fields())
            assert record.area_km2 == candidate.area_km2


def test_source_and_url_given_win() -> None:
    text = (ARTICLES / FILES["003"]).read_text(encoding="utf-8")
    result = extract(
        text,
        published=date(2024, 8, 13),
        source="Syrskyi briefing",
        url="https://x.example/a",
    )
    fields = result.candidates[0].to_fields()
    assert (fields["source"], fields["url"]) == (
        "Syrskyi briefing",
        "https://x.example/a",
    )
    assert result.candidates[0].why.endswith("source given")
