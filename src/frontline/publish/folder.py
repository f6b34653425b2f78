"""`publish DIR`: the published database and its Datasette metadata, together.

Both files are written beside their final names and moved into place when
complete, so Datasette (or `datasette publish`) never reads half a publication.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from frontline.publish.database import (
    BUCKETS,
    PublishData,
    segment_rows,
    write_database,
)
from frontline.publish.metadata import DATABASE, build_metadata, write_metadata
from frontline.render.tables import ROWS, WINDOW

__all__ = ["BUCKETS", "FILES", "Publication", "PublishData", "segment_rows"]

FILES = (f"{DATABASE}.db", "metadata.json")


class Publication(NamedTuple):
    """How to publish: the page's title and licence, the shapes' simplification
    in metres (None: the default that keeps areas within 0.1 %),  and each
    source's licence as (name, licence) pairs."""

    title: str | None = None
    license: str | None = None
    license_url: str | None = None
    simplify_m: float | None = None
    licences: tuple[tuple[str, str], ...] = ()

    @classmethod
    def given(
        cls,
        *,
        title: str | None = None,
        license: str | None = None,
        license_url: str | None = None,
        simplify: float | None = None,
        source_licence: dict[str, str] | None = None,
    ) -> Publication:
        """The options as `publish` takes them (`source_licence` a dict)."""
        licences = tuple((source_licence or {}).items())
        return cls(title, license, license_url, simplify, licences)


def publish_folder(
    folder: Path, data: PublishData, options: Publication
) -> dict[str, Any]:
    """Write DIR/frontline.db and DIR/metadata.json; say what was written."""
    database, metadata_file = (folder / name for name in FILES)
    written = write_database(database, data, options.simplify_m, dict(options.licences))
    monthly = data.buckets.get("monthly", {})
    metadata = build_metadata(
        title=options.title,
        license=options.license,
        license_url=options.license_url,
        sources=written.sources,
        window=monthly.get(WINDOW) if monthly.get(ROWS) else None,
    )
    write_metadata(metadata_file, metadata)
    return {
        "database": str(database),
        "metadata": str(metadata_file),
        "tables": written.counts,
        "largest_area_error": written.largest_area_error,
    }
