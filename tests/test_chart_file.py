"""Publication charts: the files are valid SVG/PNG/HTML and show what the spec
says (title, period, source line, series, one element per figure, none for a
gap), the same bytes on every run, and clear errors for a bad name or a missing
library. Files are checked with the standard library only."""

from __future__ import annotations

import importlib.util
import re
import struct
import sys
import zlib
from datetime import date, timedelta
from pathlib import Path
from xml.etree import ElementTree

import pytest

from frontline.errors import FrontlineError, InputError
from frontline.render.chart_file import (
    ChartPoint,
    ChartSeries,
    ChartSpec,
    source_line,
    value_text,
    write_chart,
)

SVG = "{http://www.w3.org/2000/svg}"
ROOT = Path(__file__).resolve().parents[1]


def month(year: int, number: int) -> tuple[date, date]:
    following = date(year + number // 12, number % 12 + 1, 1)
    return date(year, number, 1), following - timedelta(days=1)


def monthly(values: list[tuple[float | None, str]], year: int = 2024):
    return tuple(
        ChartPoint(*month(year, n + 1), value, bound)
        for n, (value, bound) in enumerate(values)
    )


GAINS_2024 = [
    (202.7, "approx"), (189.7, "approx"), (202.7, "approx"), (290.0, "exact"),
    (420.0, "exact"), (196.2, "approx"), (350.0, "exact"), (480.0, "exact"),
    (468.8, "approx"), (484.4, "approx"), (300.0, "at_least"), (None, "exact"),
]  # fmt: skip


def bars_spec() -> ChartSpec:
    return ChartSpec(
        title="Russian gains in Ukraine, by month",
        period="January to December 2024",
        kind="bars",
        series=(ChartSeries("Russia · ISW", "ISW", monthly(GAINS_2024)),),
        sources=("ISW",),
    )


def held_spec() -> ChartSpec:
    """Two sources at month ends; DeepState has no figure for March and April."""
    ends = [month(2024, n)[1] for n in range(1, 7)]
    isw = [107_660.0, 107_850.0, 108_050.0, 108_340.0, 108_760.0, 108_960.0]
    deepstate = [107_170.0, 107_340.0, None, None, 108_190.0, 108_370.0]
    return ChartSpec(
        title="Area of Ukraine held by Russia",
        period="End of each month, January to June 2024",
        kind="held",
        series=(
            ChartSeries("ISW", "ISW", tuple(
                ChartPoint(d, d, v, "approx" if n == 2 else "exact")
                for n, (d, v) in enumerate(zip(ends, isw, strict=True))
            )),
            ChartSeries("DeepState", "DeepState", tuple(
                ChartPoint(d, d, v, "exact") for d, v in zip(ends, deepstate, strict=True)
            )),
        ),
        sources=("ISW", "DeepState"),
    )  # fmt: skip


def cumulative_spec() -> ChartSpec:
    points = monthly(
        [(100.0, "exact"), (250.0, "exact"), (None, "exact"), (None, "exact"),
         (700.0, "approx"), (1_000.0, "at_most")]
    )  # fmt: skip
    return ChartSpec(
        title="Running total",
        period="January to June 2024",
        kind="cumulative",
        series=(ChartSeries("Russia · ISW", "ISW", points),),
        sources=("ISW",),
        note="Illustrative figures.",
    )


def svg_of(spec: ChartSpec, tmp_path: Path) -> ElementTree.Element:
    path = tmp_path / "chart.svg"
    write_chart(spec, path)
    return ElementTree.fromstring(path.read_bytes())


def texts(root: ElementTree.Element) -> list[str]:
    return [t.text for t in root.iter(f"{SVG}text") if t.text]


def ids(root: ElementTree.Element, pattern: str) -> list[str]:
    return sorted(
        (e.get("id") for e in root.iter() if re.fullmatch(pattern, e.get("id") or "")),
        key=lambda i: [int(n) for n in re.findall(r"\d+", i)],
    )


def fill_of(root: ElementTree.Element, gid: str) -> str:
    (group,) = [e for e in root.iter(f"{SVG}g") if e.get("id") == gid]
    (path,) = group.iter(f"{SVG}path")
    return re.search(r"fill: ([^;]+)", path.get("style", "")).group(1)


def png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    chunks, offset = [], 8
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        body = data[offset + 8 : offset + 8 + length]
        (crc,) = struct.unpack(">I", data[offset + 8 + length : offset + 12 + length])
        assert zlib.crc32(kind + body) == crc
        chunks.append((kind, body))
        offset += 12 + length
    return chunks


# --- no library needed ---------------------------------------------------------------


def test_unknown_extension_is_an_input_error_naming_the_output(tmp_path: Path) -> None:
    path = tmp_path / "chart.pdf"
    with pytest.raises(InputError) as caught:
        write_chart(bars_spec(), path)
    assert str(caught.value) == (
        "output: cannot tell the chart format from 'chart.pdf'; "
        "use a name ending in .svg, .png or .html"
    )
    assert caught.value.exit_code == 2
    assert not path.exists()


def test_a_name_without_extension_is_refused_the_same_way(tmp_path: Path) -> None:
    with pytest.raises(
        InputError, match=r"^output: cannot tell the chart format from 'chart';"
    ):
        write_chart(bars_spec(), tmp_path / "chart")


def test_missing_matplotlib_says_which_extra_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib fails
    with pytest.raises(FrontlineError) as caught:
        write_chart(bars_spec(), tmp_path / "chart.svg")
    assert (
        str(caught.value) == "charts need matplotlib: pip install 'frontline[charts]'"
    )
    assert not isinstance(caught.value, InputError)
    assert caught.value.exit_code == 1


def test_unknown_kind_is_a_programming_error(tmp_path: Path) -> None:
    spec = ChartSpec("t", "p", "pie", (), ())
    with pytest.raises(
        ValueError, match="chart kind 'pie' is not one of bars, cumulative, held"
    ):
        write_chart(spec, tmp_path / "chart.svg")


def test_unknown_bound_is_a_programming_error(tmp_path: Path) -> None:
    point = ChartPoint(date(2024, 1, 1), date(2024, 1, 31), 1.0, "roughly")
    spec = ChartSpec("t", "p", "bars", (ChartSeries("ISW", "ISW", (point,)),), ())
    with pytest.raises(ValueError, match="ISW: bound 'roughly' is not one of"):
        write_chart(spec, tmp_path / "chart.svg")


def test_source_line_names_each_source_once_then_frontline() -> None:
    assert source_line(["ISW"]) == "Source: ISW; frontline"
    assert (
        source_line(["ISW", "DeepState", "ISW"]) == "Source: ISW, DeepState; frontline"
    )
    assert source_line([]) == "Source: frontline"
    assert source_line([""]) == "Source: frontline"


def test_value_text_shows_precision_and_rounds_large_figures() -> None:
    assert value_text(2_700.0, "approx") == "~2,700"
    assert value_text(1_000.0, "at_least") == "≥1,000"
    assert value_text(500.0, "at_most") == "≤500"
    assert value_text(202.7, "approx") == "~203"
    assert value_text(12.5, "exact") == "12.5"
    assert value_text(12.0, "exact") == "12"
    assert value_text(-45.0, "exact") == "−45"
    assert value_text(-0.01, "exact") == "0"


# --- SVG -----------------------------------------------------------------------------


def test_svg_is_valid_and_shows_title_period_source_and_series(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    root = svg_of(held_spec(), tmp_path)
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 864 486"
    shown = texts(root)
    assert "Area of Ukraine held by Russia" in shown
    assert "End of each month, January to June 2024" in shown
    assert "Source: ISW, DeepState; frontline" in shown
    assert "ISW" in shown and "DeepState" in shown  # the key names both series


def test_a_single_series_has_no_series_key(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    root = svg_of(bars_spec(), tmp_path)
    assert ids(root, r"key-series-\d+") == []
    assert "Russia · ISW" not in texts(root)


def test_bars_one_bar_per_figure_and_none_for_the_gap(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    root = svg_of(bars_spec(), tmp_path)
    assert ids(root, r"series-0-point-\d+") == [
        f"series-0-point-{n}" for n in range(11)
    ]
    assert ids(root, r"series-0-gap-\d+") == ["series-0-gap-11"]
    assert "no figure" in texts(root)


def test_bars_of_two_series_are_counted_per_series(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    ukraine = monthly([(40.0, "exact"), (None, "exact"), (55.0, "approx")])
    russia = monthly([(10.0, "exact"), (20.0, "exact"), (30.0, "exact")])
    spec = ChartSpec(
        "Kursk", "January to March 2024", "bars",
        (ChartSeries("Ukraine", "ISW", ukraine), ChartSeries("Russia", "ISW", russia)),
        ("ISW",),
    )  # fmt: skip
    root = svg_of(spec, tmp_path)
    assert ids(root, r"series-0-point-\d+") == ["series-0-point-0", "series-0-point-2"]
    assert len(ids(root, r"series-1-point-\d+")) == 3
    assert ids(root, r"series-\d-gap-\d+") == ["series-0-gap-1"]
    assert {"Ukraine", "Russia"} <= set(texts(root))


def test_approximate_bars_are_lighter_and_hatched_and_the_key_says_so(
    tmp_path: Path,
) -> None:
    pytest.importorskip("matplotlib")
    root = svg_of(bars_spec(), tmp_path)
    assert fill_of(root, "series-0-point-3") == "#1f5a96"  # April, exact
    assert fill_of(root, "series-0-point-0").startswith("url(#h")  # January, approx
    assert "lighter, hatched: approximate (prorated or ~) or a bound (≥, ≤)" in texts(
        root
    )


@pytest.mark.parametrize(
    ("bounds", "words"),
    [
        (("approx",), "lighter, hatched: approximate (prorated or ~)"),
        (("at_least",), "lighter, hatched: a bound (≥, ≤)"),
        (("at_most", "approx"), "lighter, hatched: approximate (prorated or ~) or a "
         "bound (≥, ≤)"),
    ],
)  # fmt: skip
def test_the_key_names_only_the_kinds_of_inexact_figure_there_are(
    tmp_path: Path, bounds: tuple[str, ...], words: str
) -> None:
    pytest.importorskip("matplotlib")
    values = [(100.0, "exact"), *((200.0, bound) for bound in bounds)]
    spec = ChartSpec(
        title="Gains",
        period="2024",
        kind="bars",
        series=(ChartSeries("Russia · ISW", "ISW", monthly(values)),),
        sources=("ISW",),
    )
    shown = texts(svg_of(spec, tmp_path))
    assert words in shown
    assert not any(text.startswith("lighter") and text != words for text in shown)


def test_an_all_exact_chart_has_no_approximation_key(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    spec = ChartSpec(
        "t", "p", "bars",
        (ChartSeries("ISW", "ISW", monthly([(1.0, "exact"), (2.0, "exact")])),), ("ISW",),
    )  # fmt: skip
    root = svg_of(spec, tmp_path)
    assert ids(root, r"key-.*") == []
    assert ids(root, r"chart-key") == []


def test_bars_are_labelled_with_their_figures_and_bounds(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    root = svg_of(bars_spec(), tmp_path)
    shown = texts(root)
    assert {"~203", "~190", "290", "420", "~484", "≥300"} <= set(shown)
    assert ids(root, r"series-0-bound-\d+") == ["series-0-bound-10"]  # November ▲
    assert "at least" in shown


def test_monthly_bars_are_named_by_month_with_the_year(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    shown = texts(svg_of(bars_spec(), tmp_path))
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
              "Nov", "Dec"]  # fmt: skip
    assert [t for t in shown if t in months] == months
    assert "2024" in shown
    assert "Gained per month, km²" in shown


def test_the_value_axis_has_thousands_separators(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    shown = texts(svg_of(held_spec(), tmp_path))
    assert "108,000" in shown
    assert "Area held, km²" in shown


def test_held_one_marker_per_figure_and_a_band_over_the_gap(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    root = svg_of(held_spec(), tmp_path)
    assert len(ids(root, r"series-0-point-\d+")) == 6
    assert ids(root, r"series-1-point-\d+") == [
        "series-1-point-0", "series-1-point-1", "series-1-point-4", "series-1-point-5"
    ]  # fmt: skip
    assert ids(root, r"series-\d-gap-\d+") == ["series-1-gap-2"]  # one band, two months
    # DeepState's line is broken in two; ISW's is dashed either side of March.
    assert len(ids(root, r"series-1-line-\d+")) == 2
    assert len(ids(root, r"series-0-line-\d+")) == 3
    assert {"108,960", "108,370"} <= set(texts(root))  # each line's latest figure


def test_cumulative_one_level_per_figure_and_none_for_gaps(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    root = svg_of(cumulative_spec(), tmp_path)
    assert ids(root, r"series-0-point-\d+") == [
        "series-0-point-0", "series-0-point-1", "series-0-point-4", "series-0-point-5"
    ]  # fmt: skip
    assert ids(root, r"series-0-riser-\d+") == ["series-0-riser-1", "series-0-riser-5"]
    assert ids(root, r"series-0-gap-\d+") == ["series-0-gap-2"]
    assert ids(root, r"series-0-bound-\d+") == ["series-0-bound-5"]
    shown = texts(root)
    assert {"≤1,000", "Illustrative figures.", "at most", "no figure"} <= set(shown)
    assert "dashed: approximate (prorated or ~) or a bound (≥, ≤)" in shown


def test_a_chart_without_figures_says_so(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    spec = ChartSpec("Nothing", "2024", "held", (), ())
    assert "no figures" in texts(svg_of(spec, tmp_path))


def test_svg_bytes_are_the_same_on_every_run(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    first, second = tmp_path / "a.svg", tmp_path / "b.svg"
    write_chart(held_spec(), first)
    write_chart(held_spec(), second)
    assert first.read_bytes() == second.read_bytes()
    assert b"<dc:date>" not in first.read_bytes()


def test_an_upper_case_extension_is_understood(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    path = tmp_path / "CHART.SVG"
    write_chart(bars_spec(), path)
    assert ElementTree.fromstring(path.read_bytes()).tag == f"{SVG}svg"


def test_an_unwritable_file_fails_as_an_export_does(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    path = tmp_path / "missing" / "chart.svg"
    with pytest.raises(FrontlineError) as caught:
        write_chart(bars_spec(), path)
    assert caught.value.exit_code == 1
    assert str(caught.value) == f"cannot write {path}: No such file or directory"


def test_drawing_leaves_matplotlib_settings_alone(tmp_path: Path) -> None:
    matplotlib = pytest.importorskip("matplotlib")
    before = dict(matplotlib.rcParams)
    write_chart(bars_spec(), tmp_path / "chart.svg")
    assert dict(matplotlib.rcParams) == before


# --- PNG and HTML --------------------------------------------------------------------


def test_png_is_a_valid_1200_by_675_png_without_a_date(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    path = tmp_path / "chart.png"
    write_chart(held_spec(), path)
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks = png_chunks(data)
    kind, header = chunks[0]
    assert kind == b"IHDR"
    assert struct.unpack(">II", header[:8]) == (1200, 675)
    assert chunks[-1][0] == b"IEND"
    text = b"".join(body for kind, body in chunks if kind in (b"tEXt", b"iTXt"))
    assert b"Software\x00frontline" in text
    assert b"Date" not in text and b"Creation Time" not in text


def test_html_is_a_page_embedding_the_svg(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    path = tmp_path / "chart.html"
    write_chart(held_spec(), path)
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>\n")
    assert "<title>Area of Ukraine held by Russia</title>" in page
    assert "<?xml" not in page and "<script" not in page and "http-equiv" not in page
    svg = page[page.index("<svg") : page.index("</svg>") + len("</svg>")]
    root = ElementTree.fromstring(svg)
    assert "Source: ISW, DeepState; frontline" in texts(root)
    assert len(ids(root, r"series-0-point-\d+")) == 6


def test_html_escapes_the_title(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    spec = ChartSpec("Gains <Kursk> & more", "2024", "held", (), ())
    path = tmp_path / "chart.html"
    write_chart(spec, path)
    assert "<title>Gains &lt;Kursk&gt; &amp; more</title>" in path.read_text("utf-8")


def test_the_documented_examples_still_draw(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    loader = importlib.util.spec_from_file_location(
        "chart_examples", ROOT / "docs" / "charts" / "examples.py"
    )
    examples = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(examples)
    examples.main(tmp_path)
    for name in ("bars", "cumulative", "held"):
        assert (tmp_path / f"{name}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_long_title_shrinks_to_fit_rather_than_running_off(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    title = "Gains by actor and region in the Donetsk, Luhansk and Zaporizhzhia oblasts, 2024"
    root = svg_of(ChartSpec(title, "2024", "held", (), ()), tmp_path)
    (group,) = [e for e in root.iter(f"{SVG}g") if e.get("id") == "chart-title"]
    (text,) = group.iter(f"{SVG}text")
    assert text.text == title
    size = float(re.search(r"font-size: ([\d.]+)px", text.get("style")).group(1))
    assert 13 <= size < 19


def test_a_long_note_wraps_onto_two_lines(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    note = " ".join(["Figures for the last weeks are provisional."] * 5)
    spec = ChartSpec("t", "p", "held", (), (), note=note)
    root = svg_of(spec, tmp_path)
    (group,) = [e for e in root.iter(f"{SVG}g") if e.get("id") == "chart-note"]
    lines = [t.text for t in group.iter(f"{SVG}text")]
    assert len(lines) == 2
    assert " ".join(lines) == note


def test_a_key_too_wide_for_one_row_takes_more(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    series = tuple(
        ChartSeries(f"Russia · source number {n}", f"S{n}", monthly([(1.0, "approx")]))
        for n in range(6)
    )
    root = svg_of(ChartSpec("t", "p", "bars", series, ()), tmp_path)
    rows = set()
    for n in range(6):
        (group,) = [e for e in root.iter(f"{SVG}g") if e.get("id") == f"key-series-{n}"]
        (text,) = group.iter(f"{SVG}text")
        rows.add(text.get("y"))
    assert len(rows) == 3  # 7 entries (6 series, the approximation) in 3 columns
