"""A serial scanner on a real socat pty pair: scans, noise, a split scan, unplug and replug."""

from __future__ import annotations

import queue
import socket
import threading
import time

from app.devices.framing import CR, ETX, LF, STX, ScanFramer
from app.devices.serial_scanner import ConnectionState, SerialScanner, url_port_factory
from tests.devices.conftest import PtyPair, wait_for


def _scanner(url: str, framer: ScanFramer | None = None):
    scans: queue.Queue[str] = queue.Queue()
    states: list[ConnectionState] = []
    scanner = SerialScanner(url_port_factory(url, 9600), framer, on_scan=scans.put,
                            on_state=lambda state, detail: states.append(state),
                            retry_every=0.05)
    return scanner, scans, states


def _take(scans: queue.Queue[str], count: int) -> list[str]:
    return [scans.get(timeout=3) for _ in range(count)]


def test_scans_with_noise_and_a_split_code_arrive_whole(pty_pair: PtyPair) -> None:
    scanner, scans, _ = _scanner(str(pty_pair.app))
    scanner.start()
    try:
        assert scanner.connected.wait(3)
        pty_pair.write(b"\x00\xff4006381333931\r\n")
        pty_pair.write(b"HQ-SO-")
        time.sleep(0.08)  # a pause mid-code, as a slow USB-serial bridge does
        pty_pair.write(b"000123\r")
        pty_pair.write(b"\nA\x07B\r\nPICK-07\r\n")
        assert _take(scans, 3) == ["4006381333931", "HQ-SO-000123", "PICK-07"]
    finally:
        scanner.stop()


def test_stx_etx_framing_over_the_pty(pty_pair: PtyPair) -> None:
    scanner, scans, _ = _scanner(str(pty_pair.app), ScanFramer(prefix=STX, suffix=ETX))
    scanner.start()
    try:
        assert scanner.connected.wait(3)
        pty_pair.write(STX + b"BIN-A-01" + ETX + CR + LF)
        assert _take(scans, 1) == ["BIN-A-01"]
    finally:
        scanner.stop()


def test_the_scanner_reconnects_after_unplug_and_replug(pty_pair: PtyPair) -> None:
    scanner, scans, states = _scanner(str(pty_pair.app))
    scanner.start()
    try:
        assert scanner.connected.wait(3)
        pty_pair.write(b"BEFORE\r\n")
        assert _take(scans, 1) == ["BEFORE"]
        pty_pair.unplug()
        wait_for(lambda: scanner.state is ConnectionState.DISCONNECTED)
        pty_pair.plug()
        assert scanner.connected.wait(3)
        pty_pair.write(b"AFTER\r\n")
        assert _take(scans, 1) == ["AFTER"]
        assert states[:4] == [ConnectionState.CONNECTING, ConnectionState.CONNECTED,
                              ConnectionState.DISCONNECTED, ConnectionState.CONNECTED]
    finally:
        scanner.stop()


def test_a_scanner_behind_a_socket_url_reconnects_when_the_bridge_restarts() -> None:
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(3)
    port = server.getsockname()[1]
    scanner, scans, _ = _scanner(f"socket://127.0.0.1:{port}")
    scanner.start()
    try:
        for code in (b"FIRST", b"SECOND"):
            peer, _ = server.accept()
            with peer:
                assert scanner.connected.wait(3)
                time.sleep(0.05)  # pyserial drains the socket right after connecting
                peer.sendall(code + b"\r\n")
                assert _take(scans, 1) == [code.decode()]
            wait_for(lambda: not scanner.connected.is_set())
    finally:
        scanner.stop()
        server.close()


def test_a_listener_that_raises_does_not_stop_the_reader(pty_pair: PtyPair) -> None:
    got: list[str] = []
    lock = threading.Lock()

    def listener(code: str) -> None:
        with lock:
            got.append(code)
        if code == "BAD":
            raise RuntimeError("listener bug")

    scanner = SerialScanner(url_port_factory(str(pty_pair.app)), on_scan=listener)
    scanner.start()
    try:
        assert scanner.connected.wait(3)
        pty_pair.write(b"BAD\r\nGOOD\r\n")
        wait_for(lambda: got == ["BAD", "GOOD"])
    finally:
        scanner.stop()
