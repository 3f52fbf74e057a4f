"""The badge QR payload: shared vectors, QR size, and fuzzing of scanner input."""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import qrcode
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from desktop.badges import qr as badge_qr
from desktop.badges.payload import (
    BASE32,
    MAX_BADGE_ID,
    MAX_BADGE_VERSION,
    BadgeClaim,
    PayloadError,
    b32decode,
    b32encode,
    clean_scan,
    decode_badge,
    encode_badge,
    looks_like_payload,
    verify_claim,
)
from desktop.domain import keys

VECTORS = json.loads(
    (Path(__file__).parents[1] / "vectors" / "qr_payload_v1.json").read_text(encoding="utf-8")
)
DESK = VECTORS["keys"]["desk"]
DESK_SEED = bytes.fromhex(DESK["private_seed_hex"])
DESK_PUBLIC = bytes.fromhex(DESK["public_hex"])
GOOD = [v for v in VECTORS["vectors"] if v["decodes"] and v["signature_valid"]]
TYPICAL = GOOD[0]["text"]
#: A two-byte badge version: 81 bytes, 130 characters, 2 unused bits in the last one.
LONG = next(v["text"] for v in GOOD if len(v["text"]) == 130)
#: QR alphanumeric mode's character set (ISO/IEC 18004).
QR_ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


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


def _qr_version(matrix: badge_qr.BoolGrid) -> int:
    """The version of a symbol drawn with its quiet zone."""
    return (matrix.shape[0] - 2 * badge_qr.QUIET_ZONE - 17) // 4


@pytest.mark.parametrize("vector", GOOD, ids=lambda v: v["name"])
def test_payload_fits_a_small_qr_at_level_m(vector: dict) -> None:
    text = vector["text"]
    assert len(text) in (128, 130)
    assert set(text) <= set(BASE32) <= set(QR_ALPHANUMERIC)  # QR alphanumeric mode
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    qr.add_data(text)
    qr.make(fit=True)
    assert qr.data_list[0].mode == qrcode.util.MODE_ALPHA_NUM
    assert qr.version == 6  # SPEC: version 7 or lower at M
    # The encoders the badges are drawn with: zxing-cpp (when installed) and the fallback.
    assert _qr_version(badge_qr.qrcode_matrix(text)) == 6
    assert _qr_version(badge_qr.qr_matrix(text)) == 6


def test_zxing_encoder_uses_alphanumeric_mode_at_version_6() -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    for text in (TYPICAL, LONG):
        barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
        side = barcode.to_image(scale=1, add_quiet_zones=False).shape[0]
        assert (side - 17) // 4 == 6
        assert _qr_version(badge_qr.zxing_matrix(text)) == 6


def test_qr_image_reads_back_to_the_payload() -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    for text in (TYPICAL, LONG):
        image = qrcode.make(text, error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=4)
        results = zxingcpp.read_barcodes(image.get_image().convert("L"))
        assert [r.text for r in results] == [text]
        assert results[0].ec_level == "M" and results[0].symbology_identifier == "]Q1"


def test_scanner_noise_is_tolerated() -> None:
    for text in (TYPICAL, LONG):
        claim = decode_badge(text)
        for noisy in (
            text + "\r",
            text + "\r\n",
            "\n" + text + "\t",
            "  " + text + "  ",
            " " + text[:40] + " " + text[40:] + "\x00",
            text.lower(),  # Caps Lock on the scanner's keyboard
            text[:64].lower() + text[64:],
        ):
            assert decode_badge(noisy) == claim
            assert looks_like_payload(noisy)


def test_payload_has_nothing_a_shell_or_a_keyboard_layout_changes() -> None:
    for text in (TYPICAL, LONG):
        assert shlex.split(text) == [text] and shlex.quote(text) == text
        assert text.isalnum() and text.isupper() and text.isascii()  # no Shift but letters


def test_crockford_confusions_are_not_forgiven() -> None:
    # Only case is forgiven: a 0, 1, 8 or 9 is not read as O, I, L or B.
    for position in (0, 20, 64, 127):
        for digit in "0189":
            mutated = TYPICAL[:position] + digit + TYPICAL[position + 1 :]
            with pytest.raises(PayloadError) as info:
                decode_badge(mutated)
            assert info.value.code == "unreadable"


