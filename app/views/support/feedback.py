"""Right/wrong feedback at a scanning station: a colour flash on the scan panel and a sound.

A picker looks at the shelf, not at the screen, so every scan answers with a sound; the
colour confirms it at a glance from a step away (green #1b6e20 right, red #b3261e wrong).

Sound, decided here once: QtMultimedia is not part of PySide6-Essentials (the wheel we ship),
so distinct tones are made without it: two short WAV files are generated with the standard
library (`wave`) and played asynchronously by what the platform already has:
- Windows (the warehouse PCs): `winsound.PlaySound(..., SND_ASYNC)` (stdlib);
- Linux / macOS: `paplay`, `aplay` or `afplay` when installed (a detached process);
- otherwise: `QApplication.beep()` for wrong, and right stays silent (the colour tells).
Offscreen (tests, benchmarks) plays nothing; the `history` list records what would be heard.
"""

from __future__ import annotations

import math
import shutil
import struct
import subprocess
import sys
import tempfile
import wave
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

RIGHT_COLOUR = QColor("#1b6e20")
WRONG_COLOUR = QColor("#b3261e")
FLASH_MS = 900

_RATE = 22050


def _tone(path: Path, pulses: list[tuple[float, float]]) -> Path:
    """Write a mono 16-bit WAV of (frequency Hz, seconds) pulses; 0 Hz is silence."""
    frames = bytearray()
    for frequency, seconds in pulses:
        count = int(_RATE * seconds)
        for i in range(count):
            fade = min(1.0, i / 200, (count - i) / 200)  # no click at the edges
            value = math.sin(2 * math.pi * frequency * i / _RATE) if frequency else 0.0
            frames += struct.pack("<h", int(value * fade * 0.6 * 32767))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(_RATE)
        out.writeframes(bytes(frames))
    return path


class Sounds:
    """Plays the right and the wrong tone with whatever the platform offers (see module)."""

    def __init__(self) -> None:
        self.history: list[str] = []
        self._play: Callable[[Path], None] | None = None
        self._files: dict[str, Path] = {}
        platform = QGuiApplication.platformName() if QGuiApplication.instance() else ""
        if platform in ("offscreen", "minimal"):
            return  # tests and benchmarks: record only
        player = self._player()
        if player is None:
            return
        folder = Path(tempfile.gettempdir()) / "orderdesk-sounds"
        folder.mkdir(exist_ok=True)
        self._files = {
            "right": _tone(folder / "right.wav", [(1320.0, 0.09)]),
            "wrong": _tone(folder / "wrong.wav", [(220.0, 0.18), (0.0, 0.06), (220.0, 0.25)]),
        }
        self._play = player

    @staticmethod
    def _player() -> Callable[[Path], None] | None:
        if sys.platform == "win32":
            import winsound

            def play_windows(path: Path) -> None:
                flags = winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT
                winsound.PlaySound(str(path), flags)

            return play_windows
        for program in ("paplay", "aplay", "afplay"):
            found = shutil.which(program)
            if found:
                def play_process(path: Path, exe: str = found) -> None:
                    subprocess.Popen(
                        [exe, str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
                    )

                return play_process
        return None

    def play(self, kind: str) -> None:
        self.history.append(kind)
        if self._play is not None and kind in self._files:
            try:
                self._play(self._files[kind])
                return
            except OSError:
                self._play = None  # player vanished: fall back for good
        if kind == "wrong" and QGuiApplication.platformName() not in ("offscreen", "minimal"):
            QApplication.beep()


class ScanFeedback(QObject):
    """Flashes `panel` green or red for FLASH_MS and plays the matching sound."""

    def __init__(
        self, panel: QWidget, sounds: Sounds | None = None, flash_ms: int = FLASH_MS
    ) -> None:
        super().__init__(panel)
        self.panel = panel
        self.sounds = sounds or Sounds()
        self.state = ""  # "right" / "wrong" while flashing, "" otherwise (tests, screenshots)
        panel.setAutoFillBackground(True)
        self._normal = QPalette(panel.palette())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(flash_ms)
        self._timer.timeout.connect(self.clear)

    @property
    def history(self) -> list[str]:
        return self.sounds.history

    def right(self) -> None:
        self._flash("right", RIGHT_COLOUR)

    def wrong(self) -> None:
        self._flash("wrong", WRONG_COLOUR)

    def _flash(self, kind: str, colour: QColor) -> None:
        palette = QPalette(self._normal)
        palette.setColor(QPalette.ColorRole.Window, colour)
        palette.setColor(QPalette.ColorRole.WindowText, QColor("white"))
        self.panel.setPalette(palette)
        self.state = kind
        self.sounds.play(kind)
        self._timer.start()

    def clear(self) -> None:
        self._timer.stop()
        self.panel.setPalette(self._normal)
        self.state = ""
