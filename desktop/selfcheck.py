"""The installed application's self-check: open a database, sign, render a badge, exit 0."""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)


def run_self_check() -> int:
    """Each step prints one line; the exit code is 0 only when every step passed."""
    steps: list[tuple[str, bool, str]] = []

    def step(name: str, fn: object) -> None:
        try:
            detail = fn()  # type: ignore[operator]
            steps.append((name, True, str(detail or "")))
        except Exception as exc:
            log.exception("self-check step %s failed", name)
            steps.append((name, False, f"{type(exc).__name__}: {exc}"))

    with tempfile.TemporaryDirectory() as tmp:
        from desktop.services.forum import Forum

        holder: dict[str, Forum] = {}

        def open_db() -> str:
            forum = Forum.open(Path(tmp) / "selfcheck.db")
            forum.ensure_event("Self-check forum")
            holder["forum"] = forum
            return "database opened and migrated"

        def demo() -> str:
            from desktop.demo.generator import generate_demo

            forum = Forum.open(Path(tmp) / "demo.db")
            summary = generate_demo(forum, participants=40, seed=1)
            forum.close()
            return f"{summary.participants} demo participants"

        def search() -> str:
            forum = Forum.open(Path(tmp) / "demo.db")
            hits = forum.search.query("Metshin", limit=3)
            forum.close()
            return f"{len(hits)} hits"

        def fonts() -> str:
            from desktop.badges.fonts import register_all

            return f"{len(register_all())} fonts"

        def badge() -> str:
            from desktop.badges.layouts import BadgeData
            from desktop.badges.render import render_badges

            data = BadgeData(
                given_name="Ильсур",
                family_name="Метшин",
                given_name_latin="Ilsur",
                family_name_latin="Metshin",
                title="Mayor",
                organisation="Kazan",
                delegation="Kazan",
                country_code="RU",
                country_name="Russia",
                category_name="Head of delegation",
                category_colour="#8B1E3F",
                qr_payload="SELFCHECK",
                registration_code="SELF-1",
                photo_path=None,
                event_name="Self-check",
                event_logo_path=None,
            )
            out = Path(tmp) / "badge.pdf"
            render_badges([data], out)
            return f"badge PDF {out.stat().st_size} bytes"

        step("database", open_db)
        step("demo forum", demo)
        step("search", search)
        step("fonts", fonts)
        step("badge", badge)
        if "forum" in holder:
            holder["forum"].close()
    for name, ok, detail in steps:
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}")
    return 0 if all(ok for _n, ok, _d in steps) else 1


if __name__ == "__main__":
    sys.exit(run_self_check())
