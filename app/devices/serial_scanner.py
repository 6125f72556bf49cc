"""SerialScanner: reads a serial, USB-CDC or socket:// scanner in a thread; reconnects itself."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from enum import StrEnum
from typing import Protocol

import serial

from app.devices.framing import ScanFramer

log = logging.getLogger(__name__)


class ConnectionState(StrEnum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    DISCONNECTED = "disconnected"
    STOPPED = "stopped"


class Port(Protocol):
    """What the reader needs of a pyserial port (tests may inject `loop://` ports)."""

    in_waiting: int

    def read(self, size: int = 1) -> bytes: ...
    def close(self) -> None: ...


PortFactory = Callable[[], Port]


def url_port_factory(url: str, baudrate: int = 9600, read_timeout: float = 0.05) -> PortFactory:
    """Open `url` with serial_for_url: '/dev/ttyACM0', 'COM3', a pty, 'socket://host:port'."""
    def open_port() -> Port:
        return serial.serial_for_url(url, baudrate=baudrate, timeout=read_timeout)
    return open_port


class SerialScanner:
    """Calls `on_scan(code)` for each scan and `on_state(state, detail)` when the link changes.

    Callbacks run on the reader thread; a Qt bridge turns them into queued signals.
    """

    def __init__(self, open_port: PortFactory, framer: ScanFramer | None = None, *,
                 on_scan: Callable[[str], None], on_state: Callable[[ConnectionState, str], None]
                 | None = None, retry_every: float = 0.25) -> None:
        self._open_port = open_port
        self.framer = framer or ScanFramer()
        self._on_scan = on_scan
        self._on_state = on_state or (lambda state, detail: None)
        self._retry_every = retry_every
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.state = ConnectionState.STOPPED
        self.connected = threading.Event()  # set while the port is open (tests wait on it)

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="serial-scanner", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._set_state(ConnectionState.STOPPED, "")

    def _set_state(self, state: ConnectionState, detail: str) -> None:
        if state is ConnectionState.CONNECTED:
            self.connected.set()
        else:
            self.connected.clear()
        if state is not self.state:
            self.state = state
            self._on_state(state, detail)

    def _run(self) -> None:
        self._set_state(ConnectionState.CONNECTING, "")
        while not self._stop.is_set():
            try:
                port = self._open_port()
            except (serial.SerialException, OSError, ValueError) as error:
                self._set_state(ConnectionState.DISCONNECTED, str(error))
                self._stop.wait(self._retry_every)
                continue
            try:
                self._set_state(ConnectionState.CONNECTED, "")
                self._read_until_lost(port)
            except (serial.SerialException, OSError) as error:
                # Unplugged: pyserial reports "readiness to read but returned no data".
                self._set_state(ConnectionState.DISCONNECTED, str(error))
            finally:
                port.close()

    def _read_until_lost(self, port: Port) -> None:
        while not self._stop.is_set():
            data = port.read(port.in_waiting or 1)
            for code in self.framer.feed(data, time.monotonic()):
                try:
                    self._on_scan(code)
                except Exception:  # a faulty listener must not kill the reader
                    log.exception("scan listener failed for %r", code)
