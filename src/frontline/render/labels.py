"""Labels shared by every report's layout: numbers with their bounds, series
names and footnotes (the JSON of periods, scopes, warnings and issues is in
`render/tables.py`)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import UTC, date
from typing import IO

from frontline.model.figures import SeriesKey
from frontline.model.periods import Period
from frontline.model.scope import Scope
from frontline.render.formats import escape_control
from frontline.render.tables import REPORT_ROW, keys
from frontline.render.text import (
    BOUND_SIGNS,
    format_number,
)
from frontline.reports.common import Warning

NO_FIGURE = "—"
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
PRORATED_NOTE = (
    "prorated: the share of a longer figure that falls in the period, spread "
    "evenly over its days (an estimate, hence ~)"
)
COVERAGE_NOTE = (
    "Coverage below 100%: some days have no figure; totals count covered days only, "
    "and km²/day is per covered day."
)
EMPTY_NOTE = f"{NO_FIGURE} no figure covers any day of the period."

ROW_KEYS = keys(REPORT_ROW)


# --- small formatters ----------------------------------------------------------


def area_text(value: float | None, bound: str | None) -> str:
    """`render.text.format_area` (`~2,700`, `≥1,000`), or `—` for no figure. Written out
    rather than delegated: a long report formats a few hundred thousand of these
    (tests hold it to `format_area`). Below 999.5 no separator can appear, and
    `%` formatting (the same digits) is twice as fast as `,` formatting."""
    if value is None:
        return NO_FIGURE
    # Within 0.05 of a whole number (`format_area`'s test) is exactly when one
    # decimal shows `.0`: the difference is exact, and no double lies between
    # 0.05 and the double nearest to it, which the test compares with.
    text = _ONE_DECIMAL % value if -999.5 < value < 999.5 else format(value, ",.1f")
    if text[-1] == "0":  # ends in ".0" (one decimal always shows)
        text = text[:-2]
    if text[0] == "-" and not text.strip("-0.,"):
        text = text[1:]  # a negative value that rounds to zero prints as zero
    sign = _SIGNS.get(bound)
    return text if sign is None else sign + text


_ONE_DECIMAL = "%.1f"  # `%`: the digits of `format(value, ".1f")`, sooner
_TWO_DECIMALS = "%.2f"  # `rate_text`'s below 10

# Bound signs by the stored bound, None (no bound) meaning exact.
_SIGNS = {None: None, "exact": None, **{k: v for k, v in BOUND_SIGNS.items() if v}}


def rate_text(value: float | None, bound: str | None = "exact") -> str:
    if value is None:
        return ""
    if -999.5 < value < 999.5:  # `area_text`: no separator, `%` is faster
        text = (_TWO_DECIMALS if -10 < value < 10 else _ONE_DECIMAL) % value
    else:
        text = format(value, ",.1f")
    if text[0] == "-" and not text.strip("-0.,"):
        text = text[1:]
    sign = _SIGNS.get(bound)
    return text if sign is None else sign + text


def percent_text(part: float, whole: float) -> str:
    if not whole:
        return ""
    share = 100 * part / whole
    return f"{share:.0f}%" if abs(share - round(share)) < 0.05 else f"{share:.1f}%"


def share_text(share: float | None, bound: str | None = "exact") -> str:
    """A share of a region with the bound of its figure: `18.3%`, `~0.45%` (two
    decimals below 1 %)."""
    if share is None:
        return ""
    percent = 100 * share
    if abs(percent) < 0.1:
        text = f"{percent:.3f}%"
    else:
        text = f"{percent:.2f}%" if abs(percent) < 1 else f"{percent:.1f}%"
    return BOUND_SIGNS.get(bound or "exact", "") + text


def ratio_text(value: float | None) -> str:
    return "" if value is None else f"{value:,.2f}×"


def signed_text(value: float | None) -> str:
    if value is None:
        return ""
    text = format_number(value)
    return text if text.startswith("-") or text == "0" else f"+{text}"


def series_label(key: SeriesKey) -> str:
    actor, region, layer, _ = key
    label = f"{actor} in {region}"
    return label if layer == "control" else f"{label} ({layer})"


class Footnotes:
    """Superscript markers, one per distinct note, numbered as first used."""

    def __init__(self) -> None:
        self.notes: dict[str, str] = {}

    def mark(self, text: str) -> str:
        marker = self.notes.get(text)
        if marker is None:
            marker = self.notes[text] = str(len(self.notes) + 1).translate(_SUPERSCRIPT)
        return marker

    def lines(self) -> list[str]:
        return [f"{marker} {text}" for text, marker in self.notes.items()]


def warning_text(warning: Warning) -> str:
    issue = warning.issue
    label = {
        "crossing": "conflict",
        "larger-child": "inconsistent",
        "mismatch": "inconsistent",
        "holdings": "holdings contradict changes",
    }.get(issue.kind, issue.kind)
    source = issue.series[3] or "no source"
    return f"{label} ({series_label(issue.series)}, {source}): {issue.message}"


def warn_stderr(warnings: Sequence[Warning]) -> None:
    if not warnings:  # the common case: no need for the table writer's styles
        return
    if not may_colour(sys.stderr):  # a pipe: as it is, without the table writer
        for warning in warnings:
            text = escape_control(warning_text(warning))
            sys.stderr.write(f"frontline: warning: {text}\n")
        return
    from frontline.render.messages import message

    for warning in warnings:
        message(
            f"frontline: warning: {warning_text(warning)}",
            label=("warning:", "yellow"),
        )


def may_colour(stream: IO[str]) -> bool:
    """Whether `render.table.styled` (or `wrap_message`) might change text for
    `stream`. Both leave it as it is unless the stream is a terminal, so a pipe
    need not load the table writer (a millisecond and a half of start-up); once
    it is loaded, its own test of the stream decides."""
    if "frontline.render.table" in sys.modules:
        return True
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def window_title(what: str, period: Period | None, scope: Scope) -> str:
    parts = [what]
    if period is not None:
        days = f"{period.days:,} day{'s' if period.days != 1 else ''}"
        if period.label == f"{period.start}..{period.end}":
            parts.append(f"{period.label} ({days})")
        else:
            parts.append(f"{period.label} ({period.start}..{period.end}, {days})")
    if scope.describe():
        parts.append(scope.describe())
    return ", ".join(parts)


# --- report --------------------------------------------------------------------


def local_time(stamp: str) -> str:
    """A stored UTC time (`2024-11-22T05:07:41.123Z`) in local time with its zone:
    `2024-11-22 07:07:41 +02:00`, or `… UTC` where local time is UTC."""
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    offset = local.utcoffset()
    zone = "UTC" if not offset else local.strftime("%z")
    if zone != "UTC":
        zone = f"{zone[:3]}:{zone[3:]}"
    return f"{local:%Y-%m-%d %H:%M:%S} {zone}"


def days_text(first: date, last: date) -> str:
    return str(first) if first == last else f"{first}..{last}"
