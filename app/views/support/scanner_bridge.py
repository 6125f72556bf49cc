"""Serial (and simulated) scanners in the Qt desk: scans reach the station screen's ScanField.

`app.devices.serial_scanner.SerialScanner` reads the port in its own thread and calls back on
that thread. The bridge re-emits those callbacks as Qt signals of an object that lives on the
GUI thread, so Qt queues them: `scanned(code)` and the delivery to a ScanField always run on
the GUI thread, in the order the scanner sent them.

Where a scan goes: to the ScanField of the screen the user is looking at (`active_scan_field`:
the field the shown station screen gave its keyboard wedge, else a visible ScanField). On a
screen without a scan field the code is not thrown away silently: the status bar says so and
`unused` fires.

The link state (connected / disconnected / reconnecting) is shown in the window's status bar by
`ScannerStatus`; the reader reopens the port by itself after an unplug, so a scanner plugged
back in works again without touching OrderDesk.

Keyboard-wedge scanners need no bridge: app/views/support/wedge.py catches them per screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget
from shiboken6 import isValid

from app.devices import config
from app.devices.config import DeviceSettings
from app.devices.factory import make_scanner
from app.devices.serial_scanner import ConnectionState, SerialScanner
from app.devices.simulated import SimulatedScanner
from app.views.support.feedback import RIGHT_COLOUR, WRONG_COLOUR
from app.views.support.scan_field import ScanField
from app.views.support.wedge import WedgeFilter, set_station_max_gap

Target = Callable[[], ScanField | None]


def active_scan_field() -> ScanField | None:
    """Where a scan goes now: the screen the user sees, in the active window first.

    A station screen says which field takes its scans when it attaches its keyboard wedge
    (`attach_wedge(screen, field)`); that field may sit on a page not shown yet (To pick reads
    a pick list's number on its lists page), so a shown screen's wedge wins. Otherwise a
    visible, enabled ScanField (the focused one first), e.g. in a dialog.
    """
    windows: list[QWidget] = []
    active = QApplication.activeWindow()
    if active is not None:
        windows.append(active)
    windows += [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not active]
    for window in windows:
        for wedge in window.findChildren(WedgeFilter):
            # As the wedge does: its field gets the scan even while disabled (To pack reads an
            # order number before an order is open).
            if isValid(wedge.scope) and wedge.scope.isVisible() and isValid(wedge.scan_field):
                return wedge.scan_field
        fields = [f for f in window.findChildren(ScanField) if f.isVisible() and f.isEnabled()]
        if fields:
            focused = [f for f in fields if f.hasFocus()]
            return (focused or fields)[0]
    return None


class ScannerBridge(QObject):
    """Owns the scanner of this workstation and turns its callbacks into GUI-thread signals."""

    scanned = Signal(str)  # every decoded code, on the GUI thread
    unused = Signal(str)  # a code no visible screen could take
    state_changed = Signal(str, str)  # ConnectionState value, detail (the OS error)
    # Raised from the reader thread; Qt queues them to this object's (the GUI) thread.
    _from_reader_scan = Signal(str)
    _from_reader_state = Signal(str, str)

    def __init__(self, settings: DeviceSettings, parent: QObject | None = None, *,
                 target: Target = active_scan_field) -> None:
        super().__init__(parent)
        self.settings = settings
        self.target = target
        self.state = ConnectionState.STOPPED
        self.detail = ""
        self.delivered = 0
        self._from_reader_scan.connect(self._on_scan, Qt.ConnectionType.QueuedConnection)
        self._from_reader_state.connect(self._on_state, Qt.ConnectionType.QueuedConnection)
        # Callbacks run on the reader thread: they only emit (thread-safe), nothing else.
        self.scanner: SerialScanner | SimulatedScanner | None = make_scanner(
            settings, self._from_reader_scan.emit,
            lambda state, detail: self._from_reader_state.emit(state.value, detail))

    @property
    def active(self) -> bool:
        """False for a keyboard wedge or no scanner: nothing for the bridge to run."""
        return self.scanner is not None

    @property
    def port(self) -> str:
        return self.settings.scanner_url if self.settings.scanner_kind == "serial" else ""

    def start(self) -> None:
        if self.scanner is not None:
            self.scanner.start()

    def stop(self) -> None:
        if self.scanner is not None:
            self.scanner.stop()

    def reconfigure(self, settings: DeviceSettings) -> None:
        """New device settings saved: close the old port, open the new one (if any)."""
        self.stop()
        self.settings = settings
        self.scanner = make_scanner(
            settings, self._from_reader_scan.emit,
            lambda state, detail: self._from_reader_state.emit(state.value, detail))
        self._on_state(ConnectionState.STOPPED.value, "")
        self.start()

    @Slot(str)
    def _on_scan(self, code: str) -> None:
        self.scanned.emit(code)
        field = self.target()
        if field is None:
            self.unused.emit(code)
            return
        self.delivered += 1
        field.deliver(code)

    @Slot(str, str)
    def _on_state(self, state: str, detail: str) -> None:
        self.state, self.detail = ConnectionState(state), detail
        self.state_changed.emit(state, detail)


class ScannerStatus(QLabel):
    """The scanner's state as a permanent status-bar label (green connected, red unplugged)."""

    def __init__(self, bridge: ScannerBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scannerStatus")
        self.bridge = bridge
        bridge.state_changed.connect(lambda state, detail: self.show_state())
        self.show_state()

    def show_state(self) -> None:
        self.setVisible(self.bridge.active)  # a keyboard wedge has no link to show
        state, port = self.bridge.state, self.bridge.port
        if state is ConnectionState.CONNECTED:
            text = self.tr("Scanner connected") + (f" ({port})" if port else "")
            self.setStyleSheet(f"color: {RIGHT_COLOUR.name()};")
        elif state is ConnectionState.DISCONNECTED:
            text = self.tr("Scanner disconnected – plug it back in; OrderDesk reconnects "
                           "by itself")
            self.setStyleSheet(f"color: {WRONG_COLOUR.name()}; font-weight: 600;")
        elif state is ConnectionState.CONNECTING:
            text = self.tr("Scanner: connecting…")
            self.setStyleSheet("")
        else:
            text = self.tr("Scanner off")
            self.setStyleSheet("")
        self.setText(text)
        self.setToolTip(self.bridge.detail)


_installed: list[ScannerBridge] = []


def current_bridge() -> ScannerBridge | None:
    """The bridge of the main window (the device settings reconfigure it on save)."""
    _installed[:] = [bridge for bridge in _installed if isValid(bridge)]  # windows gone
    return _installed[-1] if _installed else None


def install_scanner(window: QMainWindow,
                    settings: DeviceSettings | None = None) -> ScannerBridge:
    """Start this workstation's scanner for `window` (the main window), once at start-up.

    Applies the keyboard-wedge timing, adds the state label to the window's status bar (hidden
    for a wedge or no scanner) and a short note there when a scan came while no screen takes
    scans. The bridge is idle (`active` False) for a keyboard wedge or no scanner.
    """
    settings = settings or config.load()
    set_station_max_gap(settings.wedge_max_gap_ms)
    bridge = ScannerBridge(settings, window)
    bar = window.statusBar()
    bar.addPermanentWidget(ScannerStatus(bridge))

    def unused(code: str) -> None:
        bar.showMessage(bridge.tr("Scanned {0}, but this screen does not take scans.")
                        .replace("{0}", code), 8000)

    bridge.unused.connect(unused)
    _installed.append(bridge)

    def closed() -> None:  # not a bridge slot: the bridge is torn down with the window
        if bridge in _installed:
            _installed.remove(bridge)
        if bridge.scanner is not None:  # a plain Python object: still there to stop
            bridge.scanner.stop()

    window.destroyed.connect(closed)
    bridge.start()
    return bridge
