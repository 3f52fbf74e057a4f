"""What printing needs of the desk's badges: the codes, the PDF and the print log."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from desktop.badges.prints import FailedPrint, PrintStatus, Reissue


class BadgeDesk(Protocol):
    """What printing needs of the desk's badges: the codes, the PDF and the print log.

    ``BadgeService`` is one; the printing engine never imports the use cases above it.
    """

    def codes_of(self, keys: Iterable[str | uuid.UUID]) -> list[str]: ...

    def was_printed(self, code: str) -> bool: ...

    def print_status(self, codes: Iterable[str]) -> dict[str, PrintStatus]: ...

    def render(
        self,
        selection: Iterable[str],
        out: str | os.PathLike[str],
        layout: str = ...,
        progress: Any = ...,
        *,
        record: bool = ...,
        reissue: Reissue | None = ...,
    ) -> Any: ...

    def log_prints(self, *args: Any, **kwargs: Any) -> list[uuid.UUID]: ...

    def mark_prints_failed(self, print_ids: Sequence[uuid.UUID], message: str) -> int: ...

    def failed_prints(self) -> list[FailedPrint]: ...
