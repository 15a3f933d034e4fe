"""`shopteam --smoke-test` from the source tree: it passes, and a missing piece fails naming the piece.

The same smoke test runs against the PyInstaller bundle in .ci/run (`make bundle-smoke`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), PYTHONIOENCODING="utf-8")
    env.pop("SHOPTEAM_DB", None)
    return env


def _run(args: list[str], tmp_path: Path, timeout: int = 240) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=_env(tmp_path), capture_output=True,
                          text=True, encoding="utf-8", timeout=timeout)


@pytest.mark.slow
def test_smoke_test_passes_from_source(tmp_path):
    result = _run(["-m", "shopteam", "--smoke-test"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    for piece in ("fonts", "icons", "Qt platform plugins", "translations", "database and migrations",
                  "holiday calendar", "names in pinyin order", "PostgreSQL driver", "main window", "Excel workbook write/read", "chart with Chinese labels",
                  "PDF with Chinese text"):
        assert f"ok: {piece}\n" in result.stdout
    assert "smoke test passed" in result.stdout
    # It works in a temporary folder: nothing is left in the user's data or settings folders.
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").rglob("*.db"))


def _run_with_resources(resources: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    """Run the smoke test with ShopTeam's resources folder pointed at ``resources``."""
    code = textwrap.dedent(f"""
        from pathlib import Path
        import shopteam.paths
        shopteam.paths.resources_dir = lambda: Path({str(resources)!r})
        from shopteam.smoke import run_smoke_test
        raise SystemExit(run_smoke_test())
    """)
    return _run(["-c", code], tmp_path)


def _copy_resources(tmp_path: Path) -> Path:
    target = tmp_path / "resources"
    shutil.copytree(RESOURCES, target, ignore=shutil.ignore_patterns("*.ts"))
    return target


def test_missing_translation_fails_naming_it(tmp_path):
    resources = _copy_resources(tmp_path)
    (resources / "i18n" / "shopteam_zh_CN.qm").unlink()
    result = _run_with_resources(resources, tmp_path)
    assert result.returncode == 1
    assert "smoke test failed: translations:" in result.stderr
    assert "shopteam_zh_CN.qm" in result.stderr
    assert "ok: fonts" in result.stdout and "smoke test passed" not in result.stdout


def test_missing_font_fails_naming_it(tmp_path):
    resources = _copy_resources(tmp_path)
    (resources / "fonts" / "DroidSansFallbackFull.ttf").unlink()
    result = _run_with_resources(resources, tmp_path)
    assert result.returncode == 1
    assert "smoke test failed: fonts:" in result.stderr
    assert "DroidSansFallbackFull.ttf" in result.stderr


def test_missing_icon_fails_naming_it(tmp_path):
    resources = _copy_resources(tmp_path)
    (resources / "icons" / "shopteam.ico").unlink()
    result = _run_with_resources(resources, tmp_path)
    assert result.returncode == 1
    assert "smoke test failed: icons:" in result.stderr and "shopteam.ico" in result.stderr


def test_matplotlib_draws_chinese_with_the_configured_fonts(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    from shopteam.reports.fonts import chinese_font_name, configure_matplotlib

    chain = configure_matplotlib()
    assert chain[0] == "DejaVu Sans" and chain[-1] == "Droid Sans Fallback"
    assert chinese_font_name() in chain[1:]
    figure = Figure(figsize=(3, 2))
    figure.add_subplot().set_title("客服部 2025 年 -3 分")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        figure.savefig(tmp_path / "chart.png")
    assert not [w for w in caught if "missing from" in str(w.message)]
