"""Generated input against the whole command line: whatever a user or a file
gives, frontline answers with exit 0, 1 or 2, never a traceback, and a command
that fails leaves the database byte for byte as it was.

Each example runs one command in-process on a fresh copy of a seeded database.
Profiles (tests/conftest.py): `ci` by default, `--hypothesis-profile=long` for a
deeper run.
"""

from __future__ import annotations

import gc
import importlib.util
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import app, dump

FIXTURES = Path(__file__).parent / "fixtures"
WHERE = ("--actor", "russia", "--region", "ukraine")
SNAPSHOTS = [
    FIXTURES / "deepstate" / "deepstate_2022-06-10.geojson",
    FIXTURES / "deepstate" / "deepstatemap_data_20230301.geojson",
]


def examples(share: float) -> settings:
    """A share of the active profile's examples (`ci` by default, `long` with
    --hypothesis-profile=long): commands that draw a chart or cut shapes cost
    tens of times more than the rest, and the CI run stays near 30 s."""
    return settings(max_examples=max(5, int(settings.default.max_examples * share)))


class Sandbox:
    """A seeded database copied afresh for every example."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.template = root / "template.db"
        self.path = root / "frontline.db"
        self.runner = CliRunner()
        result = self.run("--db", str(self.template), "seed")
        assert result.exit_code == 0, result.output
        # Two days of kept shapes, for map-diff and held.
        for snapshot in SNAPSHOTS if VALID_GEO else []:
            result = self.run("--db", str(self.template), "import", str(snapshot))
            assert result.exit_code == 0, result.output
        del result
        gc.collect()  # close the seeding connection: its WAL is checkpointed
        self.template_bytes = self.template.read_bytes()
        self.template_dump = dump(self.template)

    def run(self, *args: str):
        return self.runner.invoke(app, list(args), catch_exceptions=True)

    def check(self, *args: str):
        """Run `frontline --db COPY ARGS…` and assert the three properties."""
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(self.template, self.path)
        result = self.run("--db", str(self.path), *args)
        shown = f"frontline {' '.join(map(repr, args))}"
        event(f"exit {result.exit_code}")  # --hypothesis-show-statistics: the mix
        assert result.exit_code in (0, 1, 2), (shown, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            shown,
            repr(result.exception),
        )
        assert "Traceback" not in result.output, (shown, result.output)
        if result.exit_code != 0:
            assert dump(self.path) == self.template_dump, shown
            assert self.path.read_bytes() == self.template_bytes, shown
        return result


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sandbox]:
    """The sandbox, with Typer's command built once instead of once per example
    (building it costs more than running most commands)."""
    import typer.main
    import typer.testing

    command = typer.main.get_command(app)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(typer.testing, "_get_command", lambda _app: command)
        yield Sandbox(tmp_path_factory.mktemp("fuzz"))


# --- strategies ---------------------------------------------------------------------

# Characters that mean something to frontline's parsers, and some that should not.
_AREA_CHARS = "0123456789,._ -+~<>≥≤≈−eEkmhaisqu²^\u00a0\u202f"
_DATE_CHARS = "0123456789-/. TZ:janfebmrpyulgsoctvd٠٢"
_PERIOD_CHARS = "0123456789-QqWw. "
HOSTILE = st.text(
    st.characters(codec=None, exclude_categories=()), max_size=30
) | st.sampled_from(
    ["\x1b[2J", "\x1b]0;x\a", "\u202e", "\ud800", "=1+1", "-5ha", "", " "]
)

areas = st.text(st.sampled_from(_AREA_CHARS), max_size=16) | HOSTILE
dates = (
    st.text(st.sampled_from(_DATE_CHARS), max_size=14)
    | st.dates().map(lambda day: day.isoformat())
    | HOSTILE
)
years = st.integers(-1, 10001).map(lambda year: f"{year:04d}")
units = st.sampled_from(
    [
        "",
        "-Q1",
        "-Q4",
        "-Q5",
        "-01",
        "-12",
        "-13",
        "-W01",
        "-W52",
        "-W53",
        "-01-01",
        "-12-31",
        "-02-30",
    ]
)
single = st.builds(lambda year, unit: year + unit, years, units)
periods = (
    single
    | st.builds(lambda a, b: f"{a}..{b}", single | st.just(""), single | st.just(""))
    | st.text(st.sampled_from(_PERIOD_CHARS), max_size=14)
    | HOSTILE
)
durations = (
    st.builds(
        lambda count, unit: f"{count}{unit}",
        st.integers(0, 10**16),
        st.sampled_from(["d", "w", "m", "y", "", "x"]),
    )
    | HOSTILE
)


# --- values typed on the command line ------------------------------------------------


@given(area=areas)
def test_add_with_any_area(sandbox: Sandbox, area: str) -> None:
    sandbox.check("add", area, *WHERE, "--on", "2024-01-01")


@given(start=dates, end=dates)
def test_add_with_any_dates(sandbox: Sandbox, start: str, end: str) -> None:
    sandbox.check("add", "5", *WHERE, "--from", start, "--to", end)


@given(
    actor=HOSTILE, region=HOSTILE, source=HOSTILE, note=HOSTILE | st.text(max_size=200)
)
def test_add_with_any_names(sandbox: Sandbox, actor, region, source, note) -> None:
    result = sandbox.check(
        "add",
        "5",
        "--actor",
        actor,
        "--region",
        region,
        "--on",
        "2024-01-01",
        "--source",
        source,
        "--note",
        note,
    )
    if result.exit_code == 0:
        shown = sandbox.run("--db", str(sandbox.path), "list")
        assert shown.exit_code == 0
        assert "\x1b" not in shown.output and "\u202e" not in shown.output


@given(
    command=st.sampled_from(["report", "balance", "chart"]),
    period=periods,
    by=st.sampled_from([None, "day", "week", "month", "year"]),
)
def test_reports_with_any_period(
    sandbox: Sandbox, command: str, period: str, by
) -> None:
    args = [command, "--period", period]
    if by and command != "balance":
        args += ["--by", by]
    sandbox.check(*args)


@given(period=periods, compare=periods | st.none())
def test_report_with_any_comparison(sandbox: Sandbox, period: str, compare) -> None:
    args = ["report", "--period", period, "-f", "csv"]
    sandbox.check(*args, *(["--compare", compare] if compare is not None else []))


@given(until=dates, window=durations | periods)
def test_project_with_any_window(sandbox: Sandbox, until: str, window: str) -> None:
    sandbox.check("project", "--until", until, "--window", window, "-f", "json")


# --- malformed files ------------------------------------------------------------------


def _valid_texts() -> dict[str, str]:
    small_map = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {},
                "geometry": {
                    "type": "Polygon",
                    "coordinates": [[[30, 50], [31, 50], [31, 51], [30, 51], [30, 50]]],
                },
            }
        ],
    }
    records = (FIXTURES / "records.csv").read_text(encoding="utf-8")
    rows = [line for line in records.splitlines()[:4]]
    as_json = json.loads((FIXTURES / "colleague.json").read_text(encoding="utf-8"))
    return {
        "csv": "\n".join(rows) + "\n",
        "json": json.dumps(as_json[:2], ensure_ascii=False, indent=1),
        "jsonl": "\n".join(
            json.dumps(item, ensure_ascii=False) for item in as_json[:2]
        ),
        "geojson": json.dumps(small_map, indent=1),
    }


VALID = _valid_texts()
VALID_GEO = importlib.util.find_spec("shapely") is not None
VALID_CHARTS = importlib.util.find_spec("matplotlib") is not None
_JUNK = st.sampled_from(
    [
        '"',
        ",",
        "\n",
        "\r",
        "{",
        "}",
        "[",
        "]",
        ":",
        "\\",
        "\\ud800",
        "9" * 30,
        "-",
        "=",
        "\x00",
        "\ufeff",
        "null",
        "1e999",
        "NaN",
        '"area_km2": 1,',
        "\\u0000",
    ]
)


@st.composite
def mutated(draw, fmt: str) -> bytes:
    """A valid file of `fmt` with a few cuts, insertions and deletions, or bytes."""
    text = VALID[fmt]
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "cut", "repeat"]))
        if action == "insert":
            text = text[:at] + draw(_JUNK | st.text(max_size=4)) + text[at:]
        elif action == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 8)) :]
        elif action == "cut":
            text = text[:at]
        else:
            text = text[:at] + text[at : at + 40] * 2 + text[at + 40 :]
    data = text.encode("utf-8", "surrogatepass")
    if draw(st.booleans()) and data:
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + draw(st.binary(max_size=3)) + data[at:]
    return data


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl", "geojson"])
@given(data=st.data())
def test_import_of_malformed_files(sandbox: Sandbox, fmt: str, data) -> None:
    content = data.draw(mutated(fmt) | st.binary(max_size=64))
    path = sandbox.root / f"input_20240101.{fmt}"
    path.write_bytes(content)
    extra = (
        ["--set", "actor=russia", "--set", "region=ukraine"] if fmt == "geojson" else []
    )
    sandbox.check("import", str(path), *extra)
    sandbox.check("import", "--dry-run", str(path), *extra)


# --- the newer commands -------------------------------------------------------------

FORMATS = st.sampled_from(["table", "csv", "json", "markdown"])
NAMES = (
    st.sampled_from(["russia", "ukraine", "contested", "DeepState", "ISW"]) | HOSTILE
)
LAYERS = st.sampled_from(["control", "pre-2022", "contested", "liberated"]) | HOSTILE
REGIONS = st.sampled_from(["ukraine", "kursk"]) | HOSTILE | st.none()
SOURCES = st.sampled_from(["ISW", "DeepState"]) | HOSTILE | st.none()
SNAPSHOT_DAYS = st.sampled_from(
    ["2022-06-10", "2023-03-01", "2022-01-01", "2030-01-01"]
)


def _optional(option: str, value: str | None) -> list[str]:
    return [option, value] if value is not None else []


@pytest.mark.skipif(not VALID_GEO, reason="needs the geo extra (shapely, pyproj)")
@examples(0.25)
@given(
    start=SNAPSHOT_DAYS | dates,
    end=SNAPSHOT_DAYS | dates,
    actor=NAMES | st.none(),
    layer=LAYERS | st.none(),
    fmt=FORMATS | st.just("geojson"),
)
def test_map_diff_with_any_days_and_names(
    sandbox: Sandbox, start: str, end: str, actor, layer, fmt: str
) -> None:
    sandbox.check(
        "map-diff", "--from", start, "--to", end, "-f", fmt,
        *_optional("--actor", actor), *_optional("--layer", layer),
    )  # fmt: skip


@examples(0.5)
@given(
    days=st.lists(SNAPSHOT_DAYS | SNAPSHOT_DAYS | dates, min_size=1, max_size=3),
    region=REGIONS,
    source=SOURCES,
    fmt=FORMATS,
)
def test_held_on_any_days(sandbox: Sandbox, days: list[str], region, source, fmt):
    args = [arg for day in days for arg in ("--on", day)]
    sandbox.check(
        "held", *args, "-f", fmt,
        *_optional("--region", region), *_optional("--source", source),
    )  # fmt: skip


@examples(0.5)
@given(
    period=st.sampled_from(["2024-11-17..2024-11-18", "2024"]) | periods | st.none(),
    against=NAMES | st.none(),
    own=st.booleans(),
    region=REGIONS,
    fmt=FORMATS,
)
def test_sources_over_any_window(sandbox: Sandbox, period, against, own, region, fmt):
    sandbox.check(
        "sources", "--own" if own else "--common", "-f", fmt,
        *_optional("--period", period), *_optional("--against", against),
        *_optional("--region", region),
    )  # fmt: skip


CHART_NAMES = st.builds(
    lambda stem, suffix: stem + suffix,
    st.text(st.sampled_from("abc-_ .\x1b\u202e"), min_size=1, max_size=8),
    st.sampled_from([".svg", ".svg", ".png", ".html", ".SVG", ".txt", ""]),
)


@pytest.mark.skipif(not VALID_CHARTS, reason="needs the charts extra (matplotlib)")
@examples(0.15)
@given(
    period=st.sampled_from(["2023..2024", "2024", "2024-Q4", "2022..2024"]) | periods,
    by=st.sampled_from([None, "week", "month", "quarter", "year"]),
    kind=st.sampled_from([[], ["--cumulative"], ["--held"], ["--rolling", "30d"]]),
    name=CHART_NAMES,
    source=SOURCES,
)
def test_chart_file_over_any_window(sandbox: Sandbox, period, by, kind, name, source):
    target = sandbox.root / "charts" / name
    target.parent.mkdir(exist_ok=True)
    result = sandbox.check(
        "chart", "--period", period, *kind, "-o", str(target),
        *_optional("--by", by), *_optional("--source", source),
    )  # fmt: skip
    if result.exit_code != 0:
        assert not target.is_file(), name  # refused: nothing written
    elif target.is_file():
        target.unlink()


VALID_RULES = (FIXTURES / "isw_rules.toml").read_text(encoding="utf-8")
_RULE_JUNK = st.sampled_from(
    [
        "[[rule]]\n",
        "match = {}\n",
        "skip = true\n",
        "skip = 1\n",
        "set = {}\n",
        '"',
        "'",
        "=",
        "{",
        "}",
        "[",
        "]",
        "\n",
        ",",
        "\\",
        "\x00",
        "\ud800",
        "[" * 600,
        "{ a = " * 300,
        "layerType = 5",
        'actor = "\x1b[2J"',
        'layer = "=1+1"',
        "1e999",
        "9" * 40,
        "unknown = 1\n",
    ]
)


@st.composite
def rules_texts(draw) -> bytes:
    """The ISW rules file with a few cuts and insertions, or bytes."""
    text = VALID_RULES
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            text = text[:at] + draw(_RULE_JUNK | st.text(max_size=6)) + text[at:]
        else:
            text = text[:at] + text[at + draw(st.integers(1, 12)) :]
    return text.encode("utf-8", "surrogatepass")


@examples(0.5)
@given(content=rules_texts() | st.binary(max_size=64))
def test_import_with_any_rules(sandbox: Sandbox, content: bytes) -> None:
    rules = sandbox.root / "rules.toml"
    rules.write_bytes(content)
    sandbox.check(
        "import", str(FIXTURES / "isw_daily_layers.csv"), "--rules", str(rules),
        "--kind", "holding", "--map", "end=date", "--map", "area=areaKm2",
        "--map", "layer=layerType", "--set", "actor=russia",
        "--set", "region=ukraine", "--set", "source=ISW",
    )  # fmt: skip
