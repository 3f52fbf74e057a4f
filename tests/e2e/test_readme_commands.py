"""The README's first command installs every system library Qt's X11 plugin loads.

On a fresh Debian 12 or Ubuntu 24.04 the xcb plugin aborted with a misleading message
("could not load the Qt platform plugin") for want of libxcb-icccm4 and libxcb-keysyms1.
The libraries Qt needs are read from the wheel's own ELF headers and each is traced to
the Debian package that holds it on this machine, which the README's list (or one of its
dependencies) must name.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: Part of every Debian/Ubuntu installation that has python3-venv.
BASE = {"libc6", "libstdc++6", "libgcc-s1", "zlib1g", "libzstd1", "liblzma5"}


def readme_packages() -> set[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    line = next(ln for ln in text.splitlines() if "apt-get install -y python3-venv" in ln)
    words = line.split("apt-get install -y", 1)[1].split("&&", 1)[0].split()
    return set(words)


def qt_libraries() -> list[Path]:
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    names = ["Core", "Gui", "Widgets", "DBus", "OpenGL", "XcbQpa"]
    return [qt / "plugins" / "platforms" / "libqxcb.so"] + [
        qt / "lib" / f"libQt6{n}.so.6" for n in names
    ]


def needed(library: Path) -> set[str]:
    out = subprocess.run(["objdump", "-p", str(library)], capture_output=True, text=True).stdout
    return {m for m in re.findall(r"NEEDED\s+(\S+)", out)}


def owners(sonames: set[str]) -> dict[str, str | None]:
    """The Debian package holding each library on this machine (one dpkg call for all)."""
    out = subprocess.run(
        ["dpkg", "-S", *(f"*/{s}" for s in sorted(sonames))], capture_output=True, text=True
    ).stdout
    found: dict[str, str | None] = dict.fromkeys(sonames)
    for line in out.splitlines():
        package, _, path = line.partition(": ")
        name = Path(path.strip()).name
        if name in found and found[name] is None:
            found[name] = package.split(":", 1)[0].strip()
    return found


def depends(package: str) -> set[str]:
    out = subprocess.run(
        ["dpkg-query", "-W", "-f=${Depends}", package], capture_output=True, text=True
    ).stdout
    return {re.split(r"[\s:(]", alt.strip())[0] for alt in re.split(r"[,|]", out) if alt.strip()}


@pytest.mark.skipif(
    not (shutil.which("dpkg") and shutil.which("objdump")), reason="a Debian system with binutils"
)
def test_first_command_installs_what_the_xcb_plugin_loads() -> None:
    listed = readme_packages()
    assert "python3-venv" in listed
    covered = set(listed) | BASE
    for package in listed:
        covered |= depends(package)
    sonames: set[str] = set()
    for library in qt_libraries():
        assert library.exists(), library
        sonames |= {
            s
            for s in needed(library)
            # in the wheel, or the dynamic loader itself
            if not s.startswith(("libQt6", "libicu", "libpyside", "libshiboken", "ld-linux"))
        }
    wanted = owners(sonames)
    not_installed = sorted(s for s, p in wanted.items() if p is None)
    assert not not_installed, f"Qt needs libraries this machine lacks: {not_installed}"
    uncovered = sorted(f"{s} ({p})" for s, p in wanted.items() if p not in covered)
    assert not uncovered, f"the README's first command does not install: {uncovered}"


def test_both_readme_commands_install_with_the_pins() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first = next(ln for ln in text.splitlines() if "forumdesk --demo" in ln and "pip" in ln)
    assert "-c constraints.txt" in first
    assert "bash .ci/run" in text
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"pip install .*-e \"\.\[dev[^\"]*\]\" -c constraints\.txt", ci)
