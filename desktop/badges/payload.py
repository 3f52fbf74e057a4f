"""The signed badge QR payload: compact binary, Ed25519-signed, base32 text.

Binary layout (format version 1), all integers big-endian::

    offset  size  field
    0       1     format version (0x01)
    1       4     event tag (``Event.tag``)
    5       8     badge id (``Participant.badge_id``, random 63-bit)
    13      1|2   badge version: < 0x80 in one byte; else two bytes with the top bit set
                  (0x8000 | version, versions up to 32767)
    14|15   2     key id of the signing desk key (``keys.key_id_for``)
    16|17   64    Ed25519 signature over every preceding byte

That is 80 bytes (81 from badge version 128 on). The text is base32 (RFC 4648, upper
case, without the ``=`` padding): 80 bytes become 128 characters, 81 bytes 130. The
alphabet ``A-Z 2-7`` is a subset of the QR alphanumeric set, so the QR stays in
alphanumeric mode and fits version 6 at error correction M (154 characters at most).
No prefix is added; a payload is recognised by its alphabet, its length and its leading
format byte (every payload starts with ``AE``..``AH``).

Base32 has no spaces and no shifted characters, so a payload passes through a shell
unquoted and a keyboard-wedge scanner types it the same under any Latin layout.
Decoding drops CR/LF/tabs and spaces (never part of a payload) and upper-cases (a
scanner with Caps Lock on types lower case). Nothing else is forgiven: the digits
0, 1, 8 and 9 are not base32 and are not read as O, I/L or B, and 130-character text
must leave its two unused bits zero, so every base32 text has one meaning.

Every field is checked against what a desk can sign: a badge id is 1 to 2**63 - 1 (the
ids are random 63-bit numbers, stored in a signed 64-bit column), a badge version
below 128 is written in one byte. A well-formed payload with a field no desk writes was
made by changing bits: it is refused as altered before anything looks it up. Whatever
the input, ``decode_badge`` answers a claim or a ``PayloadError`` naming the field.
"""

from __future__ import annotations

import base64
import binascii
import logging
import re
import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.errors import ForumDeskError

log = logging.getLogger(__name__)

FORMAT_V1 = 0x01
SIGNATURE_SIZE = 64
MAX_BADGE_VERSION = 0x7FFF
#: Badge ids are random 63-bit numbers, never 0 (``participants.new_badge_id``): they fit
#: SQLite's signed 64-bit integers, which a larger id would overflow.
MIN_BADGE_ID = 1
MAX_BADGE_ID = (1 << 63) - 1
#: Shortest and longest binary payloads of format 1.
MIN_SIZE = 1 + 4 + 8 + 1 + 2 + SIGNATURE_SIZE
MAX_SIZE = MIN_SIZE + 1
#: Text lengths of format 1 (base32 of 80 and 81 bytes).
TEXT_LENGTHS = (128, 130)
#: Longer input is refused before any decoding work (a scanner that never sent Enter).
MAX_INPUT = 1024
#: Registration codes are at most this long; longer scanner text is a (damaged) payload.
MAX_CODE_LENGTH = 64
#: A shorter text is never taken for a payload, even a truncated one.
MIN_DAMAGED_LENGTH = 24

BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32_VALUE = {ch: i for i, ch in enumerate(BASE32)}
_B32_RE = re.compile(r"[A-Z2-7]*")
#: Scanner noise: line ends, tabs, NUL, form feeds and spaces.
_STRIP = {ord(ch): None for ch in "\r\n\t\x00\x0b\x0c "}
#: Characters of text needed to read the badge-version byte at offset 13 (15 bytes).
_HEAD_CHARS = 24


class PayloadError(ForumDeskError):
    """A scanned text that is not a usable badge payload; ``code`` says why (a check-in
    reason), ``field`` which part of the payload is wrong, the message in plain words."""

    code = "unreadable"

    def __init__(self, message: str, *, field: str = "text") -> None:
        super().__init__(message)
        self.field = field


class PayloadUnreadable(PayloadError):
    """Not base32 or not a well-formed payload."""

    code = "unreadable"


class PayloadTruncated(PayloadError):
    """Shorter than a payload: part of the code was lost."""

    code = "truncated"


class PayloadOversized(PayloadError):
    """Longer than any payload of its format."""

    code = "oversized"


class PayloadNotOurs(PayloadError):
    """A readable code, but not a ForumDesk badge of a format this desk knows."""

    code = "not_ours"


