"""When a meeting needs an interpreter, and which interpreters can take it.

The rule, kept simple on purpose:

* Each side speaks its delegation's languages (``Delegation.languages``).
* Two delegations that share a language meet without an interpreter.
* Otherwise an interpreter is needed. When the request lists its language needs
  (``MeetingRequest.languages``, e.g. ``["fa", "pt"]``) the interpreter must speak all of
  them; when it lists none, the interpreter must speak one language of each side.
* A delegation that lists no languages is taken to manage with anyone, unless the request
  lists two or more languages (then an interpreter covering them is needed).

English is not treated as a relay: a delegation that speaks English lists ``en``, and
then any other English-speaking delegation shares a language with it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LanguageNeed:
    """What a meeting needs: nothing, or an interpreter for these sides."""

    side_a: tuple[str, ...]
    side_b: tuple[str, ...]
    #: Languages the interpreter must all speak (from the request), if any.
    required: tuple[str, ...] = ()
    needed: bool = False

    def fits(self, interpreter_languages: Iterable[str]) -> bool:
        """Whether an interpreter speaking these languages can take the meeting."""
        spoken = {x.lower() for x in interpreter_languages}
        if self.required:
            return all(x in spoken for x in self.required)
        return bool(spoken & set(self.side_a)) and bool(spoken & set(self.side_b))

    @property
    def label(self) -> str:
        """A short name for the language pair, such as ``fa–pt``."""
        if self.required:
            return "–".join(self.required)
        a = "/".join(self.side_a) or "?"
        b = "/".join(self.side_b) or "?"
        return "–".join(sorted((a, b)))


def _norm(languages: Iterable[str]) -> tuple[str, ...]:
    seen: list[str] = []
    for x in languages:
        code = str(x).strip().lower()
        if code and code not in seen:
            seen.append(code)
    return tuple(seen)


def language_need(
    languages_a: Sequence[str], languages_b: Sequence[str], requested: Sequence[str] = ()
) -> LanguageNeed:
    """The interpreter need of a meeting between two delegations (see the module rule)."""
    a, b, req = _norm(languages_a), _norm(languages_b), tuple(sorted(_norm(requested)))
    needed = not (set(a) & set(b)) if a and b else len(req) >= 2
    return LanguageNeed(a, b, req if needed and len(req) >= 2 else (), needed)


def fitting_interpreters(
    need: LanguageNeed, interpreters: Iterable[tuple[str, Sequence[str]]]
) -> list[str]:
    """Ids of the interpreters who can take a meeting with this need (empty if none needed)."""
    if not need.needed:
        return []
    return [iid for iid, langs in interpreters if need.fits(langs)]