def test_unused_bits_of_the_last_character_must_be_zero() -> None:
    claim = decode_badge(LONG)
    last = BASE32.index(LONG[-1])
    assert last & 0b11 == 0
    for unused in (1, 2, 3):
        with pytest.raises(PayloadError) as info:
            decode_badge(LONG[:-1] + BASE32[last | unused])
        assert info.value.code == "unreadable"
    assert decode_badge(LONG) == claim


def test_lengths_follow_the_badge_version() -> None:
    # 129 characters: one lost from a 130-character payload, one extra on a 128.
    for text, code in ((LONG[:-1], "truncated"), (TYPICAL + "A", "oversized")):
        with pytest.raises(PayloadError) as info:
            decode_badge(text)
        assert info.value.code == code


def test_registration_codes_do_not_look_like_payloads() -> None:
    for code in ("KZN-0001", "brx-2025-00042", "  A1B2C3\r", "", "Метшин", "AEAEAEAE"):
        assert not looks_like_payload(code)
    assert looks_like_payload(TYPICAL[:60])  # a truncated scan is still a payload
    assert looks_like_payload(TYPICAL[:24])
    assert not looks_like_payload("B" + TYPICAL[1:60])  # not our format byte, short
    assert looks_like_payload("x" * 300)


def test_encode_rejects_out_of_range_fields() -> None:
    for bad in (
        {"event_tag": -1},
        {"event_tag": 1 << 32},
        {"badge_id": 1 << 64},
        {"badge_id": 1 << 63},
        {"badge_id": 0},
        {"badge_version": 0x8000},
        {"key_id": 1 << 16},
    ):
        fields = {"event_tag": 1, "badge_id": 1, "badge_version": 1, "key_id": 1} | bad
        with pytest.raises(ValueError):
            encode_badge(**fields, private_key=DESK_SEED)


@given(st.binary(max_size=200))
def test_base32_round_trip(data: bytes) -> None:
    text = b32encode(data)
    assert "=" not in text and set(text) <= set(BASE32)
    assert b32decode(text) == data


def with_surrogates(max_size: int) -> st.SearchStrategy[str]:
    """Text with lone surrogates among other characters, as the command line passes
    undecodable bytes (``st.text`` leaves them out)."""
    return st.lists(
        st.one_of(st.characters(), st.characters(categories=["Cs"])), max_size=max_size
    ).map("".join)


def assert_fields_in_range(claim: BadgeClaim) -> None:
    """What the check-in may safely look up: every field within what a desk signs."""
    assert claim.format_version == 1
    assert 0 <= claim.event_tag <= 0xFFFFFFFF
    assert 1 <= claim.badge_id <= MAX_BADGE_ID < 2**63  # SQLite's signed 64-bit integers
    assert 0 <= claim.badge_version <= MAX_BADGE_VERSION
    assert 0 <= claim.key_id <= 0xFFFF
    assert len(claim.signature) == 64


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.text(max_size=300),
        with_surrogates(300),
        st.binary(max_size=300),
        st.text(BASE32, max_size=140),
        st.text(BASE32 + BASE32.lower() + " \r\n01890=", min_size=120, max_size=140),
        st.text(BASE32, min_size=126, max_size=132).map(lambda t: "AE" + t),
    )
)
def test_decode_never_crashes(text: str | bytes) -> None:
    try:
        claim = decode_badge(text)
    except PayloadError as exc:
        assert exc.code in {"unreadable", "truncated", "oversized", "not_ours", "altered"}
        assert exc.field and exc.message
        return
    assert_fields_in_range(claim)
    assert not verify_claim(claim, DESK_PUBLIC) or clean_scan(str(text)) in {
        v["text"] for v in GOOD
    }
    if isinstance(text, str):
        looks_like_payload(text)


@settings(max_examples=1000)
@given(st.binary(min_size=78, max_size=83).map(lambda raw: b"\x01" + raw))
def test_any_bytes_behind_the_format_byte_decode_to_a_claim_in_range_or_a_reason(
    raw: bytes,
) -> None:
    """Arbitrary binary payloads: every field, not just the text around them."""
    for text in (b32encode(raw), b32encode(raw).lower(), b32encode(raw).encode()):
        try:
            claim = decode_badge(text)
        except PayloadError as exc:
            assert exc.code in {"truncated", "oversized", "altered", "unreadable"}
            continue
        assert_fields_in_range(claim)
        assert claim.signed + claim.signature == raw


def _single_bit_flips(genuine: str) -> list[tuple[int, int]]:
    return [(i, bit) for i in range(len(b32decode(genuine))) for bit in range(8)]


