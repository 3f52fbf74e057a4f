"""The self-check the packaged application runs, from source and (when built) from the bundle.

The bundle itself is built and smoke-run by ``.ci/package-smoke.sh``; the bundle tests here run
only when ``FORUMDESK_BUNDLE`` names the built executable (``dist/forumdesk/forumdesk``), so a
stale ``dist/`` never decides the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

STEPS = (
    "resources",
    "database",
    "demo forum",
    "search",
    "text data",
    "fonts",
    "badge",
    "qr",
    "scheduler solver",
)


def _assert_all_ok(output: str) -> None:
    lines = output.splitlines()
    assert lines[0].startswith("ForumDesk "), output
    for name in STEPS:
        assert any(line.startswith(f"ok   {name}:") for line in lines), (name, output)
    assert not any(line.startswith("FAIL") for line in lines), output
    assert "self-check passed" in lines, output


@pytest.mark.slow
def test_self_check_passes_from_source(capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli.selfcheck import run_self_check

    assert run_self_check() == 0
    out = capsys.readouterr().out
    assert "(source," in out.splitlines()[0]
    _assert_all_ok(out)


def _bundle() -> Path:
    exe = os.environ.get("FORUMDESK_BUNDLE")
    if not exe:
        pytest.skip("FORUMDESK_BUNDLE is not set (the bundle is smoke-run by .ci/package-smoke.sh)")
    path = Path(exe).resolve()
    if not path.is_file():
        pytest.fail(f"FORUMDESK_BUNDLE={exe} does not exist")
    return path


def _clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """No venv, no PYTHONPATH: only what a laptop without Python has."""
    (tmp_path / "home").mkdir(exist_ok=True)
    system: dict[str, str] = {"PATH": "/usr/bin:/bin"}
    if sys.platform == "win32":  # use forumdesk-cli.exe there: forumdesk.exe has no console
        root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        system = {"PATH": rf"{root}\System32", "SYSTEMROOT": root}
    return {
        **system,
        "HOME": str(tmp_path / "home"),
        "LANG": "C.UTF-8",
        "FORUMDESK_DATA_DIR": str(tmp_path / "data"),
        "FORUMDESK_LOG_DIR": str(tmp_path / "logs"),
        **extra,
    }


@pytest.mark.slow
def test_bundle_self_check_without_python(tmp_path: Path) -> None:
    exe = _bundle()
    done = subprocess.run(
        [str(exe), "--self-check"],
        env=_clean_env(tmp_path),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "(bundle," in done.stdout.splitlines()[0]
    _assert_all_ok(done.stdout)


@pytest.mark.slow
def test_bundle_gui_starts_offscreen_and_quits(tmp_path: Path) -> None:
    exe = _bundle()
    done = subprocess.run(
        [str(exe), "--demo"],
        env=_clean_env(tmp_path, QT_QPA_PLATFORM="offscreen", FORUMDESK_EXIT_AFTER_START="1500"),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Could not load the Qt platform plugin" not in done.stderr
