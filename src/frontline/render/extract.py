"""What `frontline extract` shows: candidate records for people, rows for scripts.

For people, a table of the candidates with, under it, the words that set each
field (`why`) and what to check (`problems`), then every figure that is not an
area record ("not recorded") with the sentence it came from, then notes such as
where the published date came from. A reviewer must see all of it, so nothing
read from the article is dropped silently.

For scripts, exactly the rows `frontline import` reads (the record fields the
extractor fills, as text), so `extract a.txt -f csv | frontline import - -f csv`
needs nothing in between. `why` and `problems` stay out of those rows: an import
would only report them as ignored columns.

This module receives plain values (field dicts, strings) and the extractor's
result objects by duck typing; it never reads the article itself.
"""

from __future__ import annotations

import json
import re
import sys
import textwrap
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from frontline.render.formats import Column, escape_lines, write_csv, write_json
from frontline.render.table import terminal_width
from frontline.render.text import format_area, print_table

if TYPE_CHECKING:  # the extractor's result types, read by attribute only
    from frontline.extract.results import Extraction

EXTRACT_COLUMNS = (
    Column("number", "#", numeric=True),
    Column("kind", "kind"),
    Column("actor", "actor"),
    Column("region", "region"),
    Column("start", "start"),
    Column("end", "end"),
    Column("area", "km²", numeric=True),
    Column("source", "source"),
)
MISSING = "?"  # a field the article did not give: shown, never left blank
SENTENCE_WIDTH = 64  # a not-recorded sentence is cut to about this many characters
PIPE_WIDTH = 100  # explanation lines in a pipe or a file


class Explained(Protocol):
    """A candidate as shown: its importable fields, why, and what to check."""

    why: str
    problems: list[str]

    def to_fields(self) -> dict[str, str]: ...


def line_width() -> int:
    """Where explanation lines wrap: the width tables fit (COLUMNS, which wins
    even in a pipe, else the terminal's), else a fixed width."""
    width = terminal_width(sys.stdout)
    if width is None:
        return PIPE_WIDTH
    return max(40, min(width, 120))


def area_text(fields: Mapping[str, str]) -> str:
    """`~2,700`: the area with the sign of its bound, or ? when unreadable."""
    try:
        value = float(fields.get("area_km2", ""))
    except ValueError:
        return fields.get("area_km2", "") or MISSING
    return format_area(value, fields.get("bound", "exact"))


def table_row(number: int, fields: Mapping[str, str]) -> dict[str, str]:
    """One candidate's table cells; a missing actor, region or day shows as ?."""
    row = {"number": str(number), "area": area_text(fields)}
    for key in ("kind", "actor", "region", "start", "end"):
        row[key] = fields.get(key) or MISSING
    row["source"] = fields.get("source", "")
    return row


