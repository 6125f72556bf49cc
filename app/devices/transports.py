"""How job bytes reach a printer: raw TCP (port 9100), serial, or the OS print queue."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

import serial

from app.devices.errors import (
    DeviceNotConnected,
    DeviceTimeout,
    PrinterRejected,
    UnsupportedOnThisSystem,
)


class PrinterTransport(Protocol):
    """Delivers one complete job; raises a DeviceError kind when it could not."""

    description: str

    def send(self, data: bytes, *, title: str = "OrderDesk label",
             media_mm: tuple[float, float] | None = None) -> None: ...


class TcpTransport:
    """Raw socket printing (JetDirect / port 9100): one connection per job."""

    def __init__(self, host: str, port: int = 9100, timeout: float = 5.0) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        self.description = f"TCP {host}:{port}"

    def send(self, data: bytes, *, title: str = "OrderDesk label",
             media_mm: tuple[float, float] | None = None) -> None:
        try:
            with socket.create_connection((self.host, self.port), self.timeout) as conn:
                conn.settimeout(self.timeout)
                conn.sendall(data)
                conn.shutdown(socket.SHUT_WR)  # tells the printer the job is complete
        except TimeoutError as error:
            raise DeviceTimeout(f"The printer at {self.host}:{self.port} did not answer in "
                                f"{self.timeout:g} s. Check that it is on and online.") from error
        except OSError as error:
            raise DeviceNotConnected(
                f"Cannot reach the printer at {self.host}:{self.port} ({error.strerror or error})."
                " Check that it is switched on and the address is right.") from error


class SerialTransport:
    """A printer on a serial or USB-serial port (any pyserial URL)."""

    def __init__(self, url: str, baudrate: int = 9600, timeout: float = 5.0) -> None:
        self.url, self.baudrate, self.timeout = url, baudrate, timeout
        self.description = f"serial {url} @ {baudrate}"

    def send(self, data: bytes, *, title: str = "OrderDesk label",
             media_mm: tuple[float, float] | None = None) -> None:
        try:
            port = serial.serial_for_url(self.url, baudrate=self.baudrate,
                                         write_timeout=self.timeout, timeout=self.timeout)
        except (serial.SerialException, OSError, ValueError) as error:
            raise DeviceNotConnected(f"Cannot open the printer port {self.url}: {error}. "
                                     "Check the cable and the port name.") from error
        try:
            port.write(data)
            port.flush()
        except serial.SerialTimeoutException as error:
            raise DeviceTimeout(f"The printer on {self.url} stopped accepting data "
                                "(paper out or offline?).") from error
        except (serial.SerialException, OSError) as error:
            raise DeviceNotConnected(f"The printer on {self.url} went away: {error}") from error
        finally:
            port.close()


class CupsQueueTransport:
    """A CUPS queue through `lp` (Linux, macOS). Raw jobs (ZPL, ESC/POS) bypass the driver."""

    def __init__(self, queue: str, raw: bool, lp: str = "lp", timeout: float = 30.0) -> None:
        self.queue, self.raw, self.lp, self.timeout = queue, raw, lp, timeout
        self.description = f"print queue {queue}" + (" (raw)" if raw else "")

    def command(self, title: str, media_mm: tuple[float, float] | None) -> list[str]:
        args = [self.lp, "-d", self.queue, "-t", title]
        if self.raw:
            args += ["-o", "raw"]
        elif media_mm:  # without it CUPS prints a small label on A4/Letter
            args += ["-o", f"media=Custom.{media_mm[0]:g}x{media_mm[1]:g}mm"]
        return args

    def send(self, data: bytes, *, title: str = "OrderDesk label",
             media_mm: tuple[float, float] | None = None) -> None:
        if shutil.which(self.lp) is None:
            raise UnsupportedOnThisSystem("CUPS' lp command is not installed on this computer.")
        try:
            done = subprocess.run(self.command(title, media_mm), input=data,
                                  capture_output=True, timeout=self.timeout, check=False)
        except subprocess.TimeoutExpired as error:
            raise DeviceTimeout(f"The print queue {self.queue} did not take the job.") from error
        if done.returncode != 0:
            detail = done.stderr.decode(errors="replace").strip()
            raise PrinterRejected(f"The print queue {self.queue} refused the job: {detail}")


class WindowsSpoolerTransport:
    """The Windows spooler, RAW datatype, through pywin32. NOT tested on this project's CI."""

    def __init__(self, queue: str) -> None:
        self.queue = queue
        self.description = f"Windows printer {queue} (raw)"

    def send(self, data: bytes, *, title: str = "OrderDesk label",
             media_mm: tuple[float, float] | None = None) -> None:
        try:
            import win32print  # type: ignore[import-not-found]
        except ImportError as error:
            raise UnsupportedOnThisSystem("Printing to a Windows queue needs pywin32.") from error
        try:
            handle = win32print.OpenPrinter(self.queue)
            try:
                win32print.StartDocPrinter(handle, 1, (title, None, "RAW"))
                win32print.StartPagePrinter(handle)
                win32print.WritePrinter(handle, data)
                win32print.EndPagePrinter(handle)
                win32print.EndDocPrinter(handle)
            finally:
                win32print.ClosePrinter(handle)
        except Exception as error:  # pywintypes.error has no common base we can import
            raise PrinterRejected(f"Windows refused the job for {self.queue}: {error}") from error


class FileTransport:
    """Jobs written to a file: a folder gets one file per job (for a print server that watches
    it, or to keep labels), any other path is appended to (a device file like /dev/usb/lp0)."""

    def __init__(self, path: str, extension: str = "prn") -> None:
        self.path, self.extension = Path(path), extension
        self.description = f"file {path}"

    def send(self, data: bytes, *, title: str = "OrderDesk label",
             media_mm: tuple[float, float] | None = None) -> None:
        target = self.path
        if target.is_dir():
            target = target / f"{datetime.now(UTC):%Y%m%dT%H%M%S%f}.{self.extension}"
        try:
            with open(target, "ab") as file:
                file.write(data)
        except OSError as error:
            raise DeviceNotConnected(f"Cannot write the label to {target}: "
                                     f"{error.strerror or error}.") from error


class NoPrinterTransport:
    """No label printer at this workstation: jobs wait in the spool until one is set up."""

    description = "no label printer"

    def send(self, data: bytes, *, title: str = "OrderDesk label",
             media_mm: tuple[float, float] | None = None) -> None:
        raise DeviceNotConnected("No label printer is set up for this workstation "
                                 "(File > Settings > Devices).")


def os_queue_transport(queue: str, raw: bool) -> PrinterTransport:
    """The OS print queue of this platform: the Windows spooler, else CUPS."""
    if sys.platform == "win32":
        if not raw:
            raise UnsupportedOnThisSystem(
                "On Windows, send PDF labels through the system print dialog; a raw queue "
                "takes ZPL or ESC/POS only.")
        return WindowsSpoolerTransport(queue)
    return CupsQueueTransport(queue, raw)
