"""A scanner typing through a Russian keyboard layout still checks people in."""

from __future__ import annotations

from desktop.badges.payload import BASE32, clean_scan, decode_badge, from_russian_layout
from desktop.desk import Forum

# The letter keys of a US keyboard and what they type under ЙЦУКЕН; digits are the same.
_US = "QWERTYUIOPASDFGHJKLZXCVBNM"
_RU = "ЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ"


def typed_on_russian_layout(text: str, *, caps_lock: bool = True) -> str:
    """What a keyboard-wedge scanner produces for ``text`` when the layout is Russian."""
    typed = text.translate(str.maketrans(_US, _RU))
    return typed if caps_lock else typed.lower()


def test_layout_mapping_round_trips_the_base32_alphabet() -> None:
    for caps_lock in (True, False):
        typed = typed_on_russian_layout(BASE32, caps_lock=caps_lock)
        assert typed[:26].isalpha() and not typed[:26].isascii() and typed[26:] == "234567"
        assert from_russian_layout(typed).upper() == BASE32
        assert clean_scan(typed) == BASE32


def test_payload_typed_through_russian_layout_admits(demo_forum: Forum) -> None:
    code = demo_forum.participants.summaries()[5].registration_code
    genuine = demo_forum.checkin.qr_for(code)
    for caps_lock in (True, False):
        garbled = typed_on_russian_layout(genuine, caps_lock=caps_lock)
        assert garbled != genuine
        assert decode_badge(garbled) == decode_badge(genuine)
    decision = demo_forum.checkin.scan(typed_on_russian_layout(genuine) + "\r\n", "main")
    assert decision.participant is not None
    assert decision.participant.registration_code == code
    assert decision.reason not in ("unreadable", "forged", "altered")
    assert decision.result == "admitted"
