"""Ed25519 keys: the event authority certifies each desk's badge-signing key.

A desk signs the badges it prints with its own key; any desk that knows that key (and
that the authority certified it) verifies them offline.
"""

from __future__ import annotations

import hashlib
import struct

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

CERT_CONTEXT = b"forumdesk-desk-key-v1"


def generate_keypair() -> tuple[bytes, bytes]:
    """A new Ed25519 key pair as raw (private, public) bytes."""
    private = Ed25519PrivateKey.generate()
    return (
        private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()),
        private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
    )


def key_id_for(public_key: bytes) -> int:
    """A short 16-bit identifier of a public key, carried in each badge QR."""
    return int.from_bytes(hashlib.sha256(public_key).digest()[:2], "big")


def sign(private_key: bytes, message: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_key).sign(message)


def verify(public_key: bytes, message: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def _cert_message(event_tag: int, key_id: int, public_key: bytes) -> bytes:
    return CERT_CONTEXT + struct.pack(">IH", event_tag, key_id) + public_key


def certify(authority_private: bytes, event_tag: int, key_id: int, public_key: bytes) -> bytes:
    """The authority's signature that a desk key belongs to this event."""
    return sign(authority_private, _cert_message(event_tag, key_id, public_key))


def verify_certificate(
    authority_public: bytes, event_tag: int, key_id: int, public_key: bytes, certificate: bytes
) -> bool:
    return verify(authority_public, _cert_message(event_tag, key_id, public_key), certificate)
