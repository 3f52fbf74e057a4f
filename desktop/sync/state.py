"""What sync reports: its errors, its rounds, the status bar's status, conflicts; and the
keys of the desk's ``meta`` table it keeps its state under."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from desktop.db.models import utcnow
from desktop.errors import ForumDeskError
from desktop.sync.rules import parse_time

META_SERVER = "sync.server_url"
META_TOKEN = "sync.token"
META_ROLE = "sync.role"
META_DESK_ID = "sync.desk_id"
META_CURSOR = "sync.cursor"
META_LAST_SUCCESS = "sync.last_success"
META_LAST_ATTEMPT = "sync.last_attempt"
META_LAST_ERROR = "sync.last_error"
META_ONLINE = "sync.online"
META_ROUNDS = "sync.rounds"


class SyncError(ForumDeskError):
    code = "sync_failed"


class SyncOffline(SyncError):
    """The server did not answer (network down, server stopped)."""

    code = "sync_offline"


class SyncUnauthorized(SyncError):
    """The server refused the token (revoked, or never known): enroll again."""

    code = "sync_unauthorized"


class SyncForbidden(SyncError):
    code = "sync_forbidden"


class NotEnrolled(SyncError):
    code = "not_enrolled"


class EnrollRefused(SyncError):
    code = "enroll_refused"


class OtherEventHere(SyncError):
    """The database already holds another event with data; enrolling would mix two events."""

    code = "other_event"


@dataclass
class SyncRound:
    """What one round did; kept (the last few) for the Sync page."""

    started: datetime
    finished: datetime | None = None
    ok: bool = False
    pushed: int = 0
    accepted: int = 0
    duplicates: int = 0
    conflicts: int = 0
    rejected: int = 0
    pulled: int = 0
    applied: int = 0
    #: Pulled changes this desk could not apply: kept aside with the reason, skipped.
    set_aside: int = 0
    cursor: int = 0
    error: str = ""
    error_code: str = ""
    entities: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["started"] = self.started.isoformat()
        out["finished"] = self.finished.isoformat() if self.finished else None
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SyncRound:
        values = dict(data)
        values["started"] = parse_time(values.get("started")) or utcnow()
        values["finished"] = parse_time(values.get("finished"))
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in values.items() if k in known})


@dataclass(frozen=True)
class SyncStatus:
    online: bool
    pending: int
    last_success: datetime | None
    last_error: str | None
    enrolled: bool = False
    server_url: str = ""
    role: str = ""
    conflicts: int = 0


@dataclass(frozen=True)
class SyncConflict:
    """A change the server did not take: a booking that lost, or a change refused."""

    id: str
    entity: str
    entity_id: str
    op: str
    kind: str
    code: str
    message: str
    suggestion: dict[str, Any] | None
    at: str


@dataclass(frozen=True)
class EnrollResult:
    desk_id: str
    role: str
    event_name: str
    server_url: str
    desks: int
