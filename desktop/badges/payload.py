"""The signed badge QR payload: compact binary, Ed25519-signed, base45 text.

Binary layout (format version 1), all integers big-endian::

    offset  size  field
    0       1     format version (0x01)
    1       4     event tag (``Event.tag``)
    5       8     badge id (``Participant.badge_id``, random 63-bit)
    13      1|2   badge version: < 0x80 in one byte; else two bytes with the top bit set
                  (0x8000 | version, versions up to 32767)
    14|15   2     key id of the signing desk key (``keys.key_id_for``)
    16|17   64    Ed25519 signature over every preceding byte

That is 80 bytes (81 from badge version 128 on). The text is base45 (RFC 9285), whose
alphabet is exactly the QR alphanumeric set, so 80 bytes become 120 characters and a QR
of version 7 at error correction M (122 alphanumeric characters at most) holds them.
No prefix is added: it would not fit beside a two-byte badge version. A payload is
recognised by its alphabet, its length and its leading format byte instead.

Base45 is printable ASCII that a keyboard-wedge scanner types; its only awkward
character is the space, so decoding strips CR/LF/tabs but keeps inner and, where the
length needs them, outer spaces. Letters are upper-cased first (a scanner with Caps Lock
on types lower case); base45 has no lower-case letters, so nothing becomes ambiguous.
"""

from __future__ import annotations

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
MAX_BADGE_ID = (1 << 64) - 1
#: Shortest and longest binary payloads of format 1.
MIN_SIZE = 1 + 4 + 8 + 1 + 2 + SIGNATURE_SIZE
MAX_SIZE = MIN_SIZE + 1
#: Text lengths of format 1 (base45 of 80 and 81 bytes).
TEXT_LENGTHS = (120, 122)
#: Longer input is refused before any decoding work (a scanner that never sent Enter).
MAX_INPUT = 1024

BASE45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_B45_VALUE = {ch: i for i, ch in enumerate(BASE45)}
_B45_RE = re.compile(r"[0-9A-Z $%*+\-./:]*")
_STRIP = "\r\n\t\x00\x0b\x0c"


class PayloadError(ForumDeskError):
    """A scanned text that is not a usable badge payload; ``code`` says why."""

    code = "unreadable"


class PayloadUnreadable(PayloadError):
    """Not base45 or not a well-formed payload."""

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


# -- base45 ------------------------------------------------------------------------------
def b45encode(data: bytes) -> str:
    out: list[str] = []
    for i in range(0, len(data) - 1, 2):
        n = data[i] * 256 + data[i + 1]
        n, c = divmod(n, 45)
        e, d = divmod(n, 45)
        out += (BASE45[c], BASE45[d], BASE45[e])
    if len(data) % 2:
        d, c = divmod(data[-1], 45)
        out += (BASE45[c], BASE45[d])
    return "".join(out)


def b45decode(text: str) -> bytes:
    """Strict base45: every triple ≤ 65535, a final pair ≤ 255, no length ≡ 1 (mod 3)."""
    if not _B45_RE.fullmatch(text):
        raise PayloadUnreadable("character outside the QR alphanumeric set")
    if len(text) % 3 == 1:
        raise PayloadTruncated("base45 text of impossible length")
    values = [_B45_VALUE[ch] for ch in text]
    whole = len(values) - len(values) % 3
    out = bytearray()
    for a, b, c in zip(values[0:whole:3], values[1:whole:3], values[2:whole:3], strict=True):
        n = a + b * 45 + c * 2025
        if n > 0xFFFF:
            raise PayloadUnreadable("base45 group out of range")
        out += n.to_bytes(2, "big")
    if len(values) % 3 == 2:
        n = values[-2] + values[-1] * 45
        if n > 0xFF:
            raise PayloadUnreadable("base45 group out of range")
        out.append(n)
    return bytes(out)


# -- encoding ----------------------------------------------------------------------------
def _version_bytes(version: int) -> bytes:
    if not 0 <= version <= MAX_BADGE_VERSION:
        raise ValueError(f"badge version {version} out of range")
    return bytes([version]) if version < 0x80 else struct.pack(">H", 0x8000 | version)


def signed_part(event_tag: int, badge_id: int, badge_version: int, key_id: int) -> bytes:
    """The bytes a desk signs for a badge."""
    if not 0 <= event_tag <= 0xFFFFFFFF:
        raise ValueError("event tag must fit 4 bytes")
    if not 0 <= badge_id <= MAX_BADGE_ID:
        raise ValueError("badge id must fit 8 bytes")
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
    return b45encode(message + signer.sign(message))


