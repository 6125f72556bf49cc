"""The field a warehouse screen scans into: a keyboard-wedge scanner types the code and
Enter; so can a person. `scanned` carries the code, the field clears for the next scan.

(The timing-based wedge detector that catches a scan wherever the focus is, and serial
scanners through app/devices, plug in here: they call `deliver(code)`.)
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLineEdit, QWidget


class ScanField(QLineEdit):
    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanField")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)  # read from arm's length at a station
        self.setFont(font)
        self.returnPressed.connect(self._enter)

    def _enter(self) -> None:
        code = self.text().strip()
        self.clear()
        if code:
            self.scanned.emit(code)

    def deliver(self, code: str) -> None:
        """A code from another source (serial scanner, wedge filter): as if typed + Enter."""
        code = code.strip()
        if code:
            self.scanned.emit(code)
