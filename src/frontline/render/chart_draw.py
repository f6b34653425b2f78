"""Drawing a `ChartSpec` on a matplotlib figure: the look of every publication chart.

Kept apart from `chart_file.py` (the spec and the file formats) because this is
the part that changes when the look does. Only `chart_file.write_chart` calls it,
after importing matplotlib; nothing here is imported by the rest of the tool.

The frame is the same for every chart of a given size: title, period and key
at the top left, the plot, then a note and the source line at the bottom left,
each at a fixed place, so that charts of one report line up on a page.

How figures are drawn:

- bars: one bar per bucket per series, side by side within the bucket, each
  labelled with its figure when there is room; a bar that is not exact is
  lighter and hatched; a bucket without a figure has no bar and a × on the
  zero line;
- cumulative: a staircase, each bucket a level (the running total at its end)
  spanning the bucket; a level that is not exact is dashed and lighter;
- held: a line through the area held at the end of each figure's last day, with
  a marker per figure (hollow when not exact); a segment is dashed and lighter
  when either end is not exact;
- rolling: the trailing rate at each bucket's end, drawn like the area held;
- lines break where there is no figure, over a shaded band;
- "at least" / "at most" figures carry ▲ / ▼; the latest figure of each line is
  written at its end.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from frontline.errors import InputError
from frontline.render.chart_axes import (
    calendar_unit,
    date_axis,
    day_number,
    days_of,
    value_axis,
)

if TYPE_CHECKING:
    from frontline.render.chart_types import ChartPoint, ChartSeries, ChartSpec

# 1200 × 675 px at 100 dpi: a 16:9 picture that fits a web article and a slide.
WIDTH_IN, HEIGHT_IN, DPI = 12.0, 6.75, 100

# Distinct for the common kinds of colour blindness, and in greyscale when printed
# (blue, vermilion, bluish green, amber, reddish purple, sky blue, grey).
PALETTE = ("#1f5a96", "#d0462c", "#12876f", "#e0a21b", "#a4507f", "#57a8d8", "#6b6b6b")
INK, MUTED, GRID, AXIS, KEY_GREY = "#1a1a1a", "#5f5f5f", "#dedede", "#8a8a8a", "#6b6b6b"
GAP_BAND = "#ededed"
LIGHTEN_BAR = 0.55  # how far towards white a bar that is not exact is drawn
LIGHTEN_LINE = 0.3  # lines are thin: any lighter and they fade out
DASHES = (0, (4, 2))
BOUND_SIGNS = {"exact": "", "approx": "~", "at_least": "≥", "at_most": "≤"}
BOUND_MARKERS = {"at_least": "^", "at_most": "v"}
BAR_SHARE = 0.82  # of a bucket's width taken by its bars; the rest separates buckets
LABEL_MIN_PX = 36  # narrower bars than this get no value label: labels would touch
DENSE = 60  # points in a series beyond which markers shrink
Y_LABELS = {"bars": "Gained per {unit}", "cumulative": "Gained to date",
            "held": "Area held", "rolling": "Trailing rate"}  # fmt: skip

# The frame, in figure fractions.
LEFT = 0.045
PLOT_LEFT, PLOT_RIGHT, PLOT_TOP = 0.095, 0.93, 0.80
# The least height of the plot (a third of the picture) that the key may leave.
MIN_PLOT = 0.33


def value_text(value: float, bound: str) -> str:
    """`~2,700`, `≥1,000`, `−45`, `12.5`: a figure with its precision. Whole
    numbers from 100 up (a chart label needs no more), one decimal below that
    unless the figure is whole."""
    whole = abs(value) >= 100 or abs(value - round(value)) < 0.05
    text = f"{abs(value):,.0f}" if whole else f"{abs(value):,.1f}"
    sign = "−" if value < 0 and text.strip("0.,") else ""
    return BOUND_SIGNS.get(bound, "") + sign + text


def source_line(sources: Sequence[str]) -> str:
    """ "Source: ISW, DeepState; frontline": whose figures, then who drew them."""
    named = [source for source in dict.fromkeys(sources) if source]
    return "Source: " + (", ".join(named) + "; " if named else "") + "frontline"


@dataclass
class _Marks:
    """What the chart contains, so the key explains only what there is."""

    inexact: bool = False
    approximate: bool = False
    at_least: bool = False
    at_most: bool = False
    gaps: bool = False

    def note(self, point: ChartPoint) -> None:
        if point.value is None:
            self.gaps = True
            return
        self.inexact |= point.bound != "exact"
        self.approximate |= point.bound == "approx"
        self.at_least |= point.bound == "at_least"
        self.at_most |= point.bound == "at_most"


def draw(figure: Any, spec: ChartSpec) -> None:
    """Title block and key, the plot below them, then the note and source line.

    Text is measured (with Agg's renderer: the same font metrics the SVG is laid
    out with) so that a long title shrinks, a long note wraps and a long key
    takes a second row, and the plot makes room, instead of anything running off
    the picture or over the plot."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(figure).get_renderer()
    width = 1 - 2 * LEFT
    title = _text(figure, LEFT, 0.945, spec.title, 19, INK, "chart-title", bold=True)
    _shrink_to_fit(title, renderer, width, smallest=13)
    period = _text(figure, LEFT, 0.895, spec.period, 13, MUTED, "chart-period")
    _shrink_to_fit(period, renderer, width, smallest=10)
    note_lines = 0
    if spec.note:
        note = _text(figure, LEFT, 0.058, spec.note, 10, MUTED, "chart-note")
        note_lines = _wrap_to_fit(note, renderer, width, most=2)
    _text(figure, LEFT, 0.025, source_line(spec.sources), 10, MUTED, "chart-source")
    if spec.credit:
        figure.text(
            1 - LEFT, 0.025, spec.credit, fontsize=10, color=MUTED, ha="right",
            va="baseline", gid="chart-credit",
        )  # fmt: skip
    marks = _Marks()
    for series in spec.series:
        for point in series.points:
            marks.note(point)
    key_rows = _key(figure, spec, marks, renderer)
    top = PLOT_TOP - 0.042 * max(key_rows - 1, 0)
    bottom = 0.13 + 0.035 * note_lines
    if top - bottom < MIN_PLOT:
        raise InputError(
            "output",
            f"{len(spec.series):,} series do not fit in one chart's key "
            f"({key_rows} rows); choose fewer with --actor, --region, --layer "
            "or --source",
        )
    axes = figure.add_axes((PLOT_LEFT, bottom, PLOT_RIGHT - PLOT_LEFT, top - bottom))
    _style_axes(axes, spec)
    points = [p for s in spec.series for p in s.points]
    if points:
        date_axis(axes, spec, points)
    draw = {"bars": _draw_bars, "cumulative": _draw_cumulative}
    draw.get(spec.kind, _draw_held)(axes, spec)
    value_axis(axes, spec)
    _spread_end_labels(axes)
    if not any(p.value is not None for p in points):
        axes.text(
            0.5, 0.5, "no figures", transform=axes.transAxes, fontsize=14,
            color=MUTED, ha="center", va="center", gid="chart-empty",
        )  # fmt: skip


