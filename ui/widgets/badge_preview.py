"""A badge's preview: rendered and rasterised in the background, exactly as it will print."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from ui import printing
from ui.context import AppContext
from ui.errors import describe
from ui.tasks import TaskState

log = logging.getLogger(__name__)

# The preview's resolution on a screen of device pixel ratio 1.
PREVIEW_DPI = 110.0


class BadgePreview(QLabel):
    """Shows the badge of one participant in one layout; the newest choice wins."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.image: QImage | None = None
        self.code = ""
        self._tmp = Path(tempfile.mkdtemp(prefix="forumdesk-badges-"))
        self.setText(self.tr("Choose a participant to see the badge"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(260, 340)
        self.setStyleSheet("background: #E8EAED; border: 1px solid #C4C7CC;")

    def show_badge(self, code: str, layout: str) -> None:
        """Render ``code``'s badge in ``layout`` in the background and show it."""
        self.code = code
        forum = self.ctx.forum
        target = self._tmp / f"preview-{code}-{layout}.pdf"
        dpi = PREVIEW_DPI * self.devicePixelRatioF()

        def work(_state: TaskState) -> QImage:
            forum.badges.preview(code, target, layout)
            return printing.rasterise(target, 0, dpi)

        self.ctx.runner.run(work, self._rendered, self._failed, owner=self, key="preview")

    def forget(self) -> None:
        """No participant chosen: a preview still rendering is not shown."""
        self.code = ""
        self.ctx.runner.drop("preview", self)

    def _rendered(self, image: QImage) -> None:
        self.image = image
        self.fit()

    def _failed(self, exc: BaseException) -> None:
        self.setText(self.tr("No preview: %1").replace("%1", describe(exc)))

    def fit(self) -> None:
        """Scale the badge to the label's size (the page calls this when it is resized)."""
        if self.image is None:
            return
        pix = QPixmap.fromImage(self.image)
        pix.setDevicePixelRatio(self.devicePixelRatioF())
        area = self.size() * self.devicePixelRatioF()
        self.setPixmap(
            pix.scaled(
                area, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
