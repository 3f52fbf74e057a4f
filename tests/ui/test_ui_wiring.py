"""The GUI uses the desk it is given: it never rewires the core's acting operator or change
recorder (``forum.actor``, ``forum.recorder``); the operator changes through
``Forum.set_operator``."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"
WIRING = {"actor", "recorder"}


def _rewired(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "setattr"
            and len(node.args) > 1
            and isinstance(node.args[1], ast.Constant)
            and node.args[1].value in WIRING
        ):
            lines.append(node.lineno)
        for target in targets:
            for part in ast.walk(target):
                if isinstance(part, ast.Attribute) and part.attr in WIRING:
                    lines.append(node.lineno)
    return lines


def test_the_ui_never_sets_the_forums_actor_or_recorder() -> None:
    found = {
        str(path.relative_to(UI.parent)): lines
        for path in sorted(UI.rglob("*.py"))
        if (lines := _rewired(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert not found, f"ui/ sets forum.actor or forum.recorder: {found}"


def test_the_check_sees_such_an_assignment() -> None:
    assert _rewired(ast.parse("ctx.forum.actor = Actor('desk', 'anna')")) == [1]
    assert _rewired(ast.parse("setattr(forum, 'recorder', other)")) == [1]
    assert _rewired(ast.parse("name = ctx.forum.actor.desk")) == []