def _text(
    figure: Any, x: float, y: float, text: str, size: float, colour: str, gid: str,
    bold: bool = False,
) -> Any:  # fmt: skip
    return figure.text(
        x, y, text, fontsize=size, color=colour, fontweight="bold" if bold else None,
        ha="left", va="baseline", gid=gid,
    )  # fmt: skip


def _fits(artist: Any, renderer: Any, width: float) -> bool:
    return artist.get_window_extent(renderer).width <= width * WIDTH_IN * DPI


def figure_inches(size: tuple[int, int] | None) -> tuple[float, float]:
    """The figure is always 12 in wide, so that the frame's text keeps its
    proportions; `size` (pixels) sets its aspect, and PNG's resolution makes
    the pixels (`png_dpi`)."""
    if size is None:
        return WIDTH_IN, HEIGHT_IN
    width, height = size
    return WIDTH_IN, WIDTH_IN * height / width


def png_dpi(size: tuple[int, int] | None) -> float:
    return DPI if size is None else size[0] / WIDTH_IN


def _shrink_to_fit(text: Any, renderer: Any, width: float, smallest: float) -> None:
    """Smaller type, down to `smallest`, then the end cut off with "…"."""
    while not _fits(text, renderer, width) and text.get_fontsize() > smallest:
        text.set_fontsize(text.get_fontsize() - 1)
    words = text.get_text()
    while not _fits(text, renderer, width) and len(words) > 1:
        words = words[:-1]
        text.set_text(words.rstrip() + "…")


