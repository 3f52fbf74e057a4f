"""Badges: what each badge shows, batch and on-demand PDFs, the print log, and reprints.

Batches come out in a stable order (delegation, then Latin family and given name) so a
pile of pre-printed badges is easy to search. Every badge printed is logged (who, desk,
when, version, layout) with its change-log record in the same transaction; a reprint
makes a new badge version and revokes the older ones, so the old QR is refused at
check-in as superseded. The new version becomes current when its badge is printed or
saved, not when the reason is given: a reprint cancelled at the print dialog leaves the
old badge admitting.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import tempfile
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.badges.layouts import BadgeData, check_layout
from desktop.badges.prints import FailedPrint, PrintStatus, Reissue
from desktop.badges.render import BadgeRenderCancelled, render_badges
from desktop.db import setup
from desktop.db.batches import chunks
from desktop.db.models import (
    BadgeVersion,
    Category,
    Delegation,
    Participant,
    utcnow,
)
from desktop.domain.countries import country_name
from desktop.errors import Conflict, InvalidInput, NotFound
from desktop.services.print_log import PrintLog

if TYPE_CHECKING:
    from desktop.db.handle import ForumDb
    from desktop.services.checkin import CheckinService

log = logging.getLogger(__name__)

__all__ = [
    "BadgeRenderCancelled",
    "BadgeSelection",
    "BadgeService",
    "FailedPrint",
    "PrintStatus",
    "Reissue",
]

#: Meta key holding the path of the event logo printed on badges (optional).
META_EVENT_LOGO = "event_logo_path"
#: Progress callback: badges done and the total; returning False cancels.
Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class BadgeSelection:
    """Which badges to print: explicit codes, and/or a delegation, and/or a category.

    Empty means every registered (not cancelled) participant. Unknown codes, delegations
    and categories raise NotFound, so nothing is printed for a typo.
    """

    codes: tuple[str, ...] = ()
    delegation: str = ""
    category: str = ""


def _print_key(p: Participant) -> tuple[str, str, str, str]:
    delegation = p.delegation.name if p.delegation else ""
    return (
        delegation.casefold(),
        (p.family_name_latin or p.family_name).casefold(),
        (p.given_name_latin or p.given_name).casefold(),
        p.registration_code,
    )


class BadgeService(PrintLog):
    """Badge use cases for the GUI, the CLI and the kiosk."""

    def __init__(self, db: ForumDb, checkin: CheckinService) -> None:
        self.db = db
        self.checkin = checkin
        self._photo_dir: Path | None = None

    # -- what a badge shows ----------------------------------------------------------
    def badge_data(self, code: str) -> BadgeData:
        """The badge of one participant (by registration code or id), with a fresh QR."""
        with self.db.session() as s:
            p = self._load(s, code)
            event_name, logo = self._event_details(s)
            return self._data(s, p, event_name, logo, self._photos(s, [p.id]))

    def select(self, selection: BadgeSelection | None = None) -> list[str]:
        """Registration codes of the selection in print order; NotFound for unknown names."""
        with self.db.session() as s:
            return [p.registration_code for p in self._select(s, selection or BadgeSelection())]

    def _select(self, s: Session, sel: BadgeSelection) -> list[Participant]:
        stmt = select(Participant).where(Participant.merged_into.is_(None))
        if sel.codes:
            wanted = {c.strip().upper() for c in sel.codes if c.strip()}
            found = list(s.scalars(stmt.where(Participant.registration_code.in_(wanted))))
            missing = sorted(wanted - {p.registration_code for p in found})
            if missing:
                raise NotFound(
                    f"no participant with code {', '.join(missing)}", codes=missing, what="code"
                )
            people = found
        else:
            people = list(s.scalars(stmt.where(Participant.status == "registered")))
        if sel.delegation:
            name = self._delegation_name(s, sel.delegation)
            people = [p for p in people if p.delegation is not None and p.delegation.name == name]
        if sel.category:
            cat = self._category(s, sel.category)
            people = [p for p in people if p.category_id == cat.id]
        people.sort(key=_print_key)
        return people

    def _delegation_name(self, s: Session, text: str) -> str:
        names = list(s.scalars(select(Delegation.name)))
        key = text.strip().casefold()
        for name in names:
            if name == text.strip() or name.casefold() == key:
                return name
        raise NotFound(f"no delegation named {text!r}", delegation=text, what="delegation")

    def _category(self, s: Session, text: str) -> Category:
        key = text.strip().casefold()
        for cat in s.scalars(select(Category)):
            if key in (cat.code.casefold(), cat.name.casefold()):
                return cat
        raise NotFound(f"no category {text!r}", category=text, what="category")

    def _load(self, s: Session, key: str) -> Participant:
        p: Participant | None = None
        with contextlib.suppress(ValueError):
            p = s.get(Participant, uuid.UUID(key))
        if p is None:
            p = s.scalars(
                select(Participant).where(Participant.registration_code == key.strip().upper())
            ).first()
        if p is None:
            raise NotFound(f"no participant with code {key!r}", code=key, what="code")
        return p

    def _event_details(self, s: Session) -> tuple[str, str | None]:
        event = setup.current_event(s)
        logo = setup.get_meta(s, META_EVENT_LOGO)
        return (event.name if event else "", logo if logo and os.path.exists(logo) else None)

    def _photos(self, s: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
        """Photos of these participants as files (badges draw from a path), by id."""
        out: dict[uuid.UUID, str] = {}
        for chunk in chunks(ids):
            rows = s.execute(
                select(Participant.id, Participant.photo).where(
                    Participant.id.in_(chunk), Participant.photo.is_not(None)
                )
            )
            for pid, photo in rows:
                if photo:
                    out[pid] = self._photo_file(photo)
        return out

    def _photo_file(self, photo: bytes) -> str:
        if self._photo_dir is None:
            self._photo_dir = Path(tempfile.mkdtemp(prefix="forumdesk-photos-"))
        path = self._photo_dir / f"{hashlib.sha256(photo).hexdigest()[:32]}.img"
        if not path.exists():
            path.write_bytes(photo)
        return str(path)

    def _data(
        self,
        s: Session,
        p: Participant,
        event_name: str,
        logo: str | None,
        photos: dict[uuid.UUID, str],
        version: int | None = None,
    ) -> BadgeData:
        return BadgeData(
            given_name=p.given_name,
            family_name=p.family_name,
            given_name_latin=p.given_name_latin,
            family_name_latin=p.family_name_latin,
            title=p.title,
            organisation=p.organisation,
            delegation=p.delegation.name if p.delegation else "",
            country_code=p.country,
            country_name=country_name(p.country),
            category_name=p.category.name,
            category_colour=p.category.colour,
            qr_payload=self.checkin.qr_for(p.registration_code, version=version),
            registration_code=p.registration_code,
            photo_path=photos.get(p.id),
            event_name=event_name,
            event_logo_path=logo,
        )

    # -- rendering ---------------------------------------------------------------------
    def render(
        self,
        selection: BadgeSelection | Iterable[str] | None,
        out: str | os.PathLike[str] | BinaryIO,
        layout: str = "a6",
        progress: Progress | None = None,
        *,
        record: bool = True,
        reissue: Reissue | None = None,
    ) -> int:
        """Write the selected badges into one PDF in print order; returns how many.

        With ``record`` each badge is logged as printed once the whole file is written
        (a cancelled batch raises BadgeRenderCancelled, leaves no file and logs nothing).
        A preview or a PDF that is about to go to a printer passes ``record=False`` and
        calls ``record_prints`` after the printer took it. With ``reissue`` that person's
        badge carries the reprint's new version, which becomes current when recorded.
        """
        check_layout(layout)
        if selection is None:
            sel = BadgeSelection()
        elif isinstance(selection, BadgeSelection):
            sel = selection
        else:
            codes = tuple(selection)
            if not codes:
                raise InvalidInput("no badges selected")
            sel = BadgeSelection(codes=codes)
        with self.db.session() as s:
            people = self._select(s, sel)
            event_name, logo = self._event_details(s)
            photos = self._photos(s, [p.id for p in people])
            data = [
                self._data(s, p, event_name, logo, photos, _version_for(p, reissue)) for p in people
            ]
            codes_in_order = [p.registration_code for p in people]
        total = len(data)
        if total == 0:
            raise NotFound("no participants to print badges for", what="selection")
        step = None if progress is None else (lambda done: progress(done, total))
        count = render_badges(data, out, layout=layout, progress=step)
        log.info("rendered %d badge(s) as %s", count, layout)
        if record:
            self.record_prints(codes_in_order, layout, reissue=reissue)
        return count

    def preview(self, code: str, out: str | os.PathLike[str] | BinaryIO, layout: str) -> None:
        """One badge as a PDF for the screen; not logged as printed."""
        check_layout(layout)
        render_badges([self.badge_data(code)], out, layout=layout)

    # -- for the printing service (the print log itself: desktop.services.print_log) ----
    def codes_of(self, keys: Iterable[str | uuid.UUID]) -> list[str]:
        """Registration codes of participants given by code or id, in the order given."""
        with self.db.session() as s:
            return [self._load(s, str(k)).registration_code for k in keys]

    # -- reprints ----------------------------------------------------------------------
    def prepare_reprint(self, code: str, reason: str) -> Reissue:
        """A reprint of this person's badge (lost badge, correction), not yet issued: print
        or save it with ``reissue=`` to make its version current. Needs a reason."""
        reason = reason.strip()
        if not reason:
            raise InvalidInput("a reason is required for a reprint", field="reason")
        with self.db.session() as s:
            p = self._load(s, code)
            return Reissue(p.registration_code, p.badge_version + 1, p.badge_version, reason)

    def reprint(self, code: str, reason: str) -> int:
        """Issue a new badge version at once (the older QR codes stop admitting); returns
        it. The desk prints with ``prepare_reprint`` instead, so a cancelled print changes
        nothing."""
        reissue = self.prepare_reprint(code, reason)
        with self.db.session() as s:
            self._issue(s, self._load(s, code), reissue)
        return reissue.version

    def _issue(self, s: Session, p: Participant, reissue: Reissue) -> None:
        """Make the reprint's version current and revoke the older ones, audited."""
        if p.badge_version != reissue.replaces:
            raise Conflict(
                f"the badge of {p.registration_code} changed meanwhile "
                f"(now version {p.badge_version}); ask for the reprint again",
                code=p.registration_code,
                version=p.badge_version,
            )
        actor = self.db.actor
        reason = reissue.reason
        old = p.badge_version
        new = reissue.version
        now = utcnow()
        versions = {
            v.version: v
            for v in s.scalars(select(BadgeVersion).where(BadgeVersion.participant_id == p.id))
        }
        if old not in versions:  # version 1 is implicit until the first reprint
            s.add(
                BadgeVersion(
                    participant_id=p.id,
                    badge_id=p.badge_id,
                    version=old,
                    reason="",
                    issued_at=p.created_at,
                    revoked=True,
                )
            )
        revoked = sorted(set(versions) | {old})
        for v in versions.values():
            v.revoked = True
        s.add(
            BadgeVersion(
                participant_id=p.id,
                badge_id=p.badge_id,
                version=new,
                reason=reason,
                issued_at=now,
                issued_by=actor.operator or actor.desk,
            )
        )
        stamp = str(self.db.clock.now())
        p.badge_version = new
        p.field_clocks = {**(p.field_clocks or {}), "badge_version": stamp}
        p.updated_at = now
        self.db.recorder.record(
            s,
            "badge",
            p.id,
            "issue",
            {
                "participant_id": str(p.id),
                "registration_code": p.registration_code,
                "badge_id": p.badge_id,
                "version": new,
                "revoked_versions": revoked,
                "reason": reason,
                "desk": actor.desk,
                "operator": actor.operator,
                "issued_at": now.isoformat(),
                "field_clocks": {"badge_version": stamp},
            },
            at=now,
        )
        s.flush()
        log.info("badge of %s reissued as version %d: %s", p.registration_code, new, reason)


def _version_for(p: Participant, reissue: Reissue | None) -> int | None:
    """The badge version to print for ``p``: a pending reprint's, else the current one."""
    if reissue is not None and p.registration_code == reissue.registration_code.strip().upper():
        return reissue.version
    return None