@pytest.mark.parametrize("vector", GOOD, ids=lambda v: v["name"])
def test_every_single_bit_flip_of_a_genuine_payload_is_rejected(vector: dict) -> None:
    """Exhaustive over every bit of the decoded bytes: a reason or a claim that does
    not verify, and never a field the check-in cannot look up."""
    for position in _single_bit_flips(vector["text"]):
        try:
            claim = decode_badge(_flip_bit(vector["text"], position))
        except PayloadError as exc:
            assert exc.code in {"truncated", "oversized", "not_ours", "altered"}, position
            continue
        assert_fields_in_range(claim)
        assert not verify_claim(claim, DESK_PUBLIC), position


def test_a_badge_id_beyond_63_bits_is_altered_not_a_crash() -> None:
    """Issue 12: the top bit of byte 5 (the badge id's first byte) made the check-in
    overflow SQLite's integers; the decoder now refuses the field and names it."""
    for vector in GOOD:
        raw = bytearray(b32decode(vector["text"]))
        raw[5] ^= 0x80
        with pytest.raises(PayloadError) as info:
            decode_badge(b32encode(bytes(raw)))
        assert (info.value.code, info.value.field) == ("altered", "badge_id")
        assert "badge id" in info.value.message


@pytest.mark.parametrize("genuine", [TYPICAL, LONG], ids=["128 chars", "130 chars"])
def test_every_single_character_substitution_is_rejected(genuine: str) -> None:
    # Exhaustive: every position, every other base32 character (lower case is the same).
    for i, original in enumerate(genuine):
        for ch in BASE32:
            if ch == original:
                continue
            try:
                claim = decode_badge(genuine[:i] + ch + genuine[i + 1 :])
            except PayloadError:
                continue
            assert not verify_claim(claim, DESK_PUBLIC), (i, ch)


def _mutations(genuine: str) -> st.SearchStrategy[str]:
    n = len(genuine)
    replace = st.tuples(st.integers(0, n - 1), st.sampled_from(BASE32)).map(
        lambda t: genuine[: t[0]] + t[1] + genuine[t[0] + 1 :]
    )
    delete = st.integers(0, n - 1).map(lambda i: genuine[:i] + genuine[i + 1 :])
    insert = st.tuples(st.integers(0, n), st.sampled_from(BASE32)).map(
        lambda t: genuine[: t[0]] + t[1] + genuine[t[0] :]
    )
    swap = st.integers(0, n - 2).map(
        lambda i: genuine[:i] + genuine[i + 1] + genuine[i] + genuine[i + 2 :]
    )
    size = len(b32decode(genuine))
    bitflip = st.tuples(st.integers(0, size - 1), st.integers(0, 7)).map(
        lambda p: _flip_bit(genuine, p)
    )
    return st.one_of(replace, delete, insert, swap, bitflip)


def _flip_bit(genuine: str, position: tuple[int, int]) -> str:
    raw = bytearray(b32decode(genuine))
    raw[position[0]] ^= 1 << position[1]
    return b32encode(bytes(raw))


@settings(max_examples=1000)
@given(st.sampled_from([TYPICAL, LONG]).flatmap(lambda g: st.tuples(st.just(g), _mutations(g))))
def test_every_mutation_of_a_genuine_payload_is_rejected(case: tuple[str, str]) -> None:
    genuine, mutated = case
    assume(mutated != genuine)  # swapping two equal characters changes nothing
    try:
        claim = decode_badge(mutated)
    except PayloadError:
        return
    assert_fields_in_range(claim)
    assert not verify_claim(claim, DESK_PUBLIC)


def test_payload_survives_an_unquoted_shell_round_trip(demo_db: Path, tmp_path: Path) -> None:
    """`forumdesk checkin $(forumdesk qr CODE)` works without quotes: nothing to split."""
    from desktop.desk import Forum

    target = tmp_path / "demo.db"
    shutil.copy(demo_db, target)
    forum = Forum.open(target)
    try:
        code = forum.participants.summaries()[3].registration_code
    finally:
        forum.close()
    forumdesk = f"{shlex.quote(sys.executable)} -m desktop.cli"
    db = shlex.quote(str(target))
    command = (
        f"{forumdesk} checkin $({forumdesk} qr {shlex.quote(code)} --db {db}) --db {db} --json"
    )
    done = subprocess.run(
        command,
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).parents[2],
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["result"] == "admitted", result
    assert result["participant"]["registration_code"] == code