# -- decoding ----------------------------------------------------------------------------
# A keyboard-wedge scanner types key codes: with the laptop's layout set to Russian
# (ЙЦУКЕН), the keys of a Latin payload arrive as Cyrillic letters and shifted punctuation.
_RU_KEYS = "ЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ"
_US_KEYS = "QWERTYUIOPASDFGHJKLZXCVBNM"
_RU_LAYOUT = str.maketrans(
    {
        **{ru: us for ru, us in zip(_RU_KEYS, _US_KEYS, strict=True)},
        **{ru.lower(): us for ru, us in zip(_RU_KEYS, _US_KEYS, strict=True)},
        "Ж": ":",
        "ж": ":",
        "Ю": ".",
        "ю": ".",
        ".": "/",
        ";": "$",
    }
)


def from_russian_layout(text: str) -> str:
    """What the scanner meant when the desk's keyboard layout was Russian."""
    return text.translate(_RU_LAYOUT)


def clean_scan(text: str) -> str:
    """Scanner text without line ends and tabs around or inside it, letters upper-cased.

    Text typed through a Russian keyboard layout is mapped back to the keys pressed.
    """
    if any(ch in text for ch in _STRIP):
        text = text.translate({ord(ch): None for ch in _STRIP})
    if not text.isascii() and any("\u0400" <= ch <= "\u04ff" for ch in text):
        text = from_russian_layout(text)
    return text.upper()


def _fit_spaces(text: str) -> str:
    """Drop stray outer spaces, keeping a leading one the payload length says is its own.

    A payload never ends in a space (the last base45 digit of 80 or 81 bytes is at most
    32), but its first digit may be one.
    """
    right = text.rstrip(" ")
    core = right.lstrip(" ")
    if len(core) not in TEXT_LENGTHS and len(core) + 1 in TEXT_LENGTHS and len(core) < len(right):
        return " " + core
    return core


def decode_badge(text: str | bytes) -> BadgeClaim:
    """Parse a scanned text into a claim; raises a ``PayloadError`` subclass, never crashes.

    The signature is not checked here (see ``verify_claim``).
    """
    if isinstance(text, bytes | bytearray):
        if len(text) > MAX_INPUT:
            raise PayloadOversized("input too long")
        try:
            text = bytes(text).decode("ascii")
        except UnicodeDecodeError as exc:
            raise PayloadUnreadable("not ASCII text") from exc
    if not isinstance(text, str):
        raise PayloadUnreadable("not text")
    if len(text) > MAX_INPUT:
        raise PayloadOversized("input too long")
    cleaned = _fit_spaces(clean_scan(text))
    if not cleaned:
        raise PayloadTruncated("empty")
    if not _B45_RE.fullmatch(cleaned):
        raise PayloadUnreadable("character outside the QR alphanumeric set")
    if len(cleaned) >= 3 and b45decode(cleaned[:3])[0] != FORMAT_V1:
        raise PayloadNotOurs("unknown format version")
    if len(cleaned) < TEXT_LENGTHS[0]:
        raise PayloadTruncated(f"{len(cleaned)} characters is shorter than a payload")
    if len(cleaned) > TEXT_LENGTHS[-1]:
        raise PayloadOversized(f"{len(cleaned)} characters is longer than a payload")
    raw = b45decode(cleaned)
    if len(raw) < MIN_SIZE:
        raise PayloadTruncated(f"{len(raw)} bytes is shorter than a payload")
    if len(raw) > MAX_SIZE:
        raise PayloadOversized(f"{len(raw)} bytes is longer than a payload")
    _, event_tag, badge_id = struct.unpack_from(">BIQ", raw, 0)
    if raw[13] & 0x80:
        version = struct.unpack_from(">H", raw, 13)[0] & 0x7FFF
        if version < 0x80:
            raise PayloadUnreadable("non-canonical badge version")
        offset = 15
    else:
        version = raw[13]
        offset = 14
    expected = offset + 2 + SIGNATURE_SIZE
    if len(raw) < expected:
        raise PayloadTruncated("payload shorter than its badge version says")
    if len(raw) > expected:
        raise PayloadOversized("payload longer than its badge version says")
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

    Registration codes are at most 64 characters; anything longer is treated as a
    payload (and rejected by ``decode_badge`` with its reason). A shorter text is one
    when it is base45 that starts with a known format byte (a truncated scan).
    """
    if not isinstance(text, str):
        return False
    if len(text) > MAX_INPUT:
        return True
    cleaned = clean_scan(text).strip(" ")
    if len(cleaned) > 64:
        return True
    if len(cleaned) < 24 or not _B45_RE.fullmatch(cleaned):
        return False
    try:
        head = b45decode(cleaned[:3])
    except PayloadError:
        return False
    return head[:1] == bytes([FORMAT_V1])


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
