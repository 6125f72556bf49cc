"""The system print queue for real: a private CUPS scheduler (its own config, spool and socket;
the system's /etc/cups and any running cupsd are not touched) with a raw queue whose device is
a TCP 9100 listener. `lp` through CupsQueueTransport must deliver the ZPL byte for byte; a
queue that does not exist must keep the job for a retry. Skipped where cupsd is not installed
(apt-get install cups-daemon cups-client)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.devices.errors import PrinterRejected
from app.devices.printer import LabelPrinter, render
from app.devices.spool import Spool
from app.devices.transports import CupsQueueTransport
from tests.devices.conftest import wait_for
from tests.devices.labeldata import CASES
from tests.devices.test_printing import Raw9100

CUPSD = shutil.which("cupsd") or ("/usr/sbin/cupsd" if Path("/usr/sbin/cupsd").exists() else "")
LPADMIN = shutil.which("lpadmin") or ("/usr/sbin/lpadmin"
                                      if Path("/usr/sbin/lpadmin").exists() else "")

pytestmark = pytest.mark.skipif(not (CUPSD and LPADMIN and shutil.which("lp")),
                                reason="CUPS is not installed (cups-daemon cups-client)")


class PrivateCups:
    def __init__(self) -> None:
        # Backends run as the lp user: the root must be reachable by it (not pytest's 0700).
        self.root = Path(tempfile.mkdtemp(prefix="orderdesk-cups-"))
        self.root.chmod(0o755)
        self.socket = self.root / "cups.sock"
        for name in ("spool", "tmp", "cache", "state", "log", "ppd"):
            (self.root / name).mkdir()
            (self.root / name).chmod(0o777)
        (self.root / "cupsd.conf").write_text(f"""Listen {self.socket}
LogLevel warn
WebInterface No
DefaultAuthType None
<Location />
  Order allow,deny
  Allow all
</Location>
<Location /admin>
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    AuthType None
    Order deny,allow
  </Limit>
</Policy>
""")
        (self.root / "cups-files.conf").write_text(f"""ServerRoot {self.root}
RequestRoot {self.root}/spool
TempDir {self.root}/tmp
CacheDir {self.root}/cache
StateDir {self.root}/state
ErrorLog {self.root}/log/error_log
AccessLog {self.root}/log/access_log
PageLog {self.root}/log/page_log
ServerBin /usr/lib/cups
DataDir /usr/share/cups
""")
        self.env = {**os.environ, "CUPS_SERVER": str(self.socket)}
        self.process = subprocess.Popen(
            [CUPSD, "-f", "-c", str(self.root / "cupsd.conf"),
             "-s", str(self.root / "cups-files.conf")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=self.env)
        wait_for(self.socket.exists, timeout=10)

    def add_raw_queue(self, name: str, port: int) -> None:
        """A queue without a driver passes jobs through unchanged (what ZPL needs)."""
        subprocess.run([LPADMIN, "-p", name, "-E", "-v", f"socket://127.0.0.1:{port}"],
                       env=self.env, check=True, capture_output=True, timeout=30)

    def error_log(self) -> str:
        log = self.root / "log" / "error_log"
        return log.read_text(errors="replace") if log.exists() else ""

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture
def cups(monkeypatch: pytest.MonkeyPatch) -> Iterator[PrivateCups]:
    server = PrivateCups()
    monkeypatch.setenv("CUPS_SERVER", str(server.socket))  # lp talks to ours, not the system's
    yield server
    server.stop()


def test_a_raw_cups_queue_delivers_the_zpl_byte_for_byte(cups: PrivateCups,
                                                          tmp_path: Path) -> None:
    listener = Raw9100()
    try:
        cups.add_raw_queue("zebra-raw", listener.port)
        printer = LabelPrinter(CupsQueueTransport("zebra-raw", raw=True), Spool(tmp_path))
        layout = CASES["sscc"][0]
        result = printer.print_label(layout)
        assert result.sent, result.error
        # lp returns once CUPS has the job; the backend sends it to the device right after.
        wait_for(lambda: listener.jobs, timeout=20)
        assert listener.jobs == [render(layout, "zpl")], cups.error_log()
        assert printer.spool.pending() == []
    finally:
        listener.close()


def test_an_unknown_queue_refuses_and_the_job_waits_for_a_retry(cups: PrivateCups,
                                                                tmp_path: Path) -> None:
    transport = CupsQueueTransport("no-such-queue", raw=True)
    with pytest.raises(PrinterRejected):
        transport.send(b"^XA^XZ")
    printer = LabelPrinter(transport, Spool(tmp_path))
    result = printer.print_label(CASES["pick_bin"][0])
    assert not result.sent and "refused the job" in result.error
    assert len(printer.spool.pending()) == 1
