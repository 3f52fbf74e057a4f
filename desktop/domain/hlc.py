"""Hybrid logical clock: orders edits across desks whose wall clocks disagree a little.

A stamp is ``"<wall ms:013d>.<counter:05d>.<node>"``: stamps compare as strings, the later
edit wins a field-by-field merge, and a desk that saw a stamp from the future never issues
an earlier one afterwards.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}.{self.counter:05d}.{self.node}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        wall, counter, node = text.split(".", 2)
        return cls(int(wall), int(counter), node)


class HybridClock:
    """Issues monotonically increasing stamps for one node (desk or server)."""

    def __init__(self, node: str, now_ms: int = 0) -> None:
        self.node = node
        self._wall = now_ms
        self._counter = 0
        self._lock = threading.Lock()

    def now(self) -> Stamp:
        with self._lock:
            physical = int(time.time() * 1000)
            if physical > self._wall:
                self._wall, self._counter = physical, 0
            else:
                self._counter += 1
            return Stamp(self._wall, self._counter, self.node)

    def observe(self, stamp: Stamp | str) -> None:
        """Move past a stamp received from another node."""
        other = Stamp.parse(stamp) if isinstance(stamp, str) else stamp
        with self._lock:
            if (other.wall_ms, other.counter) > (self._wall, self._counter):
                self._wall, self._counter = other.wall_ms, other.counter
