"""The report of an import: counts, and every problem and warning with its line and column."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

MAX_REPORTED = 1000


@dataclass(frozen=True)
class RowIssue:
    """One problem in the file: line (1 = header), column, a stable code and plain words."""

    line: int
    column: str
    code: str
    message: str

    def __str__(self) -> str:
        where = [f"line {self.line}"] if self.line else []
        if self.column:
            where.append(f"column {self.column}")
        return f"{', '.join(where)}: {self.message}" if where else self.message


@dataclass
class ImportReport:
    file: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "ok": self.ok,
            "rows": self.rows,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "errors": [issue.__dict__ for issue in self.errors],
            "warnings": [issue.__dict__ for issue in self.warnings],
        }

    def problems_text(self) -> str:
        """The refusal and its problems, without the counts and warnings (for stderr)."""
        lines = [f"{self.file}: {len(self.errors)} problem(s), nothing was imported:"]
        lines += [f"  {issue}" for issue in self.errors[:MAX_REPORTED]]
        if len(self.errors) > MAX_REPORTED:
            lines.append(f"  ... and {len(self.errors) - MAX_REPORTED} more")
        return "\n".join(lines)

    def text(self) -> str:
        """The report as a desk operator reads it."""
        lines = []
        if self.errors:
            lines.append(f"{self.file}: {len(self.errors)} problem(s) found; nothing was imported.")
            lines += [f"  {issue}" for issue in self.errors[:MAX_REPORTED]]
            if len(self.errors) > MAX_REPORTED:
                lines.append(f"  ... and {len(self.errors) - MAX_REPORTED} more")
        else:
            lines.append(
                f"{self.file}: {self.rows} rows: {self.created} new, {self.updated} updated, "
                f"{self.unchanged} unchanged."
            )
        if self.warnings:
            lines.append(f"{len(self.warnings)} warning(s):")
            lines += [f"  {issue}" for issue in self.warnings[:MAX_REPORTED]]
        return "\n".join(lines)
