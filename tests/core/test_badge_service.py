"""Badge service and CLI: print order, print log, reprints against check-in, errors, cancel."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sqlalchemy import select

from desktop.badges import qr as badge_qr
from desktop.badges.payload import BASE32
from desktop.cli import main as cli_main
from desktop.db.models import BadgePrint, BadgeVersion, ChangeLog
from desktop.desk import Forum
from desktop.errors import Conflict, InvalidInput, NotFound
from desktop.services.badges import BadgeRenderCancelled, BadgeSelection
from desktop.services.participants import ParticipantFilter, WalkIn


def _codes(forum: Forum, **flt: str) -> list[str]:
    return [s.registration_code for s in forum.participants.summaries(ParticipantFilter(**flt))]


def _order_key(forum: Forum, code: str) -> tuple[str, str, str]:
    d = forum.participants.get(code)
    return (
        d.delegation.casefold(),
        (d.family_name_latin or d.family_name).casefold(),
        (d.given_name_latin or d.given_name).casefold(),
    )


def test_batch_order_is_delegation_then_latin_name(demo_forum: Forum) -> None:
    codes = demo_forum.badges.select()
    registered = _codes(demo_forum, status="registered")
    assert sorted(codes) == sorted(registered)  # every registered person, none cancelled
    keys = [_order_key(demo_forum, c) for c in codes]
    assert keys == sorted(keys)
    # the same people asked for in another order come out in the same order
    some = codes[::7]
    shuffled = list(some)
    random.Random(3).shuffle(shuffled)
    assert demo_forum.badges.select(BadgeSelection(codes=tuple(shuffled))) == some


def test_selection_by_delegation_and_category(demo_forum: Forum) -> None:
    first = demo_forum.participants.get(demo_forum.badges.select()[0])
    by_delegation = demo_forum.badges.select(BadgeSelection(delegation=first.delegation.upper()))
    assert by_delegation and first.registration_code in by_delegation
    assert all(demo_forum.participants.get(c).delegation == first.delegation for c in by_delegation)
    by_category = demo_forum.badges.select(BadgeSelection(category=first.category_name))
    assert all(
        demo_forum.participants.get(c).category_code == first.category_code for c in by_category
    )
    with pytest.raises(NotFound):
        demo_forum.badges.select(BadgeSelection(delegation="Atlantis"))
    with pytest.raises(NotFound):
        demo_forum.badges.select(BadgeSelection(category="Astronaut"))
    with pytest.raises(NotFound):
        demo_forum.badges.select(BadgeSelection(codes=("NOPE-1",)))


def test_badge_data_carries_names_category_and_a_qr_that_admits(demo_forum: Forum) -> None:
    code = demo_forum.badges.select()[0]
    d = demo_forum.participants.get(code)
    b = demo_forum.badges.badge_data(code)
    assert (b.given_name, b.family_name, b.delegation) == (
        d.given_name,
        d.family_name,
        d.delegation,
    )
    assert (b.category_name, b.category_colour) == (d.category_name, d.category_colour)
    assert b.registration_code == code and b.event_name
    zone = demo_forum.checkin.zones()[0].code
    assert demo_forum.checkin.scan(b.qr_payload, zone).result == "admitted"


def test_render_logs_each_badge_printed_with_its_change_record(
    demo_forum: Forum, tmp_path: Path
) -> None:
    codes = demo_forum.badges.select()[:5]
    assert not any(demo_forum.badges.was_printed(c) for c in codes)
    out = tmp_path / "five.pdf"
    assert demo_forum.badges.render(codes, out, layout="cr80") == 5
    assert out.read_bytes().startswith(b"%PDF")
    with demo_forum.session() as s:
        prints = s.scalars(select(BadgePrint)).all()
        changes = s.scalars(
            select(ChangeLog).where(ChangeLog.entity == "badge", ChangeLog.op == "print")
        ).all()
        assert len(prints) == 5 and len(changes) == 5
        assert {p.layout for p in prints} == {"cr80"}
        assert {p.desk for p in prints} == {demo_forum.actor.desk}
        assert {c.data["registration_code"] for c in changes} == set(codes)
        assert all(c.data["version"] == 1 and c.origin == demo_forum.actor.desk for c in changes)
    status = demo_forum.badges.print_status([*codes, demo_forum.badges.select()[10]])
    assert all(status[c].printed and status[c].current_printed for c in codes)
    assert not status[demo_forum.badges.select()[10]].printed
    assert all(demo_forum.badges.was_printed(c) for c in codes)


def test_preview_is_not_logged(demo_forum: Forum, tmp_path: Path) -> None:
    code = demo_forum.badges.select()[0]
    demo_forum.badges.preview(code, tmp_path / "p.pdf", "a6")
    assert (tmp_path / "p.pdf").exists()
    assert not demo_forum.badges.was_printed(code)


def test_reprint_needs_a_reason_and_supersedes_the_old_qr(demo_forum: Forum) -> None:
    code = demo_forum.badges.select()[3]
    zone = demo_forum.checkin.zones()[0].code
    old_qr = demo_forum.checkin.qr_for(code)
    with pytest.raises(InvalidInput):
        demo_forum.badges.reprint(code, "   ")
    assert demo_forum.badges.reprint(code, "lost at the hotel") == 2
    assert demo_forum.participants.get(code).badge_version == 2
    with demo_forum.session() as s:
        versions = {v.version: v for v in s.scalars(select(BadgeVersion))}
        assert versions[1].revoked and not versions[2].revoked
        assert versions[2].reason == "lost at the hotel"
        issue = s.scalars(select(ChangeLog).where(ChangeLog.op == "issue")).one()
        assert (issue.entity, issue.data["version"], issue.data["reason"]) == (
            "badge",
            2,
            "lost at the hotel",
        )
    old = demo_forum.checkin.scan(old_qr, zone)
    assert (old.result, old.reason) == ("rejected", "superseded")
    new_qr = demo_forum.badges.badge_data(code).qr_payload
    assert new_qr != old_qr
    assert demo_forum.checkin.scan(new_qr, zone).result == "admitted"
    assert demo_forum.badges.reprint(code, "misspelt name") == 3
    assert demo_forum.checkin.scan(new_qr, zone).reason == "superseded"


def test_walk_in_then_badge_at_once(demo_forum: Forum, tmp_path: Path) -> None:
    person = demo_forum.participants.register_walk_in(
        WalkIn(
            given_name="Ильсур",
            family_name="Метшин",
            delegation="Kazan",
            country="RU",
            category=demo_forum.event().categories[0][0],
        )
    )
    out = tmp_path / "walkin.pdf"
    assert demo_forum.badges.render([person.registration_code], out) == 1
    assert demo_forum.badges.was_printed(person.registration_code)


def test_cancelled_batch_leaves_no_file_and_logs_nothing(demo_forum: Forum, tmp_path: Path) -> None:
    out = tmp_path / "batch.pdf"
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 3

    with pytest.raises(BadgeRenderCancelled):
        demo_forum.badges.render(BadgeSelection(), out, progress=progress)
    assert not out.exists()
    assert not list(tmp_path.glob("*.pdf"))
    assert seen[-1][0] == 3 and seen[-1][1] == len(demo_forum.badges.select())
    with demo_forum.session() as s:
        assert s.scalars(select(BadgePrint)).first() is None


def _cli(demo_forum: Forum, *args: str) -> int:
    path = str(demo_forum.db.engine.url.database)
    return cli_main(["badges", "--db", path, *args])


def test_cli_writes_the_selection_and_says_how_many(
    demo_forum: Forum, tmp_path: Path, capsys: Any
) -> None:
    codes = demo_forum.badges.select()[:2]
    out = tmp_path / "two.pdf"
    args = ["--out", str(out), "--layout", "a4-sheet"]
    assert _cli(demo_forum, *args, "--participant", codes[0], "--participant", codes[1]) == 0
    assert out.exists() and "2 badges written" in capsys.readouterr().out
    delegation = demo_forum.participants.get(codes[0]).delegation
    out2 = tmp_path / "deleg.pdf"
    assert _cli(demo_forum, "--out", str(out2), "--delegation", delegation) == 0
    assert out2.exists()


@pytest.mark.parametrize(
    "selector",
    [
        ["--participant", "NOPE-000"],
        ["--delegation", "Atlantis"],
        ["--category", "Astronaut"],
    ],
)
def test_cli_unknown_selector_exits_2_without_a_file(
    demo_forum: Forum, tmp_path: Path, capsys: Any, selector: list[str]
) -> None:
    out = tmp_path / "none.pdf"
    assert _cli(demo_forum, "--out", str(out), *selector) == 2
    assert not out.exists() and not list(tmp_path.glob("*.pdf"))
    err = capsys.readouterr().err
    assert selector[1] in err and "no file written" in err


def test_qr_fallback_encoder_matches_version_and_scans() -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    rng = random.Random(5)
    for _ in range(10):
        text = "".join(rng.choice(BASE32) for _ in range(rng.choice((128, 130))))
        fast, slow = badge_qr.qr_matrix(text), badge_qr.qrcode_matrix(text)
        assert fast.shape == slow.shape and fast.shape[0] - 2 * badge_qr.QUIET_ZONE == 41  # v6
        for matrix in (fast, slow):
            image = np.kron((~matrix).astype(np.uint8) * 255, np.ones((4, 4), np.uint8))
            found = zxingcpp.read_barcodes(image)
            assert [r.text for r in found] == [text] and found[0].ec_level == "M"


def test_a_reprint_becomes_current_only_when_printed_or_saved(
    demo_forum: Forum, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.badges.payload import decode_badge
    from desktop.services import badges as badge_module

    code = demo_forum.badges.select()[5]
    zone = demo_forum.checkin.zones()[0].code
    old_qr = demo_forum.checkin.qr_for(code)
    pending = demo_forum.badges.prepare_reprint(code, "lost at the hotel")
    assert (pending.version, pending.replaces) == (2, 1)
    # Reason given, print dialog cancelled: nothing changed, the old badge still admits.
    assert demo_forum.participants.get(code).badge_version == 1
    assert demo_forum.checkin.scan(old_qr, zone).result == "admitted"

    # The badge that goes to the printer already carries version 2 ...
    drawn: list[Any] = []
    real = badge_module.render_badges
    monkeypatch.setattr(
        badge_module,
        "render_badges",
        lambda data, out, **k: drawn.extend(data) or real(data, out, **k),
    )
    out = tmp_path / "reprint.pdf"
    demo_forum.badges.render([code], out, "a6", record=False, reissue=pending)
    new_qr = drawn[0].qr_payload
    assert decode_badge(new_qr).badge_version == 2
    assert demo_forum.participants.get(code).badge_version == 1  # not printed yet
    # ... and becomes current when the printer took it.
    demo_forum.badges.record_prints([code], "a6", reissue=pending)
    assert demo_forum.participants.get(code).badge_version == 2
    assert demo_forum.checkin.scan(old_qr, zone).reason == "superseded"
    assert demo_forum.checkin.scan(new_qr, zone).result in ("admitted", "already_in")
    with demo_forum.session() as s:
        prints = list(s.scalars(select(BadgePrint)))
        assert [(p.version, p.layout) for p in prints] == [(2, "a6")]
        issue = s.scalars(select(ChangeLog).where(ChangeLog.op == "issue")).one()
        assert issue.data["reason"] == "lost at the hotel"
    # The same pending reprint cannot be issued twice.
    with pytest.raises(Conflict):
        demo_forum.badges.record_prints([code], "a6", reissue=pending)


def test_a_reprint_saved_as_pdf_is_issued_with_the_file(demo_forum: Forum, tmp_path: Path) -> None:
    code = demo_forum.badges.select()[6]
    pending = demo_forum.badges.prepare_reprint(code, "name misspelt")
    assert demo_forum.badges.render([code], tmp_path / "r.pdf", "a6", reissue=pending) == 1
    assert demo_forum.participants.get(code).badge_version == 2
    assert demo_forum.badges.print_status([code])[code].current_printed