class PayloadAltered(PayloadError):
    """A well-formed payload carrying a field value no desk signs: bits were changed."""

    code = "altered"


@dataclass(frozen=True)
class BadgeClaim:
    """What a payload claims; trust it only after ``verify_claim``."""

    format_version: int
    event_tag: int
    badge_id: int
    badge_version: int
    key_id: int
    signature: bytes
    #: The bytes the signature covers.
    signed: bytes


# -- base32 ------------------------------------------------------------------------------
def b32encode(data: bytes) -> str:
    """RFC 4648 base32, upper case, without padding."""
    return base64.b32encode(data).decode("ascii").rstrip("=")


def b32decode(text: str) -> bytes:
    """Strict unpadded base32: upper-case alphabet only, a possible length, unused bits zero.

    Python's decoder ignores the unused low bits of the last character; they are checked
    here by encoding again, so one byte string has exactly one text.
    """
    if not _B32_RE.fullmatch(text):
        raise PayloadUnreadable("character outside the base32 alphabet")
    if len(text) % 8 in (1, 3, 6):
        raise PayloadUnreadable("base32 text of impossible length")
    try:
        data = base64.b32decode(text + "=" * (-len(text) % 8))
    except binascii.Error as exc:  # pragma: no cover - excluded by the checks above
        raise PayloadUnreadable("not base32") from exc
    if b32encode(data) != text:
        raise PayloadUnreadable("base32 text with non-zero unused bits")
    return data


def _first_byte(text: str) -> int:
    """The first byte of base32 text of at least two characters (8 of its 10 bits)."""
    return (_B32_VALUE[text[0]] << 3) | (_B32_VALUE[text[1]] >> 2)


def _expected_length(text: str) -> int | None:
    """The text length its badge-version byte calls for, or None when it is too short."""
    if len(text) < _HEAD_CHARS:
        return None
    head = base64.b32decode(text[:_HEAD_CHARS])
    return TEXT_LENGTHS[1] if head[13] & 0x80 else TEXT_LENGTHS[0]


# -- encoding ----------------------------------------------------------------------------
def _version_bytes(version: int) -> bytes:
    if not 0 <= version <= MAX_BADGE_VERSION:
        raise ValueError(f"badge version {version} out of range")
    return bytes([version]) if version < 0x80 else struct.pack(">H", 0x8000 | version)


def signed_part(event_tag: int, badge_id: int, badge_version: int, key_id: int) -> bytes:
    """The bytes a desk signs for a badge."""
    if not 0 <= event_tag <= 0xFFFFFFFF:
        raise ValueError("event tag must fit 4 bytes")
    if not MIN_BADGE_ID <= badge_id <= MAX_BADGE_ID:
        raise ValueError("badge id must be 1 to 2**63 - 1")
    if not 0 <= key_id <= 0xFFFF:
        raise ValueError("key id must fit 2 bytes")
    return (
        struct.pack(">BIQ", FORMAT_V1, event_tag, badge_id)
        + _version_bytes(badge_version)
        + struct.pack(">H", key_id)
    )


def encode_badge(
    *,
    event_tag: int,
    badge_id: int,
    badge_version: int,
    key_id: int,
    private_key: bytes | Ed25519PrivateKey,
) -> str:
    """The QR text of a badge, signed with a desk's raw 32-byte Ed25519 private key."""
    message = signed_part(event_tag, badge_id, badge_version, key_id)
    signer = (
        private_key
        if isinstance(private_key, Ed25519PrivateKey)
        else Ed25519PrivateKey.from_private_bytes(private_key)
    )
    return b32encode(message + signer.sign(message))


# -- decoding ----------------------------------------------------------------------------
# A keyboard-wedge scanner types key codes: with the laptop's layout set to Russian
# (ЙЦУКЕН), the letter keys of a Latin payload arrive as Cyrillic letters (lower case
# with Caps Lock off). Digits are on the same keys in both layouts, and base32 has no
# punctuation, so the letters are all that needs mapping back.
_RU_KEYS = "ЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ"
_US_KEYS = "QWERTYUIOPASDFGHJKLZXCVBNM"
_RU_LAYOUT = str.maketrans(
    {
        **{ru: us for ru, us in zip(_RU_KEYS, _US_KEYS, strict=True)},
        **{ru.lower(): us for ru, us in zip(_RU_KEYS, _US_KEYS, strict=True)},
    }
)


def from_russian_layout(text: str) -> str:
    """What the scanner meant when the desk's keyboard layout was Russian."""
    return text.translate(_RU_LAYOUT)