def _wrap_to_fit(text: Any, renderer: Any, width: float, most: int) -> int:
    """Break the text between words into lines that fit, at most `most` (the
    last cut off with "…" if it still does not fit); returns the number of
    lines. Anchored at the last line's baseline, extra lines grow upwards."""
    lines: list[str] = []
    for word in text.get_text().split():
        if lines:
            text.set_text(f"{lines[-1]} {word}")
            if _fits(text, renderer, width):
                lines[-1] = f"{lines[-1]} {word}"
                continue
        lines.append(word)
    if len(lines) > most:
        lines = [*lines[: most - 1], " ".join(lines[most - 1 :])]
    last = lines[-1] if lines else ""
    text.set_text("\n".join(lines))
    while not _fits(text, renderer, width) and len(last) > 1:
        last = last[:-1].rstrip()
        text.set_text("\n".join([*lines[:-1], last + "…"]))
    return len(lines)


def _style_axes(axes: Any, spec: ChartSpec) -> None:
    """No box: a light grid across, the baseline below, the unit on the side."""
    for side in ("top", "right", "left"):
        axes.spines[side].set_visible(False)
    axes.spines["bottom"].set_color(AXIS)
    axes.grid(axis="y", color=GRID, linewidth=0.8)
    axes.set_axisbelow(True)
    axes.tick_params(axis="y", length=0, labelsize=11, labelcolor=INK, pad=6)
    axes.tick_params(axis="x", labelsize=11, labelcolor=INK, color=AXIS)
    units = {calendar_unit(p, spec.kind) for s in spec.series for p in s.points}
    bucket = units.pop() if len(units) == 1 and None not in units else "period"
    label = Y_LABELS[spec.kind].format(unit=bucket)
    axes.set_ylabel(f"{label}, {spec.unit}", fontsize=11, color=MUTED, labelpad=8)


