"""`chart -o` refuses what it cannot draw honestly: no figures (exit 1), more
series than its key can hold (exit 2); it fails like `export -o` on a folder it
cannot write to (exit 1) and never prints raw control characters."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("matplotlib")

MONTHS_2024 = ("chart", "--year", "2024", "--by", "month")


def _many_sources(tmp_path: Path, count: int) -> Path:
    path = tmp_path / "many.csv"
    rows = ["kind,actor,region,start,end,area_km2,source"]
    rows += [
        f"change,russia,ukraine,2024-01-01,2024-01-31,{n + 1},Source number {n}"
        for n in range(count)
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_chart_with_120_series_is_refused_in_one_line(cli, tmp_path):
    assert cli("import", str(_many_sources(tmp_path, 120))).exit_code == 0
    target = tmp_path / "many.svg"
    result = cli(*MONTHS_2024, "-o", str(target))
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "frontline: error: output: 120 series do not fit in one chart's key ("
    )
    assert result.stderr.endswith(
        " rows); choose fewer with --actor, --region, --layer or --source\n"
    )
    assert result.stderr.count("\n") == 1
    assert not target.exists()


def test_a_chart_with_twelve_series_is_drawn_with_its_key(cli, tmp_path):
    assert cli("import", str(_many_sources(tmp_path, 12))).exit_code == 0
    target = tmp_path / "twelve.svg"
    result = cli(*MONTHS_2024, "-o", str(target))
    assert result.exit_code == 0, result.output
    assert result.stderr == f"chart: wrote {target} (12 series, 12 figures)\n"
    svg = target.read_text(encoding="utf-8")
    assert all(f'id="key-series-{n}"' in svg for n in range(12))


def test_a_chart_without_figures_is_not_written(cli, db_path, tmp_path):
    cli("seed")
    target = tmp_path / "empty.svg"
    result = cli(*MONTHS_2024[:1], "--year", "2019", "-o", str(target))
    assert result.exit_code == 1
    assert result.stderr == (
        "frontline: error: no figures to draw in 2019 (2019-01-01 to 2019-12-31); "
        f"{target} not written\n"
    )
    assert not target.exists()


def test_an_unwritable_folder_fails_as_export_does(cli, tmp_path):
    cli("seed")
    chart = cli(*MONTHS_2024, "-o", str(tmp_path / "missing" / "c.svg"))
    export = cli("export", "-o", str(tmp_path / "missing" / "c.csv"))
    assert (chart.exit_code, export.exit_code) == (1, 1)
    assert chart.stderr == (
        f"frontline: error: cannot write {tmp_path}/missing/c.svg: "
        "No such file or directory\n"
    )


def test_names_and_matplotlib_never_print_control_characters(cli, tmp_path):
    source = "Evil\x1b[31m\x07\u009b\u202e"
    for day in ("2024-01-05", "2024-02-05"):
        added = cli(
            "add", "5", "--actor", "russia", "--region", "ukraine", "--on", day,
            "--source", source,
        )  # fmt: skip
        assert added.exit_code == 0, added.output
    target = tmp_path / "x\x1b[2Jy.svg"
    result = cli(*MONTHS_2024, "-o", str(target))
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"chart: wrote {tmp_path}/x\\x1b[2Jy.svg (1 series, 2 figures)\n"
    )
    svg = target.read_text(encoding="utf-8")
    assert "Evil\\x1b[31m\\x07\\x9b\\u202e" in svg
    assert "\x1b" not in svg and "\x07" not in svg


def test_matplotlib_warnings_and_log_lines_are_said_escaped_once(
    cli, tmp_path, monkeypatch
):
    import logging
    import warnings

    from frontline.render import chart_file

    render = chart_file._render

    def noisy(*args, **kwargs):
        for _ in range(2):
            message = "Glyph 27 (\x1b) missing from font(s) DejaVu Sans."
            warnings.warn(message, stacklevel=2)
            logging.getLogger("matplotlib.font_manager").warning("findfont: \x1b[2J")
        return render(*args, **kwargs)

    monkeypatch.setattr(chart_file, "_render", noisy)
    cli("seed")
    target = tmp_path / "c.svg"
    result = cli(*MONTHS_2024, "--region", "ukraine", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        "warning: Glyph 27 (\\x1b) missing from font(s) DejaVu Sans.\n"
        "warning: findfont: \\x1b[2J\n"
        f"chart: wrote {target} (1 series, 11 figures)\n"
    )
