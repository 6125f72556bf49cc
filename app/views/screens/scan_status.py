"""A big line under a scan field that flashes green for a right scan and red for a wrong one,
so the person at the station sees the answer from arm's length without reading a dialog;
the right/wrong tones come from support/feedback.py (its Sounds, shared with picking)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from app.views.support.feedback import Sounds

RIGHT = "#1b6e20"
WRONG = "#b3261e"
FLASH_MS = 1200


class ScanStatus(QLabel):
    def __init__(self, parent: QWidget | None = None, sounds: Sounds | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanStatus")
        self.sounds = sounds or Sounds()
        self.setWordWrap(True)
        self.setMinimumHeight(44)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.setFont(font)
        self.verdict = ""  # "right", "wrong" or "" (for tests and screen readers)
        self._calm = QTimer(self)
        self._calm.setSingleShot(True)
        self._calm.timeout.connect(self._settle)
        self._colour = ""

    def right(self, text: str) -> None:
        self._show(text, RIGHT, "right")
        self.sounds.play("right")

    def wrong(self, text: str) -> None:
        self._show(text, WRONG, "wrong")
        self.sounds.play("wrong")

    def info(self, text: str) -> None:
        self.verdict = ""
        self._colour = ""
        self.setStyleSheet("padding: 6px 10px;")
        self.setText(text)

    def _show(self, text: str, colour: str, verdict: str) -> None:
        self.verdict = verdict
        self._colour = colour
        self.show()
        self.setText(text)
        self.setStyleSheet(f"background: {colour}; color: white; padding: 6px 10px;"
                           "border-radius: 4px;")
        self._calm.start(FLASH_MS)

    def _settle(self) -> None:
        # After the flash the text stays, in the colour, on the normal background.
        if self._colour:
            self.setStyleSheet(f"color: {self._colour}; padding: 6px 10px;")
