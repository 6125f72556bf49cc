"""Printing through real transports: a TCP 9100 listener on loopback and a serial printer on a socat
pty pair; failed jobs stay in the spool folder and print on retry, byte for byte."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest

from app.devices.errors import DeviceNotConnected, PrinterRejected, UnsupportedOnThisSystem
from app.devices.printer import LabelPrinter, render
from app.devices.simulated import SimulatedTransport
from app.devices.spool import Spool
from app.devices.transports import CupsQueueTransport, SerialTransport, TcpTransport
from tests.devices.conftest import PtyPair
from tests.devices.labeldata import CASES


class Raw9100:
    """A job catcher on 127.0.0.1: one connection per job, read until the client shuts down."""

    def __init__(self, port: int = 0, jobs_expected: int = 1) -> None:
        self.server = socket.socket()
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.server.bind(("127.0.0.1", port))
        self.server.listen()
        self.server.settimeout(5)
        self.port = self.server.getsockname()[1]
        self.jobs: list[bytes] = []
        self._thread = threading.Thread(target=self._serve, args=(jobs_expected,), daemon=True)
        self._thread.start()

    def _serve(self, count: int) -> None:
        for _ in range(count):  # bounded: never an endless accept loop
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(5)
                chunks = []
                while chunk := conn.recv(65536):
                    chunks.append(chunk)
                self.jobs.append(b"".join(chunks))

    def close(self) -> None:
        # Wait for the expected jobs first: a job the client has finished sending may still
        # sit in the accept backlog, and closing the socket then would throw it away (seen
        # once in CI). The thread ends after its jobs or the 5 s accept timeout.
        self._thread.join(6)
        self.server.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_zpl_label_reaches_the_9100_listener_byte_for_byte(tmp_path: Path) -> None:
    listener = Raw9100()
    try:
        printer = LabelPrinter(TcpTransport("127.0.0.1", listener.port), Spool(tmp_path))
        layout = CASES["shipping"][0]
        assert printer.print_label(layout).sent
        listener.close()
        assert listener.jobs == [render(layout, "zpl")]
        assert printer.spool.pending() == []
    finally:
        listener.close()


def test_a_job_for_a_switched_off_printer_is_kept_and_prints_on_retry(tmp_path: Path) -> None:
    port = free_port()
    printer = LabelPrinter(TcpTransport("127.0.0.1", port, timeout=2), Spool(tmp_path / "spool"))
    result = printer.print_label(CASES["package"][0])
    assert not result.sent and "Retry" in result.error
    (job,) = printer.spool.pending()
    assert job.attempts == 1 and "127.0.0.1" in job.last_error
    assert printer.errors.entries()[0].message.startswith("Cannot reach the printer")

    # A new session (a restarted app) finds the job in the folder and prints it.
    listener = Raw9100(port)
    try:
        again = LabelPrinter(TcpTransport("127.0.0.1", port), Spool(tmp_path / "spool"))
        assert [r.sent for r in again.retry_all()] == [True]
        listener.close()
        assert listener.jobs == [render(CASES["package"][0], "zpl")]
        assert again.spool.pending() == []
    finally:
        listener.close()


def test_a_serial_printer_on_a_pty_receives_the_esc_pos_job(pty_pair: PtyPair) -> None:
    layout = CASES["pick_bin"][0]
    expected = render(layout, "escpos")
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pty_pair.read_peer(len(expected))))
    reader.start()
    SerialTransport(str(pty_pair.app), 19200).send(expected)
    reader.join(5)
    assert received == [expected]


def test_an_unplugged_serial_printer_is_reported_not_connected(tmp_path: Path) -> None:
    with pytest.raises(DeviceNotConnected):
        SerialTransport(str(tmp_path / "ttyNOPE")).send(b"^XA^XZ")


def test_a_queue_that_refuses_the_job_raises_printer_rejected(tmp_path: Path) -> None:
    # A stand-in `lp` that fails the way CUPS does for a stopped or unknown queue.
    lp = tmp_path / "lp"
    lp.write_text("#!/bin/sh\ncat >/dev/null\necho 'lp: The printer or class does not exist.'"
                  " >&2\nexit 1\n")
    lp.chmod(0o755)
    with pytest.raises(PrinterRejected, match="does not exist"):
        CupsQueueTransport("zebra", raw=True, lp=str(lp)).send(b"^XA^XZ")


def test_a_queue_job_passes_raw_or_the_label_size_to_lp(tmp_path: Path) -> None:
    lp = tmp_path / "lp"
    lp.write_text(f'#!/bin/sh\necho "$@" > {tmp_path}/args\ncat > {tmp_path}/data\n')
    lp.chmod(0o755)
    CupsQueueTransport("zebra", raw=True, lp=str(lp)).send(b"^XA^XZ", title="t")
    assert (tmp_path / "args").read_text().split() == ["-d", "zebra", "-t", "t", "-o", "raw"]
    assert (tmp_path / "data").read_bytes() == b"^XA^XZ"
    CupsQueueTransport("office", raw=False, lp=str(lp)).send(b"%PDF", media_mm=(100, 50))
    assert "media=Custom.100x50mm" in (tmp_path / "args").read_text()


def test_no_lp_means_unsupported_here(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedOnThisSystem):
        CupsQueueTransport("zebra", raw=True, lp=str(tmp_path / "missing-lp")).send(b"x")


def test_jobs_are_kept_in_order_and_discard_removes_one(tmp_path: Path) -> None:
    transport = SimulatedTransport()
    transport.switch_off()
    printer = LabelPrinter(transport, Spool(tmp_path), "escpos")
    first = printer.print_label(CASES["pick_bin"][0])
    second = printer.print_label(CASES["product"][0])
    assert [job.id for job in printer.spool.pending()] == [first.job_id, second.job_id]
    printer.discard(first.job_id)
    transport.switch_on()
    assert printer.retry(second.job_id).sent
    assert transport.jobs == [("product label", render(CASES["product"][0], "escpos"))]
    assert printer.spool.pending() == []
