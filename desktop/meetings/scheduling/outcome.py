"""What the scheduler gives back: placements, the reasons for what stayed unplaced, the result."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

#: ``progress(fraction, words)`` while the scheduler runs.
Progress = Callable[[float, str], object]
#: Asked now and then; True stops the search (the result is then marked cancelled).
StopCheck = Callable[[], bool]


@dataclass(frozen=True)
class Placement:
    request_id: str
    delegation_ids: tuple[str, str]
    slot_id: str
    table_id: str
    interpreter_id: str | None
    purpose: str
    priority: int


@dataclass(frozen=True)
class Unplaced:
    request_id: str
    delegation_ids: tuple[str, str]
    code: str
    reason: str
    params: dict[str, str] = field(default_factory=dict)


@dataclass
class ScheduleResult:
    placed: list[Placement]
    unplaced: list[Unplaced]
    #: Sum of the placed requests' priorities.
    weight: int
    #: The solver's proven upper bound on that weight (equal to ``weight`` when optimal).
    bound: float
    status: str
    seconds: float
    #: Weight of a greedy placement by priority on the same board (the floor).
    greedy_weight: int = 0
    cancelled: bool = False

    @property
    def gap(self) -> float:
        """Relative distance to the proven bound (0.0 = proven optimal)."""
        if self.bound <= 0:
            return 0.0
        return max(0.0, (self.bound - self.weight) / self.bound)

    @property
    def ratio(self) -> float:
        return 1.0 if self.bound <= 0 else min(1.0, self.weight / self.bound)
