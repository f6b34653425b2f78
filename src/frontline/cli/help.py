"""`--help` drawn by click's plain formatter, with examples on lines of their own.

Typer's rich help imports rich, its Markdown renderer and markdown-it: about
100 ms before a word is printed, more than the rest of a `--help` together.
Plain help costs nothing extra, but click re-flows every paragraph, which would
run a docstring's list of example commands into one line. So a paragraph whose
lines start with `- ` is drawn as a list instead: one item a line, an item in
backticks shown as the bare command (ready to paste), a command too long for the
terminal broken between words with the shell's ` \\` continuation.
"""

from __future__ import annotations

import inspect
import re
from typing import Any

from typer.core import TyperCommand, TyperGroup

# A word of a shell command; a quoted string is one word, never broken.
# Compiled by `re` when help is shown, not by every command that starts.
_SHELL_WORD = r"""(?:"[^"]*"|'[^']*'|\S)+"""


def list_items(paragraph: str) -> list[str] | None:
    """The items of a `- ` list (continuation lines joined to their item), or
    None if the paragraph is prose."""
    lines = paragraph.splitlines()
    if not lines or not lines[0].startswith("- "):
        return None
    items: list[str] = []
    for line in lines:
        if line.startswith("- "):
            items.append(line[2:].strip())
        else:
            items[-1] = f"{items[-1]} {line.strip()}"
    return items


def command_lines(command: str, width: int, indent: int = 4) -> list[str]:
    """`command` in lines of at most `width` characters where its words allow,
    each line but the last ending in ` \\` and the rest indented by `indent`.
    An option stays on the line of its value."""
    words: list[str] = []
    for word in re.findall(_SHELL_WORD, command):
        if words and words[-1].startswith("-") and not word.startswith("-"):
            words[-1] = f"{words[-1]} {word}"
        else:
            words.append(word)
    lines: list[str] = []
    line = ""
    for number, word in enumerate(words):
        candidate = f"{line} {word}" if line else word
        # Room for the ` \` that ends a line followed by another one.
        room = 0 if number == len(words) - 1 else 2
        if line and len(candidate) + room > width:
            lines.append(f"{line} \\")
            line = f"{' ' * indent}{word}"
        else:
            line = candidate
    lines.append(line)
    return lines


def write_description(formatter: Any, text: str) -> None:
    """Write a docstring's paragraphs into click's `formatter`: prose re-flowed
    to the width, lists one item a line (commands unwrapped from backticks)."""
    for number, paragraph in enumerate(text.split("\n\n")):
        if number:
            formatter.write_paragraph()
        items = list_items(paragraph.strip("\n"))
        if items is None:
            formatter.write_text(paragraph)
            continue
        width = formatter.width - formatter.current_indent - 2
        for item in items:
            if item.startswith("`") and item.endswith("`") and len(item) > 1:
                lines = command_lines(item[1:-1], width)
            else:
                lines = [item]
            for line in lines:
                formatter.write(f"{' ' * (formatter.current_indent + 2)}{line}\n")


def _format_help_text(command: Any, formatter: Any) -> None:
    text = inspect.cleandoc(command.help or "").partition("\f")[0]
    if text:
        formatter.write_paragraph()
        with formatter.indentation():
            write_description(formatter, text)


class HelpCommand(TyperCommand):
    """A command whose help lists its examples one a line."""

    def format_help_text(self, ctx: Any, formatter: Any) -> None:
        _format_help_text(self, formatter)


class HelpGroup(TyperGroup):
    """A command group whose help lists its examples one a line."""

    def format_help_text(self, ctx: Any, formatter: Any) -> None:
        _format_help_text(self, formatter)


def _usage_without_braces() -> None:
    """Help shows `AREA`, as the Arguments panel names it, not Typer's `{AREA}`
    for a required argument (the panel already marks it required)."""
    from typer.core import TyperArgument

    original = TyperArgument.make_metavar
    if getattr(original, "frontline", False):
        return

    def make_metavar(self: Any, ctx: Any, *, usage: bool = False) -> str:
        text = original(self, ctx, usage=usage)
        if usage and text.startswith("{") and text.endswith("}"):
            return text[1:-1]
        return text

    make_metavar.frontline = True  # type: ignore[attr-defined]
    TyperArgument.make_metavar = make_metavar  # type: ignore[method-assign]


_usage_without_braces()
