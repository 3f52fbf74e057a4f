"""The event-day rehearsal: the real main window through a day at the desk.

One process plays a desk and its operator: the real ``MainWindow`` on a forum of thousands
of participants pulled from a real ``forumdesk-server`` process; every page shown in turn
with the Dashboard open much of the time; a scanner firing bursts (valid, repeated,
forged, typed by hand); walk-ins registered in the walk-in dialog with their badge printed
to PDF; the server stopped and started again twice while sync retries; and at the end
"Sync now" until nothing waits. Samples of memory, threads, open files and the reference
counts of ``None``/``True``/``False`` are written to a JSON report with the scan times.

    python -m benchmarks.rehearsal --profile compressed --workdir DIR --report out.json
    python -m benchmarks --only soak          # the 30-minute version at real intervals

A crash ends the process with a signal; ``tests/e2e/test_event_day.py`` and
``benchmarks/bench_soak.py`` read the report and the exit status.
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Profile:
    """How the day is paced."""

    name: str
    duration_s: float
    scan_gap_s: tuple[float, float]
    page_every_s: float
    dashboard_refresh_ms: int | None  # None: the page's own interval
    sync_online_ms: int | None
    sync_backoff_start_ms: int | None
    sync_backoff_max_ms: int | None
    walk_in_every_s: float
    sample_every_s: float
    #: (stop, start) as fractions of the day: the server goes away twice.
    outages: tuple[tuple[float, float], ...] = ((0.22, 0.34), (0.56, 0.68))
    typing_gap_s: float = 0.09


PROFILES = {
    # CI: about 100 seconds of scanning, everything quicker than life.
    "compressed": Profile(
        "compressed",
        duration_s=100,
        scan_gap_s=(0.2, 0.5),
        page_every_s=4,
        dashboard_refresh_ms=300,
        sync_online_ms=1000,
        sync_backoff_start_ms=400,
        sync_backoff_max_ms=1500,
        walk_in_every_s=12,
        sample_every_s=4,
    ),
    # The soak: half an hour at the pace of a busy entrance, the desk's own timers.
    "real": Profile(
        "real",
        duration_s=1800,
        scan_gap_s=(1.5, 6.0),
        page_every_s=45,
        dashboard_refresh_ms=None,
        sync_online_ms=None,
        sync_backoff_start_ms=None,
        sync_backoff_max_ms=30_000,
        walk_in_every_s=150,
        sample_every_s=30,
    ),
}

#: The Dashboard stays up three turns in a row; the check-in page comes back between pages.
PAGE_TOUR = (
    "checkin",
    "participants",
    "checkin",
    "badges",
    "checkin",
    "meetings",
    "dashboard",
    "dashboard",
    "dashboard",
    "checkin",
    "sync",
)


# -- the server -------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """``forumdesk-server`` as a process on 127.0.0.1, stopped and started at will."""

    def __init__(self, database: str, log: Path) -> None:
        self.database = database
        self.port = free_port()
        self.log = log
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _env(self) -> dict[str, str]:
        return {**os.environ, "PYTHONPATH": str(ROOT)}

    def admin(self, *args: str) -> str:
        out = subprocess.run(
            [sys.executable, "-m", "server.cli", *args, "--database", self.database],
            cwd=ROOT,
            env=self._env(),
            capture_output=True,
            text=True,
            check=True,
        )
        return out.stdout

    def start(self) -> None:
        import httpx

        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                [
                    *(sys.executable, "-m", "server.cli", "--database", self.database),
                    *("--host", "127.0.0.1", "--port", str(self.port)),
                ],
                cwd=ROOT,
                env=self._env(),
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server exited with {self.proc.returncode}")
            try:
                if httpx.get(f"{self.url}/api/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        raise RuntimeError("the server did not start")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)

    @property
    def up(self) -> bool:
        return self.proc is not None and self.proc.poll() is None


# -- the forum ---------------------------------------------------------------------------


def write_registration_file(workdir: Path, participants: int, seed: int) -> Path:
    """The organisers' registration file: a generated demo forum written as an import CSV."""
    from sqlalchemy import select

    from desktop.db.models import Category, Delegation, Participant
    from desktop.demo.generator import generate_demo
    from desktop.desk import Forum
    from desktop.services.importer import COLUMNS

    source = Forum.open(workdir / "registration-source.db")
    try:
        generate_demo(source, participants=participants, seed=seed)
        with source.session() as s:
            delegations = dict(s.execute(select(Delegation.id, Delegation.name)).all())
            categories = dict(s.execute(select(Category.id, Category.code)).all())
            people = s.scalars(select(Participant).where(Participant.status == "registered")).all()
            rows = [
                {
                    "registration_code": p.registration_code,
                    "given_name": p.given_name,
                    "family_name": p.family_name,
                    "given_name_latin": p.given_name_latin,
                    "family_name_latin": p.family_name_latin,
                    "title": p.title,
                    "organisation": p.organisation,
                    "delegation": delegations[p.delegation_id],
                    "country": p.country,
                    "category": categories[p.category_id],
                    "languages": ";".join(p.languages or []),
                }
                for p in people
            ]
    finally:
        source.close()
    path = workdir / "registration.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, restval="")
        writer.writeheader()
        writer.writerows(rows)
    return path


