"""Publication charts written to a file: SVG, PNG, or an HTML page embedding the SVG.

The writer receives a plain description (`ChartSpec`) that a report has already
computed, and draws it; it never queries or computes report numbers, so the same
spec always gives the same file.

Why matplotlib: it renders SVG and PNG offline, with no browser, no bundled
binary and no network, it is mature and widely packaged, and its SVG can be made
byte-for-byte reproducible (a fixed hash salt, no date in the metadata). It is an
optional extra and is imported only inside `write_chart`, so the rest of the tool
starts without it.

What a reader of the chart must be able to see, whatever the kind:

- what it is (title), when (the period, as a subtitle) and whose figures (a source
  line at the bottom: "Source: ISW; frontline");
- the unit on the y axis, with thousands separators, and dates on the x axis;
- one colour per series, named in a legend when there is more than one;
- which figures are not exact: drawn lighter (bars also hatched, lines dashed), and
  "at least" / "at most" figures marked with ▲ / ▼; a key says so, only for what
  the chart actually contains;
- where there is no figure: no bar but a × on the zero line; a line broken over
  a shaded band.

Every element that carries a figure has an SVG id (`series-S-point-P`, with P the
index of the point in its series; no element for a point without a figure), and
every gap one (`series-S-gap-P`: for a run of gaps, P is its first point), so a
test or a newsroom's script can find and count them. Text stays text in the SVG.
The look itself is in `chart_draw.py`; the spec's types in `chart_types.py`.
"""

from __future__ import annotations

import html
import io
from pathlib import Path

from frontline.errors import FrontlineError, InputError
from frontline.render.chart_draw import source_line, value_text
from frontline.render.chart_types import (
    BOUNDS,
    KINDS,
    ChartPoint,
    ChartSeries,
    ChartSpec,
)

__all__ = [
    "BOUNDS",
    "KINDS",
    "ChartPoint",
    "ChartSeries",
    "ChartSpec",
    "source_line",
    "value_text",
    "write_chart",
]

FORMATS = (".svg", ".png", ".html")
MISSING_LIBRARY = "charts need matplotlib: pip install 'frontline[charts]'"


def write_chart(spec: ChartSpec, path: Path) -> None:
    """Draw `spec` into `path`, in the format its extension names (.svg, .png,
    .html; any case).

    Raises `InputError("output", ...)` for another extension or a key too
    large for the picture; `FrontlineError` when matplotlib is not installed
    or the file cannot be written;
    `ValueError` for a spec no report can produce (unknown kind or bound, a
    point ending before it starts).
    """
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InputError(
            "output",
            f"cannot tell the chart format from '{path.name}'; "
            "use a name ending in .svg, .png or .html",
        )
    _check(spec)
    try:
        import matplotlib
    except ImportError:
        raise FrontlineError(MISSING_LIBRARY) from None
    content = _render(matplotlib, spec, suffix)
    try:
        path.write_bytes(content)
    except OSError as error:
        # Exit 1, as export's: the name is fine, the file system refused it.
        raise FrontlineError(
            f"cannot write {path}: {error.strerror or error}"
        ) from None


def _check(spec: ChartSpec) -> None:
    if spec.kind not in KINDS:
        raise ValueError(f"chart kind {spec.kind!r} is not one of {', '.join(KINDS)}")
    for series in spec.series:
        for point in series.points:
            if point.bound not in BOUNDS:
                raise ValueError(
                    f"{series.label}: bound {point.bound!r} is not one of "
                    f"{', '.join(BOUNDS)}"
                )
            if point.end < point.start:
                raise ValueError(
                    f"{series.label}: a point ends on {point.end}, before it "
                    f"starts on {point.start}"
                )


def _render(matplotlib: object, spec: ChartSpec, suffix: str) -> bytes:
    """The file's bytes. The figure is drawn without pyplot (no global figure
    manager, no GUI backend: PNG through Agg), and the style is scoped to this
    call, so drawing a chart changes nothing for anyone else in the process."""
    from matplotlib.figure import Figure

    from frontline.render.chart_draw import DPI, draw, figure_inches, png_dpi

    style = {
        "font.family": "sans-serif",
        "font.sans-serif": ["DejaVu Sans"],  # ships with matplotlib: same everywhere
        "svg.fonttype": "none",  # text stays <text>: searchable, selectable
        "svg.hashsalt": "frontline",  # the same element ids on every run
        "hatch.linewidth": 0.8,
        "axes.unicode_minus": True,
    }
    with matplotlib.rc_context(style):  # type: ignore[attr-defined]
        figure = Figure(figsize=figure_inches(spec.size), dpi=DPI, facecolor="white")
        draw(figure, spec)
        buffer = io.BytesIO()
        if suffix == ".png":
            # No date: matplotlib writes none unless told, and a fixed Software.
            figure.savefig(
                buffer,
                format="png",
                dpi=png_dpi(spec.size),
                metadata={"Software": "frontline"},
            )
            return buffer.getvalue()
        figure.savefig(
            buffer,
            format="svg",
            metadata={"Date": None, "Creator": "frontline", "Title": spec.title},
        )
    svg = buffer.getvalue().decode("utf-8")
    if suffix == ".html":
        return _html_page(spec.title, svg).encode("utf-8")
    return svg.encode("utf-8")


def _html_page(title: str, svg: str) -> str:
    """A page that needs nothing else: the SVG inline (without its XML prologue),
    as wide as the window up to its own width."""
    body = svg[svg.index("<svg") :].strip()
    title = html.escape(title)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n"
        "<style>body{margin:0;background:#fff}"
        "figure{margin:0 auto;max-width:1200px}"
        "figure svg{display:block;width:100%;height:auto}</style>\n"
        f'</head>\n<body>\n<figure role="img" aria-label="{title}">\n'
        f"{body}\n</figure>\n</body>\n</html>\n"
    )
