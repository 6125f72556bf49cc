"""LabelPrinter: renders a layout in the printer's language, spools it, sends it, keeps failures."""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from app.devices.errors import DeviceError
from app.devices.escpos import to_escpos
from app.devices.labels import Layout
from app.devices.pdf import to_pdf
from app.devices.spool import Spool, SpooledJob
from app.devices.transports import PrinterTransport
from app.devices.zpl import to_zpl

Language = Literal["zpl", "escpos", "pdf"]
LANGUAGES: tuple[Language, ...] = ("zpl", "escpos", "pdf")


@dataclass(frozen=True)
class DeviceErrorEntry:
    at: datetime
    source: str
    message: str


class ErrorLog:
    """The last errors of this workstation's devices, for the settings screen (thread-safe)."""

    def __init__(self, size: int = 50) -> None:
        self._entries: deque[DeviceErrorEntry] = deque(maxlen=size)
        self._lock = threading.Lock()

    def add(self, source: str, message: str) -> None:
        with self._lock:
            self._entries.append(DeviceErrorEntry(datetime.now(UTC), source, message))

    def entries(self) -> list[DeviceErrorEntry]:
        """Newest first."""
        with self._lock:
            return list(reversed(self._entries))


@dataclass(frozen=True)
class PrintResult:
    job_id: str
    sent: bool
    error: str = ""  # for the user: what went wrong and that the job waits for a retry


def render(layout: Layout, language: Language, dpi: int = 203, copies: int = 1) -> bytes:
    """The job bytes for one label in the printer's language."""
    if language == "zpl":
        return to_zpl(layout, dpi, copies)
    if language == "escpos":
        return to_escpos(layout, dpi) * copies
    return to_pdf([layout] * copies)


class LabelPrinter:
    """Every job is written to the spool first; only a delivered job leaves it."""

    def __init__(self, transport: PrinterTransport, spool: Spool, language: Language = "zpl",
                 dpi: int = 203, errors: ErrorLog | None = None) -> None:
        self.transport, self.spool, self.language, self.dpi = transport, spool, language, dpi
        self.errors = errors or ErrorLog()
        self._lock = threading.Lock()  # one job on the wire at a time, in order

    def print_label(self, layout: Layout, copies: int = 1) -> PrintResult:
        data = render(layout, self.language, self.dpi, copies)
        job = self.spool.add(data, f"{layout.kind} label", self.language,
                             (layout.width, layout.height))
        return self._deliver(job)

    def retry(self, job_id: str) -> PrintResult:
        return self._deliver(self.spool.get(job_id))

    def retry_all(self) -> list[PrintResult]:
        return [self._deliver(job) for job in self.spool.pending()]

    def discard(self, job_id: str) -> None:
        """The user decided the job is not wanted any more (e.g. reprinted elsewhere)."""
        self.spool.remove(job_id)

    def _deliver(self, job: SpooledJob) -> PrintResult:
        with self._lock:
            try:
                self.transport.send(self.spool.data(job.id), title=job.title,
                                    media_mm=job.media_mm)
            except DeviceError as error:
                self.spool.mark_failed(job, str(error))
                self.errors.add(self.transport.description, str(error))
                return PrintResult(job.id, False, f"{error} The label is kept and can be "
                                                  "printed again with Retry.")
            self.spool.remove(job.id)
            return PrintResult(job.id, True)
