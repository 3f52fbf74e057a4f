"""The badge QR payload: shared vectors, QR size, and fuzzing of scanner input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import qrcode
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from desktop.badges import keys
from desktop.badges.payload import (
    BASE45,
    PayloadError,
    b45decode,
    b45encode,
    clean_scan,
    decode_badge,
    encode_badge,
    looks_like_payload,
    verify_claim,
)

VECTORS = json.loads(
    (Path(__file__).parents[1] / "vectors" / "qr_payload_v1.json").read_text(encoding="utf-8")
)
DESK = VECTORS["keys"]["desk"]
DESK_SEED = bytes.fromhex(DESK["private_seed_hex"])
DESK_PUBLIC = bytes.fromhex(DESK["public_hex"])
GOOD = [v for v in VECTORS["vectors"] if v["decodes"] and v["signature_valid"]]
TYPICAL = GOOD[0]["text"]


@pytest.mark.parametrize("vector", VECTORS["vectors"], ids=lambda v: v["name"])
def test_shared_vectors(vector: dict) -> None:
    if not vector["decodes"]:
        with pytest.raises(PayloadError) as info:
            decode_badge(vector["text"])
        assert info.value.code == vector["error"]
        return
    claim = decode_badge(vector["text"])
    fields = vector["fields"]
    assert claim.format_version == fields["format_version"]
    assert claim.event_tag == fields["event_tag"]
    assert claim.badge_id == fields["badge_id"]
    assert claim.badge_version == fields["badge_version"]
    assert claim.key_id == fields["key_id"]
    assert verify_claim(claim, DESK_PUBLIC) is vector["signature_valid"]
    if vector["signature_valid"]:
        # Ed25519 is deterministic: encoding the fields again gives the very same text.
        assert (
            encode_badge(
                event_tag=claim.event_tag,
                badge_id=claim.badge_id,
                badge_version=claim.badge_version,
                key_id=claim.key_id,
                private_key=DESK_SEED,
            )
            == vector["text"]
        )


def test_vector_keys_are_consistent() -> None:
    assert keys.key_id_for(DESK_PUBLIC) == DESK["key_id"]


@pytest.mark.parametrize("vector", GOOD, ids=lambda v: v["name"])
def test_payload_fits_a_small_qr_at_level_m(vector: dict) -> None:
    text = vector["text"]
    assert len(text) <= 122
    assert all(ch in BASE45 for ch in text)  # QR alphanumeric mode
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    qr.add_data(text)
    qr.make(fit=True)
    assert qr.version <= 7


def test_qr_image_reads_back_to_the_payload() -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    image = qrcode.make(TYPICAL, error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=4)
    results = zxingcpp.read_barcodes(image.get_image().convert("L"))
    assert [r.text for r in results] == [TYPICAL]


def test_scanner_noise_is_tolerated() -> None:
    claim = decode_badge(TYPICAL)
    for noisy in (
        TYPICAL + "\r",
        TYPICAL + "\r\n",
        "\n" + TYPICAL + "\t",
        "  " + TYPICAL + "  ",
        TYPICAL.lower(),  # Caps Lock on the scanner's keyboard
    ):
        assert decode_badge(noisy) == claim
        assert looks_like_payload(noisy)


def test_payload_with_outer_space_survives_stray_spaces() -> None:
    # Base45 uses the space as a digit: this event tag makes the first character a space.
    text = encode_badge(
        event_tag=0x05000000, badge_id=42, badge_version=1, key_id=7, private_key=DESK_SEED
    )
    assert text.startswith(" ")
    for noisy in (text, text + "\r", text + " ", "\n" + text + "  \r\n"):
        assert decode_badge(noisy).badge_id == 42
        assert looks_like_payload(noisy)


def test_registration_codes_do_not_look_like_payloads() -> None:
    for code in ("KZN-0001", "brx-2025-00042", "  A1B2C3\r", "", "Метшин"):
        assert not looks_like_payload(code)
    assert looks_like_payload(TYPICAL[:60])  # a truncated scan is still a payload
    assert looks_like_payload("x" * 300)


def test_encode_rejects_out_of_range_fields() -> None:
    for bad in (
        {"event_tag": -1},
        {"event_tag": 1 << 32},
        {"badge_id": 1 << 64},
        {"badge_version": 0x8000},
        {"key_id": 1 << 16},
    ):
        fields = {"event_tag": 1, "badge_id": 1, "badge_version": 1, "key_id": 1} | bad
        with pytest.raises(ValueError):
            encode_badge(**fields, private_key=DESK_SEED)


@given(st.binary(max_size=200))
def test_base45_round_trip(data: bytes) -> None:
    assert b45decode(b45encode(data)) == data


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), st.binary(max_size=300), st.text(BASE45, max_size=130)))
def test_decode_never_crashes(text: str | bytes) -> None:
    try:
        claim = decode_badge(text)
    except PayloadError:
        return
    assert not verify_claim(claim, DESK_PUBLIC) or clean_scan(str(text)).strip() in {
        v["text"] for v in GOOD
    }
    if isinstance(text, str):
        looks_like_payload(text)


def _mutations() -> st.SearchStrategy[str]:
    n = len(TYPICAL)
    replace = st.tuples(st.integers(0, n - 1), st.sampled_from(BASE45)).map(
        lambda t: TYPICAL[: t[0]] + t[1] + TYPICAL[t[0] + 1 :]
    )
    delete = st.integers(0, n - 1).map(lambda i: TYPICAL[:i] + TYPICAL[i + 1 :])
    insert = st.tuples(st.integers(0, n), st.sampled_from(BASE45)).map(
        lambda t: TYPICAL[: t[0]] + t[1] + TYPICAL[t[0] :]
    )
    swap = st.integers(0, n - 2).map(
        lambda i: TYPICAL[:i] + TYPICAL[i + 1] + TYPICAL[i] + TYPICAL[i + 2 :]
    )
    bitflip = st.tuples(st.integers(0, 79), st.integers(0, 7)).map(_flip_bit)
    return st.one_of(replace, delete, insert, swap, bitflip)


def _flip_bit(position: tuple[int, int]) -> str:
    raw = bytearray(b45decode(TYPICAL))
    raw[position[0]] ^= 1 << position[1]
    return b45encode(bytes(raw))


@settings(max_examples=1000)
@given(_mutations())
def test_every_mutation_of_a_genuine_payload_is_rejected(mutated: str) -> None:
    # Stray outer spaces are scanner noise that decoding ignores by design, not a mutation.
    assume(mutated.strip(" ") != TYPICAL.strip(" "))
    try:
        claim = decode_badge(mutated)
    except PayloadError:
        return
    assert not verify_claim(claim, DESK_PUBLIC)
