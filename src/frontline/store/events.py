"""Named events (`invasion`, `alaska`): the SQL of the `events` table.

A report reads them as a plain mapping of name to day (`event_days`), which
`model/events.py` uses to read `invasion+3y`; the commands add, list and remove
them here.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any, NamedTuple

from frontline.errors import InputError


class Event(NamedTuple):
    name: str
    day: date
    source: str | None = None
    note: str | None = None

    def json(self) -> dict[str, Any]:
        return {**self._asdict(), "day": self.day.isoformat()}


def event_days(conn: sqlite3.Connection | None) -> dict[str, date]:
    """Every event's day by name; none without a database (or before 0008)."""
    if conn is None:
        return {}
    try:
        rows = conn.execute("SELECT name, day FROM events").fetchall()
    except sqlite3.OperationalError:  # a database not yet migrated to 0008
        return {}
    return {name: date.fromisoformat(day) for name, day in rows}


def list_events(conn: sqlite3.Connection | None) -> list[Event]:
    """The events by day, then name."""
    if conn is None:
        return []
    try:
        rows = conn.execute(
            "SELECT name, day, source, note FROM events ORDER BY day, name"
        ).fetchall()
    except sqlite3.OperationalError:
        return []
    return [Event(n, date.fromisoformat(d), s, t) for n, d, s, t in rows]


def add_event(conn: sqlite3.Connection, event: Event, *, replace: bool = False) -> str:
    """Add an event: `added`, `unchanged`, `updated` (with `replace`), or
    `exists` when the name holds other values and `replace` is not given."""
    from frontline.store.records import atomic

    with atomic(conn):
        row = conn.execute(
            "SELECT day, source, note FROM events WHERE name = ?", (event.name,)
        ).fetchone()
        values = (event.day.isoformat(), event.source, event.note)
        if row is None:
            conn.execute(
                "INSERT INTO events (name, day, source, note) VALUES (?, ?, ?, ?)",
                (event.name, *values),
            )
            return "added"
        if tuple(row) == values:
            return "unchanged"
        if not replace:
            return "exists"
        conn.execute(
            "UPDATE events SET day = ?, source = ?, note = ? WHERE name = ?",
            (*values, event.name),
        )
        return "updated"


def remove_event(conn: sqlite3.Connection, name: str) -> bool:
    """Remove an event by name; whether there was one."""
    from frontline.store.records import atomic

    with atomic(conn):
        cursor = conn.execute("DELETE FROM events WHERE name = ?", (name,))
        return cursor.rowcount > 0


def add_missing_events(conn: sqlite3.Connection, events: list[Event]) -> int:
    """Add the events not yet known (by name); how many were added."""
    added = 0
    for event in events:
        known = conn.execute(
            "SELECT 1 FROM events WHERE name = ?", (event.name,)
        ).fetchone()
        if not known:
            added += add_event(conn, event) == "added"
    return added


def change_event(
    conn: sqlite3.Connection,
    action: str,
    name: str | None,
    day: str | date | None = None,
    source: str | None = None,
    note: str | None = None,
    *,
    replace: bool = False,
) -> str | bool:
    """`event add` (what it did) or `event rm` (True), the name and day checked
    as typed: a name already on another day needs `replace`."""
    from frontline.model.events import parse_event_name
    from frontline.model.records import parse_date

    if name is None:
        raise InputError("name", "give the event's name")
    slug = parse_event_name(name)
    if action == "rm":
        if not remove_event(conn, slug):
            raise InputError("name", f"no event {slug!r}")
        return True
    if action != "add":
        raise ValueError(f"not an event action: {action}")
    if day is None:
        raise InputError("date", "give the event's day")
    when = day if isinstance(day, date) else parse_date(day, "date")
    event = Event(slug, when, _blank(source), _blank(note))
    done = add_event(conn, event, replace=replace)
    if done == "exists":
        raise InputError(
            "name",
            f"{slug!r} is already an event with other values; add --replace",
        )
    return done


def _blank(text: str | None) -> str | None:
    return text.strip() if text and text.strip() else None
