"""The automatic scheduler: exact small cases, fixed meetings, reasons, the CLI contract."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.desk import Forum
from desktop.meetings.board import (
    Board,
    DelegationInfo,
    InterpreterInfo,
    MeetingInfo,
    RequestInfo,
    Slot,
    Table,
    UnavailableTime,
)
from desktop.meetings.scheduler import schedule

T0 = datetime(2026, 6, 2, 6, 0, tzinfo=UTC)


def _board(
    n_slots: int,
    n_tables: int,
    dels: list[tuple[str, tuple[str, ...]]],
    reqs: list[tuple[str, str, int]],
    **kw: object,
) -> Board:
    return Board(
        zone=UTC,
        slots=[
            Slot(f"s{i}", T0 + timedelta(minutes=30 * i), T0 + timedelta(minutes=30 * (i + 1)))
            for i in range(n_slots)
        ],
        tables=[Table(f"t{i}", f"Table {i + 1}", sort=i) for i in range(n_tables)],
        delegations=[DelegationInfo(d, d.title(), "XX", langs) for d, langs in dels],
        requests=[RequestInfo(f"r{i}", a, b, p) for i, (a, b, p) in enumerate(reqs)],
        **kw,  # type: ignore[arg-type]
    )


def test_known_optimum_prefers_weight_over_count() -> None:
    # One slot, one table: the hub can meet only one partner; priority 3 beats 1 + 1.
    dels = [(x, ("ru",)) for x in ("hub", "a", "b", "c")]
    board = _board(1, 2, dels, [("hub", "a", 3), ("b", "c", 1), ("hub", "b", 2)])
    r = schedule(board, time_limit=2)
    assert r.status == "OPTIMAL" and r.weight == 4 and r.bound == 4
    assert {p.request_id for p in r.placed} == {"r0", "r1"}
    (u,) = r.unplaced
    assert u.request_id == "r2" and u.code == "no_common_free_slot"
    assert u.reason == "no common free slot for Hub and B"


def test_table_count_and_concrete_tables() -> None:
    dels = [(x, ("ru",)) for x in "abcdef"]
    board = _board(2, 1, dels, [("a", "b", 1), ("c", "d", 1), ("e", "f", 1)])
    r = schedule(board, time_limit=2)
    assert r.weight == 2 and r.status == "OPTIMAL"
    assert len({(p.slot_id, p.table_id) for p in r.placed}) == 2
    assert r.unplaced[0].code == "tables_full"


def test_interpreters_are_matched_and_missing_languages_reported() -> None:
    dels = [
        ("kazan", ("ru",)),
        ("havana", ("es",)),
        ("rio", ("pt",)),
        ("tehran", ("fa",)),
        ("moscow", ("ru",)),
    ]
    interp = [
        InterpreterInfo("elena", "Elena", ("es", "ru")),
        InterpreterInfo("carla", "Carla", ("pt", "es", "ru")),
    ]
    board = _board(
        1,
        5,
        dels,
        [("kazan", "havana", 1), ("moscow", "rio", 1), ("tehran", "rio", 1)],
        interpreters=interp,
    )
    r = schedule(board, time_limit=2)
    by = {p.request_id: p for p in r.placed}
    # Only Carla speaks pt: she must take Moscow–Rio, so Elena takes Kazan–Havana.
    assert by["r0"].interpreter_id == "elena" and by["r1"].interpreter_id == "carla"
    (u,) = r.unplaced
    assert u.code == "no_interpreter" and u.reason == "no interpreter for fa–pt"


def test_booked_meetings_are_not_moved_and_unavailability_respected() -> None:
    dels = [(x, ("en",)) for x in ("kazan", "havana", "moscow", "delhi")]
    fixed = MeetingInfo(
        "m1", "s0", "t0", ("kazan", "havana"), status="confirmed", provisional=False
    )
    away = UnavailableTime("u1", "delhi", T0, T0 + timedelta(hours=1))
    board = _board(
        2,
        1,
        dels,
        [("kazan", "moscow", 3), ("moscow", "delhi", 1)],
        meetings=[fixed],
        unavailable=[away],
    )
    r = schedule(board, time_limit=2)
    (p,) = r.placed
    assert p.request_id == "r0" and p.slot_id == "s1"
    (u,) = r.unplaced
    assert u.code == "delegation_unavailable" and "Delhi" in u.reason


def test_cli_schedule_json_contract(demo_db: Path, tmp_path: Path) -> None:
    import shutil

    db = tmp_path / "demo.db"
    shutil.copy(demo_db, db)
    cmd = [
        sys.executable,
        "-m",
        "desktop.cli",
        "meetings",
        "schedule",
        "--db",
        str(db),
        "--json",
        "--time-limit",
        "3",
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=90)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert set(out) == {"placed", "unplaced"} and out["placed"]
    f = Forum.open(db)
    try:
        names = {d.name for d in f.meetings.delegations()}
        tables = {t.name for t in f.meetings.board().tables}
        booked = f.meetings.meetings()
    finally:
        f.close()
    assert len(booked) == len(out["placed"])
    for item in out["placed"]:
        assert set(item) == {"delegations", "start", "end", "table", "interpreter"}
        assert len(item["delegations"]) == 2 and set(item["delegations"]) <= names
        start, end = datetime.fromisoformat(item["start"]), datetime.fromisoformat(item["end"])
        assert start.utcoffset() is not None and end > start
        assert item["table"] in tables
        assert item["interpreter"] is None or isinstance(item["interpreter"], str)
    for item in out["unplaced"]:
        assert set(item) == {"delegations", "reason"} and item["reason"]
    # A second run places nothing new and moves nothing.
    again = json.loads(
        subprocess.run(cmd, capture_output=True, text=True, timeout=90, check=True).stdout
    )
    assert again["placed"] == []


def test_the_grid_shows_without_loading_the_solver(demo_db: Path, tmp_path: Path) -> None:
    """OR-Tools (which loads pandas) costs half a second: only solving a schedule loads it."""
    import shutil
    import textwrap

    db = tmp_path / "demo.db"
    shutil.copy(demo_db, db)
    script = textwrap.dedent(
        """
        import json, sys
        import desktop.services.meetings
        from desktop.desk import Forum

        heavy = ("ortools", "pandas")
        forum = Forum.open(sys.argv[1])
        board = forum.meetings.board()
        grid = forum.meetings.grid()
        shown = [m for m in heavy if m in sys.modules]
        run = forum.meetings.schedule(time_limit=2, write=False)
        solved = [m for m in heavy if m in sys.modules]
        forum.close()
        print(json.dumps({
            "requests": len(board.requests), "slots": len(grid.slots),
            "placed": len(run.result.placed), "shown": shown, "solved": solved,
        }))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(db)], capture_output=True, text=True, timeout=90
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["requests"] and out["slots"] and out["placed"]
    assert out["shown"] == []
    assert "ortools" in out["solved"]


def test_cli_agenda_unknown_delegation_exit_2_no_file(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "agenda.pdf"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.cli",
            "meetings",
            "agenda",
            "--db",
            str(demo_db),
            "--delegation",
            "Atlantis",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "Atlantis" in done.stderr and not out.exists()
