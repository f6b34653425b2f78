"""Sums of layers and restricted series asked every question a report asks of
them (window, first gain, snapshot days, holdings), and the series' own
answers at the edges of their spans. Expected values are worked out by hand in
the comments, from the records each test builds."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.model.build import build
from frontline.model.figures import Held, Holding
from frontline.model.views import (
    Restricted,
    Summed,
    clip,
    intersect,
    on_common_days,
    parse_layer_sum,
)

D = date


def jan(day: int) -> date:
    return D(2024, 1, day)


def change(first, last, area, bound="exact", layer="a", id=None, source="S"):
    from frontline.model.records import Record

    return Record(
        "change", "r", "x", first, last, area, bound, layer=layer, id=id, source=source
    )


def holding(day, area, bound="exact", layer="a", id=None, source="S"):
    from frontline.model.records import Record

    return Record(
        "holding", "r", "x", day, day, area, bound, layer=layer, id=id, source=source
    )


def summed(*parts):
    return Summed(("r", "x", "a+b", "S"), [build(p) for p in parts])


# --- sums of layers ---------------------------------------------------------------------


def loss_then_gain():
    """Layer a gains 1/day over 11–20 January; layer b loses 2/day over 11–15 (its
    holdings fall from 100 to 90) and holds still over 16–20. The sum is −1/day
    over 11–15 and +1/day over 16–20."""
    a = [change(jan(11), jan(20), 10, id=1)]
    b = [
        holding(jan(10), 100, layer="b", id=2),
        holding(jan(15), 90, layer="b", id=3),
        holding(jan(20), 90, layer="b", id=4),
    ]
    return summed(a, b)


def test_the_first_gain_of_a_sum_is_the_first_day_its_summed_rate_is_positive() -> None:
    series = loss_then_gain()
    assert series.first_gain(jan(1), jan(31)) == jan(16)
    assert series.first_gain(jan(17), jan(31)) == jan(17)
    assert series.first_gain(jan(11), jan(15)) is None
    assert series.first_gain(jan(21), jan(31)) is None


def test_a_summed_day_of_rounding_noise_is_no_gain_as_in_one_layer() -> None:
    # Layer a: holdings of 2e-9 km² on 1 January and 0 on the 2nd (a change of
    # −2e-9 on the 2nd), then change records of 1e-9 km² on the 3rd and 1 km²
    # on the 4th. Layer b: 2e-9 on the 2nd, nothing over the 3rd and 4th. The
    # sum: 0 on the 2nd, 1e-9 on the 3rd, 1 on the 4th. A day's 1e-9 km²
    # (0.001 m², `EPSILON`) is rounding noise, not a gain, in a layer alone
    # (layer a first gains on the 4th), and so in the sum: looked for day by
    # day from the 2nd (where b gains), its first gain is the 4th.
    a = [
        holding(jan(1), 2e-9, id=1),
        holding(jan(2), 0.0, id=2),
        change(jan(3), jan(3), 1e-9, id=3),
        change(jan(4), jan(4), 1.0, id=4),
    ]
    b = [
        change(jan(2), jan(2), 2e-9, layer="b", id=5),
        change(jan(3), jan(4), 0.0, layer="b", id=6),
    ]
    assert build(a).first_gain(jan(1), jan(31)) == jan(4)
    series = summed(a, b)
    assert [series.window(jan(d), jan(d)).total for d in (2, 3)] == [0.0, 1e-9]
    assert series.first_gain(jan(1), jan(31)) == jan(4)


def test_a_sum_covers_the_days_all_layers_cover() -> None:
    series = loss_then_gain()
    assert series.covered_runs() == [(jan(11), jan(20))]
    assert (series.first_covered, series.last_covered) == (jan(11), jan(20))
    whole = series.window(jan(1), jan(31))
    # 10 + (90 − 100) = 0 over the 10 days both cover.
    assert (whole.total, whole.covered, whole.bound, whole.prorated) == (
        0.0,
        10,
        "exact",
        False,
    )
    # 11–15: a gives 5 of its 10 (prorated), b gives −10 whole: −5, approx.
    part = series.window(jan(11), jan(15))
    assert (part.total, part.covered, part.bound, part.prorated) == (
        -5.0,
        5,
        "approx",
        True,
    )
    assert series.windows([(jan(11), jan(15)), (jan(16), jan(20))]) == [
        part,
        series.window(jan(16), jan(20)),
    ]
    assert series.window(jan(16), jan(20)).total == 5.0
    empty = series.window(jan(1), jan(10))
    assert (empty.total, empty.covered, empty.bound, empty.prorated) == (
        None,
        0,
        None,
        False,
    )


def test_the_snapshot_days_of_a_sum_are_those_of_every_layer() -> None:
    a = [holding(jan(10), 5, id=1), holding(jan(20), 8, id=2)]
    b = [holding(jan(d), 1, layer="b", id=10 + d) for d in (10, 15, 20)]
    series = summed(a, b)
    assert series.snapshot_days(jan(1), jan(31)) == [jan(10), jan(20)]
    assert series.snapshot_days(jan(11), jan(20)) == [jan(20)]
    assert series.snapshot_days(jan(10), jan(19)) == [jan(10)]
    assert series.has_holdings


def test_a_sum_holds_what_its_layers_hold_together() -> None:
    # a: 100 (≥) on the 10th, +10 over 11–20; b: 50 on the 10th, +5 over 11–15.
    a = [holding(jan(10), 100, "at_least", id=1), change(jan(11), jan(20), 10, id=2)]
    b = [holding(jan(10), 50, layer="b", id=3), change(jan(11), jan(15), 5, layer="b", id=4)]  # fmt: skip
    series = summed(a, b)
    assert series.holding_at(jan(10)) == Holding(150.0, "at_least", jan(10))
    # On the 15th: a 100 + 5 (half its change, prorated: approx), b 55.
    assert series.holding_at(jan(15)) == Holding(160.0, "approx", jan(15))
    # On the 20th b is not known (its figures stop on the 15th).
    assert series.holding_at(jan(20)) is None
    # held on the 25th: the last day both are known is the 15th.
    assert series.held(jan(25)) == Held(
        Holding(160.0, "approx", jan(15)), jan(10), jan(25)
    )
    assert series.holding_by(jan(25), jan(15)) == Holding(160.0, "approx", jan(15))
    assert series.holding_by(jan(25), jan(16)) is None
    assert series.held(jan(5)) is None
    # Restricted to some days, the holdings are the sum's own.
    restricted = Restricted(series, [(jan(12), jan(13))])
    assert restricted.holding_at(jan(15)) == series.holding_at(jan(15))
    assert restricted.held(jan(25)) == series.held(jan(25))
    assert restricted.holding_by(jan(25), jan(16)) is None
    assert restricted.snapshot_days(jan(1), jan(31)) == [jan(10)]
    assert restricted.has_holdings


def test_a_sum_of_layers_without_holdings_in_one_has_none() -> None:
    a = [holding(jan(10), 100, id=1)]
    b = [change(jan(1), jan(10), 5, layer="b", id=2)]
    series = summed(a, b)
    assert not series.has_holdings
    assert series.holding_at(jan(10)) is None
    assert series.held(jan(10)) is None


def test_the_issues_of_a_sum_are_those_of_its_layers() -> None:
    a = [change(jan(1), jan(10), 10, id=1), change(jan(1), jan(5), 20, id=2)]
    b = [change(jan(1), jan(10), 10, layer="b", id=3)]
    series = summed(a, b)
    assert [i.kind for i in series.issues] == ["larger-child"]
    assert [r.id for r in series.records] == [1, 2, 3]


# --- restricted series -------------------------------------------------------------------


def test_a_restricted_series_answers_only_on_its_days() -> None:
    # 31 over January (1/day); restricted to 5–10 and 20–25 January.
    series = build([change(jan(1), jan(31), 31, id=1)])
    days = [(jan(5), jan(10)), (jan(20), jan(25))]
    restricted = Restricted(series, days)
    assert restricted.covered_runs() == days
    assert (restricted.first_covered, restricted.last_covered) == (jan(5), jan(25))
    whole = restricted.window(jan(1), jan(31))
    assert (whole.total, whole.covered, whole.bound, whole.prorated) == (
        12.0,
        12,
        "approx",
        True,
    )
    assert restricted.windows([(jan(1), jan(7)), (jan(8), jan(31))]) == [
        restricted.window(jan(1), jan(7)),
        restricted.window(jan(8), jan(31)),
    ]
    assert restricted.window(jan(1), jan(7)).total == 3.0
    assert restricted.first_gain(jan(1), jan(31)) == jan(5)
    assert restricted.first_gain(jan(11), jan(31)) == jan(20)
    assert restricted.first_gain(jan(26), jan(31)) is None
    nothing = restricted.window(jan(11), jan(19))
    assert (nothing.total, nothing.covered) == (None, 0)
    assert restricted.issues == series.issues and restricted.key == series.key


def test_sources_are_compared_on_the_days_both_cover() -> None:
    isw = build([change(jan(1), jan(20), 20, id=1, source="ISW")])
    deepstate = build([change(jan(11), jan(31), 42, id=2, source="DeepState")])
    first, second = on_common_days([isw, deepstate])
    assert first.covered_runs() == second.covered_runs() == [(jan(11), jan(20))]
    assert first.window(jan(1), jan(31)).total == 10.0
    assert second.window(jan(1), jan(31)).total == 20.0
    (alone,) = on_common_days([isw])
    assert alone is isw


def test_intersect_and_clip_keep_touching_edges() -> None:
    a = [(jan(1), jan(10)), (jan(15), jan(20))]
    b = [(jan(10), jan(15))]
    assert intersect(a, b) == [(jan(10), jan(10)), (jan(15), jan(15))]
    assert intersect(a, a, a) == a
    assert intersect(a, []) == []
    assert clip(a, jan(10), jan(15)) == [(jan(10), jan(10)), (jan(15), jan(15))]
    assert clip(a, jan(11), jan(14)) == []
    assert clip(a, jan(3), jan(17)) == [(jan(3), jan(10)), (jan(15), jan(17))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("control", "control"),
        ("Control+Advances", "control+advances"),
        ("a+b+c", "a+b+c"),
    ],
)
def test_layer_sums_are_slugs_joined_by_plus(text: str, expected: str) -> None:
    assert parse_layer_sum(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a+", "layer: 'a+' has an empty part: write A+B"),
        ("+a", "layer: '+a' has an empty part: write A+B"),
        ("a+ +b", "layer: 'a+ +b' has an empty part: write A+B"),
        ("a+A", "layer: 'a+A' names a layer twice"),
    ],
)
def test_bad_layer_sums_are_refused(text: str, message: str) -> None:
    from frontline.errors import InputError

    with pytest.raises(InputError) as caught:
        parse_layer_sum(text)
    assert str(caught.value) == message


# --- a series at the edges of its spans -------------------------------------------------


def test_snapshot_days_include_both_ends() -> None:
    series = build([holding(jan(d), 10 * d, id=d) for d in (5, 10, 15)])
    assert series.snapshot_days(jan(5), jan(15)) == [jan(5), jan(10), jan(15)]
    assert series.snapshot_days(jan(6), jan(14)) == [jan(10)]
    assert series.snapshot_days(jan(16), jan(31)) == []
    assert series.has_holdings
    assert not build([change(jan(1), jan(2), 1, id=1)]).has_holdings


def test_covered_runs_join_adjacent_figures_and_keep_gaps() -> None:
    series = build(
        [
            change(jan(1), jan(5), 5, id=1),
            change(jan(6), jan(10), 5, id=2),
            change(jan(12), jan(12), 1, id=3),
        ]
    )
    assert series.covered_runs() == [(jan(1), jan(10)), (jan(12), jan(12))]
    assert (series.first_covered, series.last_covered) == (jan(1), jan(12))
    assert build([], ("r", "x", "a", "S")).first_covered is None


def test_segments_are_the_rate_day_by_day() -> None:
    # 100 over 1–10 January with 60 over 4–6 inside: 20/day inside, and
    # (100 − 60)/7 on the parent's other 7 days.
    series = build(
        [change(jan(1), jan(10), 100, id=1), change(jan(4), jan(6), 60, id=2)]
    )
    spans = [(s.first, s.last, s.rate) for s in series.segments()]
    assert spans == [
        (jan(1), jan(3), pytest.approx(40 / 7)),
        (jan(4), jan(6), 20.0),
        (jan(7), jan(10), pytest.approx(40 / 7)),
    ]
    assert series.first_gain(jan(1), jan(31)) == jan(1)
    assert series.first_gain(jan(5), jan(31)) == jan(5)
    assert series.first_gain(jan(11), jan(31)) is None


def test_the_first_gain_skips_days_without_gains_inside_a_parent() -> None:
    # 60 over 1–10 January, of which 60 over 6–8: the parent's own days get 0,
    # so the first gain is the 6th.
    series = build(
        [change(jan(1), jan(10), 60, id=1), change(jan(6), jan(8), 60, id=2)]
    )
    assert series.first_gain(jan(1), jan(31)) == jan(6)
    assert series.first_gain(jan(9), jan(31)) is None
    # A gain after a child: 60 over 1–10 of which 0 over 2–4 → 60/7 on the rest.
    other = build([change(jan(1), jan(10), 60, id=1), change(jan(2), jan(4), 0, id=2)])
    assert other.first_gain(jan(2), jan(31)) == jan(5)
    assert other.first_gain(jan(1), jan(31)) == jan(1)


# --- wording and gaps ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [
        (1000.0, None, "1,000"),
        (1000.04, None, "1,000"),  # within 0.05 of a whole number
        (1000.06, None, "1,000.1"),
        (999.95, None, "1,000"),  # 0.05 away: shown to one decimal, rounds up
        (-4.0, 2, "-4.00"),
        (-0.04, None, "0"),  # never "-0"
        # |0.05 - round(0.05)| is 0.05 itself, not less: one decimal, 0.05 → 0.1.
        (0.05, None, "0.1"),
        (-0.05, None, "-0.1"),
        (-0.0, 1, "0"),
        (0.004, 2, "0"),
        (12345.678, 2, "12,345.68"),
    ],
)
def test_figure_number(value: float, decimals, text: str) -> None:
    from frontline.model.wording import figure_number

    assert figure_number(value, decimals) == text


def test_signed_numbers_and_record_names() -> None:
    from frontline.model.wording import describe, record_ref, signed_number

    assert [signed_number(v) for v in (0.0, 12.0, -12.0)] == ["+0", "+12", "-12"]
    held = holding(jan(10), 110649, "approx", id=7)
    assert describe(held) == "holding #7 (~110,649 km² held on 2024-01-10)"
    assert describe(change(jan(1), jan(31), 1000.5, "at_most")) == (
        "record (≤1,000.5 km², 2024-01-01..2024-01-31)"
    )
    assert describe(change(jan(1), jan(2), 5, "at_least", id=3)) == (
        "record #3 (≥5 km², 2024-01-01..2024-01-02)"
    )
    assert record_ref(held) == "#7 on "
    assert record_ref(holding(jan(1), 1)) == "on "


@pytest.mark.parametrize(
    ("larger", "count", "median"),
    [
        ([], 0, 1.0),
        ([], 5, 1.0),
        ([7], 1, 7.0),
        ([7, 7], 3, 7.0),  # 1, 7, 7
        ([7], 3, 1.0),  # 1, 1, 7
        ([7, 14], 4, 4.0),  # 1, 1, 7, 14 → (1 + 7) / 2
        ([14, 7], 2, 10.5),  # sorted: 7, 14
    ],
)
def test_median_spacing(larger: list[int], count: int, median: float) -> None:
    from frontline.model.gaps import median_spacing

    assert median_spacing(larger, count) == median


@pytest.mark.parametrize(
    ("median", "threshold"), [(0.5, 3), (1.0, 3), (1.5, 5), (7.0, 21), (2.34, 8)]
)
def test_gap_threshold(median: float, threshold: int) -> None:
    from frontline.model.gaps import gap_threshold

    assert gap_threshold(median) == threshold


def test_gap_issues_say_how_many_days() -> None:
    from frontline.model.gaps import gap_issue

    key = ("r", "x", "a", "S")
    one = gap_issue(key, jan(5), jan(5), False)
    assert (one.kind, one.message, one.first, one.last, one.records) == (
        "gap",
        "no figure covers 2024-01-05..2024-01-05 (1 day)",
        jan(5),
        jan(5),
        (),
    )
    bridged = gap_issue(key, jan(5), jan(9), True)
    assert bridged.message == (
        "no figure on 2024-01-05..2024-01-09 (5 days): the snapshots on either "
        "side are interpolated across it, so numbers there are prorated estimates (~)"
    )


# --- edges found by mutation testing ------------------------------------------------------


def test_a_restricted_series_covers_only_days_its_figures_cover() -> None:
    series = build([change(jan(5), jan(31), 27, id=1)])
    restricted = Restricted(series, [(jan(1), jan(10))])
    assert restricted.covered_runs() == [(jan(5), jan(10))]
    assert restricted.records == series.records
    assert restricted.window(jan(1), jan(31)).covered == 6


def test_a_rate_of_rounding_noise_is_not_a_gain() -> None:
    # 1e-9 km² in a day is rounding noise, not a gain (the model's epsilon).
    series = build(
        [change(jan(1), jan(1), 1e-9, id=1), change(jan(2), jan(2), 1, id=2)]
    )
    assert series.first_gain(jan(1), jan(31)) == jan(2)
    noise = summed([change(jan(1), jan(1), 1e-9, id=1)], [change(jan(1), jan(1), 0, layer="b", id=2)])  # fmt: skip
    assert noise.first_gain(jan(1), jan(1)) is None


def test_a_sum_without_gains_has_no_first_gain() -> None:
    series = summed([change(jan(1), jan(10), 0, id=1)], [change(jan(1), jan(10), 0, layer="b", id=2)])  # fmt: skip
    assert series.first_gain(jan(1), jan(10)) is None


def test_the_first_gain_of_a_sum_on_the_last_day_of_the_window() -> None:
    assert loss_then_gain().first_gain(jan(11), jan(16)) == jan(16)


def test_the_snapshot_days_of_three_layers() -> None:
    a = [holding(jan(d), 1, id=d) for d in (10, 15, 20)]
    b = [holding(jan(d), 1, layer="b", id=30 + d) for d in (10, 15, 20)]
    c = [holding(jan(d), 1, layer="c", id=60 + d) for d in (10, 20)]
    series = Summed(("r", "x", "a+b+c", "S"), [build(a), build(b), build(c)])
    assert series.snapshot_days(jan(1), jan(31)) == [jan(10), jan(20)]


def test_a_sum_is_held_only_on_a_day_every_layer_is_known() -> None:
    # a: a snapshot on the 6th. b: 100 on the 1st and +2 over 2–3 January. Alone
    # on the 25th, a is known as of the 6th and b as of the 3rd; on the 3rd a is
    # not known yet: the sum has no day both are known on.
    a = [holding(jan(6), 50, id=1)]
    b = [holding(jan(1), 100, layer="b", id=2), change(jan(2), jan(3), 2, layer="b", id=3)]  # fmt: skip
    assert build(b).held(jan(25)).holding == Holding(102.0, "exact", jan(3))
    assert build(a).held(jan(3)) is None
    assert summed(a, b).held(jan(25)) is None
    # With a held still since the 1st, the last day both are known is a's, the
    # 1st: 50 + 100.
    a = [holding(jan(1), 50, id=1)]
    assert summed(a, b).held(jan(25)) == Held(
        Holding(150.0, "exact", jan(1)), jan(1), jan(25)
    )


def test_segments_of_a_child_at_the_start_and_their_owners() -> None:
    # 100 over 1–10 January with 60 over 1–5: 12/day, then 40/5 = 8/day.
    series = build(
        [change(jan(1), jan(10), 100, id=1), change(jan(1), jan(5), 60, id=2)]
    )
    assert [(s.first, s.last, s.rate, s.owner) for s in series.segments()] == [
        (jan(1), jan(5), 12.0, "record #2 (60 km², 2024-01-01..2024-01-05)"),
        (jan(6), jan(10), 8.0, "record #1 (100 km², 2024-01-01..2024-01-10)"),
    ]
    # A child in the middle: the parent's days on both sides are its own.
    middle = build(
        [change(jan(1), jan(10), 100, id=1), change(jan(4), jan(6), 60, id=2)]
    )
    assert [s.owner[:9] for s in middle.segments()] == [
        "record #1",
        "record #2",
        "record #1",
    ]


def test_intersect_walks_every_run() -> None:
    a = [(jan(1), jan(2)), (jan(4), jan(5)), (jan(7), jan(8)), (jan(10), jan(11))]
    assert intersect(a, [(jan(1), jan(31))]) == a
    assert intersect([(jan(1), jan(31))], a) == a


def test_a_layer_sum_names_the_layer_field_in_its_errors() -> None:
    from frontline.errors import InputError

    for text, message in [
        ("", "layer: is empty"),
        (" ", "layer: is empty"),
        (
            "a+b/c",
            "layer: 'b/c' is not a valid name (letters, digits, '-', '_' and '.')",
        ),
    ]:
        with pytest.raises(InputError) as caught:
            parse_layer_sum(text)
        assert str(caught.value) == message


# S1 knows control on 1 and 31 January but advances only on the 31st; S2 knows
# both layers on both days.
TWO_LAYERS = """kind,actor,region,layer,start,end,area_km2,bound,source,url,published,note
holding,russia,r,control,2024-01-01,2024-01-01,100,exact,S1,,,
holding,russia,r,control,2024-01-31,2024-01-31,130,exact,S1,,,
holding,russia,r,advances,2024-01-31,2024-01-31,10,exact,S1,,,
holding,russia,r,control,2024-01-01,2024-01-01,100,exact,S2,,,
holding,russia,r,control,2024-01-31,2024-01-31,125,exact,S2,,,
holding,russia,r,advances,2024-01-01,2024-01-01,5,exact,S2,,,
holding,russia,r,advances,2024-01-31,2024-01-31,10,exact,S2,,,
"""


def test_sources_of_a_layer_sum_share_only_days_every_layer_has(
    cli, run, tmp_path
) -> None:
    import json

    path = tmp_path / "two.csv"
    path.write_text(TWO_LAYERS)
    run("import", str(path))
    result = cli(
        "sources", "--layer", "control+advances", "--period", "2024-01", "-f", "json"
    )
    assert result.exit_code == 0, result.stderr
    s1, s2 = json.loads(result.stdout)["rows"]
    # S1's sum has a snapshot only on the 31st (advances has none on the 1st),
    # so that is the first and last day the two sources share: 130 + 10 = 140
    # against 125 + 10 = 135.
    for row in (s1, s2):
        assert (row["first_shared_snapshot"], row["last_shared_snapshot"]) == (
            "2024-01-31",
            "2024-01-31",
        )
    assert (s1["first_holding_km2"], s1["holding_km2"]) == (140.0, 140.0)
    assert (s2["first_holding_km2"], s2["holding_km2"]) == (135.0, 135.0)
    assert s2["holding_difference_km2"] == -5.0
