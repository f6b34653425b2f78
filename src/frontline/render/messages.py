"""Human messages (notes, summaries, warnings) as a terminal shows them.

Errors were wrapped to the terminal; notes and summaries ran past its edge and
the terminal cut them mid-word. Every such message goes through `message`: on a
terminal, wrapped between words at its width in cells (wide characters count
double), continuation lines indented so that they read as one message; in a
pipe or a file, one line as before, for the scripts that parse it.
"""

from __future__ import annotations

import sys
from typing import IO

from frontline.render.formats import escape_control, escape_lines
from frontline.render.table import styled, wrap_message


def message(
    text: str,
    stream: IO[str] | None = None,
    *,
    label: tuple[str, str] | None = None,
    lines: bool = False,
) -> None:
    """Write one message on `stream` (default stderr): control characters shown
    escaped (line breaks too, unless `lines` says they are the text's own),
    wrapped on a terminal, and its `label` (text, style: `("warning:",
    "yellow")`) styled once wrapping has measured it plain."""
    stream = stream or sys.stderr
    text = escape_lines(text) if lines else escape_control(text)
    text = wrap_message(text, stream)
    if label is not None:
        text = text.replace(label[0], styled(label[0], label[1], stream), 1)
    stream.write(text + "\n")
    stream.flush()
