"""The HTTP JSON API of the central server (FastAPI); OpenAPI docs at ``/docs``.

Every endpoint under ``/api/v1/`` but ``health`` (and ``enroll``, which takes a one-time
code instead) needs ``Authorization: Bearer <token>``. Errors are
``{"error": {"code", "message"}}``. The token is never logged.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from desktop import __version__
from desktop.db.engine import Database
from desktop.sync import protocol as p
from desktop.sync.schema import INT64_MAX
from server.db import open_server_database
from server.errors import ApiError, forbidden
from server.hub import Hub
from server.identity import DeskIdentity

log = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class _TooLarge(Exception):
    pass


class BodyLimit:
    """Refuses request bodies over a size with 413, whether or not Content-Length is sent."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = 0
                if declared > self.limit:
                    await _send_error(
                        send, 413, "too_large", f"request body over {self.limit} bytes"
                    )
                    return
        seen = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge()
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if not started:
                await _send_error(send, 413, "too_large", f"request body over {self.limit} bytes")


async def _send_error(send: Send, status: int, code: str, message: str) -> None:
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def error_response(
    status: int, code: str, message: str, details: dict[str, Any] | None = None
) -> JSONResponse:
    body: dict[str, Any] = {"code": code, "message": message}
    if details:
        body["details"] = details
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse({"error": body}, status_code=status, headers=headers)


def inline_schema(model: type[BaseModel]) -> dict[str, Any]:
    """A model's JSON schema with its ``$defs`` written in place (for ``openapi_extra``,
    where references to the model's own definitions would not resolve)."""
    schema = model.model_json_schema()
    defs = schema.pop("$defs", {})

    def resolve(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/$defs/"):
                return resolve(defs[ref.removeprefix("#/$defs/")])
            return {k: resolve(v) for k, v in node.items()}
        if isinstance(node, list):
            return [resolve(v) for v in node]
        return node

    resolved: dict[str, Any] = resolve(schema)
    return resolved


_STATUS_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
}


def current_desk(request: Request) -> DeskIdentity:
    """The desk behind the request's bearer token (401 otherwise)."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    hub: Hub = request.app.state.hub
    return hub.authenticate(token.strip() if scheme.lower() == "bearer" else None)


Authed = Annotated[DeskIdentity, Depends(current_desk)]


def admin_desk(who: Authed) -> DeskIdentity:
    if who.role != "admin":
        raise forbidden(f"a {who.role} may not do this; an admin may")
    return who


Admin = Annotated[DeskIdentity, Depends(admin_desk)]


def create_app(database: str | Database, *, max_body: int = p.MAX_REQUEST_BYTES) -> FastAPI:
    """The API over a database URL (or an open database)."""
    db = database if isinstance(database, Database) else open_server_database(database)
    hub = Hub(db)
    hub.publish_local_changes()
    app = FastAPI(
        title="ForumDesk server",
        version=__version__,
        description="Enrollment, push and pull of desk changes, desk keys, meeting arbitration.",
        responses={401: {"model": p.ErrorResponse}, 403: {"model": p.ErrorResponse}},
    )
    app.state.hub = hub

    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.details)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error_response(
            exc.status_code, _STATUS_CODES.get(exc.status_code, "error"), str(exc.detail)
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [
            {"where": ".".join(str(x) for x in e.get("loc", ())), "problem": e.get("msg", "")}
            for e in exc.errors()[:20]
        ]
        first = f": {problems[0]['where']}: {problems[0]['problem']}" if problems else ""
        return error_response(
            422, "invalid_request", f"the request is not valid{first}", {"problems": problems}
        )

    v1 = p.API_PREFIX

    @app.get(f"{v1}/health", response_model=p.Health, tags=["server"])
    def health() -> p.Health:
        """Whether the server and its database answer; the only endpoint without a token."""
        return p.Health(version=__version__, database=db.engine.dialect.name, cursor=hub.cursor())

    @app.post(f"{v1}/enroll", response_model=p.EnrollResponse, tags=["desks"])
    def enroll(body: p.EnrollRequest) -> p.EnrollResponse:
        """Trade a one-time code and the desk's public key for a token, the event and the desk keys."""
        return hub.enroll(body)

    @app.get(f"{v1}/me", tags=["desks"])
    def me(who: Authed) -> dict[str, Any]:
        """The desk behind the token."""
        return {"id": str(who.id), "name": who.name, "role": who.role}

    @app.get(f"{v1}/event", tags=["event"])
    def event(_: Authed) -> dict[str, Any]:
        """The event, zones, categories, delegations and meeting grid."""
        return hub.event_info()

    @app.post(
        f"{v1}/changes",
        response_model=p.PushResponse,
        tags=["sync"],
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": inline_schema(p.PushRequest)}},
            }
        },
    )
    async def push(request: Request, who: Authed) -> Response:
        """Upload changes; each is answered (accepted, duplicate, conflict, rejected) and stored once.

        The body is ``PushRequest``. It is read straight from its bytes by pydantic's JSON
        parser (FastAPI would decode it with the standard library first, then validate
        the objects: three times the work for a batch of 5,000), and the answer is
        encoded in one go.
        """
        body = await request.body()
        return await run_in_threadpool(_push, who, body)

    def _push(who: DeskIdentity, body: bytes) -> Response:
        try:
            changes = p.read_push(body)
        except p.PushUnreadable as exc:
            raise RequestValidationError(
                [{**e, "loc": ("body", *e["loc"])} for e in exc.errors]
            ) from exc
        answer = p.PushResponse(results=hub.push(who, changes))
        return Response(answer.model_dump_json(), media_type="application/json")

    @app.get(f"{v1}/changes", response_model=p.PullResponse, tags=["sync"])
    def pull(
        _: Authed,
        since: Annotated[int, Query(ge=0, le=INT64_MAX)] = 0,
        limit: Annotated[int, Query(ge=1, le=p.MAX_PULL_LIMIT)] = 1000,
        checkins: Annotated[str, Query(pattern="^(changes|rows)$")] = "changes",
    ) -> Response:
        """Accepted changes after a cursor, in feed order, one page at a time.

        ``checkins=rows`` sends check-ins as rows of ``CHECKIN_ROW_COLUMNS`` under
        ``checkins`` (each converted once, at push, for every desk) instead of changes.
        """
        page = hub.pull_json(since, limit, checkin_rows=checkins == "rows")
        return Response(page, media_type="application/json")

    @app.post(f"{v1}/enroll-codes", tags=["desks"])
    def new_code(
        _: Admin, role: Annotated[str, Query(pattern="^(desk|coordinator|admin)$")] = "desk"
    ) -> dict[str, str]:
        """A one-time enrollment code for a new desk of a role."""
        return {"code": hub.new_enroll_code(role), "role": role}

    @app.get(f"{v1}/desks", tags=["desks"])
    def desks(_: Admin) -> list[dict[str, Any]]:
        """The enrolled desks."""
        return hub.desks()

    @app.post(f"{v1}/desks/{{desk_id}}/revoke", tags=["desks"])
    def revoke(desk_id: Annotated[str, Path(max_length=64)], _: Admin) -> dict[str, Any]:
        """Revoke a desk: its token stops working and every desk learns its key is revoked."""
        return hub.revoke_desk(desk_id)

    app.add_middleware(BodyLimit, limit=max_body)
    return app
