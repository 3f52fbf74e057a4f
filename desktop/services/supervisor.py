"""The supervisor PIN of a desk: set once, stored hashed, checked in the core.

An override of a rejection (and leaving the kiosk) needs the supervisor's PIN. The PIN
lives in this desk's database (the ``meta`` table, never synced), as a salted scrypt
hash, so the GUI, the kiosk and the CLI check the same PIN the same way. There is no
default: until someone sets a PIN, ``verify`` refuses with ``PinNotSet``.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from typing import TYPE_CHECKING

from desktop.db import setup
from desktop.errors import InvalidInput, PinNotSet, WrongPin

if TYPE_CHECKING:
    from desktop.db.handle import ForumDb

log = logging.getLogger(__name__)

META_SUPERVISOR_PIN = "supervisor_pin"
#: The shortest and longest PIN a desk accepts.
PIN_MIN, PIN_MAX = 4, 32
#: scrypt's cost: tens of milliseconds a check, far too slow to guess PINs in bulk.
_N, _R, _P = 2**14, 8, 1
_SCHEME = "scrypt"


def hash_pin(pin: str, *, salt: bytes | None = None, n: int = _N, r: int = _R, p: int = _P) -> str:
    """``scrypt$n$r$p$salt$hash`` (hex) of the PIN, with a fresh random salt."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32)
    return f"{_SCHEME}${n}${r}${p}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    """Whether ``pin`` is the PIN ``stored`` (a ``hash_pin`` result) was made from."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != _SCHEME:
            return False
        expected = bytes.fromhex(digest)
        got = hashlib.scrypt(
            pin.encode("utf-8"),
            salt=bytes.fromhex(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, MemoryError):
        log.error("the stored supervisor PIN is not readable; it must be set again")
        return False
    return hmac.compare_digest(got, expected)


def check_new_pin(pin: str) -> str:
    """The PIN as it will be stored, or InvalidInput saying what a PIN must be."""
    if pin != pin.strip() or not (PIN_MIN <= len(pin) <= PIN_MAX) or not pin.isprintable():
        raise InvalidInput(
            f"a supervisor PIN has {PIN_MIN} to {PIN_MAX} characters, without spaces at the ends",
            field="pin",
            min=PIN_MIN,
            max=PIN_MAX,
        )
    return pin


class SupervisorPin:
    """This desk's supervisor PIN: whether one is set, setting it, checking it."""

    def __init__(self, db: ForumDb) -> None:
        self.db = db

    def _stored(self) -> str:
        with self.db.session() as s:
            return setup.get_meta(s, META_SUPERVISOR_PIN) or ""

    def is_set(self) -> bool:
        return bool(self._stored())

    def verify(self, pin: str) -> None:
        """Nothing when ``pin`` is this desk's PIN; PinNotSet or WrongPin otherwise."""
        stored = self._stored()
        if not stored:
            raise PinNotSet(
                "no supervisor PIN is set on this desk; set one first "
                "(Desk > Settings > Supervisor PIN, or 'forumdesk supervisor-pin')"
            )
        if not pin_matches(str(pin), stored):
            log.warning("a wrong supervisor PIN was given")
            raise WrongPin("wrong supervisor PIN")

    def set(self, new_pin: str, *, current: str | None = None) -> None:
        """Set the PIN. Changing a PIN that is set needs the current one (``current``)."""
        check_new_pin(new_pin)
        if self.is_set():
            self.verify(current if current is not None else "")
        with self.db.session() as s:
            setup.set_meta(s, META_SUPERVISOR_PIN, hash_pin(new_pin))
        log.info("supervisor PIN %s", "changed" if current is not None else "set")

    def adopt(self, plain_pin: str) -> bool:
        """Store an older desk's plain-text PIN hashed, unless a PIN is already set or the
        old value is not a usable PIN. Returns whether it was taken."""
        if self.is_set():
            return False
        try:
            check_new_pin(plain_pin)
        except InvalidInput:
            return False
        with self.db.session() as s:
            setup.set_meta(s, META_SUPERVISOR_PIN, hash_pin(plain_pin))
        log.info("the desk's plain-text supervisor PIN is now stored hashed")
        return True
