"""Generated input against the whole command line: whatever a user or a file
gives, frontline answers with exit 0, 1 or 2, never a traceback, and a command
that fails leaves the database byte for byte as it was.

Each example runs one command in-process on a fresh copy of a seeded database.
Profiles (tests/conftest.py): `ci` by default, `--hypothesis-profile=long` for a
deeper run.
"""

from __future__ import annotations

import gc
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import app, dump

FIXTURES = Path(__file__).parent / "fixtures"
WHERE = ("--actor", "russia", "--region", "ukraine")


class Sandbox:
    """A seeded database copied afresh for every example."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.template = root / "template.db"
        self.path = root / "frontline.db"
        self.runner = CliRunner()
        result = self.run("--db", str(self.template), "seed")
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
