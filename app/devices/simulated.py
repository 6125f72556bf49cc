"""Simulated scanner and printer for demo mode and tests: same interfaces, no hardware."""

from __future__ import annotations

from collections.abc import Callable

from app.devices.errors import DeviceError, DeviceNotConnected
from app.devices.serial_scanner import ConnectionState


class SimulatedTransport:
    """Keeps every job in `jobs`; set `failure` to make the next sends fail."""

    description = "simulated printer"

    def __init__(self) -> None:
        self.jobs: list[tuple[str, bytes]] = []
        self.failure: DeviceError | None = None

    def send(self, data: bytes, *, title: str = "OrderDesk label",
             media_mm: tuple[float, float] | None = None) -> None:
        if self.failure is not None:
            raise self.failure
        self.jobs.append((title, data))

    def switch_off(self) -> None:
        self.failure = DeviceNotConnected("The simulated printer is switched off.")

    def switch_on(self) -> None:
        self.failure = None


class SimulatedScanner:
    """A scanner whose scans come from `scan(code)` (the demo's 'Simulate scan' button)."""

    def __init__(self, *, on_scan: Callable[[str], None],
                 on_state: Callable[[ConnectionState, str], None] | None = None) -> None:
        self._on_scan = on_scan
        self._on_state = on_state or (lambda state, detail: None)
        self.state = ConnectionState.STOPPED

    def start(self) -> None:
        self.state = ConnectionState.CONNECTED
        self._on_state(self.state, "simulated")

    def stop(self) -> None:
        self.state = ConnectionState.STOPPED
        self._on_state(self.state, "")

    def scan(self, code: str) -> None:
        if self.state is ConnectionState.CONNECTED:
            self._on_scan(code)
