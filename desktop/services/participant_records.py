"""How a participant is written: badge identities, search keys, the change record sync carries."""

from __future__ import annotations

import secrets
from typing import Any

from desktop.db.models import Participant
from desktop.text.keys import make_search_key


def participant_change_data(p: Participant) -> dict[str, Any]:
    """The full record of a participant as the change log and sync carry it."""
    return {
        "id": str(p.id),
        "registration_code": p.registration_code,
        "badge_id": p.badge_id,
        "badge_version": p.badge_version,
        "given_name": p.given_name,
        "family_name": p.family_name,
        "given_name_latin": p.given_name_latin,
        "family_name_latin": p.family_name_latin,
        "latin_generated": p.latin_generated,
        "title": p.title,
        "organisation": p.organisation,
        "delegation_id": str(p.delegation_id) if p.delegation_id else None,
        "country": p.country,
        "category_id": str(p.category_id),
        "email": p.email,
        "phone": p.phone,
        "languages": list(p.languages or []),
        "zones": p.zones,
        "notes": p.notes,
        "status": p.status,
    }


def new_badge_id() -> int:
    """A random positive 63-bit badge identity (fits SQLite's signed integer)."""
    return secrets.randbits(63) or 1


def refresh_search_key(p: Participant, delegation_name: str = "") -> None:
    p.search_key = make_search_key(
        [p.native_name, p.latin_name, p.registration_code, delegation_name, p.organisation]
    )