def server_checkins(database: str) -> dict[str, int]:
    """How many times each check-in is in the server's feed."""
    from sqlalchemy import create_engine, text

    engine = create_engine(database)
    try:
        with engine.connect() as c:
            rows = c.execute(
                text(
                    "SELECT entity_id, count(*) FROM change_feed"
                    " WHERE entity = 'checkin' AND status = 'accepted' GROUP BY entity_id"
                )
            ).all()
    finally:
        engine.dispose()
    return {str(uuid.UUID(str(eid))): int(n) for eid, n in rows}


def desk_checkins(forum: Any) -> list[str]:
    """Every check-in this desk recorded (acknowledged to the operator)."""
    from sqlalchemy import select

    from desktop.db.models import CheckIn

    name = forum.desk().name
    with forum.session() as s:
        return [str(i) for i in s.scalars(select(CheckIn.id).where(CheckIn.desk == name))]


# -- the process's own vital signs --------------------------------------------------------
def vital_signs() -> dict[str, Any]:
    gc.collect()
    signs: dict[str, Any] = {
        "None": sys.getrefcount(None),
        "True": sys.getrefcount(True),
        "False": sys.getrefcount(False),
        "python_threads": threading.active_count(),
    }
    proc = Path("/proc/self")
    if proc.exists():
        pages = int((proc / "statm").read_text().split()[1])
        signs["rss_mb"] = round(pages * os.sysconf("SC_PAGE_SIZE") / 2**20, 2)
        signs["threads"] = len(os.listdir(proc / "task"))
        signs["open_files"] = len(os.listdir(proc / "fd"))
    return signs


def open_files() -> list[str]:
    """What the process holds open (Linux), for the report when handles grow."""
    folder = Path("/proc/self/fd")
    found = []
    for fd in sorted(os.listdir(folder), key=int) if folder.exists() else []:
        try:
            found.append(os.readlink(folder / fd))
        except OSError:
            continue
    return found


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


# -- the day ------------------------------------------------------------------------------
@dataclass
class Report:
    profile: str
    participants: int = 0
    samples: list[dict[str, Any]] = field(default_factory=list)
    scans: list[dict[str, Any]] = field(default_factory=list)
    pages_shown: dict[str, int] = field(default_factory=dict)
    walk_ins: list[str] = field(default_factory=list)
    outages: list[dict[str, float]] = field(default_factory=list)
    sync_rounds: int = 0
    caught_up_s: float | None = None
    desk_checkins: int = 0
    server_checkins: int = 0
    missing_on_server: list[str] = field(default_factory=list)
    duplicated_on_server: list[str] = field(default_factory=list)
    unhandled_errors: int = 0
    open_files_start: list[str] = field(default_factory=list)
    open_files_end: list[str] = field(default_factory=list)
    finished: bool = False


