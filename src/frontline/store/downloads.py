"""The index of pull's download cache (migrations/0007_downloads.sql).

The files themselves live in a folder beside the database (ingest/pull.py
writes them); this module only reads and writes the rows that say which URL
gave which file, with its ETag, Last-Modified and retrieval time.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from frontline.store.records import atomic


@dataclass(frozen=True)
class Download:
    """One cached URL: the file it gave and what the server said about it."""

    url: str
    day: str
    sha256: str
    size: int
    file: str
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    retrieved_at: str = ""
    imported_with: str | None = None
    imported_at: str | None = None


_COLUMNS = (
    "url",
    "day",
    "sha256",
    "size",
    "file",
    "etag",
    "last_modified",
    "content_type",
    "retrieved_at",
    "imported_with",
    "imported_at",
)
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM downloads"


def find(conn: sqlite3.Connection | None, url: str) -> Download | None:
    """The cached download of `url`, if any (None without a database)."""
    if conn is None:
        return None
    row = conn.execute(f"{_SELECT} WHERE url = ?", (url,)).fetchone()
    return Download(*row) if row else None


def cached_urls(conn: sqlite3.Connection | None) -> set[str]:
    """Every URL the cache holds: one query for a dry run's listing."""
    if conn is None:
        return set()
    return {url for (url,) in conn.execute("SELECT url FROM downloads")}


def save(conn: sqlite3.Connection, download: Download) -> None:
    """Record a download (replacing what an earlier one of the URL said)."""
    with atomic(conn):
        conn.execute(
            f"INSERT OR REPLACE INTO downloads ({', '.join(_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(_COLUMNS))})",
            [getattr(download, name) for name in _COLUMNS],
        )


def mark_imported(
    conn: sqlite3.Connection, url: str, fingerprint: str, when: str
) -> None:
    """Say that the URL's file was imported with these options."""
    with atomic(conn):
        conn.execute(
            "UPDATE downloads SET imported_with = ?, imported_at = ? WHERE url = ?",
            (fingerprint, when, url),
        )


def forget(conn: sqlite3.Connection, url: str) -> bool:
    """Drop a URL from the index (its file did not import: fetch it again next
    time). True when no other URL still points at the same file."""
    with atomic(conn):
        row = conn.execute(
            "SELECT sha256 FROM downloads WHERE url = ?", (url,)
        ).fetchone()
        if row is None:
            return False
        conn.execute("DELETE FROM downloads WHERE url = ?", (url,))
        (others,) = conn.execute(
            "SELECT count(*) FROM downloads WHERE sha256 = ?", (row[0],)
        ).fetchone()
    return others == 0


def is_kept(conn: sqlite3.Connection, sha256: str) -> bool:
    """Whether any URL still points at the file with these bytes."""
    row = conn.execute(
        "SELECT 1 FROM downloads WHERE sha256 = ? LIMIT 1", (sha256,)
    ).fetchone()
    return row is not None
