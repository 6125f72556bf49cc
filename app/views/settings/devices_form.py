"""The fields of the device settings: scanner, label printer and labels, for this workstation.

`settings()` reads the form into a DeviceSettings (what is saved to devices.json);
`set_settings()` fills it. Each kind shows only the fields it needs (a QStackedWidget page)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.devices.config import DeviceSettings
from app.devices.framing import AFFIXES

C = "DevicesForm"
SCANNER_KINDS = (
    ("none", QT_TRANSLATE_NOOP("DevicesForm", "None")),
    ("wedge", QT_TRANSLATE_NOOP("DevicesForm", "Keyboard wedge (USB, types like a keyboard)")),
    ("serial", QT_TRANSLATE_NOOP("DevicesForm", "Serial port (RS-232, USB virtual COM)")),
    ("simulated", QT_TRANSLATE_NOOP("DevicesForm", "Simulated (demo)")),
)
PRINTER_KINDS = (
    ("none", QT_TRANSLATE_NOOP("DevicesForm", "None")),
    ("tcp", QT_TRANSLATE_NOOP("DevicesForm", "Network printer (raw TCP, port 9100)")),
    ("serial", QT_TRANSLATE_NOOP("DevicesForm", "Serial port")),
    ("queue", QT_TRANSLATE_NOOP("DevicesForm", "System printer (CUPS / Windows)")),
    ("file", QT_TRANSLATE_NOOP("DevicesForm", "File or folder")),
    ("simulated", QT_TRANSLATE_NOOP("DevicesForm", "Simulated (demo)")),
)
LANGUAGES = (
    ("zpl", QT_TRANSLATE_NOOP("DevicesForm", "ZPL (Zebra and compatible label printers)")),
    ("escpos", QT_TRANSLATE_NOOP("DevicesForm", "ESC/POS (receipt-style printers)")),
    ("pdf", QT_TRANSLATE_NOOP("DevicesForm", "PDF (any printer, through the system queue)")),
)
SIZES = (
    ("60x40", QT_TRANSLATE_NOOP("DevicesForm", "60 × 40 mm")),
    ("75x25", QT_TRANSLATE_NOOP("DevicesForm", "75 × 25 mm")),
    ("100x50", QT_TRANSLATE_NOOP("DevicesForm", "100 × 50 mm")),
    ("4x6in", QT_TRANSLATE_NOOP("DevicesForm", "4 × 6 in (shipping)")),
)
TEMPLATES = (
    ("test", QT_TRANSLATE_NOOP("DevicesForm", "Test label (one of each barcode)")),
    ("product", QT_TRANSLATE_NOOP("DevicesForm", "Product label, 60 × 40 mm")),
    ("package", QT_TRANSLATE_NOOP("DevicesForm", "Package label, 100 × 50 mm")),
    ("shipping", QT_TRANSLATE_NOOP("DevicesForm", "Shipping label, 4 × 6 in")),
    ("pick_bin", QT_TRANSLATE_NOOP("DevicesForm", "Pick bin label, 75 × 25 mm")),
    ("sscc", QT_TRANSLATE_NOOP("DevicesForm", "SSCC label (GS1-128), 100 × 70 mm")),
)
BAUDS = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)


def choice(name: str, items: tuple[tuple[str, str], ...]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for key, text in items:
        combo.addItem(QCoreApplication.translate(C, text), key)
    return combo


def baud_combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setEditable(True)  # odd rates exist; the list holds the usual ones
    for rate in BAUDS:
        combo.addItem(str(rate), rate)
    return combo


def select(combo: QComboBox, key: object) -> None:
    index = combo.findData(key)
    if index >= 0:
        combo.setCurrentIndex(index)
    elif combo.isEditable():
        combo.setEditText(str(key))


def baud(combo: QComboBox, default: int) -> int:
    text = combo.currentText().strip()
    return int(text) if text.isdigit() and int(text) > 0 else default


def line(name: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def form_page(*rows: tuple[str, QWidget]) -> QWidget:
    page = QWidget()
    form = QFormLayout(page)
    form.setContentsMargins(0, 0, 0, 0)
    for label, widget in rows:
        form.addRow(label, widget)
    return page


class DevicesForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base = DeviceSettings()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(self._scanner_box())
        left.addWidget(self._labels_box())
        left.addStretch(1)
        layout.addLayout(left, 1)
        layout.addWidget(self._printer_box(), 1)

    # -- scanner --------------------------------------------------------------------------

    def _scanner_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Barcode scanner"))
        form = QFormLayout(box)
        self.scanner_kind = choice("scannerKind", SCANNER_KINDS)
        form.addRow(self.tr("&Scanner:"), self.scanner_kind)
        self.wedge_gap = QSpinBox()
        self.wedge_gap.setObjectName("wedgeGap")
        self.wedge_gap.setRange(5, 150)
        self.wedge_gap.setSuffix(" ms")
        wedge_note = QLabel(self.tr(
            "Keys that arrive at most this far apart, at least 4 of them and ending in Enter or "
            "Tab, are a scan; a person types slower (75 ms and more between keys)."))
        wedge_note.setWordWrap(True)
        wedge_note.setStyleSheet("color: palette(placeholder-text);")
        wedge = QWidget()
        wedge_form = QFormLayout(wedge)
        wedge_form.setContentsMargins(0, 0, 0, 0)
        wedge_form.addRow(self.tr("Key &gap at most:"), self.wedge_gap)
        wedge_form.addRow(wedge_note)
        self.scanner_url = line("scannerPort", "/dev/ttyACM0, COM3, socket://10.0.0.5:4001")
        self.scanner_baud = baud_combo("scannerBaud")
        self.scanner_prefix = choice("scannerPrefix", tuple((k, k) for k in AFFIXES))
        self.scanner_suffix = choice("scannerSuffix", tuple((k, k) for k in AFFIXES))
        serial = form_page((self.tr("&Port:"), self.scanner_url),
                           (self.tr("&Baud rate:"), self.scanner_baud),
                           (self.tr("Pre&fix:"), self.scanner_prefix),
                           (self.tr("Suffi&x:"), self.scanner_suffix))
        self.scanner_pages = pages_widget("scannerPages")
        for key, _ in SCANNER_KINDS:
            self.scanner_pages.addWidget({"wedge": wedge, "serial": serial}.get(key, QWidget()))
        form.addRow(self.scanner_pages)
        self.scanner_kind.currentIndexChanged.connect(self._show_pages)
        return box

    # -- printer --------------------------------------------------------------------------

    def _printer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Label printer"))
        form = QFormLayout(box)
        self.printer_kind = choice("printerKind", PRINTER_KINDS)
        form.addRow(self.tr("P&rinter:"), self.printer_kind)
        self.printer_host = line("printerHost", "192.168.1.50")
        self.printer_port = QSpinBox()
        self.printer_port.setObjectName("printerPort")
        self.printer_port.setRange(1, 65535)
        self.printer_serial = line("printerSerialPort", "/dev/ttyUSB0, COM4")
        self.printer_baud = baud_combo("printerBaud")
        self.printer_queue = QComboBox()
        self.printer_queue.setObjectName("printerQueue")
        self.printer_queue.setEditable(True)
        self.printer_queue.addItems(system_printers())
        self.printer_file = line("printerFile", "/var/spool/labels or /dev/usb/lp0")
        pages = {
            "tcp": form_page((self.tr("&Host:"), self.printer_host),
                             (self.tr("P&ort:"), self.printer_port)),
            "serial": form_page((self.tr("Po&rt:"), self.printer_serial),
                                (self.tr("Ba&ud rate:"), self.printer_baud)),
            "queue": form_page((self.tr("&Queue:"), self.printer_queue)),
            "file": form_page((self.tr("Fi&le or folder:"), self.printer_file)),
        }
        self.printer_pages = pages_widget("printerPages")
        for key, _ in PRINTER_KINDS:
            self.printer_pages.addWidget(pages.get(key, QWidget()))
        form.addRow(self.printer_pages)
        self.language = choice("printerLanguage", LANGUAGES)
        form.addRow(self.tr("Lan&guage:"), self.language)
        self.dpi = choice("printerDpi", (("203", "203 dpi"), ("300", "300 dpi")))
        form.addRow(self.tr("Resol&ution:"), self.dpi)
        self.printer_kind.currentIndexChanged.connect(self._show_pages)
        return box

    # -- labels ---------------------------------------------------------------------------

    def _labels_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Labels"))
        form = QFormLayout(box)
        self.label_size = choice("labelSize", SIZES)
        self.label_template = choice("labelTemplate", TEMPLATES)
        form.addRow(self.tr("Labels &loaded:"), self.label_size)
        form.addRow(self.tr("&Template:"), self.label_template)
        return box

    def _show_pages(self) -> None:
        self.scanner_pages.setCurrentIndex(self.scanner_kind.currentIndex())
        self.printer_pages.setCurrentIndex(self.printer_kind.currentIndex())

    # -- values ---------------------------------------------------------------------------

    def set_settings(self, settings: DeviceSettings) -> None:
        self._base = settings
        select(self.scanner_kind, settings.scanner_kind)
        self.wedge_gap.setValue(settings.wedge_max_gap_ms)
        self.scanner_url.setText(settings.scanner_url)
        select(self.scanner_baud, settings.scanner_baud)
        select(self.scanner_prefix, settings.scanner_prefix)
        select(self.scanner_suffix, settings.scanner_suffix)
        select(self.printer_kind, settings.printer_transport)
        self.printer_host.setText(settings.printer_host)
        self.printer_port.setValue(settings.printer_port)
        self.printer_serial.setText(settings.printer_serial_url)
        select(self.printer_baud, settings.printer_baud)
        self.printer_queue.setEditText(settings.printer_queue)
        self.printer_file.setText(settings.printer_file)
        select(self.language, settings.printer_language)
        select(self.dpi, str(settings.printer_dpi))
        select(self.label_size, settings.label_size)
        select(self.label_template, settings.label_template)
        self._show_pages()

    def settings(self) -> DeviceSettings:
        base = self._base
        return replace(
            base,
            scanner_kind=str(self.scanner_kind.currentData()),
            wedge_max_gap_ms=self.wedge_gap.value(),
            scanner_url=self.scanner_url.text().strip(),
            scanner_baud=baud(self.scanner_baud, base.scanner_baud),
            scanner_prefix=str(self.scanner_prefix.currentData()),
            scanner_suffix=str(self.scanner_suffix.currentData()),
            printer_transport=str(self.printer_kind.currentData()),
            printer_host=self.printer_host.text().strip(),
            printer_port=self.printer_port.value(),
            printer_serial_url=self.printer_serial.text().strip(),
            printer_baud=baud(self.printer_baud, base.printer_baud),
            printer_queue=self.printer_queue.currentText().strip(),
            printer_file=self.printer_file.text().strip(),
            printer_language=str(self.language.currentData()),
            printer_dpi=int(str(self.dpi.currentData())),
            label_size=str(self.label_size.currentData()),
            label_template=str(self.label_template.currentData()),
        )


def pages_widget(name: str) -> QStackedWidget:
    """A page per kind that takes no more height than its fields (no gap below short pages)."""
    pages = QStackedWidget()
    pages.setObjectName(name)
    pages.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    return pages


def system_printers() -> list[str]:
    """The OS print queues Qt knows (CUPS on Linux/macOS, the spooler on Windows)."""
    from PySide6.QtPrintSupport import QPrinterInfo  # only this page needs print support

    return list(QPrinterInfo.availablePrinterNames())
