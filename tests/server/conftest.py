"""Server tests run on SQLite, and on PostgreSQL when FORUMDESK_TEST_POSTGRES is set.

Each PostgreSQL test gets a fresh schema (dropped afterwards) in the database the URL
names, so runs never see each other's rows.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

POSTGRES_URL = os.environ.get("FORUMDESK_TEST_POSTGRES", "")

BACKENDS = [
    "sqlite",
    pytest.param(
        "postgresql",
        marks=[
            pytest.mark.postgres,
            pytest.mark.skipif(not POSTGRES_URL, reason="FORUMDESK_TEST_POSTGRES is not set"),
        ],
    ),
]


@pytest.fixture
def fresh_postgres_url() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a new, empty schema."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in POSTGRES_URL else "?"
    try:
        yield f"{POSTGRES_URL}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def server_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The database URL of a fresh server database on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.db'}"
    url: str = request.getfixturevalue("fresh_postgres_url")
    return url


@pytest.fixture
def api(server_url: str) -> Iterator[Any]:
    """A TestClient over a fresh server database on each backend."""
    from fastapi.testclient import TestClient

    from server.app import create_app

    app = create_app(server_url)
    with TestClient(app) as client:
        client.hub = app.state.hub  # type: ignore[attr-defined]
        yield client
    app.state.hub.db.close()


def enroll(api: Any, role: str = "desk", name: str = "desk") -> dict[str, Any]:
    """Enroll a made-up desk; returns the enrollment answer with an auth header added."""
    from desktop.domain import keys

    code = api.hub.new_enroll_code(role)
    _private, public = keys.generate_keypair()
    r = api.post("/api/v1/enroll", json={"code": code, "name": name, "public_key": public.hex()})
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    body["headers"] = {"Authorization": f"Bearer {body['token']}"}
    return body
