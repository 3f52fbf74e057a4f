"""The check-in page as a desk operator uses it: scanner, search, undo, override."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import io
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.badges.payload import encode_badge
from desktop.db import setup
from desktop.db.models import Category, Delegation, Participant
from desktop.desk import Forum
from desktop.domain import keys
from ui.context import AppContext, AppSignals
from ui.settings import DeskSettings
from ui.tasks import BackgroundRunner

SHOTS = Path(os.environ.get("FORUMDESK_SHOTS", "")) if os.environ.get("FORUMDESK_SHOTS") else None


def _photo() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (240, 300), "#c9d6df")
    draw = ImageDraw.Draw(image)
    draw.ellipse((70, 40, 170, 150), fill="#8d6e63")
    draw.rectangle((40, 170, 200, 300), fill="#37474f")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def make_forum(path: Path) -> Forum:
    forum = Forum.open(path, operator="anna")
    forum.ensure_event("BRICS Municipal Forum", timezone="Europe/Moscow")
    with forum.session() as s:
        event = setup.current_event(s)
        assert event is not None
        cats = {c.code: c.id for c in s.query(Category).filter_by(event_id=event.id)}
        kazan = Delegation(event_id=event.id, name="Kazan", country="RU")
        zheng = Delegation(event_id=event.id, name="Zhengzhou", country="CN")
        cairo = Delegation(event_id=event.id, name="Cairo", country="EG")
        s.add_all([kazan, zheng, cairo])
        s.flush()
        people = [
            ("KZN-001", "Ильсур", "Метшин", "Ilsur", "Metshin", kazan, "head", "Mayor of Kazan"),
            ("ZZ-002", "伟", "张", "Wei", "Zhang", zheng, "delegate", "Deputy Mayor"),
            ("CAI-003", "أمينة", "حسن", "Amina", "Hassan", cairo, "media", "Journalist"),
        ]
        for code, gn, fn, gl, fl, deleg, cat, title in people:
            s.add(
                Participant(
                    event_id=event.id,
                    registration_code=code,
                    badge_id=secrets.randbits(63),
                    given_name=gn,
                    family_name=fn,
                    given_name_latin=gl,
                    family_name_latin=fl,
                    delegation_id=deleg.id,
                    country=deleg.country,
                    category_id=cats[cat],
                    title=title,
                    organisation="City administration",
                    photo=_photo() if code == "KZN-001" else None,
                )
            )
    return forum


@pytest.fixture()
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    forum = make_forum(tmp_path / "desk.db")
    settings = DeskSettings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    settings.sounds = False
    forum.supervisor.set("4321")
    context = AppContext(forum, settings, BackgroundRunner(), AppSignals())
    yield context
    context.runner.wait(5000)
    forum.checkin.close()
    forum.close()


@pytest.fixture()
def window(qtbot, ctx: AppContext):  # type: ignore[no-untyped-def]
    """The page inside a window that also has another text field and a button."""
    from ui.pages.checkin import CheckinPage

    host = QWidget()
    layout = QVBoxLayout(host)
    elsewhere = QLineEdit()
    elsewhere.setObjectName("elsewhere")
    button = QPushButton("Elsewhere")
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    page = CheckinPage(ctx)
    layout.addWidget(elsewhere)
    layout.addWidget(button)
    layout.addWidget(page, 1)
    qtbot.addWidget(host)
    host.resize(1280, 820)
    host.show()
    qtbot.waitExposed(host)
    host.page, host.elsewhere, host.button = page, elsewhere, button
    return host


def scan(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def shoot(widget: QWidget, name: str) -> None:
    if SHOTS is not None:
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()  # let a pending re-layout run before the picture
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


def test_scanner_admits_in_green_with_both_names(qtbot, window, ctx) -> None:  # type: ignore[no-untyped-def]
    page = window.page
    changed: list[bool] = []
    ctx.signals.checkins_changed.connect(lambda: changed.append(True))
    assert page.field.hasFocus()
    scan(qtbot, page.field, ctx.forum.checkin.qr_for("KZN-001"))
    panel = page.panel
    assert panel.state == "admitted" and panel.colour == "#1B7F3B"
    assert "Welcome" in panel.headline.text()
    assert panel.name_label.text().lstrip("\u200e\u200f") == "Ильсур Метшин"
    assert panel.latin_label.text() == "Ilsur Metshin"
    assert "Kazan" in panel.delegation_label.text() and "Russia" in panel.delegation_label.text()
    assert panel.category_chip.text() == "Head of delegation"
    assert panel.photo.isVisible()
    assert page.field.text() == "" and page.field.hasFocus()
    assert "This desk today: 1" in page.counters.text()
    assert changed
    shoot(window, "checkin-admitted")


def test_scanner_input_is_caught_when_focus_wandered(qtbot, window, ctx) -> None:  # type: ignore[no-untyped-def]
    page = window.page
    qr = ctx.forum.checkin.qr_for("ZZ-002")
    window.elsewhere.setFocus()
    qtbot.waitUntil(window.elsewhere.hasFocus)
    scan(qtbot, window.elsewhere, qr)
    assert page.panel.state == "admitted"
    assert page.panel.name_label.text().lstrip("\u200e\u200f") == "张伟"
    assert window.elsewhere.text() == ""  # the burst was taken back out of that field
    # Focus on a button: the keys go straight to the scan field.
    window.button.setFocus()
    qtbot.waitUntil(window.button.hasFocus)
    scan(qtbot, window.button, qr)
    panel = page.panel
    assert panel.state == "already_in" and panel.colour == "#F2A900"
    assert "Already checked in" in panel.headline.text()
    assert "Re-entry is allowed" in panel.reason_label.text()
    assert ctx.forum.actor.desk in panel.reason_label.text()
    shoot(window, "checkin-already-in")


def test_a_person_typing_elsewhere_is_left_alone(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.elsewhere.setFocus()
    qtbot.waitUntil(window.elsewhere.hasFocus)
    qtbot.keyClicks(window.elsewhere, "hello", delay=80)
    qtbot.keyClick(window.elsewhere, Qt.Key.Key_Return)
    assert window.elsewhere.text() == "hello"
    assert window.page.panel.state == "idle"


def test_forged_badge_is_red_with_plain_words(qtbot, window, ctx) -> None:  # type: ignore[no-untyped-def]
    page = window.page
    forger, _ = keys.generate_keypair()
    desk = ctx.forum.desk()
    forged = encode_badge(
        event_tag=ctx.forum.event().tag,
        badge_id=12345,
        badge_version=1,
        key_id=desk.key_id,
        private_key=forger,
    )
    scan(qtbot, page.field, forged)
    panel = page.panel
    assert panel.state == "rejected" and panel.colour == "#C62828"
    assert "Not admitted" in panel.headline.text()
    assert "Forged badge" in panel.reason_label.text()
    assert not page.override_button.isEnabled()
    shoot(window, "checkin-rejected-forged")


def test_zone_not_allowed_then_supervisor_override(qtbot, window, ctx) -> None:  # type: ignore[no-untyped-def]
    page = window.page
    page.zone_box.setCurrentIndex(page.zone_box.findData("vip"))
    assert ctx.settings.zone == "vip"
    scan(qtbot, page.field, ctx.forum.checkin.qr_for("ZZ-002"))
    assert page.panel.state == "rejected"
    assert "Not allowed in this zone" in page.panel.reason_label.text()
    assert page.panel.name_label.text().lstrip("\u200e\u200f") == "张伟"
    shoot(window, "checkin-rejected-zone")
    assert page.override_button.isEnabled()
    qtbot.mouseClick(page.override_button, Qt.MouseButton.LeftButton)
    dialog = page.override_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.pin.setText("0000")
    dialog.reason.setText("Invited by the host mayor")
    dialog.accept()
    assert dialog.isVisible() and "Wrong PIN" in dialog.error.text()
    dialog.pin.setText("4321")
    dialog.supervisor.setText("Olga")
    dialog.accept()
    assert page.panel.state == "admitted"
    assert "supervisor override" in page.panel.reason_label.text()


def test_undo_the_last_check_in(qtbot, window, ctx) -> None:  # type: ignore[no-untyped-def]
    page = window.page
    scan(qtbot, page.field, "kzn-001")
    assert page.panel.state == "admitted"
    assert "Inside now: 1" in page.counters.text()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert "undone" in page.panel.headline.text()
    assert "Ильсур Метшин" in page.panel.reason_label.text()
    assert "Inside now: 0" in page.counters.text()
    shoot(window, "checkin-undone")
    scan(qtbot, page.field, "KZN-001")
    assert page.panel.state == "admitted"  # not "already in": the undone one no longer counts


def test_undo_takes_back_only_the_admission_on_screen(qtbot, window, ctx) -> None:  # type: ignore[no-untyped-def]
    """Seen on the event-day run: an amber "already in" on screen, Undo silently undid
    somebody admitted minutes earlier."""
    page = window.page
    scan(qtbot, page.field, "KZN-001")
    assert page.panel.state == "admitted"
    scan(qtbot, page.field, "KZN-001")
    assert page.panel.state == "already_in"
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert "Nothing to undo" in page.panel.headline.text()
    assert "Inside now: 1" in page.counters.text()  # Ильсур Метшин is still in
    assert not any(r.result == "undone" for r in ctx.forum.checkin.recent(10))


def test_search_as_you_type_then_arrows_and_enter(qtbot, window, ctx) -> None:  # type: ignore[no-untyped-def]
    page = window.page
    qtbot.keyClicks(page.field, "hassan", delay=70)  # a person typing, not a scanner
    # The one match of the whole word is chosen, and named, before the Enter.
    qtbot.waitUntil(
        lambda: page.field.text() == "hassan" and "Amina Hassan" in page.hint.text(),
        timeout=15000,
    )
    assert "أمينة حسن" in page.results.item(0).text()
    shoot(window, "checkin-search")
    qtbot.keyClick(page.field, Qt.Key.Key_Down)
    qtbot.keyClick(page.field, Qt.Key.Key_Up)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert page.panel.state == "admitted"
    assert page.panel.latin_label.text() == "Amina Hassan"
    assert ctx.forum.checkin.recent(1)[0].method == "search"
    assert not page.results.isVisible()


def test_unknown_code_and_check_out(qtbot, window, ctx) -> None:  # type: ignore[no-untyped-def]
    page = window.page
    scan(qtbot, page.field, "NOPE-404")
    assert page.panel.state == "rejected"
    assert "Unknown code" in page.panel.reason_label.text()
    scan(qtbot, page.field, "CAI-003")
    qtbot.mouseClick(page.out_button, Qt.MouseButton.LeftButton)
    scan(qtbot, page.field, "CAI-003")
    assert page.panel.state == "admitted" and "Checked out" in page.panel.headline.text()
    shoot(window, "checkin-out")
