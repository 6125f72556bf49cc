"""Synthetic keyboard-wedge scanner: key events with controlled timestamps."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


class Keys:
    """Sends key events to `widget` at the times given (ms)."""

    def __init__(self, widget: QWidget, start: int = 1_000) -> None:
        self.widget = widget
        self.now = start

    def _send(self, kind: QEvent.Type, key: int, text: str, mods: Any) -> None:
        event = QKeyEvent(kind, key, mods, text)
        event.setTimestamp(self.now)
        QCoreApplication.sendEvent(self.widget, event)

    def key(self, key: int, text: str = "", mods: Any = NONE, gap: int = 0) -> None:
        self.now += gap
        self._send(QEvent.Type.KeyPress, key, text, mods)
        self.now += 1
        self._send(QEvent.Type.KeyRelease, key, text, mods)

    def char(self, ch: str, gap: int) -> None:
        key = ord(ch.upper())
        if ch.isupper():  # what a scanner really sends for a capital: Shift down, letter, up
            self.now += gap
            self._send(QEvent.Type.KeyPress, Qt.Key.Key_Shift, "", SHIFT)
            self.key(key, ch, SHIFT, gap=2)
            self.now += 1
            self._send(QEvent.Type.KeyRelease, Qt.Key.Key_Shift, "", NONE)
        else:
            self.key(key, ch, gap=gap)

    def type(self, text: str, gap: int) -> None:
        for ch in text:
            self.char(ch, gap)

    def enter(self, gap: int) -> None:
        self.key(Qt.Key.Key_Return, "\r", gap=gap)


_clock = [10_000]


def scan(code: str, widget: QWidget | None = None, gap: int = 4) -> None:
    """A scanner burst of `code` + Enter into `widget` (default: the focused widget)."""
    target = widget or QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    keys = Keys(target, start=_clock[0] + 500)  # a pause before each scan
    keys.type(code, gap=gap)
    keys.enter(gap=gap)
    _clock[0] = keys.now
