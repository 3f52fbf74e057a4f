"""The end-of-day PDF and the report commands: exit codes, no file on a bad argument."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import UTC, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.db.models import Category, Participant
from desktop.desk import Forum


@pytest.fixture
def day_forum(demo_forum: Forum) -> tuple[Forum, str]:
    """The demo forum with a morning of check-ins: heads, delegates, a rejection."""
    event = demo_forum.event()
    assert event.start_date is not None
    tz = ZoneInfo(event.timezone)
    moment = [datetime.combine(event.start_date, time(8, 30), tzinfo=tz)]
    demo_forum.checkin.now = lambda: moment[0].astimezone(UTC)
    with demo_forum.session() as s:
        codes = s.execute(
            select(Participant.registration_code, Category.code)
            .join(Category, Category.id == Participant.category_id)
            .where(Participant.status == "registered")
            .order_by(Participant.registration_code)
        ).all()
    delegates = [c for c, cat in codes if cat == "delegate"][:20]
    heads = [c for c, cat in codes if cat == "head"][:3]
    for i, code in enumerate(delegates + heads):
        moment[0] = moment[0].replace(minute=30 + i)
        demo_forum.checkin.scan(code, "main")
    demo_forum.checkin.scan("NOPE-1", "main")
    return demo_forum, event.start_date.isoformat()


def test_day_report_pdf_has_the_numbers_and_names(
    day_forum: tuple[Forum, str], tmp_path: Path
) -> None:
    forum, day = day_forum
    out = tmp_path / "day.pdf"
    totals = forum.reports.day_report(datetime.fromisoformat(day).date(), out)
    assert totals.arrived == 23 and totals.rejections == 1
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "End-of-day report" in text and forum.event().name in text
    for words in ("Registered", "Arrived", "Not arrived", "Rejections", "Flagged duplicates"):
        assert words in text
    assert "Arrivals by category" in text and "Arrivals by country" in text
    assert "Heads of delegation and VIPs not arrived" in text
    assert "Main entrance" in text and "Unknown code" in text
    watch = forum.reports.watch_list(datetime.fromisoformat(day).date())
    assert f"not arrived ({len(watch)})" in text
    latin_names = [w.latin_name for w in watch]
    assert sum(1 for n in latin_names if n in text) >= len(latin_names) * 0.8
    # names in their own script: some Cyrillic or Arabic text made it in as real text
    assert any("\u0400" <= ch <= "\u04ff" or "\u0600" <= ch <= "\u06ff" for ch in text)


def test_cli_export_report_stats(
    day_forum: tuple[Forum, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    forum, day = day_forum
    db = str(tmp_path / "demo.db")
    forum.close()
    for kind, name in (("checkins", "c.csv"), ("attendance", "a.xlsx"), ("checkins", "c.xlsx")):
        assert main(["export", kind, "--db", db, "--out", str(tmp_path / name)]) == 0
        assert (tmp_path / name).stat().st_size > 100
    assert "written to" in capsys.readouterr().out
    assert (
        main(["export", "checkins", "--db", db, "--out", str(tmp_path / "d.csv"), "--day", day])
        == 0
    )
    assert (tmp_path / "d.csv").read_text(encoding="utf-8-sig").count("\n") == 25

    capsys.readouterr()
    pdf = tmp_path / "r.pdf"
    assert main(["report", "--db", db, "--day", day, "--out", str(pdf), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["totals"]["arrived"] == 23 and pdf.exists()

    assert main(["stats", "--db", db, "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["totals"]["arrived"] == 23 and stats["watch_list"]


@pytest.mark.parametrize(
    "args",
    [
        ["export", "checkins", "--out", "x.pdf"],
        ["export", "attendance", "--out", "x.txt"],
        ["export", "checkins", "--out", "x.csv", "--day", "2025-02-30"],
        ["report", "--day", "yesterday", "--out", "r.pdf"],
        ["report", "--day", "2025-06-03", "--out", "r.csv"],
        ["report", "--day", "03.06.2025", "--out", "r.pdf"],
    ],
)
def test_cli_bad_arguments_exit_2_without_a_file(
    demo_db: Path, tmp_path: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.db"
    shutil.copy(demo_db, db)
    args = [tmp_path.joinpath(a).as_posix() if a.startswith(("x.", "r.")) else a for a in args]
    assert main([*args, "--db", str(db)]) == 2
    assert "forumdesk:" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.db"]


def test_cli_missing_database_is_an_error(tmp_path: Path) -> None:
    code = main(
        ["export", "checkins", "--db", str(tmp_path / "none.db"), "--out", str(tmp_path / "c.csv")]
    )
    assert code == 1 and not (tmp_path / "c.csv").exists()
