"""Who is behind a request: the enrolled desk a bearer token names."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass


@dataclass(frozen=True)
class DeskIdentity:
    """The desk behind a token, as an endpoint sees it."""

    id: uuid.UUID
    name: str
    role: str


def token_hash(token: str) -> str:
    """What the server keeps of a token (never the token itself)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