def _wrapped(text: str, first: str, rest: str, width: int) -> list[str]:
    return textwrap.wrap(
        text,
        width,
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [first.rstrip()]


def explanation_lines(
    number: int, why: str, problems: Sequence[str], width: int
) -> list[str]:
    """`#1 why: …` and `   check: …` lines, wrapped under their label."""
    label = f"#{number} "
    indent = " " * len(label)
    lines = _wrapped(f"why: {why}", label, indent + "     ", width)
    for problem in problems:
        lines += _wrapped(f"check: {problem}", indent, indent + "       ", width)
    return lines


def _figure_at(sentence: str, figure: str) -> int:
    """Where the figure stands: "10 million" also reads inside "110 million" or
    "1,110 million", so an occurrence starting inside a word or a number's digits
    is passed over (the first occurrence, or 0, only when no other is found)."""
    alone = re.compile(rf"(?<!\w)(?<!\d[.,]){re.escape(figure)}")
    found = alone.search(sentence)
    if found:
        return found.start()
    return max(sentence.find(figure), 0)


def shorten(sentence: str, figure: str, width: int = SENTENCE_WIDTH) -> str:
    """The sentence, or a stretch of it around the figure, cut at word breaks."""
    sentence = " ".join(sentence.split())
    if len(sentence) <= width:
        return sentence
    at = _figure_at(sentence, figure)
    start = max(0, min(at - width // 3, len(sentence) - width))
    end = start + width
    if start > 0:
        start = sentence.rfind(" ", 0, start + 1) + 1
    if end < len(sentence):
        cut = sentence.rfind(" ", start, end + 1)
        if cut < at + len(figure):  # never cut the figure, nor a word after it
            cut = sentence.find(" ", at + len(figure))
        end = cut if cut != -1 else len(sentence)
    text = sentence[start:end].strip()
    return ("…" if start > 0 else "") + text + ("…" if end < len(sentence) else "")


def not_recorded_lines(extraction: Extraction, width: int) -> list[str]:
    """`not recorded (N):` and one `what  figure: "sentence"` line per figure."""
    items = extraction.not_recorded
    if not items:
        return ["not recorded: none"]
    lines = [f"not recorded ({len(items)}):"]
    what_width = max(len(item.what) for item in items)
    indent = " " * (what_width + 4)
    for item in items:
        text = f'{item.figure}: "{shorten(item.sentence, item.figure)}"'
        lines += _wrapped(text, f"  {item.what:<{what_width}}  ", indent, width)
    return lines


def escaped(line: str) -> str:
    """A line of the article's words, or of notes quoting them, for a terminal."""
    return escape_lines(line)


def note_lines(notes: Sequence[str]) -> list[str]:
    return [f"note: {note}" for note in notes]


def print_extraction(
    extraction: Extraction, candidates: Sequence[Explained], notes: Sequence[str]
) -> None:
    """The table, each candidate's why and checks, the not-recorded figures, notes."""
    fields = [candidate.to_fields() for candidate in candidates]
    rows = [table_row(number, row) for number, row in enumerate(fields, 1)]
    print_table(rows, EXTRACT_COLUMNS, empty="no area figures found")
    width = line_width()
    lines: list[str] = [""] if rows else []
    for number, candidate in enumerate(candidates, 1):
        lines += explanation_lines(number, candidate.why, candidate.problems, width)
    if lines:
        lines.append("")
    lines += not_recorded_lines(extraction, width)
    lines += note_lines(notes)
    sys.stdout.write(escape_lines("\n".join(lines)) + "\n")


def write_rows(
    rows: Sequence[Mapping[str, str]], keys: Sequence[str], fmt: str
) -> None:
    """The importable rows as CSV, a JSON array or JSON Lines, fields in order."""
    if fmt == "csv":
        write_csv(rows, keys)
    elif fmt == "json":
        write_json([{key: row[key] for key in keys} for row in rows])
    else:
        out = sys.stdout
        for row in rows:
            out.write(json.dumps({key: row[key] for key in keys}, ensure_ascii=False))
            out.write("\n")


def candidate_block(
    number: int,
    total: int,
    fields: Mapping[str, str],
    why: str,
    problems: Sequence[str],
    width: int,
    edited: Sequence[str] = (),
) -> str:
    """One candidate for review: its fields on one line, its sentence, why, checks,
    and the edits made so far (the why and checks describe the article's words)."""
    row = table_row(number, fields)
    head = (
        f"candidate {number} of {total}: {row['kind']}, {row['actor']} in "
        f"{row['region']}, {row['start']} to {row['end']}, {row['area']} km² "
        f"({fields.get('bound', '')}), source {row['source'] or '(none)'}"
    )
    lines = _wrapped(head, "", "  ", width)
    lines += _wrapped(f"note: {fields.get('note', '')}", "  ", "        ", width)
    lines += _wrapped(f"why: {why}", "  ", "       ", width)
    for problem in problems:
        lines += _wrapped(f"check: {problem}", "  ", "         ", width)
    for change in edited:
        lines += _wrapped(f"edited: {change}", "  ", "          ", width)
    # The article's words reach the terminal: escape what could steer it.
    return escape_lines("\n".join(lines))
