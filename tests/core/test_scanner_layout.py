"""A scanner typing through a Russian keyboard layout still checks people in."""

from __future__ import annotations

from desktop.badges.payload import decode_badge, from_russian_layout
from desktop.services.forum import Forum

_US = "QWERTYUIOPASDFGHJKLZXCVBNM:./$"
_RU = "ЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬЖю.;"


def typed_on_russian_layout(text: str) -> str:
    """What a keyboard-wedge scanner produces for ``text`` when the layout is Russian."""
    return text.translate(str.maketrans(_US, _RU))


def test_layout_mapping_round_trips_the_base45_alphabet() -> None:
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
    assert from_russian_layout(typed_on_russian_layout(alphabet)) == alphabet


def test_payload_typed_through_russian_layout_admits(demo_forum: Forum) -> None:
    code = demo_forum.participants.summaries()[5].registration_code
    genuine = demo_forum.checkin.qr_for(code)
    garbled = typed_on_russian_layout(genuine)
    assert garbled != genuine
    assert decode_badge(garbled) == decode_badge(genuine)
    decision = demo_forum.checkin.scan(garbled + "\r\n", "main")
    assert decision.participant is not None
    assert decision.participant.registration_code == code
    assert decision.reason not in ("unreadable", "forged", "altered")
