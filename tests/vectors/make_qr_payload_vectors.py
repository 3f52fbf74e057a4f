"""Regenerate ``qr_payload_v1.json``: ``python -m tests.vectors.make_qr_payload_vectors``.

Ed25519 is deterministic, so fixed keys give fixed payloads; the file is what other
implementations (the server, a phone scanner) test against. Only regenerate on purpose.
"""

from __future__ import annotations

import json
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from desktop.badges.payload import b32decode, b32encode, encode_badge
from desktop.domain import keys

OUT = Path(__file__).with_name("qr_payload_v1.json")

DESK_SEED = bytes(range(32))
OTHER_SEED = bytes(range(32, 64))


def _public(seed: bytes) -> bytes:
    return (
        Ed25519PrivateKey.from_private_bytes(seed)
        .public_key()
        .public_bytes(Encoding.Raw, PublicFormat.Raw)
    )


def build() -> dict[str, object]:
    desk_pub, other_pub = _public(DESK_SEED), _public(OTHER_SEED)
    desk_kid = keys.key_id_for(desk_pub)
    vectors: list[dict[str, object]] = []

    def genuine(name: str, tag: int, badge_id: int, version: int) -> str:
        text = encode_badge(
            event_tag=tag,
            badge_id=badge_id,
            badge_version=version,
            key_id=desk_kid,
            private_key=DESK_SEED,
        )
        vectors.append(
            {
                "name": name,
                "text": text,
                "decodes": True,
                "fields": {
                    "format_version": 1,
                    "event_tag": tag,
                    "badge_id": badge_id,
                    "badge_version": version,
                    "key_id": desk_kid,
                },
                "signature_valid": True,
            }
        )
        return text

    base = genuine("typical badge", 0x2A5F01C3, 0x1D2C3B4A59687766, 1)
    genuine("reprinted badge, version 2", 0x2A5F01C3, 0x1D2C3B4A59687766, 2)
    genuine("largest one-byte version", 0x2A5F01C3, 0x0000000000000001, 127)
    long = genuine("two-byte version", 0xFFFFFFFF, 0x7FFFFFFFFFFFFFFF, 128)
    genuine("largest version", 0x00000000, 0x0123456789ABCDEF, 0x7FFF)

    raw = bytearray(b32decode(base))
    altered = bytearray(raw)
    altered[12] ^= 0x01  # last byte of the badge id
    vectors.append(
        {
            "name": "altered badge id, original signature",
            "text": b32encode(bytes(altered)),
            "decodes": True,
            "fields": {
                "format_version": 1,
                "event_tag": 0x2A5F01C3,
                "badge_id": 0x1D2C3B4A59687767,
                "badge_version": 1,
                "key_id": desk_kid,
            },
            "signature_valid": False,
        }
    )
    forged = encode_badge(
        event_tag=0x2A5F01C3,
        badge_id=0x1D2C3B4A59687766,
        badge_version=1,
        key_id=desk_kid,
        private_key=OTHER_SEED,
    )
    vectors.append(
        {
            "name": "forged: signed by another key under the desk's key id",
            "text": forged,
            "decodes": True,
            "fields": {
                "format_version": 1,
                "event_tag": 0x2A5F01C3,
                "badge_id": 0x1D2C3B4A59687766,
                "badge_version": 1,
                "key_id": desk_kid,
            },
            "signature_valid": False,
        }
    )
    assert len(base) == 128 and len(long) == 130
    # The last of 130 characters carries 2 bits past the 81 bytes; they must be zero.
    last = b32decode(long)[-1] & 0x07
    unused_bits = long[:-1] + "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"[(last << 2) | 0b01]

    # Fields no desk signs, in otherwise well-formed payloads (a signature is appended
    # so that only the field is wrong): decoders refuse them before any lookup.
    def signed(message: bytes) -> str:
        return b32encode(message + Ed25519PrivateKey.from_private_bytes(DESK_SEED).sign(message))

    top = bytearray(raw)
    top[5] ^= 0x80
    top_bit = b32encode(bytes(top))
    zero_id = signed(bytes(raw[:5]) + bytes(8) + bytes(raw[13:16]))
    two_byte_small = signed(bytes(raw[:13]) + b"\x80\x01" + bytes(raw[14:16]))
    for name, text, error in (
        ("truncated by one character", base[:-1], "truncated"),
        ("truncated by eight characters", base[:-8], "truncated"),
        ("truncated two-byte version", long[:-2], "truncated"),
        ("oversized by one byte", b32encode(bytes(raw) + b"\x00"), "oversized"),
        ("oversized by one character", base + "A", "oversized"),
        ("unknown format version", b32encode(b"\x02" + bytes(raw[1:])), "not_ours"),
        ("someone else's QR code (a URL)", "https://example.com/t/" + "x" * 106, "not_ours"),
        ("digit 0 is not base32 (no Crockford O)", base[:60] + "0" + base[61:], "unreadable"),
        ("digit 1 is not base32 (no Crockford I/L)", base[:60] + "1" + base[61:], "unreadable"),
        ("padding is not part of the text", base + "======", "unreadable"),
        ("base45 punctuation", base[:60] + "%" + base[61:], "unreadable"),
        ("non-zero unused bits in the last character", unused_bits, "unreadable"),
        ("empty", "", "truncated"),
        ("badge id with its top bit set (not a 63-bit id)", top_bit, "altered"),
        ("badge id zero", zero_id, "altered"),
        ("badge version below 128 written in two bytes", two_byte_small, "altered"),
    ):
        vectors.append({"name": name, "text": text, "decodes": False, "error": error})

    return {
        "format": "ForumDesk badge QR payload, format version 1",
        "layout": "u8 format=1 | u32 event_tag | u64 badge_id | badge_version (1 byte <0x80, "
        "else u16 0x8000|v) | u16 key_id | 64-byte Ed25519 signature over the preceding "
        "bytes; big-endian; text = base32 (RFC 4648, no padding; decoders accept lower "
        "case, nothing else; unused bits of the last character are zero)",
        "keys": {
            "desk": {
                "private_seed_hex": DESK_SEED.hex(),
                "public_hex": desk_pub.hex(),
                "key_id": desk_kid,
            },
            "other": {
                "private_seed_hex": OTHER_SEED.hex(),
                "public_hex": other_pub.hex(),
                "key_id": keys.key_id_for(other_pub),
            },
        },
        "verify_with": "desk",
        "vectors": vectors,
    }


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(), indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
