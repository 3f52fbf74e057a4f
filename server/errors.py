"""Errors the API turns into ``{"error": {"code", "message"}}`` answers."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """An error with its HTTP status and a stable code."""

    def __init__(
        self, status: int, code: str, message: str, details: dict[str, Any] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details or {}


def unauthorized(
    message: str = "a valid desk token is required", code: str = "unauthorized"
) -> ApiError:
    return ApiError(401, code, message)


def forbidden(message: str, details: dict[str, Any] | None = None) -> ApiError:
    return ApiError(403, "forbidden", message, details)
