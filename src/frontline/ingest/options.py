"""What `Tracker.import_` reads beside the files, as the command line reads it:
a rules file, region boundaries (both options or neither), and what an import
did as data."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def import_json(result: Any) -> dict[str, Any]:
    """What an import did, as data: its counts, its label and its notes."""
    summary = result.summary
    return {
        "label": result.label,
        "dry_run": result.dry_run,
        "added": summary.added,
        "updated": summary.updated,
        "skipped": summary.skipped,
        "unchanged": summary.unchanged,
        "repeated": summary.repeated,
        "notes": [
            *result.notes,
            *(part for part in (result.maps_line, result.rules_line) if part),
        ],
    }


def load_rules_file(path: str | Path | None) -> Any:
    if path is None:
        return None
    from frontline.ingest.rules import load_rules

    return load_rules(str(path))


def read_clip_option(path: str | Path | None) -> Any:
    """The boundary whose inside alone is measured (`--clip`)."""
    if path is None:
        return None
    from frontline.ingest.geojson import require_geo
    from frontline.ingest.regions import read_clip

    require_geo()
    return read_clip(str(path))


def read_region_options(regions: str | Path | None, region_key: str | None) -> Any:
    """The region boundaries to split maps by (both options or neither)."""
    from frontline.errors import InputError

    if (regions is None) != (region_key is None):
        given, missing = ("regions", "region-key")
        if regions is None:
            given, missing = missing, given
        raise InputError(given, f"needs --{missing} too")
    if regions is None or region_key is None:
        return None
    from frontline.ingest.geojson import require_geo
    from frontline.ingest.regions import read_regions

    require_geo()
    return read_regions(str(regions), region_key)
