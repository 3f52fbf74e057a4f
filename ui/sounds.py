"""A short, distinct sound for each check-in outcome.

Rising double beep: admitted. Two flat beeps: already in. Long low tone: rejected.
The WAV files are small sine beeps written with Python's ``wave`` module (``python -m
ui.sounds`` regenerates them into resources/sounds). They play through QtMultimedia's
QSoundEffect when that module exists (PySide6-Essentials lacks it), else the system
beep; no audio device, no module, no file: the desk stays silent but never fails.
"""

from __future__ import annotations

import logging
import math
import struct
import wave
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QApplication

from desktop.paths import resources_dir

log = logging.getLogger(__name__)

RATE = 22050
#: Outcome -> tones as (frequency Hz, milliseconds); frequency 0 is a pause.
TONES: dict[str, tuple[tuple[int, int], ...]] = {
    "admitted": ((880, 90), (0, 30), (1320, 140)),
    "already_in": ((660, 120), (0, 70), (660, 120)),
    "rejected": ((220, 420),),
}


def sounds_dir() -> Path:
    return resources_dir() / "sounds"


def write_tone(path: Path, tones: tuple[tuple[int, int], ...], volume: float = 0.5) -> None:
    """A mono 16-bit WAV of sine tones with 5 ms fades (no clicks)."""
    frames = bytearray()
    fade = int(RATE * 0.005)
    for freq, ms in tones:
        n = int(RATE * ms / 1000)
        for i in range(n):
            envelope = min(1.0, i / fade, (n - 1 - i) / fade) if freq else 0.0
            # A touch of the third harmonic makes the low "rejected" tone audible on laptops.
            x = 2 * math.pi * freq * i / RATE
            sample = (math.sin(x) + 0.25 * math.sin(3 * x)) / 1.25 if freq else 0.0
            frames += struct.pack("<h", int(32767 * volume * envelope * sample))
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))


def ensure_sounds(directory: Path | None = None) -> dict[str, Path]:
    """The WAV file of each outcome, written if missing (a read-only bundle just skips)."""
    folder = directory or sounds_dir()
    paths: dict[str, Path] = {}
    for outcome, tones in TONES.items():
        path = folder / f"{outcome}.wav"
        if not path.exists():
            try:
                write_tone(path, tones)
            except OSError as exc:
                log.warning("cannot write %s: %s", path, exc)
                continue
        paths[outcome] = path
    return paths


class SoundPlayer(QObject):
    """Plays the outcome sounds; silent when disabled or when nothing can play."""

    def __init__(self, enabled: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.last_played: str | None = None
        self._effects: dict[str, object] = {}
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:
            log.info("QtMultimedia not available: outcome sounds use the system beep")
            return
        try:
            for outcome, path in ensure_sounds().items():
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                effect.setVolume(0.8)
                self._effects[outcome] = effect
        except Exception:  # no audio back end: stay silent rather than fail the desk
            log.exception("sound effects unavailable")
            self._effects.clear()

    def play(self, outcome: str) -> None:
        if not self.enabled:
            return
        self.last_played = outcome
        effect = self._effects.get(outcome)
        try:
            if effect is not None:
                effect.play()  # type: ignore[attr-defined]
            else:
                # One beep for good news, two for amber, three for red.
                count = {"admitted": 1, "already_in": 2}.get(outcome, 3)
                for _ in range(count):
                    QApplication.beep()
        except Exception:
            log.exception("could not play the %s sound", outcome)


if __name__ == "__main__":
    for name, tones in TONES.items():
        write_tone(sounds_dir() / f"{name}.wav", tones)
        print(sounds_dir() / f"{name}.wav")
