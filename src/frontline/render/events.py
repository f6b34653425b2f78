"""The named events listing: each event's day and who dates it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from frontline.render.formats import Column, OutputFormat
from frontline.render.text import emit

EVENT_KEYS = ("name", "day", "source", "note")
EVENT_COLUMNS = (
    Column("name", "event"),
    Column("day", "day"),
    Column("source", "source", wrap=True),
    Column("note", "note", wrap=True),
)


def render_events(events: Sequence[dict[str, Any]], fmt: OutputFormat) -> None:
    cells = [{key: event[key] or "" for key in EVENT_KEYS} for event in events]
    emit(
        fmt,
        data_rows=list(events),
        keys=EVENT_KEYS,
        table_rows=cells,
        columns=EVENT_COLUMNS,
        empty="no events (add one: frontline event add NAME DATE)",
    )