class Day:
    """Drives the window from the event loop with small cooperative routines."""

    def __init__(self, profile: Profile, workdir: Path, participants: int, seed: int) -> None:
        self.profile = profile
        self.workdir = workdir
        self.rng = random.Random(seed)
        self.seed = seed
        self.report = Report(profile.name)
        self.participants = participants
        self.started = 0.0
        self.over = False

    # -- setting up the morning ---------------------------------------------------------
    def prepare(self) -> None:
        from desktop.desk import Forum

        csv_path = write_registration_file(self.workdir, self.participants, self.seed)
        self.server_db = f"sqlite:///{self.workdir / 'server.db'}"
        self.server = Server(self.server_db, self.workdir / "server.log")
        self.server.admin("event", "import", str(csv_path))
        code = self.server.admin("enroll-code", "--role", "desk").strip().splitlines()[-1]
        self.server.start()
        self.forum = Forum.open(self.workdir / "desk.db", operator="rehearsal")
        self.forum.sync.enroll(self.server.url, code, "Main entrance 1")
        self.forum.sync.sync_once()
        self.report.participants = self.forum.participants.count()
        codes = self._codes()
        self.rng.shuffle(codes)
        self.to_scan = [self.forum.checkin.qr_for(c) for c in codes[:1500]]
        self.to_type = codes[1500:2000]
        self.scanned: list[str] = []

    def _codes(self) -> list[str]:
        from sqlalchemy import select

        from desktop.db.models import Participant

        with self.forum.session() as s:
            return list(
                s.scalars(
                    select(Participant.registration_code)
                    .where(Participant.status == "registered")
                    .order_by(Participant.registration_code)
                )
            )

    # -- the window ---------------------------------------------------------------------
    def open_window(self) -> None:
        from PySide6.QtCore import QSettings

        from ui.app import create_context, install_translations, make_application
        from ui.failsafe import FailSafe
        from ui.main_window import MainWindow
        from ui.settings import DeskSettings
        from ui.widgets.sync_status import BackgroundSync

        self.app = make_application()
        self.failsafe = FailSafe(self.workdir)
        self.failsafe.install()
        qsettings = QSettings(str(self.workdir / "desk.ini"), QSettings.Format.IniFormat)
        settings = DeskSettings(qsettings)
        install_translations(self.app, settings.language or "en")
        self.ctx = create_context(self.forum, settings)
        background = BackgroundSync.of(self.ctx)
        p = self.profile
        if p.sync_online_ms is not None:
            background.online_interval_ms = p.sync_online_ms
        if p.sync_backoff_start_ms is not None:
            background.backoff_start_ms = p.sync_backoff_start_ms
        if p.sync_backoff_max_ms is not None:
            background.backoff_max_ms = p.sync_backoff_max_ms
        background.round_finished.connect(self._round_finished)
        self.background = background
        self.ctx.runner.run(lambda _state: self.forum.search.load())
        self.window = MainWindow(self.ctx)
        self.window.resize(1366, 728)
        self.window.show()
        self.window.activateWindow()
        self.failsafe.parent_widget = lambda: self.window

    def _round_finished(self, _round: object) -> None:
        self.report.sync_rounds += 1

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def show(self, key: str) -> None:
        from ui.main_window import PAGES

        index = [k for k, _m, _c in PAGES].index(key)
        self.window.show_page(index)
        page = self.window.page(key)
        if key == "dashboard" and self.profile.dashboard_refresh_ms is not None:
            timer = getattr(page, "timer", None)
            if timer is not None and timer.interval() != self.profile.dashboard_refresh_ms:
                timer.setInterval(self.profile.dashboard_refresh_ms)
        if key == "checkin":
            field_ = getattr(page, "field", None)
            if field_ is not None:
                field_.setFocus()
        self.report.pages_shown[key] = self.report.pages_shown.get(key, 0) + 1

    # -- keys ---------------------------------------------------------------------------
    def _target(self) -> Any:
        from PySide6.QtWidgets import QApplication

        return QApplication.focusWidget() or self.window

    def _key(self, text: str, key: Any = None, target: Any = None) -> None:
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        target = target if target is not None else self._target()
        code = key if key is not None else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                target, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, text)
            )

    def scanner_burst(self, payload: str) -> float:
        """Keys 4 ms apart, then Enter; returns Enter to the result painted, in ms."""
        for ch in payload:
            self._key(ch)
            time.sleep(0.004)
        return self._enter_to_painted()

    def _enter_to_painted(self) -> float:
        """Enter, and the window painted with whatever it decided, in ms."""
        from PySide6.QtCore import Qt

        started = time.perf_counter()
        self._key("\r", Qt.Key.Key_Return)
        # A synchronous paint of what changed; queued work of other timers (the
        # rehearsal's own routines among them) is not counted against the scan.
        self.window.repaint()
        return (time.perf_counter() - started) * 1000

    # -- the routines -------------------------------------------------------------------
    def spawn(self, routine: Iterator[float]) -> None:
        from PySide6.QtCore import QTimer

        def step() -> None:
            try:
                delay = next(routine)
            except StopIteration:
                return
            QTimer.singleShot(max(0, int(delay * 1000)), step)

        QTimer.singleShot(0, step)

    def scanner(self) -> Iterator[float]:
        lo, hi = self.profile.scan_gap_s
        yield 1.0
        deck: list[float] = []
        while not self.over:
            # The mix is dealt in shuffled hands of 20 (15 valid, 2 repeated, 1 forged, 2
            # typed), so a slow machine scans fewer but never loses a kind to chance.
            if not deck:
                deck = [(i + 0.5) / 20 for i in range(20)]
                self.rng.shuffle(deck)
            roll = deck.pop()
            page = self.window.stack.currentIndex()
            if roll < 0.75 and self.to_scan:
                payload = self.to_scan.pop()
                self.scanned.append(payload)
                kind = "valid"
            elif roll < 0.85 and self.scanned:
                payload, kind = self.rng.choice(self.scanned), "repeat"
            elif roll < 0.92 and self.scanned:
                genuine = self.rng.choice(self.scanned)
                cut = len(genuine) - 1 - self.rng.randrange(min(20, len(genuine) - 1))
                swap = "A" if genuine[cut] != "A" else "B"
                payload, kind = genuine[:cut] + swap + genuine[cut + 1 :], "forged"
            elif self.to_type:
                yield from self.typist(self.to_type.pop())
                continue
            else:
                yield self.rng.uniform(lo, hi)
                continue
            ms = self.scanner_burst(payload)
            self.report.scans.append(
                {"t": round(self.elapsed(), 2), "kind": kind, "ms": round(ms, 3), "page": page}
            )
            yield self.rng.uniform(lo, hi)

    def typist(self, code: str) -> Iterator[float]:
        """A person typing a registration code on the check-in page, then Enter."""
        if self.window.stack.currentIndex() != 0:
            return
        for ch in code.lower():
            self._key(ch)
            yield self.profile.typing_gap_s * self.rng.uniform(0.6, 1.6)
        yield 0.4
        ms = self._enter_to_painted()
        self.report.scans.append(
            {"t": round(self.elapsed(), 2), "kind": "typed", "ms": round(ms, 3), "page": 0}
        )
        yield self.rng.uniform(*self.profile.scan_gap_s)

    def pages(self) -> Iterator[float]:
        turn = 0
        while not self.over:
            self.show(PAGE_TOUR[turn % len(PAGE_TOUR)])
            turn += 1
            yield self.profile.page_every_s

    def walk_ins(self) -> Iterator[float]:
        yield self.profile.walk_in_every_s / 2
        number = 0
        while not self.over:
            number += 1
            self.walk_in(number)
            yield self.profile.walk_in_every_s

    def walk_in(self, number: int) -> None:
        """The walk-in dialog typed into and confirmed; the badge printed to PDF."""
        from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

        from ui.dialogs.walk_in import WalkInDialog

        forum = self.forum
        dialog = WalkInDialog(
            forum.participants.delegations(), forum.event().categories, self.window
        )
        dialog.show()
        dialog.activateWindow()
        # The operator clicks into each field and types.
        for widget, text in (
            (dialog.given, "Walk"),
            (dialog.family, f"In {number}"),
            (dialog.delegation.lineEdit(), "Kazan"),
        ):
            for ch in text:
                self._key(ch, target=widget)
        if not dialog.country.text().strip():
            dialog.country.setText("RU")
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.click()
        QApplication.processEvents()
        if dialog.result() != QDialog.DialogCode.Accepted:
            dialog.close()
            dialog.deleteLater()
            raise RuntimeError(f"the walk-in dialog refused: {dialog.error.text()}")
        person = forum.participants.register_walk_in(dialog.walk_in())
        dialog.deleteLater()
        # The window manager gives the main window back its activation (offscreen has none).
        self.window.activateWindow()
        pdf = self.workdir / f"walk-in-{number}.pdf"
        forum.badges.render([person.registration_code], pdf, layout="a6")
        self.ctx.signals.participants_changed.emit()
        self.report.walk_ins.append(str(pdf))

    def outages(self) -> Iterator[float]:
        """The server goes away and comes back (on a thread: the desk's GUI never waits)."""
        for stop_at, start_at in self.profile.outages:
            yield max(0.0, stop_at * self.profile.duration_s - self.elapsed())
            outage: dict[str, float] = {"stopped": round(self.elapsed(), 2)}
            stopping = threading.Thread(target=self.server.stop, daemon=True)
            stopping.start()
            yield max(0.0, start_at * self.profile.duration_s - self.elapsed())
            stopping.join()
            outage["started"] = round(self.elapsed(), 2)
            threading.Thread(target=self.server.start, daemon=True).start()
            self.report.outages.append(outage)

    def sampler(self) -> Iterator[float]:
        while True:
            signs = vital_signs()
            signs["t"] = round(self.elapsed(), 2)
            signs["scans"] = len(self.report.scans)
            self.report.samples.append(signs)
            if self.over:
                return
            yield self.profile.sample_every_s

    def closing(self) -> Iterator[float]:
        """The end of the day: scanning stops, the server is back, "Sync now" until caught up."""
        yield self.profile.duration_s
        self.over = True
        if not self.server.up:
            self.server.start()
        self.show("sync")
        finished = time.monotonic()
        deadline = finished + max(60.0, self.profile.duration_s / 10)
        while time.monotonic() < deadline:
            if not self.background.running:
                status = self.forum.sync.status()
                if status.pending == 0 and self.background.view.state == "online":
                    break
                self.background.sync_now()
            yield 0.3
        self.report.caught_up_s = round(time.monotonic() - finished, 2)
        yield 0.5
        try:
            self.verify()
            self.report.samples.append({**vital_signs(), "t": round(self.elapsed(), 2), "final": 1})
            self.report.open_files_end = open_files()
            self.report.unhandled_errors = self.failsafe.errors_seen
            self.report.finished = True
        finally:
            self.app.quit()

    def verify(self) -> None:
        ours = desk_checkins(self.forum)
        theirs = server_checkins(self.server_db)
        self.report.desk_checkins = len(ours)
        self.report.server_checkins = sum(theirs.get(c, 0) for c in ours)
        self.report.missing_on_server = [c for c in ours if c not in theirs]
        self.report.duplicated_on_server = [c for c, n in theirs.items() if n > 1]

    # -- the whole day ------------------------------------------------------------------
    def warm_up(self) -> Iterator[float]:
        """Every page built once, a few scans and a walk-in: the morning's baseline."""
        from ui.main_window import PAGES

        for key, _module, _cls in PAGES:
            self.show(key)
            yield 0.5
        self.show("checkin")
        for _ in range(5):
            payload = self.to_scan.pop()
            self.scanned.append(payload)
            self.scanner_burst(payload)
            yield 0.2
        self.walk_in(0)
        yield 1.0
        self.report.open_files_start = open_files()
        self.started = time.monotonic()
        for routine in (
            self.sampler(),
            self.pages(),
            self.scanner(),
            self.walk_ins(),
            self.outages(),
            self.closing(),
        ):
            self.spawn(routine)

    def run(self) -> Report:
        self.prepare()
        try:
            self.open_window()
            self.started = time.monotonic()
            self.spawn(self.warm_up())
            self.app.exec()
            self.background.stop()
            self.ctx.runner.wait(10_000)
        finally:
            self.server.stop()
        return self.report


