"""Talking to the sync server over HTTP: the client, its TLS, and what a failed request means.

Every failure becomes a :class:`~desktop.sync.state.SyncError` a desk operator can act on:
offline (no answer, a cut or garbled answer, a server error), unauthorized (enroll again),
forbidden (the desk's role may not make the change), or refused (with the server's words).
"""

from __future__ import annotations

import functools
import logging
import os
import ssl
from typing import Any

import certifi
import httpcore  # noqa: F401  (httpx loads it at a first request; a desk loads it at start)
import httpx

from desktop.sync.state import (
    EnrollRefused,
    SyncError,
    SyncForbidden,
    SyncOffline,
    SyncUnauthorized,
)

log = logging.getLogger(__name__)


def open_client(
    server_url: str,
    timeout: httpx.Timeout,
    *,
    token: str | None = None,
    transport: httpx.BaseTransport | None = None,
) -> httpx.Client:
    """An HTTP client for the server (``transport``: tests hand in an in-process one)."""
    headers = {"User-Agent": "ForumDesk-desk"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    # A plain-HTTP server (a venue's own network) never negotiates TLS: no context is
    # built for it, which reads the CA bundle (tens of milliseconds, every process).
    secure = server_url.lower().startswith("https:")
    return httpx.Client(
        base_url=server_url.rstrip("/"),
        timeout=timeout,
        headers=headers,
        transport=transport,
        verify=_tls_context() if secure else False,
    )


def call(
    http: httpx.Client,
    method: str,
    url: str,
    *,
    enrolling: bool = False,
    raw: bool = False,
    **kw: Any,
) -> Any:
    """The answer's JSON (its bytes with ``raw``), or the SyncError the failure means."""
    try:
        response = http.request(method, url, **kw)
    except httpx.TransportError as exc:
        raise SyncOffline(f"the server does not answer ({_transport_reason(exc)})") from exc
    if response.status_code < 300 and raw:
        return response.content
    if response.status_code < 300:
        try:
            return response.json()
        except ValueError as exc:
            raise SyncOffline("the server's answer was cut or garbled") from exc
    try:
        error = response.json().get("error", {})
    except (ValueError, AttributeError):
        error = {}
    code, message = (
        str(error.get("code", "")),
        str(error.get("message", response.reason_phrase)),
    )
    if response.status_code == 401:
        if enrolling:
            raise EnrollRefused(f"the server refused the enrollment: {message}", code=code)
        raise SyncUnauthorized(f"the server refused this desk: {message}", code=code)
    if response.status_code == 403:
        raise SyncForbidden(message, code=code, details=error.get("details", {}))
    if response.status_code >= 500:
        raise SyncOffline(f"the server had a problem ({response.status_code})")
    raise SyncError(
        f"the server refused the request: {message}", code=code, status=response.status_code
    )


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """One TLS context for every round: building one reads the CA bundle (tens of ms).

    ``SSL_CERT_FILE`` names a forum's own CA bundle (a server behind an internal CA).
    """
    return ssl.create_default_context(cafile=os.environ.get("SSL_CERT_FILE") or certifi.where())


def _transport_reason(exc: httpx.TransportError) -> str:
    """Why a request did not get through, in words a desk operator can pass on."""
    if isinstance(exc, httpx.ConnectTimeout):
        return "no answer to the connection in time"
    if isinstance(exc, httpx.TimeoutException):
        return "the answer took too long"
    if isinstance(exc, httpx.ConnectError):
        text = str(exc).lower()
        if "certificate" in text or "ssl" in text:
            return "its TLS certificate is not trusted here"
        if "name" in text and ("resolution" in text or "known" in text):
            return "its name is not found; check the address"
        return "connection refused or network down"
    if isinstance(exc, httpx.RemoteProtocolError):
        return "the connection was cut"
    return "network error"
