"""The check listing: each issue of the model, by series."""

from __future__ import annotations

import sys
from typing import Any

from frontline.render.formats import (
    OutputFormat,
    escape_lines,
    markdown_of,
    write_csv,
    write_json,
)
from frontline.render.labels import (
    days_text,
    series_label,
)
from frontline.render.tables import (
    FIRST,
    ISSUE,
    ISSUES,
    KIND,
    MESSAGE,
    RECORDS,
    SERIES_COUNT,
    SERIES_LABEL,
    SOURCE,
    Table,
    issue_json,
    keys,
)
from frontline.reports.check import Check

CHECK_KEYS = keys(ISSUE)
CHECK_COLUMNS = (
    KIND._replace(heading="problem"),
    SERIES_LABEL._replace(wrap=False),
    SOURCE,
    FIRST._replace(heading="days"),
    MESSAGE._replace(heading="what"),
)
_PROBLEM = {
    "crossing": "crossing records",
    "larger-child": "child larger than parent",
    "mismatch": "parent ≠ children",
    "holdings": "holdings vs changes",
    "gap": "gap",
    "stale": "stale",
}


def check_json(result: Check) -> dict[str, Any]:
    """The check as JSON data (`-f json`, and `frontline.open`)."""
    return {
        SERIES_COUNT: result.series,
        RECORDS.key: result.records,
        ISSUES: [issue_json(issue) for issue in result.issues],
    }


def render_check(result: Check, fmt: OutputFormat, raw: bool = False) -> None:
    if fmt is OutputFormat.json:
        write_json(check_json(result))
        return
    data = [issue_json(issue) for issue in result.issues]
    if fmt is OutputFormat.csv:
        write_csv(
            [
                {**row, RECORDS.key: " ".join(map(str, row[RECORDS.key]))}
                for row in data
            ],
            CHECK_KEYS,
            raw=raw,
        )
        return
    count = len(result.issues)
    if not count:
        sys.stdout.write(
            f"no problems found in {result.series} series "
            f"({result.records:,} records)\n"
        )
        return
    summary = (
        f"{count} problem{'s' if count != 1 else ''} in {result.series} series "
        f"({result.records:,} records)"
    )
    if fmt is OutputFormat.markdown:
        # In CHECK_COLUMNS' order: the problem, the series, its source, the
        # days, what is wrong.
        cells = [
            [
                _PROBLEM.get(issue.kind, issue.kind),
                series_label(issue.series),
                issue.series[3],
                days_text(issue.first, issue.last),
                issue.message,
            ]
            for issue in result.issues
        ]
        table = Table(CHECK_COLUMNS, cells)
        sys.stdout.write(f"**{summary}**\n\n{markdown_of(table)}\n")
        return
    import textwrap

    from frontline.render.table import terminal_width

    width = min(116, (terminal_width() or 120) - 4)
    lines = [summary]
    for issue in result.issues:
        source = issue.series[3] or "no source"
        lines.append("")
        lines.append(
            f"{_PROBLEM.get(issue.kind, issue.kind)}: {series_label(issue.series)} "
            f"({source}), {days_text(issue.first, issue.last)}"
        )
        lines.extend(
            textwrap.wrap(
                issue.message,
                max(width, 36),
                initial_indent="  ",
                subsequent_indent="  ",
                break_long_words=False,
            )
        )
    sys.stdout.write(escape_lines("\n".join(lines)) + "\n")
