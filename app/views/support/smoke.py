"""`orderdesk --smoke`: start, paint the main window once, report the time and quit."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

TIMEOUT_MS = 60_000


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, started: float) -> None:
        super().__init__(window)
        self._started = started
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            elapsed = time.perf_counter() - self._started
            print(f"smoke: first paint after {elapsed:.2f} s", flush=True)
            # Quit from the event loop, after this paint has finished.
            QTimer.singleShot(0, QApplication.quit)
        return False

    def give_up(self) -> None:
        if not self._done:
            print("smoke: the window was not painted within a minute", flush=True)
            QApplication.exit(1)


def quit_after_first_paint(window: QWidget, started: float) -> None:
    """Exit status 0 after the first paint; 1 if nothing was painted within a minute."""
    watcher = _FirstPaint(window, started)
    window.installEventFilter(watcher)
    QTimer.singleShot(TIMEOUT_MS, watcher, watcher.give_up)
