"""The wheel a user installs: built from this checkout, installed into a fresh
virtual environment, and run as real subprocesses far from the source tree, so
that a missing migration or seed file in the wheel cannot hide behind the checkout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--quiet", "--wheel-dir", str(out), str(ROOT)],
        check=True,
    )  # fmt: skip
    (built,) = out.glob("frontline-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with only the wheel (and its dependencies)."""
    env_dir = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=True).create(env_dir)
    subprocess.run(
        [str(env_dir / "bin" / "python"), "-m", "pip", "install", "--quiet",
         "--disable-pip-version-check", str(wheel)],
        check=True,
    )  # fmt: skip
    return env_dir / "bin"


def run(bin_dir: Path, *args: str, db: Path, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["FRONTLINE_DB"] = str(db)
    return subprocess.run(
        [str(bin_dir / args[0]), *args[1:]],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        check=False,
    )


def test_wheel_carries_migrations_and_seed(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    migrations = sorted(p.name for p in (ROOT / "migrations").glob("*.sql"))
    assert {f"frontline/migrations/{name}" for name in migrations} <= names
    assert "frontline/seed/records.csv" in names


def test_installed_wheel_seeds_and_lists(installed: Path, tmp_path: Path) -> None:
    db = tmp_path / "new" / "frontline.db"
    seeded = run(installed, "frontline", "seed", db=db, cwd=tmp_path)
    assert seeded.returncode == 0, seeded.stderr
    assert seeded.stderr.startswith("seed: ")
    listed = run(
        installed, "frontline", "list", "--format", "json", db=db, cwd=tmp_path
    )
    assert listed.returncode == 0, listed.stderr
    records = json.loads(listed.stdout)
    expected = (ROOT / "seed" / "records.csv").read_text(encoding="utf-8")
    assert len(records) == len(expected.strip().splitlines()) - 1
    assert {
        (r["actor"], r["region"], r["start"], r["end"], r["area_km2"], r["bound"])
        for r in records
    } >= {
        ("russia", "ukraine", "2024-01-01", "2024-11-19", 2700.0, "approx"),
        ("russia", "ukraine", "2023-01-01", "2023-12-31", 465.0, "exact"),
    }


def test_installed_wheel_uses_its_own_data(installed: Path, tmp_path: Path) -> None:
    where = run(
        installed,
        "python",
        "-c",
        "from frontline.store.db import resource_dir; print(resource_dir('migrations'))",
        db=tmp_path / "x.db",
        cwd=tmp_path,
    )
    assert "site-packages" in where.stdout, where.stdout + where.stderr


def test_python_dash_m_and_bad_input(installed: Path, tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    version = run(
        installed, "python", "-m", "frontline", "--version", db=db, cwd=tmp_path
    )
    assert (version.returncode, version.stdout) == (0, "frontline 0.1.0\n")
    bad = run(
        installed, "frontline", "add", "-5", "--actor", "russia", "--region", "ukraine",
        "--on", "2024-01-01", db=db, cwd=tmp_path,
    )  # fmt: skip
    assert bad.returncode == 2
    assert bad.stderr == (
        "frontline: error: area: '-5' is negative; "
        "record a loss as the other actor's gain\n"
    )
    assert "Traceback" not in bad.stderr
    assert not db.exists()


def test_version_is_answered_before_typer_loads() -> None:
    import subprocess
    import sys

    from frontline import __version__

    script = (
        "import sys; sys.argv = ['frontline', '--db', 'x.db', '--version']; "
        "from frontline.__main__ import main; main(); "
        "print('typer' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout == f"frontline {__version__}\nFalse\n"
