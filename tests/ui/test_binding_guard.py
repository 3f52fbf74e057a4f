"""The Qt binding itself must not free Python's None, True or False.

PySide6 6.12.0 on CPython 3.11 drops a reference to ``None`` on every
``QTableWidgetItem.setToolTip/setData/setFont`` call and to ``True`` on every emit of a
signal into a Python slot: a desk with the Dashboard open died with ``none_dealloc`` after
about ten minutes. ``binding_probe.py`` makes each kind of call the desk makes thousands of
times in a child process (the defect kills a process) and reports how the singletons'
reference counts moved. Run this test on any new Qt before moving its pin.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("binding_probe.py")
ROUNDS = 3000
KINDS = 14


def test_qt_calls_leave_none_true_and_false_alone() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BINDING_PROBE_ROUNDS": str(ROUNDS)}
    proc = subprocess.run(
        [sys.executable, str(PROBE)], capture_output=True, text=True, env=env, timeout=300
    )
    rows = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    fallen = [
        f"{row['kind']}: {name} {row[name]:+d}"
        for row in rows
        for name in ("None", "True", "False")
        # A defect drops one reference per call at least: thousands over the rounds.
        if row[name] < -(ROUNDS // 100)
    ]
    assert not fallen, (
        "the Qt binding frees Python singletons (PySide6 "
        f"{metadata.version('PySide6-Essentials')}):\n" + "\n".join(fallen)
    )
    assert proc.returncode == 0, f"the probe died ({proc.returncode}):\n{proc.stderr[-2000:]}"
    assert len(rows) == KINDS, proc.stdout


def test_installed_qt_is_the_pinned_one() -> None:
    """The suite runs on the Qt that constraints.txt pins, not whatever PyPI serves today."""
    pins = dict(
        re.findall(r"^([a-z0-9_.-]+)==([^\s;]+)", (ROOT / "constraints.txt").read_text(), re.M)
    )
    for package in ("pyside6-essentials", "shiboken6"):
        assert metadata.version(package) == pins[package], package
