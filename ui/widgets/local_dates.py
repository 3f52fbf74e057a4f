"""Moved to :mod:`ui.timefmt`, the desk's one time formatter; kept for older imports."""

from __future__ import annotations

from ui.timefmt import day_label, day_pattern, moment_label, time_label

__all__ = ["day_label", "day_pattern", "moment_label", "time_label"]
