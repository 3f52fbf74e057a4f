"""The print log: each badge a print queue accepted, and the jobs that failed after that.

A badge is logged when the OS queue accepts its job (who, desk, when, version, layout,
printer, job), with its change-log record in the same transaction; a job that fails
later keeps its rows, marked failed with the printer's words, and they no longer count
as printed (``print_failed`` in the change log, so other desks learn it too).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.badges.prints import FailedPrint, PrintStatus, Reissue
from desktop.db.batches import chunks
from desktop.db.models import BadgePrint, Participant, utcnow
from desktop.errors import NotFound

if TYPE_CHECKING:
    from desktop.db.handle import ForumDb

log = logging.getLogger(__name__)


class PrintLog:
    """The print log's use cases; ``BadgeService`` (``forum.badges``) offers them."""

    db: ForumDb

    def _load(self, s: Session, key: str) -> Participant:
        raise NotImplementedError

    def _issue(self, s: Session, p: Participant, reissue: Reissue) -> None:
        raise NotImplementedError

    def record_prints(
        self, codes: Iterable[str], layout: str, *, reissue: Reissue | None = None
    ) -> int:
        """Log each badge as printed now at this desk, with its change-log record.

        With ``reissue`` the reprint's new version is issued first, in the same
        transaction: from now on the old badge is refused as superseded.
        """
        return len(self.log_prints(codes, layout, reissue=reissue))

    def log_prints(
        self,
        codes: Iterable[str],
        layout: str,
        *,
        printer: str = "",
        job: str = "",
        source: str = "",
        reissue: Reissue | None = None,
    ) -> list[uuid.UUID]:
        """Log each badge as printed (the OS queue accepted it), in one transaction with
        its change-log records; returns the print records' ids, in the order given. A
        reprint's new version (``reissue``) becomes current in the same transaction."""
        actor = self.db.actor
        wanted = [c.strip().upper() for c in codes]
        ids: list[uuid.UUID] = []
        with self.db.session() as s:
            if reissue is not None:
                self._issue(s, self._load(s, reissue.registration_code), reissue)
            people = {
                p.registration_code: p
                for p in s.scalars(
                    select(Participant).where(Participant.registration_code.in_(wanted))
                )
            }
            now = utcnow()
            for code in wanted:
                p = people.get(code)
                if p is None:
                    raise NotFound(f"no participant with code {code!r}", code=code, what="code")
                row = BadgePrint(
                    id=uuid.uuid4(),
                    participant_id=p.id,
                    version=p.badge_version,
                    layout=layout,
                    desk=actor.desk,
                    operator=actor.operator,
                    printed_at=now,
                    status="printed",
                    printer=printer[:200],
                    job=job[:64],
                    source=source[:32],
                )
                s.add(row)
                ids.append(row.id)
                self.db.recorder.record(
                    s,
                    "badge",
                    p.id,
                    "print",
                    {
                        "id": str(row.id),
                        "participant_id": str(p.id),
                        "registration_code": p.registration_code,
                        "badge_id": p.badge_id,
                        "version": p.badge_version,
                        "layout": layout,
                        "desk": actor.desk,
                        "operator": actor.operator,
                        "printed_at": now.isoformat(),
                        "status": "printed",
                        "printer": printer[:200],
                        "job": job[:64],
                        "source": source[:32],
                    },
                    at=now,
                )
        return ids

    def mark_prints_failed(self, print_ids: Iterable[uuid.UUID], message: str) -> int:
        """A job the queue had accepted failed: its prints stay in the log as failed (and
        no longer count as printed), each with a change-log record. Returns how many."""
        ids = list(print_ids)
        message = message.strip()[:500]
        done = 0
        with self.db.session() as s:
            now = utcnow()
            for row in s.scalars(select(BadgePrint).where(BadgePrint.id.in_(ids))):
                if row.status == "failed":
                    continue
                row.status = "failed"
                row.message = message
                done += 1
                self.db.recorder.record(
                    s,
                    "badge",
                    row.participant_id,
                    "print_failed",
                    {
                        "id": str(row.id),
                        "participant_id": str(row.participant_id),
                        "status": "failed",
                        "message": message,
                        "failed_at": now.isoformat(),
                    },
                    at=now,
                )
        return done

    def failed_prints(self, limit: int = 200) -> list[FailedPrint]:
        """Badges whose last print job failed and that have not printed since, newest first."""
        with self.db.session() as s:
            latest = (
                select(BadgePrint.participant_id, func.max(BadgePrint.printed_at).label("at"))
                .group_by(BadgePrint.participant_id)
                .subquery()
            )
            rows = s.execute(
                select(BadgePrint, Participant.registration_code)
                .join(
                    latest,
                    (latest.c.participant_id == BadgePrint.participant_id)
                    & (latest.c.at == BadgePrint.printed_at),
                )
                .join(Participant, Participant.id == BadgePrint.participant_id)
                .where(BadgePrint.status == "failed", BadgePrint.desk == self.db.actor.desk)
                .order_by(BadgePrint.printed_at.desc())
                .limit(limit)
            ).all()
            return [
                FailedPrint(
                    print_id=row.id,
                    registration_code=code,
                    layout=row.layout,
                    printer=row.printer,
                    job=row.job,
                    source=row.source,
                    message=row.message,
                    at=row.printed_at,
                )
                for row, code in rows
            ]

    def print_status(self, codes: Iterable[str]) -> dict[str, PrintStatus]:
        """Printed or not, and the last print, for each registration code asked about."""
        wanted = [c.strip().upper() for c in codes]
        out: dict[str, PrintStatus] = {}
        with self.db.session() as s:
            for chunk in chunks(wanted):
                people = s.execute(
                    select(
                        Participant.id, Participant.registration_code, Participant.badge_version
                    ).where(Participant.registration_code.in_(chunk))
                ).all()
                ids = [r[0] for r in people]
                counts = dict(
                    s.execute(
                        select(BadgePrint.participant_id, func.count())
                        .where(BadgePrint.participant_id.in_(ids), BadgePrint.status == "printed")
                        .group_by(BadgePrint.participant_id)
                    ).all()
                )
                last: dict[uuid.UUID, BadgePrint] = {}
                for row in s.scalars(
                    select(BadgePrint)
                    .where(BadgePrint.participant_id.in_(ids), BadgePrint.status == "printed")
                    .order_by(BadgePrint.printed_at)
                ):
                    last[row.participant_id] = row
                for pid, code, version in people:
                    lp = last.get(pid)
                    out[code] = PrintStatus(
                        registration_code=code,
                        current_version=version,
                        printed=lp is not None,
                        prints=int(counts.get(pid, 0)),
                        last_printed_at=lp.printed_at if lp else None,
                        last_version=lp.version if lp else None,
                        last_desk=lp.desk if lp else "",
                        last_layout=lp.layout if lp else "",
                    )
        return out

    def was_printed(self, code: str) -> bool:
        """Whether any version of this participant's badge was printed (here or synced);
        a job that failed after the queue took it does not count."""
        with self.db.session() as s:
            p = self._load(s, code)
            found = s.scalars(
                select(BadgePrint.id)
                .where(BadgePrint.participant_id == p.id, BadgePrint.status == "printed")
                .limit(1)
            ).first()
            return found is not None

    # -- reprints ----------------------------------------------------------------------
