"""The installed application's self-check: open a database, sign, render a badge, exit 0.

``forumdesk --self-check`` runs it; CI runs it on the PyInstaller bundle (``.ci/package-smoke.sh``)
from an empty environment, so every step exercises something a frozen build can lose: the
Alembic migrations (loaded as files), the shipped fonts, the data files of pycountry, pypinyin and
anyascii, and the native libraries of cryptography, zxing-cpp, pypdfium2 and OR-Tools.
The check stays free of Qt (the core never imports PySide6); the GUI is smoke-run by
``forumdesk --demo`` with ``FORUMDESK_EXIT_AFTER_START``.
"""

from __future__ import annotations

import logging
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from desktop import __version__

log = logging.getLogger(__name__)

#: The QR of the self-check badge: a genuinely signed payload, scanned back off the raster.
_EVENT_TAG = 0x5E1F
_BADGE_ID = 0x0123456789ABCDEF


def describe() -> str:
    """One line: the version, and whether this is a bundle or a source checkout."""
    kind = "bundle" if getattr(sys, "frozen", False) else "source"
    return (
        f"ForumDesk {__version__} ({kind}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()})"
    )


def run_self_check() -> int:
    """Each step prints one line; the exit code is 0 only when every step passed."""
    print(describe(), flush=True)
    results: list[bool] = []

    def step(name: str, fn: Callable[[], object]) -> None:
        started = time.perf_counter()
        try:
            detail = fn()
            ok, text = True, str(detail or "")
        except Exception as exc:
            log.exception("self-check step %s failed", name)
            ok, text = False, f"{type(exc).__name__}: {exc}"
        ms = (time.perf_counter() - started) * 1000
        results.append(ok)
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {text} [{ms:.0f} ms]", flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        from desktop.desk import Forum

        holder: dict[str, Forum] = {}
        badge_pdf = Path(tmp) / "badge.pdf"
        public_key: dict[str, bytes] = {}

        def resources() -> str:
            from desktop.paths import resources_dir

            root = resources_dir()
            fonts = sorted((root / "fonts").glob("*.ttf"))
            sounds = sorted((root / "sounds").glob("*.wav"))
            qms = sorted((root / "translations").glob("*.qm"))
            if not fonts or not sounds:
                raise FileNotFoundError(f"no fonts or sounds under {root}")
            return f"{len(fonts)} fonts, {len(sounds)} sounds, {len(qms)} translations"

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
            import sqlite3

            demo_db = Path(tmp) / "demo.db"
            with closing(sqlite3.connect(demo_db)) as db:
                row = db.execute(
                    "SELECT registration_code, family_name_latin FROM participant"
                    " WHERE family_name_latin <> family_name ORDER BY registration_code LIMIT 1"
                ).fetchone()
            if row is None:
                raise LookupError("the demo forum has no participants")
            wanted, name = str(row[0]), str(row[1])
            forum = Forum.open(demo_db)
            try:
                hits = forum.search.query(name, limit=5)
            finally:
                forum.close()
            # The Latin spelling finds the name written in its own script.
            if wanted not in {hit.registration_code for hit in hits}:
                raise LookupError(f"searching {name!r} did not find {wanted}")
            return f"{name!r} finds {wanted} ({len(hits)} hits)"

        def text_data() -> str:
            import pycountry

            from desktop.text.translit import to_latin

            country = pycountry.countries.get(alpha_2="BR")
            if country is None:
                raise LookupError("pycountry has no Brazil")
            latin = to_latin("王小明 Метшин")
            if not latin.isascii() or not latin.strip():
                raise ValueError(f"transliteration gave {latin!r}")
            return f"{country.name}; {latin}"

        def fonts() -> str:
            from desktop.typesetting.fonts import register_all

            return f"{len(register_all())} fonts"

        def badge() -> str:
            from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
            from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

            from desktop.badges.layouts import BadgeData
            from desktop.badges.payload import encode_badge
            from desktop.badges.render import render_badges
            from desktop.domain.keys import key_id_for

            private = Ed25519PrivateKey.generate()
            public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
            public_key["raw"] = public
            payload = encode_badge(
                event_tag=_EVENT_TAG,
                badge_id=_BADGE_ID,
                badge_version=1,
                key_id=key_id_for(public),
                private_key=private,
            )
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
                qr_payload=payload,
                registration_code="SELF-1",
                photo_path=None,
                event_name="Self-check",
                event_logo_path=None,
            )
            render_badges([data], badge_pdf)
            return f"signed badge PDF {badge_pdf.stat().st_size} bytes"

        def qr() -> str:
            import pypdfium2 as pdfium
            import zxingcpp

            from desktop.badges.payload import decode_badge, verify_claim

            if "raw" not in public_key:
                raise RuntimeError("no badge was rendered")
            pdf = pdfium.PdfDocument(str(badge_pdf))
            try:
                image = pdf[0].render(scale=200 / 72).to_pil().convert("L")
            finally:
                pdf.close()
            texts = [r.text for r in zxingcpp.read_barcodes(image)]
            if not texts:
                raise ValueError("no QR found on the rasterised badge")
            claim = decode_badge(texts[0])
            if claim.badge_id != _BADGE_ID or not verify_claim(claim, public_key["raw"]):
                raise ValueError("the scanned QR does not verify")
            return f"QR read back and verified ({image.width}x{image.height} px via PDFium)"

        def solver() -> str:
            from ortools.sat.python import cp_model

            model = cp_model.CpModel()
            x = model.new_int_var(0, 10, "x")
            y = model.new_int_var(0, 10, "y")
            model.add(x + y == 12)
            model.add(x - y == 2)
            solver = cp_model.CpSolver()
            solver.parameters.num_workers = 1
            solver.parameters.max_time_in_seconds = 10
            status = solver.solve(model)
            if status != cp_model.OPTIMAL or solver.value(x) != 7:
                raise ValueError(f"CP-SAT status {solver.status_name(status)}")
            return "OR-Tools CP-SAT solves"

        step("resources", resources)
        step("database", open_db)
        step("demo forum", demo)
        step("search", search)
        step("text data", text_data)
        step("fonts", fonts)
        step("badge", badge)
        step("qr", qr)
        step("scheduler solver", solver)
        if "forum" in holder:
            holder["forum"].close()
    ok = all(results)
    print("self-check passed" if ok else "self-check FAILED", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(run_self_check())
