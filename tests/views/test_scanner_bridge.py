"""The Qt scanner bridge over a real socat pty pair: scans reach the screen's ScanField on the
GUI thread; unplugging shows "disconnected" in the status bar and replugging reconnects."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.devices.config import DeviceSettings
from app.views.context import AppContext
from app.views.main_window import MainWindow
from app.views.support.scan_field import ScanField
from app.views.support.scanner_bridge import ScannerBridge, current_bridge, install_scanner
from app.views.support.wedge import DEFAULT_MAX_GAP_MS, attach_wedge, set_station_max_gap
from tests.devices.conftest import PtyPair
from tests.views.conftest import Problems


@pytest.fixture
def pty(tmp_path: Path) -> Iterator[PtyPair]:
    if shutil.which("socat") is None:
        pytest.skip("socat is not installed (apt-get install socat)")
    pair = PtyPair(tmp_path)
    pair.plug()
    yield pair
    pair.unplug()


class RecordingScanField(ScanField):
    """Notes which thread delivered each code: touching a widget off the GUI thread crashes."""

    def __init__(self) -> None:
        super().__init__()
        self.on_gui_thread: list[bool] = []

    def deliver(self, code: str) -> None:
        self.on_gui_thread.append(threading.current_thread() is threading.main_thread())
        super().deliver(code)


class Station(QMainWindow):
    """A main window showing a screen with a scan field, like the desk's station screens."""

    def __init__(self, with_field: bool = True) -> None:
        super().__init__()
        screen = QWidget()
        layout = QVBoxLayout(screen)
        layout.addWidget(QLabel("Picking"))
        self.scan = RecordingScanField()
        self.scan.setVisible(with_field)
        layout.addWidget(self.scan)
        self.setCentralWidget(screen)
        self.scans: list[str] = []
        self.scan.scanned.connect(self.scans.append)


def serial_settings(pair: PtyPair, suffix: str = "CRLF") -> DeviceSettings:
    return DeviceSettings(scanner_kind="serial", scanner_url=str(pair.app), scanner_suffix=suffix)


def start(qtbot: QtBot, window: Station, settings: DeviceSettings) -> ScannerBridge:
    qtbot.addWidget(window)
    window.show()
    bridge = install_scanner(window, settings)
    qtbot.waitUntil(lambda: bridge.state.value == "connected", timeout=3000)
    return bridge


def status(window: Station) -> QLabel:
    label = window.statusBar().findChild(QLabel, "scannerStatus")
    assert isinstance(label, QLabel)
    return label


def test_bytes_on_the_port_arrive_in_the_scan_field_on_the_gui_thread(
        qtbot: QtBot, pty: PtyPair) -> None:
    window = Station()
    bridge = start(qtbot, window, serial_settings(pty))
    assert status(window).text().startswith("Scanner connected")
    with qtbot.waitSignals([bridge.scanned, bridge.scanned], timeout=3000):
        pty.write(b"\x00\xff4006381333931\r\nHQ-SO-")  # noise, a scan, half of the next
        pty.write(b"000123\r\n")
    qtbot.waitUntil(lambda: len(window.scans) == 2, timeout=2000)
    assert window.scans == ["4006381333931", "HQ-SO-000123"]
    assert window.scan.on_gui_thread == [True, True]
    assert bridge.delivered == 2
    bridge.stop()


def test_unplug_shows_disconnected_and_replug_reconnects_without_losing_scans(
        qtbot: QtBot, pty: PtyPair) -> None:
    window = Station()
    bridge = start(qtbot, window, serial_settings(pty))
    with qtbot.waitSignal(bridge.scanned, timeout=3000):
        pty.write(b"BEFORE\r\n")
    pty.unplug()
    qtbot.waitUntil(lambda: status(window).text().startswith("Scanner disconnected"),
                    timeout=3000)
    assert "reconnects by itself" in status(window).text()
    pty.plug()
    qtbot.waitUntil(lambda: status(window).text().startswith("Scanner connected"),
                    timeout=3000)
    with qtbot.waitSignal(bridge.scanned, timeout=3000):
        pty.write(b"AFTER\r\n")
    qtbot.waitUntil(lambda: len(window.scans) == 2, timeout=2000)
    assert window.scans == ["BEFORE", "AFTER"]
    bridge.stop()


def test_a_scan_on_a_screen_without_a_scan_field_is_reported_not_dropped(
        qtbot: QtBot, pty: PtyPair) -> None:
    window = Station(with_field=False)
    bridge = start(qtbot, window, serial_settings(pty, suffix="CR"))
    with qtbot.waitSignal(bridge.unused, timeout=3000) as unused:
        pty.write(b"PICK-07\r")
    assert unused.args == ["PICK-07"]
    assert "PICK-07" in window.statusBar().currentMessage()
    assert window.scans == []
    bridge.stop()


def test_a_keyboard_wedge_needs_no_bridge(qtbot: QtBot) -> None:
    window = Station()
    qtbot.addWidget(window)
    window.show()
    bridge = install_scanner(window, DeviceSettings(scanner_kind="wedge", wedge_max_gap_ms=12))
    assert not bridge.active
    assert not status(window).isVisible()
    assert attach_wedge(window, window.scan).max_gap_ms == 12  # the station's timing applies
    set_station_max_gap(DEFAULT_MAX_GAP_MS)


def test_saved_settings_reconnect_the_running_bridge_to_the_new_port(
        qtbot: QtBot, pty: PtyPair, tmp_path: Path) -> None:
    window = Station()
    qtbot.addWidget(window)
    window.show()
    bridge = install_scanner(window, DeviceSettings(scanner_kind="none"))
    assert current_bridge() is bridge and not status(window).isVisible()
    bridge.reconfigure(serial_settings(pty))
    qtbot.waitUntil(lambda: status(window).text().startswith("Scanner connected"),
                    timeout=3000)
    assert status(window).isVisible()
    with qtbot.waitSignal(bridge.scanned, timeout=3000):
        pty.write(b"NEW-PORT\r\n")
    qtbot.waitUntil(lambda: window.scans == ["NEW-PORT"], timeout=2000)
    bridge.stop()


def test_in_the_desk_scans_go_to_the_station_screen_on_show(
        qtbot: QtBot, pty: PtyPair, ctx: AppContext, problems: Problems) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    bridge = install_scanner(window, serial_settings(pty))
    qtbot.waitUntil(lambda: bridge.state.value == "connected", timeout=3000)
    picking = window.show_screen("picking")
    assert picking is not None
    to_picking: list[str] = []
    picking.scan.scanned.connect(to_picking.append)
    with qtbot.waitSignal(bridge.scanned, timeout=3000):
        pty.write(b"HQ-PL-999999\r\n")
    qtbot.waitUntil(lambda: to_picking == ["HQ-PL-999999"], timeout=2000)

    packing = window.show_screen("packing")  # picking's field is hidden now
    assert packing is not None
    to_packing: list[str] = []
    packing.scan.scanned.connect(to_packing.append)
    with qtbot.waitSignal(bridge.scanned, timeout=3000):
        pty.write(b"HQ-SO-999999\r\n")
    qtbot.waitUntil(lambda: to_packing == ["HQ-SO-999999"], timeout=2000)
    assert to_picking == ["HQ-PL-999999"]
    window.close()
