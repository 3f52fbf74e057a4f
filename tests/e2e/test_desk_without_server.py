"""The desk installs without the server's packages (``pip install .``, no ``server`` extra).

FastAPI, Starlette, Uvicorn, httptools and uvloop come only with ``forumdesk[server]``.
A desk process in which they cannot be imported still loads every module of the core and
the GUI and passes the packaged app's self-check; ``forumdesk-server`` without them says
which extra to install instead of a traceback (or a word about database drivers).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from server import cli

ROOT = Path(__file__).resolve().parents[2]
SERVER_ONLY = ("fastapi", "starlette", "uvicorn", "httptools", "uvloop")

#: Makes the server's packages unimportable, as in an install without the extra.
BLOCK = textwrap.dedent(
    f"""
    import importlib.abc, sys

    class NotInstalled(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.partition(".")[0] in {SERVER_ONLY!r}:
                raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
            return None

    sys.meta_path.insert(0, NotInstalled())
    """
)

DESK = BLOCK + textwrap.dedent(
    """
    import importlib, pkgutil
    import desktop, ui

    failed = []
    for package in (desktop, ui):
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if ".migrations" in module.name or module.name.endswith("__main__"):
                continue
            try:
                importlib.import_module(module.name)
            except Exception as exc:
                failed.append(f"{module.name}: {type(exc).__name__}: {exc}")
    print("\\n".join(failed) or "every desk module loads")
    if failed:
        sys.exit(3)

    from desktop.cli.selfcheck import run_self_check

    sys.exit(run_self_check())
    """
)


def test_the_desk_loads_and_passes_its_self_check_without_the_server_packages(
    tmp_path: Path,
) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    done = subprocess.run(
        [sys.executable, "-c", DESK],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "every desk module loads" in done.stdout
    assert "self-check passed" in done.stdout


def test_the_server_without_its_extra_says_so_in_one_line(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.db'}"
    script = BLOCK + f"from server.cli import main\nsys.exit(main(['--database', {url!r}]))\n"
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == cli.EXIT_ERROR
    assert done.stderr.strip().splitlines()[-1] == (
        "forumdesk-server: the server's packages are not installed (uvicorn); "
        "install forumdesk[server]"
    )
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("missing", ["uvicorn", "fastapi"])
def test_the_server_without_its_extra_says_which_to_install(
    missing: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setitem(sys.modules, missing, None)  # "import" now fails as when not installed
    monkeypatch.delitem(sys.modules, "server.app", raising=False)
    url = f"sqlite:///{tmp_path / 'server.db'}"
    code = cli.main(["--database", url, "--port", "1"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_ERROR
    assert f"({missing})" in err
    assert "forumdesk[server]" in err
    assert "database driver" not in err
