"""Scanning a badge's QR code with the laptop camera (offered only when QtMultimedia exists)."""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

log = logging.getLogger(__name__)


def camera_available() -> bool:
    """A camera and QtMultimedia both exist (PySide6-Essentials has no QtMultimedia)."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return False
    try:
        return bool(QMediaDevices.videoInputs())
    except Exception:
        return False


class CameraScanDialog(QDialog):
    """Reads badge QR codes from the laptop camera (only offered when QtMultimedia exists)."""

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QVideoSink
        from PySide6.QtMultimediaWidgets import QVideoWidget

        self.setWindowTitle(self.tr("Scan with the camera"))
        self.resize(640, 520)
        self.view = QVideoWidget()
        self.sink = QVideoSink(self)
        self.camera = QCamera(self)
        self.session = QMediaCaptureSession(self)
        self.session.setCamera(self.camera)
        self.session.setVideoOutput(self.view)
        self.view.videoSink().videoFrameChanged.connect(self._frame)
        self._last = 0.0
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Hold the badge's QR code in front of the camera.")))
        layout.addWidget(self.view, 1)
        self.camera.start()

    def _frame(self, frame: Any) -> None:
        now = time.monotonic()
        if now - self._last < 0.2:  # five decodes a second are plenty
            return
        self._last = now
        try:
            import numpy as np
            import zxingcpp

            image = frame.toImage().convertToFormat(frame.toImage().Format.Format_Grayscale8)
            width, height, stride = image.width(), image.height(), image.bytesPerLine()
            data = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height)
            pixels = data.reshape(height, stride)[:, :width]
            results = zxingcpp.read_barcodes(pixels)
        except Exception:
            log.exception("camera frame could not be decoded")
            return
        for result in results:
            if result.text:
                self.camera.stop()
                self.scanned.emit(result.text)
                self.accept()
                return

    def done(self, code: int) -> None:
        self.camera.stop()
        super().done(code)
