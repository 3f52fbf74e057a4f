"""Derived keys stored beside names: the folded search key and stable registration codes."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable

from desktop.text.normalise import fold
from desktop.text.translit import needs_transliteration, to_latin

_CODE_PREFIX = "FD"


def make_search_key(parts: Iterable[str]) -> str:
    """Folded native forms, Latin forms and transliterations, space-joined, for SQL ``LIKE``."""
    seen: list[str] = []
    for part in parts:
        if not part:
            continue
        forms = [fold(part)]
        if needs_transliteration(part):
            forms.append(fold(to_latin(part)))
        for form in forms:
            if form and form not in seen:
                seen.append(form)
    return " ".join(seen)


def registration_code_for(name: str, delegation: str, salt: str = "") -> str:
    """A short code derived from a person's name and delegation (stable across re-imports).

    Crockford-like base32 without padding; 8 characters, ~40 bits: collisions in a forum of
    100,000 people are rare and the importer checks for them.
    """
    digest = hashlib.sha256(f"{fold(name)}|{fold(delegation)}|{salt}".encode()).digest()
    text = base64.b32encode(digest[:5]).decode("ascii")
    return f"{_CODE_PREFIX}-{text}"
