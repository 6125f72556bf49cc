"""Keyboard-wedge scanner: tell a scanner's burst of keys from a person typing.

A USB "keyboard wedge" scanner types the code as key presses a few ms apart and ends it with
Enter (or Tab); a person types ~75 ms or more between keys. The filter below watches key
presses bound for widgets inside a `scope` (a screen); when presses arrive no more than
`max_gap_ms` apart, at least `min_chars` of them, ending in Enter/Return/Tab, the code goes to
the screen's ScanField (`deliver(code)`) wherever the focus is, and none of those keys reach
the focused widget.

Because the first keys of a scan look like typing, printable keys are *held* while they could
still be the start of a burst and replayed to the widget they were meant for as soon as it is
clear they are typing (the next key came too late, a non-terminator key came, or nothing came
for `hold_ms`). A person therefore sees each key at most `hold_ms` late.

Shift (an uppercase letter arrives as Shift press, letter press) and key releases never break
a burst: only the gaps between printable presses count.

Events without a timestamp (0: synthesised by QTest or code, never by a real keyboard) are
not timed and pass straight through, so `qtbot.keyClicks` into a form behaves as typing.

Install on the QApplication (the usual way, `attach_wedge(screen, scan_field)`) so that key
events for every focused child of the screen pass the filter; installing it on one widget
only sees that widget's own key events.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from app.views.support.scan_field import ScanField

DEFAULT_MAX_GAP_MS = 30
DEFAULT_MIN_CHARS = 4
DEFAULT_HOLD_MS = 60

TERMINATORS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
# Keys that may sit inside a burst without being characters.
MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_CapsLock)
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


@dataclass
class _Held:
    """Key events kept back while they might be a scan, with whom they were meant for."""

    events: list[tuple[QObject, QKeyEvent]] = field(default_factory=list)
    chars: list[str] = field(default_factory=list)
    last_press_ms: int = 0

    def clear(self) -> None:
        self.events.clear()
        self.chars.clear()
        self.last_press_ms = 0


class WedgeFilter(QObject):
    """Event filter catching scanner bursts for one scope (screen) and one ScanField."""

    def __init__(
        self,
        scope: QWidget,
        scan_field: ScanField,
        *,
        max_gap_ms: int = DEFAULT_MAX_GAP_MS,
        min_chars: int = DEFAULT_MIN_CHARS,
        hold_ms: int = DEFAULT_HOLD_MS,
    ) -> None:
        super().__init__(scope)
        self.scope = scope
        self.scan_field = scan_field
        self.max_gap_ms = max_gap_ms
        self.min_chars = min_chars
        self._held = _Held()
        self._replaying = False
        self._swallow_release: int | None = None  # the terminator key of the last scan
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(hold_ms)
        self._timer.timeout.connect(self.flush)
        self.scans = 0  # how many bursts became scans (diagnostics, tests)

    # -- filter ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) or self._replaying:
            return False
        if not self._in_scope(watched):
            return False
        assert isinstance(event, QKeyEvent)
        # An application filter sees a key event again when the widget ignores it and it
        # travels to the parent. Only events we pass on travel (a taken one stops), and
        # handling a passed event again changes nothing, so no de-duplication is needed
        # (one by content would merge two equal keys a fast scanner sends in the same ms).
        return self._handle(watched, event)

    def _in_scope(self, watched: QObject) -> bool:
        if not isValid(self.scope) or not self.scope.isVisible():
            return False
        if not isinstance(watched, QWidget):
            return False
        return watched is self.scope or self.scope.isAncestorOf(watched)

    def _handle(self, watched: QObject, event: QKeyEvent) -> bool:
        if event.timestamp() == 0:  # synthesised without a time: cannot be judged, typing
            self.flush()
            return False
        if event.type() == QEvent.Type.KeyRelease:
            return self._release(watched, event)
        key = event.key()
        if key in MODIFIER_KEYS:
            return self._hold_if_pending(watched, event)
        if key in TERMINATORS and not event.isAutoRepeat():
            return self._terminator(event)
        if self._is_character(event):
            return self._character(watched, event)
        self.flush()  # arrows, F-keys, Ctrl+...: a person; what was held was typing
        return False

    @staticmethod
    def _is_character(event: QKeyEvent) -> bool:
        text = event.text()
        return (
            len(text) == 1
            and text.isprintable()
            and not event.isAutoRepeat()
            and not (event.modifiers() & _COMMAND_MODIFIERS)
        )

    def _character(self, watched: QObject, event: QKeyEvent) -> bool:
        now = event.timestamp()
        if self._held.chars and now - self._held.last_press_ms > self.max_gap_ms:
            self.flush()
        self._held.events.append((watched, event.clone()))
        self._held.chars.append(event.text())
        self._held.last_press_ms = now
        self._timer.start()
        return True

    def _terminator(self, event: QKeyEvent) -> bool:
        held = self._held
        fast = bool(held.chars) and event.timestamp() - held.last_press_ms <= self.max_gap_ms
        if fast and len(held.chars) >= self.min_chars:
            code = "".join(held.chars)
            held.clear()
            self._timer.stop()
            self._swallow_release = event.key()
            self.scans += 1
            self.scan_field.deliver(code)
            return True
        self.flush()  # typing followed by Enter/Tab: both reach the widget, in order
        return False

    def _release(self, watched: QObject, event: QKeyEvent) -> bool:
        if self._swallow_release is not None and event.key() == self._swallow_release:
            self._swallow_release = None
            return True
        return self._hold_if_pending(watched, event)

    def _hold_if_pending(self, watched: QObject, event: QKeyEvent) -> bool:
        if not self._held.chars:
            return False
        self._held.events.append((watched, event.clone()))
        return True

    # -- replay ------------------------------------------------------------------------------

    def flush(self) -> None:
        """What was held turned out to be typing: give it to the widgets, in order."""
        self._timer.stop()
        events = list(self._held.events)
        self._held.clear()
        if not events:
            return
        self._replaying = True
        try:
            for receiver, event in events:
                if isValid(receiver):
                    QCoreApplication.sendEvent(receiver, event)
        finally:
            self._replaying = False

    def detach(self) -> None:
        self.flush()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


# This workstation's timing (device settings, File > Settings > Devices); set at start-up and
# on save by app/views/support/scanner_bridge.py, used by screens that pass no max_gap_ms.
_station_max_gap_ms = [DEFAULT_MAX_GAP_MS]


def set_station_max_gap(ms: int) -> None:
    _station_max_gap_ms[0] = ms


def attach_wedge(
    scope: QWidget,
    scan_field: ScanField,
    *,
    max_gap_ms: int | None = None,
    min_chars: int = DEFAULT_MIN_CHARS,
    hold_ms: int = DEFAULT_HOLD_MS,
) -> WedgeFilter:
    """Catch scanner bursts anywhere inside `scope` and hand them to `scan_field`.

    Installed on the QApplication (key events go to the focused child, not to the screen);
    the filter is a child of `scope`, so it goes away with the screen.
    """
    if max_gap_ms is None:
        max_gap_ms = _station_max_gap_ms[0]
    wedge = WedgeFilter(
        scope, scan_field, max_gap_ms=max_gap_ms, min_chars=min_chars, hold_ms=hold_ms
    )
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication must exist before a wedge is attached"
    app.installEventFilter(wedge)  # Qt drops a deleted filter from the list by itself
    return wedge
