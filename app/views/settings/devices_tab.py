"""File > Settings > Devices: this workstation's scanner and label printer, with a test print,
a test scan, the labels still waiting for the printer and the last device errors.

Saved per workstation and user in devices.json (app/devices/config.py), never in the database:
the scanner on the packing bench is not the one in the office. Saving applies at once: the
running scanner reconnects, the next label goes to the new printer."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.devices import config, samples
from app.devices.barcodes import classify
from app.devices.config import DeviceSettings
from app.devices.factory import make_printer
from app.devices.labels import Layout
from app.devices.printer import LabelPrinter, PrintResult
from app.devices.spool import Spool
from app.views.settings.database_form import RIGHT, WRONG
from app.views.settings.devices_form import DevicesForm
from app.views.support import label_printing
from app.views.support.formatting import moment
from app.views.support.scan_field import ScanField
from app.views.support.scanner_bridge import ScannerBridge, current_bridge
from app.views.support.wedge import WedgeFilter, attach_wedge, set_station_max_gap


class DevicesTab(QWidget):
    _printed = Signal(object, object, object, object)  # from the test print's thread

    def __init__(self, parent: QWidget | None = None, *, config_path: Path | None = None,
                 station: LabelPrinter | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("devicesTab")
        self.config_path = config_path  # None: the user's devices.json
        self._injected_station = station is not None
        self.station = station or label_printing.station_printer()
        self.form = DevicesForm()
        self.form.set_settings(config.load(config_path))
        self._test_bridge: ScannerBridge | None = None
        self._wedge: WedgeFilter | None = None
        self.last_test: LabelPrinter | None = None  # the test print's printer (tests look)
        self._printed.connect(self._show_printed, Qt.ConnectionType.QueuedConnection)

        self.test_print_button = self._button("testPrintButton", self.tr("&Test print"),
                                              "Ctrl+P", self.test_print)
        self.test_scan_button = self._button("testScanButton", self.tr("Test s&can"),
                                             "Ctrl+T", self.test_scan)
        self.save_button = self._button("saveDevicesButton", self.tr("Save for this &desk"),
                                        "Ctrl+S", self.save)
        self.status = QLabel()
        self.status.setObjectName("devicesStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_print_button)
        buttons.addWidget(self.test_scan_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self._test_box(), 1)
        self.show_station()

    def _button(self, name: str, text: str, keys: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))
        button.clicked.connect(slot)
        QShortcut(QKeySequence(keys), self, slot)
        return button

    def _test_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Test and errors"))
        layout = QHBoxLayout(box)
        scan = QVBoxLayout()
        self.test_field = ScanField()
        self.test_field.setObjectName("testScanField")
        self.test_field.setPlaceholderText(self.tr("Press Test scan, then scan any barcode"))
        self.test_field.scanned.connect(self.show_scan)
        self.scan_result = QLabel()
        self.scan_result.setObjectName("testScanResult")
        self.scan_result.setWordWrap(True)
        self.scan_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scan.addWidget(self.test_field)
        scan.addWidget(self.scan_result)
        scan.addStretch(1)
        errors = QVBoxLayout()
        self.waiting = QLabel()
        self.waiting.setObjectName("waitingLabels")
        self.retry_button = QPushButton(self.tr("&Retry waiting labels"))
        self.retry_button.setObjectName("retryLabelsButton")
        self.retry_button.clicked.connect(self.retry_waiting)
        waiting = QHBoxLayout()
        waiting.addWidget(self.waiting, 1)
        waiting.addWidget(self.retry_button)
        self.errors = QListWidget()
        self.errors.setObjectName("deviceErrors")
        self.errors.setWordWrap(True)
        errors.addLayout(waiting)
        errors.addWidget(QLabel(self.tr("Last device errors:")))
        errors.addWidget(self.errors, 1)
        layout.addLayout(scan, 1)
        layout.addLayout(errors, 1)
        return box

    # -- state ----------------------------------------------------------------------------

    def say(self, text: str, ok: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(RIGHT if ok else WRONG + " font-weight: 600;")

    def show_station(self) -> None:
        """Labels still in this desk's spool and the newest device errors."""
        pending = len(self.station.spool.pending())
        self.waiting.setText(self.tr("Labels waiting for the printer: {0}")
                             .replace("{0}", str(pending)))
        self.retry_button.setEnabled(pending > 0)
        self.errors.clear()
        for entry in self.station.errors.entries()[:20]:
            self.errors.addItem(f"{moment(entry.at)}  {entry.source}: {entry.message}")

    def missing(self, settings: DeviceSettings) -> str:
        """What the chosen kinds still need (empty when complete)."""
        if settings.scanner_kind == "serial" and not settings.scanner_url:
            return self.tr("Enter the scanner's port, for example /dev/ttyACM0 or COM3.")
        needs = {"tcp": (settings.printer_host, self.tr("Enter the printer's host name or "
                                                        "address.")),
                 "serial": (settings.printer_serial_url, self.tr("Enter the printer's port.")),
                 "queue": (settings.printer_queue, self.tr("Choose the system printer.")),
                 "file": (settings.printer_file, self.tr("Enter the file or folder for the "
                                                         "labels."))}
        value, message = needs.get(settings.printer_transport, ("ok", ""))
        return "" if value else message

    # -- actions --------------------------------------------------------------------------

    def test_print(self) -> None:
        if not self.test_print_button.isEnabled():
            return  # Ctrl+P again while the last test label is still on its way
        settings = self.form.settings()
        problem = self.missing(settings)
        if problem:
            self.say(problem, False)
            return
        layout = samples.sample(settings.label_template)
        media = samples.size_of(settings.label_size)
        # A test label is not kept for a retry: a private spool, discarded when it fails.
        spool = Spool(Path(tempfile.mkdtemp(prefix="orderdesk-test-print-")))
        printer = make_printer(settings, spool, self.station.errors)
        self.last_test = printer
        self.test_print_button.setEnabled(False)
        self.say(self.tr("Sending a test label to {0}…")
                 .replace("{0}", printer.transport.description), True)

        def send() -> None:  # off the GUI thread: an unreachable printer takes seconds
            result = printer.print_label(layout)
            with contextlib.suppress(RuntimeError):  # the page was closed meanwhile
                self._printed.emit(printer, layout, media, result)

        threading.Thread(target=send, name="test-print", daemon=True).start()

    def _show_printed(self, printer: LabelPrinter, layout: Layout, media: tuple[float, float],
                      result: PrintResult) -> None:
        self.test_print_button.setEnabled(True)
        if not result.sent:
            printer.discard(result.job_id)
            self.say(self.tr("Test label not printed: {0}").replace(
                "{0}", result.error.split(" The label is kept")[0]), False)
        elif not samples.fits(layout, media):
            self.say(self.tr("Test label sent to {0}, but the template is larger than the "
                             "labels loaded: choose a matching template or size.")
                     .replace("{0}", printer.transport.description), False)
        else:
            self.say(self.tr("Test label sent to {0}.")
                     .replace("{0}", printer.transport.description), True)
        shutil.rmtree(printer.spool.folder, ignore_errors=True)
        self.show_station()

    def test_scan(self) -> None:
        """Listen with the settings as they are in the form (saved or not) and show the code."""
        self._stop_listening()
        settings = self.form.settings()
        self.scan_result.clear()
        self.test_field.setFocus()
        if settings.scanner_kind == "wedge":
            self._wedge = attach_wedge(self, self.test_field,
                                       max_gap_ms=settings.wedge_max_gap_ms)
            self.say(self.tr("Scan a barcode now (keyboard wedge)."), True)
        elif settings.scanner_kind in ("serial", "simulated"):
            running = current_bridge()
            if running is not None and running.active and running.port == (
                    settings.scanner_url if settings.scanner_kind == "serial" else ""):
                # The desk already reads this port; its scans come to the visible field.
                self.say(self.tr("Scan a barcode now."), True)
                return
            if settings.scanner_kind == "serial" and not settings.scanner_url:
                self.say(self.missing(settings), False)
                return
            self._test_bridge = ScannerBridge(settings, self, target=lambda: self.test_field)
            self._test_bridge.state_changed.connect(self._test_state)
            self._test_bridge.start()
            self.say(self.tr("Opening {0}…").replace("{0}", settings.scanner_url or "simulated"),
                     True)
        else:
            self.say(self.tr("Choose a scanner first."), False)

    def _test_state(self, state: str, detail: str) -> None:
        if state == "connected":
            self.say(self.tr("Scanner connected: scan a barcode now."), True)
        elif state == "disconnected":
            self.say(self.tr("Cannot open the scanner: {0}").replace("{0}", detail), False)

    def show_scan(self, code: str) -> None:
        scan = classify(code)
        kinds = {"ean13": self.tr("EAN-13, check digit right"),
                 "upca": self.tr("UPC-A, check digit right"),
                 "gs1-128": self.tr("GS1-128"),
                 "text": self.tr("text (Code 128, QR or another code)")}
        lines = [f"{code}  ({kinds[scan.symbology]})"]
        if scan.gs1 is not None:
            gs1 = scan.gs1
            parts = [(self.tr("SSCC"), gs1.sscc), (self.tr("GTIN"), gs1.gtin),
                     (self.tr("Lot"), gs1.lot),
                     (self.tr("Expiry"), gs1.expiry.isoformat() if gs1.expiry else None),
                     (self.tr("Net weight"),
                      f"{gs1.net_weight} {gs1.weight_unit}" if gs1.net_weight else None)]
            lines += [f"{name}: {value}" for name, value in parts if value]
        self.scan_result.setText("\n".join(lines))
        self.say(self.tr("Scan received."), True)

    def retry_waiting(self) -> None:
        results = self.station.retry_all()
        failed = [r for r in results if not r.sent]
        if failed:
            self.say(failed[0].error, False)
        else:
            self.say(self.tr("Waiting labels printed: {0}").replace("{0}", str(len(results))),
                     True)
        self.show_station()

    def save(self) -> None:
        settings = self.form.settings()
        problem = self.missing(settings)
        if problem:
            self.say(problem, False)
            return
        self._stop_listening()
        path = config.save(settings, self.config_path)
        label_printing.reset_station_printer()
        if not self._injected_station:
            self.station = label_printing.station_printer()
        set_station_max_gap(settings.wedge_max_gap_ms)  # screens opened from now on
        running = current_bridge()
        if running is not None:
            running.reconfigure(settings)
        self.say(self.tr("Saved for this desk ({0}).").replace("{0}", str(path)), True)

    def _stop_listening(self) -> None:
        if self._test_bridge is not None:
            self._test_bridge.stop()
            self._test_bridge.deleteLater()
            self._test_bridge = None
        if self._wedge is not None:
            self._wedge.detach()
            self._wedge.deleteLater()
            self._wedge = None

    def hideEvent(self, event: QHideEvent) -> None:
        self._stop_listening()  # never keep a port open behind a closed dialog
        super().hideEvent(event)