def summarise(report: Report) -> dict[str, Any]:
    """Start, middle and end figures: vital signs and scan p99, with the growth per hour."""
    samples = [s for s in report.samples if not s.get("final")]
    scans = [s for s in report.scans if s["kind"] != "typed"]
    if not samples:
        return {}
    # The first sample is taken after the warm-up: every page built, scans and a walk-in done.
    warm = samples[0]
    middle = samples[len(samples) // 2]
    end = samples[-1]
    hours = max(1e-9, (end["t"] - warm["t"]) / 3600)
    third = (scans[-1]["t"] / 3) if scans else 0

    def p99(lo: float, hi: float) -> float | None:
        return percentile([s["ms"] for s in scans if lo <= s["t"] < hi], 99)

    keys = ("rss_mb", "threads", "open_files", "python_threads", "None", "True", "False")
    out: dict[str, Any] = {
        "start": {k: warm.get(k) for k in keys} | {"t": warm["t"], "scan_p99_ms": p99(0, third)},
        "middle": {k: middle.get(k) for k in keys}
        | {"t": middle["t"], "scan_p99_ms": p99(third, 2 * third)},
        "end": {k: end.get(k) for k in keys}
        | {"t": end["t"], "scan_p99_ms": p99(2 * third, float("inf"))},
    }
    out["growth_per_hour"] = {
        k: round((end[k] - warm[k]) / hours, 2)
        for k in ("rss_mb", "threads", "open_files")
        if k in end and k in warm
    }
    # Caches fill in the first minutes (SQLite's page cache, Qt's glyphs for names not seen
    # yet); the second half shows what an afternoon adds.
    half_hours = max(1e-9, (end["t"] - middle["t"]) / 3600)
    out["growth_per_hour_second_half"] = {
        k: round((end[k] - middle[k]) / half_hours, 2)
        for k in ("rss_mb", "threads", "open_files")
        if k in end and k in middle
    }
    out["lowest_after_start"] = {
        k: min(s[k] for s in samples if s["t"] >= warm["t"]) for k in ("None", "True", "False")
    }
    out["scans"] = {
        kind: sum(1 for s in report.scans if s["kind"] == kind)
        for kind in ("valid", "repeat", "forged", "typed")
    }
    all_ms = [s["ms"] for s in scans]
    out["scan_ms"] = {
        "median": statistics.median(all_ms) if all_ms else None,
        "p99": percentile(all_ms, 99),
    }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.rehearsal")
    parser.add_argument("--profile", choices=sorted(PROFILES), default="compressed")
    parser.add_argument("--minutes", type=float, help="override the day's length")
    parser.add_argument("--participants", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--workdir", required=True)
    parser.add_argument("--report", required=True)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("FORUMDESK_DATA_DIR", str(workdir / "data"))
    os.environ.setdefault("FORUMDESK_LOG_DIR", str(workdir / "logs"))
    profile = PROFILES[args.profile]
    if args.minutes:
        profile = Profile(**{**asdict(profile), "duration_s": args.minutes * 60})
    from desktop.logs import setup_logging

    setup_logging()
    day = Day(profile, workdir, args.participants, args.seed)
    report = day.run()
    data = asdict(report)
    data["summary"] = summarise(report)
    Path(args.report).write_text(json.dumps(data, indent=1, default=str), encoding="utf-8")
    return 0 if report.finished else 1


if __name__ == "__main__":
    sys.exit(main())
