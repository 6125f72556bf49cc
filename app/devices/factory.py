"""Builds scanners and printers from DeviceSettings (used by bootstrap and the settings screen)."""

from __future__ import annotations

from collections.abc import Callable

from app.devices.config import DeviceSettings
from app.devices.framing import AFFIXES, ScanFramer
from app.devices.printer import LANGUAGES, ErrorLog, LabelPrinter
from app.devices.serial_scanner import ConnectionState, SerialScanner, url_port_factory
from app.devices.simulated import SimulatedScanner, SimulatedTransport
from app.devices.spool import Spool
from app.devices.transports import (
    FileTransport,
    NoPrinterTransport,
    PrinterTransport,
    SerialTransport,
    TcpTransport,
    os_queue_transport,
)

StateCallback = Callable[[ConnectionState, str], None]


def make_framer(settings: DeviceSettings) -> ScanFramer:
    suffix = AFFIXES.get(settings.scanner_suffix, AFFIXES["CRLF"])
    return ScanFramer(prefix=AFFIXES.get(settings.scanner_prefix, b""), suffix=suffix)


def make_scanner(settings: DeviceSettings, on_scan: Callable[[str], None],
                 on_state: StateCallback | None = None) -> SerialScanner | SimulatedScanner | None:
    """None for a keyboard-wedge scanner: the Qt wedge filter handles that one."""
    if settings.scanner_kind == "serial" and settings.scanner_url:
        return SerialScanner(url_port_factory(settings.scanner_url, settings.scanner_baud),
                             make_framer(settings), on_scan=on_scan, on_state=on_state)
    if settings.scanner_kind == "simulated":
        return SimulatedScanner(on_scan=on_scan, on_state=on_state)
    return None


def make_transport(settings: DeviceSettings) -> PrinterTransport:
    kind = settings.printer_transport
    if kind == "tcp" and settings.printer_host:
        return TcpTransport(settings.printer_host, settings.printer_port)
    if kind == "serial" and settings.printer_serial_url:
        return SerialTransport(settings.printer_serial_url, settings.printer_baud)
    if kind == "queue" and settings.printer_queue:
        return os_queue_transport(settings.printer_queue, raw=settings.printer_language != "pdf")
    if kind == "file" and settings.printer_file:
        extension = {"zpl": "zpl", "escpos": "bin", "pdf": "pdf"}.get(settings.printer_language,
                                                                      "prn")
        return FileTransport(settings.printer_file, extension)
    if kind == "simulated":
        return SimulatedTransport()
    return NoPrinterTransport()  # "none", or a choice without its address


def make_printer(settings: DeviceSettings, spool: Spool,
                 errors: ErrorLog | None = None) -> LabelPrinter:
    language = settings.printer_language if settings.printer_language in LANGUAGES else "zpl"
    return LabelPrinter(make_transport(settings), spool, language, settings.printer_dpi, errors)
