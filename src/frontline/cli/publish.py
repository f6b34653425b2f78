"""`frontline publish DIR` and `frontline serve`: the database as Datasette shows it.

`publish` writes a separate database and its metadata (the working database is
only read); `serve` publishes into a temporary folder and runs Datasette on it,
on 127.0.0.1 only, until Ctrl-C. Datasette is the optional extra `web`.
"""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from frontline.cli.app import (
    ActorOption,
    LayerOption,
    RegionOption,
    SourceOption,
    command,
    say,
    session,
)
from frontline.cli.numbers import ascii_int

TitleOption = Annotated[
    str | None,
    typer.Option(
        "--title", metavar="TEXT", help="The page's title.", show_default=False
    ),
]
LicenseOption = Annotated[
    str | None,
    typer.Option(
        "--license",
        metavar="TEXT",
        help="The licence of the published data (CC BY 4.0 …).",
        show_default=False,
    ),
]
LicenseUrlOption = Annotated[
    str | None,
    typer.Option(
        "--license-url", metavar="URL", help="Where the licence is.", show_default=False
    ),
]
SourceLicenceOption = Annotated[
    list[str] | None,
    typer.Option(
        "--source-license",
        metavar="SOURCE=TEXT",
        help="A source's licence, shown beside it (repeatable): "
        '"DeepState=CC BY-NC 4.0".',
        show_default=False,
    ),
]
SimplifyOption = Annotated[
    float | None,
    typer.Option(
        "--simplify",
        metavar="METRES",
        min=0,
        help="Simplify map shapes to this many metres (0: exact). Default: the "
        "coarsest of 200, 100, 50 … m that keeps each area within 0.1 %.",
        show_default=False,
    ),
]


def _licences(values: list[str] | None) -> dict[str, str]:
    from frontline.errors import InputError

    licences = {}
    for value in values or []:
        name, equals, text = value.partition("=")
        if not equals or not text.strip():
            raise InputError("source-license", f"{value!r} is not SOURCE=TEXT")
        licences[name.strip()] = text.strip()
    return licences


def _publish(ctx: typer.Context, directory: str, **options: Any) -> dict[str, Any]:
    tracker = session(ctx).tracker()
    with tracker:
        return tracker.publish(directory, **options)


def _say(result: dict[str, Any]) -> None:

    tables = result["tables"]
    counts = ", ".join(f"{tables[name]:,} {name}" for name in tables)
    say(f"published {result['database']}: {counts}")
    say(f"metadata {result['metadata']}")


def _run_until_stopped(server: Any) -> int:
    """Wait for Datasette; Ctrl-C or a termination stops it (and only then this
    process), so the temporary folder is always removed."""
    import signal

    def stop(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        return server.wait()
    except KeyboardInterrupt:
        server.terminate()
        server.wait(timeout=30)
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)


@command("publish")
def publish(
    ctx: typer.Context,
    directory: Annotated[
        str, typer.Argument(metavar="DIR", help="The folder to publish into.")
    ],
    actor: ActorOption = None,
    region: RegionOption = None,
    layer: LayerOption = None,
    source: SourceOption = None,
    title: TitleOption = None,
    license: LicenseOption = None,
    license_url: LicenseUrlOption = None,
    source_license: SourceLicenceOption = None,
    simplify: SimplifyOption = None,
) -> None:
    """Write DIR/frontline.db and DIR/metadata.json for Datasette: the records
    and their history, monthly and yearly figures as `report --by month|year`
    computes them, each series' daily rate, map shapes as GeoJSON, views and
    canned queries. The working database is only read.

    - `frontline publish site --title "Frontline figures" --license "CC BY 4.0"`
    - `datasette site/frontline.db -m site/metadata.json`
    """
    result = _publish(
        ctx,
        directory,
        title=title,
        license=license,
        license_url=license_url,
        simplify=simplify,
        source_licence=_licences(source_license),
        actor=actor,
        region=region,
        layer=layer,
        source=source,
    )
    _say(result)


@command("serve")
def serve(
    ctx: typer.Context,
    port: Annotated[
        int,
        typer.Option(
            "--port", metavar="N", click_type=ascii_int(), help="The port on 127.0.0.1."
        ),
    ] = 8001,
    actor: ActorOption = None,
    region: RegionOption = None,
    layer: LayerOption = None,
    source: SourceOption = None,
    title: TitleOption = None,
    license: LicenseOption = None,
    simplify: SimplifyOption = None,
) -> None:
    """Publish into a temporary folder and serve it with Datasette on
    127.0.0.1 until Ctrl-C (needs the `web` extra: pip install 'frontline[web]').

    - `frontline serve --port 8001`
    """
    import importlib.util
    import subprocess
    import tempfile

    from frontline.errors import FrontlineError, InputError

    if not 0 < port < 65536:
        raise InputError("port", f"{port} is not a port (1 to 65535)")
    if importlib.util.find_spec("datasette") is None:
        raise FrontlineError(
            "serve needs Datasette: pip install 'frontline[web]' (or pip install "
            "datasette)"
        )
    with tempfile.TemporaryDirectory(prefix="frontline-serve-") as folder:
        result = _publish(
            ctx,
            folder,
            title=title,
            license=license,
            simplify=simplify,
            actor=actor,
            region=region,
            layer=layer,
            source=source,
        )
        _say(result)
        say(f"serving on http://127.0.0.1:{port}/ (Ctrl-C stops)")
        arguments = [sys.executable, "-m", "datasette", "serve", result["database"]]
        arguments += ["--metadata", result["metadata"], "--host", "127.0.0.1"]
        arguments += ["--port", str(port)]
        code = _run_until_stopped(subprocess.Popen(arguments))
    if code:
        raise typer.Exit(1)
