"""`frontline extract`: an article's area figures as candidate records.

Analysts' figures come from prose. This command reads a text or a saved web
page, shows each area figure as a candidate record with the words that set its
fields, lists the figures that are not records, and can write the candidates:
`--add` writes those the text settles (a candidate with a problem to check is
held back and counted, unless `--force`), `--review` asks about each one on a
terminal first.

Writing is all or nothing, through the same validator and store write path as
`import` (natural-key dedupe), so a candidate the article leaves incomplete (no
start, no side) stops the whole write with one line naming it, before anything
is stored. The fix is `--published` / `--event` (to date relative phrases) or
`--review` (to edit the field).
"""

from __future__ import annotations

import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from frontline.cli.app import command, plain_text_type, say, session
from frontline.errors import FrontlineError, InputError
from frontline.model.records import parse_date, record_from_fields

if TYPE_CHECKING:
    from frontline.extract.results import Candidate, Extraction
    from frontline.store.records import Located, WriteSummary

STDIN = "-"
STDIN_LABEL = "<stdin>"
ANSWERS = "[a]ccept, [s]kip, [e]dit a field, [q]uit"


class ExtractFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


@command("extract", no_args_is_help=True)
def extract_command(
    ctx: typer.Context,
    file: Annotated[
        str,
        typer.Argument(
            metavar="FILE",
            click_type=plain_text_type(),
            help="Article as plain text or HTML (a saved web page), or - for stdin.",
            show_default=False,
        ),
    ],
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            metavar="DATE",
            help="Publication date, the anchor of 'so far this year' and the like. "
            "Default: the page's date or a dateline in the first lines.",
            show_default=False,
        ),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option(
            "--source",
            metavar="NAME",
            help="Source of every figure (replaces what the text says).",
        ),
    ] = None,
    url: Annotated[
        str | None, typer.Option("--url", metavar="URL", help="URL of the article.")
    ] = None,
    events: Annotated[
        list[str] | None,
        typer.Option(
            "--event",
            metavar="NAME=DATE",
            help="Start of a named event, for phrases like 'the first month of "
            "their incursion' (--event 'kursk incursion=2024-08-06').",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        ExtractFormat,
        typer.Option(
            "--format",
            "-f",
            metavar="table|csv|json|jsonl",
            help="table for people; csv, json or jsonl: rows `import` reads as "
            "they are.",
            case_sensitive=False,
        ),
    ] = ExtractFormat.table,
    add: Annotated[
        bool,
        typer.Option(
            "--add",
            help="Record the candidates the text settles, all or nothing; those "
            "with a problem to check are held back and counted.",
        ),
    ] = False,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="With --add, record the candidates with problems too.",
        ),
    ] = False,
    review: Annotated[
        bool,
        typer.Option(
            "--review",
            help="Accept, skip or edit each candidate on a terminal, then record "
            "the accepted ones.",
        ),
    ] = False,
) -> None:
    """Read an article's area figures as candidate records.

    Each candidate shows why each field was set and what to check; figures that
    are not areas (rates, shares, distances, casualties) are listed as not
    recorded. The csv, json and jsonl output imports unchanged with
    `frontline import`.

    - `frontline extract article.txt --published 2024-11-20`
    - `frontline extract article.txt --published 2024-11-20 -f csv | frontline import -
      --format csv`
    """
    anchor = parse_date(published, "published") if published is not None else None
    known_events = parse_events(events or [])
    if add and review:
        raise InputError("review", "give either --add or --review, not both")
    if force and not add:
        raise InputError("force", "only goes with --add")
    if review and file == STDIN:
        raise InputError(
            "review", "reads your answers from stdin: give the article as a FILE"
        )
    if review and not stdin_is_terminal():
        raise InputError("review", "needs a terminal to ask on (stdin is not one)")
    label = STDIN_LABEL if file == STDIN else file
    extraction = (
        session(ctx)
        .tracker()
        .extract(
            read_text(file, label),
            label=label,
            published=anchor,
            source=source or None,
            url=url or None,
            events=known_events,
        )
    )
    notes = notes_of(extraction)
    if review:
        run_review(ctx, extraction, label, notes)
        return
    numbered = list(enumerate(extraction.candidates, 1))
    chosen = [(n, c) for n, c in numbered if force or not c.problems]
    located = records_of(chosen, label) if add else []
    show(extraction, notes, fmt)
    if add:
        write(ctx, located, label)
        held = len(numbered) - len(chosen)
        if held:
            say(
                f"extract: {held:,} held back with problems to check (see the notes; "
                "--add --force records them, --review asks about each)"
            )


