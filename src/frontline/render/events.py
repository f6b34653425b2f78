"""The named events listing: each event's day and who dates it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from frontline.render.formats import OutputFormat
from frontline.render.tables import EVENT_ROW, keys
from frontline.render.text import emit

EVENT_KEYS = keys(EVENT_ROW)


def render_events(events: Sequence[dict[str, Any]], fmt: OutputFormat) -> None:
    cells = [{key: event[key] or "" for key in EVENT_KEYS} for event in events]
    emit(
        fmt,
        data_rows=list(events),
        keys=EVENT_KEYS,
        table_rows=cells,
        columns=EVENT_ROW,
        empty="no events (add one: frontline event add NAME DATE)",
    )
