"""Device test helpers: socat pty pairs that can be unplugged and plugged back."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def wait_for(predicate: Callable[[], object], timeout: float = 3.0) -> None:
    """Poll until `predicate()` is true; fail the test after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.01)


class PtyPair:
    """socat pty pair: the app opens `app`; the test plays the device on `peer`."""

    def __init__(self, folder: Path) -> None:
        self.app = folder / "ttyAPP"
        self.peer = folder / "ttyPEER"
        self._process: subprocess.Popen[bytes] | None = None

    def plug(self) -> None:
        self._process = subprocess.Popen(
            ["socat", f"pty,raw,echo=0,link={self.app}", f"pty,raw,echo=0,link={self.peer}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(lambda: self.app.exists() and self.peer.exists())

    def unplug(self) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(5)
            self._process = None
        wait_for(lambda: not self.app.exists())

    def write(self, data: bytes) -> None:
        with open(self.peer, "wb", buffering=0) as peer:
            peer.write(data)

    def read_peer(self, expect: int, timeout: float = 3.0) -> bytes:
        """Read what the app wrote to the device, until `expect` bytes or the timeout."""
        import serial
        got = b""
        with serial.Serial(str(self.peer), timeout=0.05) as port:
            deadline = time.monotonic() + timeout
            while len(got) < expect and time.monotonic() < deadline:
                got += port.read(expect - len(got))
        return got


@pytest.fixture
def pty_pair(tmp_path: Path) -> Iterator[PtyPair]:
    if shutil.which("socat") is None:
        pytest.skip("socat is not installed (apt-get install socat)")
    pair = PtyPair(tmp_path)
    pair.plug()
    yield pair
    pair.unplug()