def stdin_is_terminal() -> bool:
    """Whether answers can be asked for (tests replace this)."""
    return sys.stdin.isatty()


def parse_events(pairs: list[str]) -> dict[str, date]:
    """`--event NAME=DATE` values: names folded to lower case, dates validated."""
    found: dict[str, date] = {}
    for pair in pairs:
        name, equals, value = pair.partition("=")
        name = " ".join(name.lower().split())
        if not equals or not name:
            raise InputError("event", f"{pair!r} is not NAME=DATE")
        if name in found:
            raise InputError("event", f"{name!r} is given twice")
        found[name] = parse_date(value, "event")
    return found


def read_text(file: str, label: str) -> str:
    """The article's text: UTF-8, from a file or stdin; one named error otherwise."""
    try:
        data = sys.stdin.buffer.read() if file == STDIN else Path(file).read_bytes()
    except FileNotFoundError:
        raise InputError(None, "no such file", file=label) from None
    except IsADirectoryError:
        raise InputError(None, "is a directory, not a file", file=label) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise InputError(None, f"cannot be read ({reason})", file=label) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        byte = data[error.start : error.start + 1].hex()
        raise InputError(
            None, f"is not UTF-8 text (byte 0x{byte}); save it as UTF-8", file=label
        ) from None
    if not text.strip():
        raise InputError(None, "is empty: there is no text to read", file=label)
    return text


def notes_of(extraction: Extraction) -> list[str]:
    """The extractor's notes, and how to fix a missing published date."""
    notes = list(extraction.notes)
    if extraction.published is None:
        notes.append("give --published DATE to date 'so far this year' and the like")
    return notes


def show(extraction: Extraction, notes: list[str], fmt: ExtractFormat) -> None:
    """The table for people; for scripts, the importable rows, notes on stderr."""
    from frontline.model.values import RECORD_FIELDS
    from frontline.render import extract as render

    candidates = extraction.candidates
    if fmt is ExtractFormat.table:
        render.print_extraction(extraction, candidates, notes)
        return
    render.write_rows([c.to_fields() for c in candidates], RECORD_FIELDS, fmt.value)
    for line in render.note_lines(notes):
        say(line, lines=True)
    for number, candidate in enumerate(candidates, 1):
        if candidate.problems:
            problems = "; ".join(candidate.problems)
            say(f"note: candidate {number}: {problems}", lines=True)


def describe(number: int, fields: dict[str, str]) -> str:
    """`candidate 5 (≥1,171 km², ukraine in kursk)`: enough to find it again."""
    from frontline.render.extract import MISSING, area_text

    actor = fields.get("actor") or MISSING
    region = fields.get("region") or MISSING
    return f"candidate {number} ({area_text(fields)} km², {actor} in {region})"


def record_of(fields: dict[str, str], number: int, label: str) -> Located:
    """A candidate's fields as a record, through the validator `import` uses."""
    return record_from_fields(fields), f"{label}, candidate {number}"


def records_of(candidates: list[tuple[int, Candidate]], label: str) -> list[Located]:
    """Each numbered candidate as a record, or one error naming the first that is
    not (by its number in the table)."""
    located = []
    for number, candidate in candidates:
        fields = candidate.to_fields()
        try:
            located.append(record_of(fields, number, label))
        except InputError as error:
            reason = f"{error.field}: {error.message}" if error.field else error.message
            if candidate.problems:
                reason += f" ({candidate.problems[0]})"
            raise InputError(
                None,
                f"{reason}; nothing written (fix it with --review, or date it with "
                "--published / --event)",
                file=f"{label}, {describe(number, fields)}",
            ) from None
    return located


def write(ctx: typer.Context, located: list[Located], label: str) -> None:
    """Store the records in one transaction and say what happened."""
    summary = session(ctx).tracker().write_located(located, on_conflict="skip")
    for line in summary_lines(summary):
        say(line)


def summary_lines(summary: WriteSummary) -> list[str]:
    """`extract: N added, M already present`, and a note for figures left alone."""
    present = summary.unchanged + summary.skipped
    lines = [f"extract: {summary.added:,} added, {present:,} already present"]
    if summary.skipped and summary.conflicts:
        origin, record_id = summary.conflicts[0]
        lines.append(
            f"note: {summary.skipped:,} of them differ from the stored figure and "
            f"were left as stored (first: {origin} vs #{record_id}); "
            "`frontline edit` changes a stored record"
        )
    return lines


