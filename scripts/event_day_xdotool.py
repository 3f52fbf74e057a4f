"""Drive the real ForumDesk window under Xvfb as a desk operator and a scanner would.

    python scripts/event_day_xdotool.py --minutes 12 --out /tmp/event-day

Needs Xvfb, xdotool and ImageMagick's ``import`` (Debian: xvfb xdotool imagemagick).
Writes a demo forum, opens ``forumdesk`` on a 1366x768 screen, then for the given time:
scanner bursts (4 ms a key, then Enter: valid, repeated, forged), names typed by a person
and picked with Enter, page changes (F1..F6), and a stretch with the Dashboard open while
scans arrive. It records the window's memory each minute, a screenshot of every page, and
ends by checking the process is alive and the log holds no traceback. Exit 0 when sound.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ["checkin", "participants", "badges", "meetings", "dashboard", "sync"]


def sh(*args: str, env: dict[str, str], check: bool = True) -> str:
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=check)
    return done.stdout.strip()


def payloads(db: Path, count: int) -> list[tuple[str, str, str]]:
    """(code, family name, QR payload) of ``count`` demo participants."""
    code = f"""
import json, sys
from desktop.desk import Forum
forum = Forum.open({str(db)!r})
rows = forum.participants.summaries()[:{count}]
out = [(r.registration_code, r.family_name_latin or r.latin_name.split()[-1],
        forum.checkin.qr_for(r.registration_code)) for r in rows]
forum.close()
json.dump(out, sys.stdout)
"""
    text = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    return [tuple(x) for x in json.loads(text)]  # type: ignore[misc]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=12)
    parser.add_argument("--out", type=Path, default=Path("/tmp/event-day"))
    parser.add_argument("--display", default=":95")
    parser.add_argument("--participants", type=int, default=2000)
    args = parser.parse_args()
    out: Path = args.out
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    env = {**os.environ, "DISPLAY": args.display, "FORUMDESK_LOG_DIR": str(out / "logs")}
    env.pop("QT_QPA_PLATFORM", None)
    db = out / "forum.db"
    forumdesk = str(Path(sys.executable).with_name("forumdesk"))
    sh(forumdesk, "demo", "--db", str(db), "--participants", str(args.participants), env=env)
    # The desk's supervisor sets a PIN before opening (else the app asks for one first).
    subprocess.run(
        [forumdesk, "supervisor-pin", "--db", str(db)],
        input="4821\n",
        text=True,
        env=env,
        check=True,
        capture_output=True,
    )
    people = payloads(db, 300)

    xvfb = subprocess.Popen(
        ["Xvfb", args.display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"]
    )
    time.sleep(1.5)
    stderr = (out / "stderr.txt").open("w")
    app = subprocess.Popen(
        [forumdesk, "--db", str(db)], env=env, stdout=subprocess.DEVNULL, stderr=stderr
    )
    problems: list[str] = []
    memory: list[tuple[float, float]] = []
    try:
        window = ""
        for _ in range(60):
            found = sh(
                "xdotool", "search", "--onlyvisible", "--name", "ForumDesk", env=env, check=False
            ).splitlines()
            if found:
                window = found[0]
                break
            time.sleep(1)
        if not window:
            problems.append("the window never appeared")
            return 1
        # No window manager on Xvfb: give the window the input focus itself, so Qt takes
        # it as the active window (its F-key shortcuts work only then).
        sh("xdotool", "windowfocus", "--sync", window, env=env, check=False)
        time.sleep(2)

        def key(*keys: str) -> None:
            sh("xdotool", "key", *keys, env=env, check=False)

        def typed(text: str, delay_ms: int) -> None:
            sh("xdotool", "type", "--delay", str(delay_ms), text, env=env, check=False)

        def shot(name: str) -> None:
            sh("import", "-window", "root", str(out / f"{name}.png"), env=env, check=False)

        for i, page in enumerate(PAGES):
            key(f"F{i + 1}")
            time.sleep(2.5)
            shot(f"page-{page}")
        key("F1")
        rng = random.Random(7)
        start = time.monotonic()
        end = start + args.minutes * 60
        next_sample = start
        scans = names = 0
        dashboard_from, dashboard_to = start + args.minutes * 20, start + args.minutes * 35
        on_dashboard = False
        while time.monotonic() < end:
            now = time.monotonic()
            if now >= next_sample:
                if app.poll() is not None:
                    problems.append(f"the app exited with {app.returncode}")
                    break
                memory.append((round((now - start) / 60, 1), round(rss_mb(app.pid), 1)))
                next_sample += 60
            want_dashboard = dashboard_from <= now < dashboard_to
            if want_dashboard != on_dashboard:
                key("F5" if want_dashboard else "F1")
                on_dashboard = want_dashboard
                time.sleep(1)
                if want_dashboard:
                    shot("dashboard-during-scans")
            roll = rng.random()
            _code, family, payload = rng.choice(people)
            if roll < 0.6:  # a scanner: a burst at 4 ms a key, then Enter
                typed(payload if rng.random() > 0.03 else payload[:-6] + "AAAAAA", 4)
                key("Return")
                scans += 1
            elif roll < 0.8 and not on_dashboard:  # a person types a name, then picks it
                key("F1")
                typed(family[:6], 90)
                time.sleep(0.8)
                key("Return")
                names += 1
            elif not on_dashboard:  # a look at another page, then back to the desk
                key(f"F{rng.randint(2, 6)}")
                time.sleep(1.5)
                key("F1")
            time.sleep(rng.uniform(1.0, 3.0))
        shot("end")
        alive = app.poll() is None
        if not alive:
            problems.append(f"the app is gone (exit {app.returncode})")
        log_text = "".join(p.read_text(errors="replace") for p in (out / "logs").glob("*.log*"))
        if "Traceback" in log_text:
            problems.append("the log holds a traceback")
        if "Traceback" in (out / "stderr.txt").read_text(errors="replace"):
            problems.append("stderr holds a traceback")
        summary = {
            "minutes": args.minutes,
            "scans": scans,
            "names typed": names,
            "memory MB by minute": memory,
            "alive": alive,
            "problems": problems,
        }
        (out / "summary.json").write_text(json.dumps(summary, indent=2))
        print(json.dumps(summary, indent=2))
        return 0 if not problems else 1
    finally:
        if app.poll() is None:
            app.terminate()
            try:
                app.wait(10)
            except subprocess.TimeoutExpired:
                app.kill()
        xvfb.terminate()


if __name__ == "__main__":
    raise SystemExit(main())