def clean_scan(text: str) -> str:
    """Scanner text without line ends, tabs and spaces anywhere in it, letters upper-cased.

    Text typed through a Russian keyboard layout is mapped back to the keys pressed.
    """
    text = text.translate(_STRIP)
    if not text.isascii() and any("\u0400" <= ch <= "\u04ff" for ch in text):
        text = from_russian_layout(text)
    return text.upper()


def decode_badge(text: str | bytes) -> BadgeClaim:
    """Parse a scanned text into a claim; raises a ``PayloadError`` subclass, never crashes.

    The signature is not checked here (see ``verify_claim``).
    """
    if isinstance(text, bytes | bytearray):
        if len(text) > MAX_INPUT:
            raise PayloadOversized("input too long", field="length")
        try:
            text = bytes(text).decode("ascii")
        except UnicodeDecodeError as exc:
            raise PayloadUnreadable("not ASCII text") from exc
    if not isinstance(text, str):
        raise PayloadUnreadable("not text")
    if len(text) > MAX_INPUT:
        raise PayloadOversized("input too long", field="length")
    cleaned = clean_scan(text)
    if not cleaned:
        raise PayloadTruncated("empty", field="length")
    # The format byte first: someone else's QR (a URL, a ticket) is readable, just not ours.
    if _B32_RE.fullmatch(cleaned[:2]) and len(cleaned) >= 2 and _first_byte(cleaned) != FORMAT_V1:
        raise PayloadNotOurs("unknown format version", field="format_version")
    if not _B32_RE.fullmatch(cleaned):
        raise PayloadUnreadable("character outside the base32 alphabet")
    expected = _expected_length(cleaned)
    if expected is None or len(cleaned) < expected:
        raise PayloadTruncated(
            f"{len(cleaned)} characters is shorter than the payload", field="length"
        )
    if len(cleaned) > expected:
        raise PayloadOversized(
            f"{len(cleaned)} characters is longer than the payload", field="length"
        )
    raw = b32decode(cleaned)
    _, event_tag, badge_id = struct.unpack_from(">BIQ", raw, 0)
    if not MIN_BADGE_ID <= badge_id <= MAX_BADGE_ID:
        raise PayloadAltered(
            f"badge id {badge_id} is outside 1 to 2**63 - 1, so no desk signed it",
            field="badge_id",
        )
    if raw[13] & 0x80:
        version = struct.unpack_from(">H", raw, 13)[0] & 0x7FFF
        if version < 0x80:
            raise PayloadAltered(
                f"badge version {version} is written in two bytes; desks write it in one",
                field="badge_version",
            )
        offset = 15
    else:
        version = raw[13]
        offset = 14
    if len(raw) != offset + 2 + SIGNATURE_SIZE:  # pragma: no cover - the length says so
        raise PayloadUnreadable("payload length does not match its badge version", field="length")
    (key_id,) = struct.unpack_from(">H", raw, offset)
    return BadgeClaim(
        format_version=FORMAT_V1,
        event_tag=event_tag,
        badge_id=badge_id,
        badge_version=version,
        key_id=key_id,
        signature=raw[offset + 2 :],
        signed=raw[: offset + 2],
    )


def looks_like_payload(text: str) -> bool:
    """True when the text is meant as a badge payload (even a damaged one), not a typed code.

    A payload is 128 or 130 base32 characters after ``clean_scan``. Damaged scans count
    too, so that ``decode_badge`` can say what is wrong with them: anything longer than
    a registration code (64 characters), and base32 of 24 characters or more that starts
    with a known format byte (a truncated scan).
    """
    if not isinstance(text, str):
        return False
    if len(text) > MAX_INPUT:
        return True
    cleaned = clean_scan(text)
    is_base32 = _B32_RE.fullmatch(cleaned) is not None
    if is_base32 and len(cleaned) in TEXT_LENGTHS:
        return True
    if len(cleaned) > MAX_CODE_LENGTH:
        return True
    if not is_base32 or len(cleaned) < MIN_DAMAGED_LENGTH:
        return False
    return _first_byte(cleaned) == FORMAT_V1


def verify_claim(claim: BadgeClaim, public_key: bytes | Ed25519PublicKey) -> bool:
    """Whether the claim's signature was made by this desk key."""
    try:
        key = (
            public_key
            if isinstance(public_key, Ed25519PublicKey)
            else Ed25519PublicKey.from_public_bytes(public_key)
        )
        key.verify(claim.signature, claim.signed)
    except (InvalidSignature, ValueError):
        return False
    return True
