"""Importing participants from CSV or XLSX (SPEC *Import format*): check a file, or import it.

The whole file is read and checked before anything is written (:mod:`import_check`): any
invalid row means nothing is imported, and the report lists every problem with its line,
column and reason. Valid files are applied in one transaction (:mod:`import_write`);
unchanged rows change nothing, so re-importing the same file is a no-op, and an updated
file updates only what changed.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.errors import ImportRejected
from desktop.services import import_check, import_write
from desktop.services.import_check import COLUMNS
from desktop.services.import_report import ImportReport, RowIssue

if TYPE_CHECKING:
    from desktop.db.handle import ForumDb

__all__ = ["COLUMNS", "ImportReport", "ImportService", "RowIssue"]

log = logging.getLogger(__name__)


class ImportService:
    """Checks and applies participant files for the desk and the server."""

    def __init__(self, db: ForumDb) -> None:
        self.db = db

    def check(self, path: str | Path) -> ImportReport:
        """Read and validate a file without writing anything."""
        report, _rows = import_check.plan(self.db, Path(path))
        return report

    def import_file(self, path: str | Path) -> ImportReport:
        """Import a file; raises ImportRejected (with the report) if any row is invalid."""
        path = Path(path)
        report, rows = import_check.plan(self.db, path)
        if report.errors:
            raise ImportRejected(report)
        import_write.write(self.db, rows, report)
        log.info(
            "imported %s: %d new, %d updated, %d unchanged",
            path.name,
            report.created,
            report.updated,
            report.unchanged,
        )
        return report
