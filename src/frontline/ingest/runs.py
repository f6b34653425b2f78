"""An import and the seed as the library runs them: options read and checked,
inputs found, then the one pipeline (`ingest.pipeline.import_inputs`), with
Ctrl-C stopping a long write at once and leaving nothing written.

`frontline.open(path).import_(...)` and the `import` command call `run_import`;
`seed` calls `seed_database`. Both give their results as data.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from frontline.ingest import pipeline
from frontline.ingest.options import import_options


def run_import(
    paths: Sequence[str | Path],
    connect: Callable[[bool], sqlite3.Connection],
    *,
    format: str | None = None,
    encoding: str | None = None,
    progress: pipeline.Progress | None = None,
    **options: Any,
) -> pipeline.ImportResult:
    """Import every file of `paths` or none (`import_options` takes `options`,
    the command line's names). `connect(dry_run)` gives the database: it is
    opened only once every option and input has been checked."""
    from frontline.ingest.sources import resolve_sources
    from frontline.store.interrupt import stop_on_interrupt

    checked = import_options(**options)
    inputs = resolve_sources([str(path) for path in paths], format, encoding)
    pipeline.check_inputs(inputs, checked)
    conn = connect(checked.dry_run)
    with stop_on_interrupt(conn):
        return pipeline.import_inputs(conn, inputs, checked, progress)


def seed_database(conn: sqlite3.Connection) -> dict[str, tuple[int, int, str]]:
    """The bundled seed (records, regions, named events) added where missing:
    for each, (added, already present, the file it comes from)."""
    from frontline.ingest import seed
    from frontline.store.regions import add_missing

    summary = pipeline.import_inputs(
        conn, [seed.seed_source()], seed.seed_options()
    ).summary
    records = (summary.added, summary.unchanged + summary.skipped)
    return {
        "records": (*records, seed.seed_file().name),
        "regions": (*add_missing(conn, seed.seed_regions()), seed.regions_file().name),
        "events": (*seed.add_seed_events(conn), seed.events_file().name),
    }