def _colour(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def _lighter(colour: str, amount: float) -> str:
    """The colour mixed towards white: an opaque tint rather than transparency, so
    grid lines and neighbouring bars do not show through."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    mixed = (round(c + (255 - c) * amount) for c in (red, green, blue))
    return "#" + "".join(f"{c:02x}" for c in mixed)


# --- the three kinds -------------------------------------------------------------


def _bar_slot(point: ChartPoint, index: int, count: int) -> tuple[float, float]:
    """Centre and width of series `index`'s bar in the point's bucket."""
    group = days_of(point) * BAR_SHARE
    width = group / count
    return day_number(point.start) + (days_of(point) - group) / 2 + width * (
        index + 0.5
    ), width


def _draw_bars(axes: Any, spec: ChartSpec) -> None:
    from matplotlib.transforms import offset_copy

    count = max(len(spec.series), 1)
    low, high = axes.get_xlim()
    px_per_day = axes.get_position().width * WIDTH_IN * DPI / (high - low)
    for index, series in enumerate(spec.series):
        colour = _colour(index)
        for number, point in enumerate(series.points):
            x, width = _bar_slot(point, index, count)
            if point.value is None:
                axes.plot(
                    [x], [0], marker="x", markersize=7, markeredgewidth=1.8,
                    color=_gap_colour(index, count), linestyle="none", zorder=4,
                    clip_on=False, gid=f"series-{index}-gap-{number}",
                )  # fmt: skip
                continue
            exact = point.bound == "exact"
            axes.bar(
                x, point.value, width=width * (0.92 if count > 1 else 1.0),
                color=colour if exact else _lighter(colour, LIGHTEN_BAR),
                edgecolor=colour, linewidth=0 if exact else 0.9,
                hatch=None if exact else "////", zorder=2,
                gid=f"series-{index}-point-{number}",
            )  # fmt: skip
            up = 1 if point.value >= 0 else -1
            bounded = point.bound in BOUND_MARKERS
            if bounded:  # just beyond the bar's end, where the true figure may lie
                beyond = offset_copy(
                    axes.transData, axes.figure, y=5 * up, units="points"
                )
                axes.plot(
                    [x], [point.value], marker=BOUND_MARKERS[point.bound],
                    color=colour, markersize=7, linestyle="none", zorder=3,
                    transform=beyond, clip_on=False,
                    gid=f"series-{index}-bound-{number}",
                )  # fmt: skip
            wide = width * px_per_day >= LABEL_MIN_PX
            if wide:
                axes.annotate(
                    value_text(point.value, point.bound), (x, point.value),
                    xytext=(0, (14 if bounded else 6) * up), textcoords="offset points",
                    ha="center", va="bottom" if up > 0 else "top", fontsize=10,
                    color=INK, gid=f"series-{index}-label-{number}",
                )  # fmt: skip
            if point.coverage < 1:
                _coverage_mark(
                    axes, x, point, up, wide, f"series-{index}", number, bounded
                )
    axes.axhline(0, color=AXIS, linewidth=0.9, zorder=2)


def _coverage_mark(
    axes: Any, x: float, point: ChartPoint, up: int, wide: bool, series: str,
    number: int, bounded: bool,
) -> None:  # fmt: skip
    """ "67% covered" on a partly covered bar, as the terminal chart says it:
    just beyond its value label (upright where the bar is too narrow for one)."""
    share = point.coverage * 100
    text = f"{share:.0f}% covered" if share >= 1 else f"{share:.1g}% covered"
    offset = ((14 if bounded else 6) + (15 if wide else 0)) * up
    axes.annotate(
        text, (x, point.value), xytext=(0, offset), textcoords="offset points",
        ha="center", va="bottom" if up > 0 else "top", fontsize=9,
        rotation=0 if wide else 90, color=MUTED, fontstyle="italic",
        gid=f"{series}-coverage-{number}", annotation_clip=False,
    )  # fmt: skip


def _gap_colour(index: int, count: int) -> str:
    return "#9a9a9a" if count == 1 else _lighter(_colour(index), 0.4)


def _line_style(colour: str, exact: bool, width: float) -> dict[str, Any]:
    return {
        "color": colour if exact else _lighter(colour, LIGHTEN_LINE),
        "linewidth": width,
        "linestyle": "-" if exact else DASHES,
        "solid_capstyle": "butt",
        "dash_capstyle": "butt",
    }


def _draw_cumulative(axes: Any, spec: ChartSpec) -> None:
    for index, series in enumerate(spec.series):
        colour = _colour(index)
        previous: ChartPoint | None = None
        for number, point in enumerate(series.points):
            if point.value is None:
                previous = None
                continue
            style = _line_style(colour, point.bound == "exact", 2.6)
            x0, x1 = day_number(point.start), day_number(point.end) + 1
            if previous is not None and previous.value is not None:
                axes.plot(
                    [x0, x0], [previous.value, point.value], zorder=2,
                    gid=f"series-{index}-riser-{number}", **style,
                )  # fmt: skip
            axes.plot(
                [x0, x1], [point.value, point.value], zorder=3,
                gid=f"series-{index}-point-{number}", **style,
            )  # fmt: skip
            if point.bound in BOUND_MARKERS:
                axes.plot(
                    [(x0 + x1) / 2], [point.value], color=colour, markersize=7,
                    marker=BOUND_MARKERS[point.bound], linestyle="none", zorder=4,
                    gid=f"series-{index}-bound-{number}",
                )  # fmt: skip
            previous = point
        _gap_bands(axes, index, series, len(spec.series), "cumulative")
        _end_label(axes, index, series, lambda p: day_number(p.end) + 1)
    axes.axhline(0, color=AXIS, linewidth=0.9, zorder=1)


def _draw_held(axes: Any, spec: ChartSpec) -> None:
    for index, series in enumerate(spec.series):
        colour = _colour(index)
        size = 6.0 if len(series.points) <= DENSE else 3.0
        # Consecutive segments of one style make one line, so a long series is a
        # few artists rather than one per segment.
        runs: list[tuple[bool, list[float], list[float]]] = []
        previous: ChartPoint | None = None
        for point in series.points:
            if point.value is None:
                previous = None
                continue
            if previous is not None and previous.value is not None:
                exact = point.bound == "exact" and previous.bound == "exact"
                x0, x1 = day_number(previous.end), day_number(point.end)
                if runs and runs[-1][0] == exact and runs[-1][1][-1] == x0:
                    runs[-1][1].append(x1)
                    runs[-1][2].append(point.value)
                else:
                    runs.append((exact, [x0, x1], [previous.value, point.value]))
            previous = point
        for number, (exact, xs, ys) in enumerate(runs):
            axes.plot(
                xs, ys, zorder=2, gid=f"series-{index}-line-{number}",
                **_line_style(colour, exact, 2.4),
            )  # fmt: skip
        for number, point in enumerate(series.points):
            if point.value is None:
                continue
            exact = point.bound == "exact"
            bounded = point.bound in BOUND_MARKERS
            axes.plot(
                [day_number(point.end)], [point.value],
                marker=BOUND_MARKERS.get(point.bound, "o"),
                markersize=size + (1.5 if bounded else 0),
                markerfacecolor=colour if exact else "white",
                markeredgecolor=colour, markeredgewidth=1.6 if size > 3 else 1.0,
                linestyle="none", zorder=3, gid=f"series-{index}-point-{number}",
            )  # fmt: skip
        _gap_bands(axes, index, series, len(spec.series), spec.kind)
        _end_label(axes, index, series, lambda p: day_number(p.end))


def _gap_bands(
    axes: Any, index: int, series: ChartSeries, count: int, kind: str
) -> None:
    """A shaded band over each run of points without a figure: from the figure
    before to the figure after for the area held (the stretch the line cannot
    cross), over the buckets themselves for a running total."""
    points = series.points
    number = 0
    while number < len(points):
        if points[number].value is not None:
            number += 1
            continue
        last = number
        while last + 1 < len(points) and points[last + 1].value is None:
            last += 1
        if kind in ("held", "rolling"):
            before = points[number - 1] if number > 0 else points[number]
            after = points[last + 1] if last + 1 < len(points) else points[last]
            left, right = day_number(before.end), day_number(after.end)
        else:
            left, right = (
                day_number(points[number].start),
                day_number(points[last].end) + 1,
            )
        if right - left < 1:
            left, right = left - 0.5, right + 0.5
        band = GAP_BAND if count == 1 else _lighter(_colour(index), 0.88)
        axes.axvspan(
            left, right, color=band, linewidth=0, zorder=0,
            gid=f"series-{index}-gap-{number}",
        )  # fmt: skip
        number = last + 1


def _end_label(axes: Any, index: int, series: ChartSeries, x_of: Any) -> None:
    """The latest figure written at the end of its line, in the line's colour: the
    number a reader looks for first."""
    last = next((p for p in reversed(series.points) if p.value is not None), None)
    if last is None or last.value is None:
        return
    axes.annotate(
        value_text(last.value, last.bound), (x_of(last), last.value),
        xytext=(6, 0), textcoords="offset points", ha="left", va="center",
        fontsize=11, fontweight="bold", color=_colour(index),
        gid=f"series-{index}-end", annotation_clip=False,
    )  # fmt: skip


def _spread_end_labels(axes: Any) -> None:
    """Move end labels apart vertically where they would overlap (two sources
    with nearly the same figure), keeping their order and their centre."""
    labels = sorted(
        (t for t in axes.texts if (t.get_gid() or "").endswith("-end")),
        key=lambda t: t.xy[1],
    )
    if len(labels) < 2:
        return
    low, high = axes.get_ylim()
    height_pt = axes.get_position().height * axes.figure.get_figheight() * 72
    gap = (high - low) * 11 * 1.3 / height_pt  # one line of 11 pt text, in data
    placed: list[float] = []
    for label in labels:
        y = label.xy[1]
        placed.append(max(y, placed[-1] + gap) if placed else y)
    shift = (sum(t.xy[1] for t in labels) - sum(placed)) / len(labels)
    for label, y in zip(labels, placed, strict=True):
        offset = (y + shift - label.xy[1]) / (high - low) * height_pt
        label.xyann = (label.xyann[0], offset)


# --- axes ------------------------------------------------------------------------


def _key(figure: Any, spec: ChartSpec, marks: _Marks, renderer: Any) -> int:
    """A row under the subtitle: the series (when more than one), then what the
    lighter drawing, the triangles and the gaps mean, if the chart has them.
    Rows are added while the key is wider than the picture; returns how many."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    entries: list[tuple[Any, str, str]] = []
    bars, held = spec.kind == "bars", spec.kind in ("held", "rolling")
    if len(spec.series) > 1:
        for index, series in enumerate(spec.series):
            colour = _colour(index)
            handle = (
                Patch(facecolor=colour, edgecolor=colour)
                if bars
                else Line2D([], [], color=colour, linewidth=2.6,
                            marker="o" if held else None)
            )  # fmt: skip
            entries.append((handle, series.label, f"key-series-{index}"))
    if marks.inexact:
        # A bound is drawn like an approximation (lighter), so the key names
        # whichever of the two the chart holds.
        meaning = " or ".join(
            words
            for shown, words in (
                (marks.approximate, "approximate (prorated or ~)"),
                (marks.at_least or marks.at_most, "a bound (≥, ≤)"),
            )
            if shown
        )
        if bars:
            handle = Patch(
                facecolor=_lighter(KEY_GREY, LIGHTEN_BAR), edgecolor=KEY_GREY,
                hatch="////", linewidth=0.9,
            )  # fmt: skip
            words = f"lighter, hatched: {meaning}"
        else:
            handle = Line2D(
                [], [], linestyle=DASHES, linewidth=2.6,
                color=_lighter(KEY_GREY, LIGHTEN_LINE),
                marker="o" if held else None, markerfacecolor="white",
            )  # fmt: skip
            words = f"dashed{', hollow' if held else ''}: {meaning}"
        entries.append((handle, words, "key-approximate"))
    for shown, bound, words in (
        (marks.at_least, "at_least", "at least"),
        (marks.at_most, "at_most", "at most"),
    ):
        if shown:
            handle = Line2D(
                [], [], marker=BOUND_MARKERS[bound], color=KEY_GREY, markersize=7,
                linestyle="none",
            )  # fmt: skip
            entries.append((handle, words, f"key-{bound}"))
    if marks.gaps:
        handle = (
            Line2D([], [], marker="x", color="#9a9a9a", markersize=7,
                   markeredgewidth=1.8, linestyle="none")
            if bars
            else Patch(facecolor=GAP_BAND, edgecolor="#c8c8c8", linewidth=0.6)
        )  # fmt: skip
        entries.append((handle, "no figure", "key-gap"))
    if not entries:
        return 0
    rows = 1
    while True:
        columns = -(-len(entries) // rows)
        legend = figure.legend(
            [handle for handle, _, _ in entries], [words for _, words, _ in entries],
            loc="upper left", bbox_to_anchor=(LEFT - 0.005, 0.875), ncols=columns,
            frameon=False, fontsize=11, handlelength=1.8, handletextpad=0.5,
            columnspacing=1.6, labelcolor=INK,
        )  # fmt: skip
        if columns == 1 or _fits(legend, renderer, 1 - 2 * LEFT):
            break
        legend.remove()
        rows += 1
    legend.set_gid("chart-key")
    for text, (_, _, gid) in zip(legend.get_texts(), entries, strict=True):
        text.set_gid(gid)
    return -(-len(entries) // columns)