# --- review -------------------------------------------------------------------------


def run_review(
    ctx: typer.Context, extraction: Extraction, label: str, notes: list[str]
) -> None:
    """Ask about each candidate, then write the accepted ones (all or nothing).

    Answers come from stdin; input that ends before the last answer writes
    nothing, like an interrupted import.
    """
    from frontline.render import extract as render

    width = render.line_width()
    for line in render.note_lines(notes):
        typer.echo(render.escaped(line))
    candidates = extraction.candidates
    if not candidates:
        typer.echo("no area figures found; nothing to review")
        return
    accepted: list[Located] = []
    try:
        for number, candidate in enumerate(candidates, 1):
            answer = review_one(number, len(candidates), candidate, label, width)
            if answer == "q":
                break
            if answer is not None:
                accepted.append(answer)
    except typer.Abort:  # end of input or Ctrl-C at a prompt
        typer.echo("")
        message = "review: stopped before the last answer; nothing written"
        raise FrontlineError(message) from None
    if not accepted:
        say("extract: nothing accepted; nothing written")
        return
    write(ctx, accepted, label)


def review_one(
    number: int, total: int, candidate: Candidate, label: str, width: int
) -> Located | str | None:
    """One candidate's record when accepted, None when skipped, "q" to stop."""
    from frontline.render.extract import candidate_block

    fields = candidate.to_fields()
    changes: list[str] = []
    while True:
        typer.echo("")
        block = candidate_block(
            number, total, fields, candidate.why, candidate.problems, width, changes
        )
        typer.echo(block)
        answer = typer.prompt(ANSWERS, prompt_suffix="? ").strip().lower()
        if answer in ("a", "accept"):
            try:
                return record_of(fields, number, label)
            except InputError as error:
                typer.echo(f"cannot record it: {error}; edit that field or skip it")
        elif answer in ("s", "skip"):
            return None
        elif answer in ("q", "quit"):
            return "q"
        elif answer in ("e", "edit"):
            change = edit_field(fields)
            if change:
                changes.append(change)
        else:
            typer.echo("answer a, s, e or q")


def edit_field(fields: dict[str, str]) -> str | None:
    """Ask for a field and its new value; keep the old one if the new is invalid.

    Returns what changed (`start 2024-08-06, was empty`), or None."""
    name = typer.prompt(
        "field (start, end, actor, region, area, bound, kind, source, ...)",
        prompt_suffix="? ",
    ).strip()
    name = {"area": "area_km2"}.get(name.lower(), name.lower())
    if name not in fields:
        typer.echo(f"no field {name!r} (fields: {', '.join(fields)}); nothing changed")
        return None
    value = typer.prompt(
        f"new {name} (now {fields[name] or 'empty'}; empty to clear)",
        default="",
        show_default=False,
        prompt_suffix=": ",
    )
    try:
        changes = edited(name, value)
    except InputError as error:
        typer.echo(f"not changed: {error}")
        return None
    was = ", ".join(
        f"{key} {new or 'empty'}, was {fields[key] or 'empty'}"
        for key, new in changes.items()
    )
    fields.update(changes)
    return was


def edited(name: str, value: str) -> dict[str, str]:
    """A field's new value in the form the record takes, checked as `import` does.

    An area may carry its bound (`~1,200`, `>1000`): both fields change then.
    """
    from frontline.model.records import (
        parse_area,
        parse_bound,
        parse_kind,
        parse_slug,
    )
    from frontline.model.values import plain_km2

    value = value.strip()
    if name in ("source", "url", "note"):
        return {name: value}
    if not value:
        if name in ("start", "end", "published"):
            return {name: ""}
        raise InputError(name, "is required")
    if name in ("start", "end", "published"):
        return {name: parse_date(value, name).isoformat()}
    if name in ("actor", "region", "layer"):
        return {name: parse_slug(value, name)}
    if name == "kind":
        return {name: parse_kind(value)}
    if name == "bound":
        return {name: parse_bound(value)}
    area = parse_area(value, name)
    changes = {name: plain_km2(area.km2)}
    if area.bound != "exact":
        changes["bound"] = area.bound
    return changes
