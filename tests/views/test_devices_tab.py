"""Settings > Devices: a test print to a network printer (a TCP 9100 listener on loopback) whose
ZPL renders (zplkit) to barcodes that decode (zxing-cpp) to the expected codes; save and load
of the workstation's devices.json; a test scan over a socat pty; a switched-off printer."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from app.config import Config
from app.devices import config, samples
from app.devices.config import DeviceSettings
from app.devices.printer import LabelPrinter
from app.devices.simulated import SimulatedTransport
from app.devices.spool import Spool
from app.views.context import AppContext
from app.views.settings import SettingsDialog
from app.views.settings.devices_tab import DevicesTab
from app.views.support import label_printing
from tests.devices.conftest import PtyPair
from tests.devices.test_labels_zpl import render_and_decode
from tests.devices.test_printing import Raw9100, free_port
from tests.views.wedge_keys import Keys


def open_tab(qtbot: QtBot, tmp_path: Path,
             settings: DeviceSettings | None = None) -> DevicesTab:
    path = tmp_path / "devices.json"
    if settings is not None:
        config.save(settings, path)
    station = LabelPrinter(SimulatedTransport(), Spool(tmp_path / "spool"))
    tab = DevicesTab(config_path=path, station=station)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    tab.activateWindow()  # shortcuts (Ctrl+S, Ctrl+P, Ctrl+T) work in the active window
    qtbot.waitUntil(tab.isActiveWindow, timeout=2000)
    return tab


def press(qtbot: QtBot, tab: DevicesTab, key: Qt.Key) -> None:
    """Ctrl+key where the keyboard is, as a user presses it."""
    target = QApplication.focusWidget() or tab
    qtbot.keyClick(target, key, Qt.KeyboardModifier.ControlModifier)


def choose(qtbot: QtBot, combo: QComboBox, key: str) -> None:
    """Pick an entry the way a keyboard user does: focus the box, arrow down until it is there."""
    combo.setFocus()
    target = combo.findData(key)
    assert target >= 0, key
    key_press = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key_press)


def print_test_label(qtbot: QtBot, tab: DevicesTab, by_key: bool = False) -> None:
    """Test print (button or Ctrl+P) and wait until the background send has reported."""
    if by_key:
        press(qtbot, tab, Qt.Key.Key_P)
    else:
        qtbot.mouseClick(tab.test_print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.status.text().startswith("Sending"), timeout=10000)
    assert tab.test_print_button.isEnabled()


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


@pytest.mark.parametrize("template, expected", [
    ("test", {"Code128": "TEST-128", "EAN13": "4006381333931", "QRCode": "OrderDesk test"}),
    ("package", {"Code128": "TEST-PKG-000001"}),
])
def test_test_print_to_a_network_printer_sends_zpl_whose_barcodes_decode(
        qtbot: QtBot, tmp_path: Path, template: str, expected: dict[str, str]) -> None:
    listener = Raw9100()
    try:
        tab = open_tab(qtbot, tmp_path)
        form = tab.form
        choose(qtbot, form.printer_kind, "tcp")
        assert form.printer_pages.currentIndex() == form.printer_kind.currentIndex()
        type_into(qtbot, form.printer_host, "127.0.0.1")
        type_into(qtbot, form.printer_port, str(listener.port))
        choose(qtbot, form.language, "zpl")
        choose(qtbot, form.label_template, template)
        print_test_label(qtbot, tab)
        listener.close()
        assert tab.status.text().startswith("Test label sent to TCP 127.0.0.1:")
        (job,) = listener.jobs
        layout = samples.sample(template)
        assert render_and_decode(job, layout, 203) == expected
    finally:
        listener.close()


def test_save_writes_the_workstation_file_and_the_tab_reads_it_back(
        qtbot: QtBot, tmp_path: Path, pty: PtyPair) -> None:
    tab = open_tab(qtbot, tmp_path)
    form = tab.form
    choose(qtbot, form.scanner_kind, "serial")
    type_into(qtbot, form.scanner_url, str(pty.app))
    type_into(qtbot, form.scanner_baud.lineEdit(), "19200")
    choose(qtbot, form.scanner_suffix, "CR")
    choose(qtbot, form.printer_kind, "file")
    type_into(qtbot, form.printer_file, str(tmp_path / "labels"))
    choose(qtbot, form.label_size, "4x6in")
    choose(qtbot, form.label_template, "shipping")
    press(qtbot, tab, Qt.Key.Key_S)
    assert tab.status.text().startswith("Saved for this desk")
    saved = json.loads((tmp_path / "devices.json").read_text())
    assert {key: saved[key] for key in ("scanner_kind", "scanner_url", "scanner_baud",
                                        "scanner_suffix", "printer_transport", "label_size",
                                        "label_template")} == {
        "scanner_kind": "serial", "scanner_url": str(pty.app), "scanner_baud": 19200,
        "scanner_suffix": "CR", "printer_transport": "file", "label_size": "4x6in",
        "label_template": "shipping"}
    again = open_tab(qtbot, tmp_path)
    assert again.form.settings() == config.load(tmp_path / "devices.json")
    assert again.form.scanner_pages.currentIndex() == again.form.scanner_kind.findData("serial")


def test_a_file_printer_gets_the_test_label_and_a_missing_path_is_refused(
        qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "labels"
    folder.mkdir()
    tab = open_tab(qtbot, tmp_path, DeviceSettings(printer_transport="file"))
    qtbot.mouseClick(tab.test_print_button, Qt.MouseButton.LeftButton)  # refused at once
    assert tab.status.text() == "Enter the file or folder for the labels."
    type_into(qtbot, tab.form.printer_file, str(folder))
    print_test_label(qtbot, tab)
    (label,) = folder.glob("*.zpl")
    assert label.read_bytes().startswith(b"^XA")


def test_a_switched_off_printer_is_reported_and_the_test_label_is_not_kept(
        qtbot: QtBot, tmp_path: Path) -> None:
    tab = open_tab(qtbot, tmp_path, DeviceSettings(
        printer_transport="tcp", printer_host="127.0.0.1", printer_port=free_port()))
    print_test_label(qtbot, tab, by_key=True)
    assert tab.status.text().startswith("Test label not printed: Cannot reach the printer")
    assert tab.errors.count() == 1 and "Cannot reach the printer" in tab.errors.item(0).text()
    assert tab.last_test is not None and not tab.last_test.spool.folder.exists()
    assert tab.station.spool.pending() == []


def test_a_template_larger_than_the_labels_loaded_is_pointed_out(
        qtbot: QtBot, tmp_path: Path) -> None:
    tab = open_tab(qtbot, tmp_path, DeviceSettings(
        printer_transport="simulated", label_size="60x40", label_template="shipping"))
    print_test_label(qtbot, tab)
    assert "larger than the labels loaded" in tab.status.text()


def test_waiting_labels_are_shown_and_retried(qtbot: QtBot, tmp_path: Path) -> None:
    tab = open_tab(qtbot, tmp_path)
    transport = tab.station.transport
    assert isinstance(transport, SimulatedTransport)
    transport.switch_off()
    tab.station.print_label(samples.sample("pick_bin"))
    tab.show_station()
    assert tab.waiting.text() == "Labels waiting for the printer: 1"
    transport.switch_on()
    qtbot.mouseClick(tab.retry_button, Qt.MouseButton.LeftButton)
    assert tab.waiting.text() == "Labels waiting for the printer: 0"
    assert len(transport.jobs) == 1


@pytest.fixture
def pty(tmp_path: Path):  # type: ignore[no-untyped-def]
    if shutil.which("socat") is None:
        pytest.skip("socat is not installed (apt-get install socat)")
    pair = PtyPair(tmp_path)
    pair.plug()
    yield pair
    pair.unplug()


def test_test_scan_reads_the_serial_port_in_the_form_and_explains_the_code(
        qtbot: QtBot, tmp_path: Path, pty: PtyPair) -> None:
    tab = open_tab(qtbot, tmp_path)
    choose(qtbot, tab.form.scanner_kind, "serial")
    type_into(qtbot, tab.form.scanner_url, str(pty.app))
    press(qtbot, tab, Qt.Key.Key_T)
    qtbot.waitUntil(lambda: tab.status.text().startswith("Scanner connected"), timeout=3000)
    pty.write(b"]C1010400638133393117250512" + b"10LOT-7\x1d3103001250\r\n")
    qtbot.waitUntil(lambda: "GS1-128" in tab.scan_result.text(), timeout=3000)
    text = tab.scan_result.text()
    assert "GTIN: 04006381333931" in text and "Lot: LOT-7" in text
    assert "Expiry: 2025-05-12" in text and "Net weight: 1.250 kg" in text
    tab.hide()  # closing the page closes the port
    assert tab._test_bridge is None


def test_the_settings_dialog_has_the_devices_page(
        qtbot: QtBot, ctx: AppContext, db_url: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The page reads this workstation's file and spool: point both into the test folder.
    monkeypatch.setattr(config, "default_path", lambda: tmp_path / "devices.json")
    monkeypatch.setattr(config, "spool_dir", lambda: tmp_path / "spool")
    label_printing.reset_station_printer()
    config.save(DeviceSettings(printer_transport="tcp", printer_host="printer.local"))
    dialog = SettingsDialog(ctx, Config(db_url, tmp_path / "data"))
    qtbot.addWidget(dialog)
    dialog.show()
    tab = dialog.show_tab("devices")
    assert isinstance(tab, DevicesTab)
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Devices"
    assert tab.form.printer_host.text() == "printer.local"
    dialog.resize(980, 700)
    dialog.grab().save(str(tmp_path / "settings-devices.png"))
    label_printing.reset_station_printer()


def test_test_scan_with_a_wedge_uses_the_key_gap_in_the_form(
        qtbot: QtBot, tmp_path: Path) -> None:
    tab = open_tab(qtbot, tmp_path, DeviceSettings(scanner_kind="wedge"))
    type_into(qtbot, tab.form.wedge_gap, "12")
    press(qtbot, tab, Qt.Key.Key_T)
    assert tab.status.text() == "Scan a barcode now (keyboard wedge)."
    tab.form.printer_host.setFocus()  # wherever the keyboard is, a scan lands in the test field
    keys = Keys(tab.form.printer_host)
    keys.type("4006381333931", gap=8)
    keys.enter(gap=8)
    assert tab.scan_result.text() == "4006381333931  (EAN-13, check digit right)"
    assert tab.form.printer_host.text() == ""
    keys.type("SLOW1", gap=20)  # quick typing, but slower than the 12 ms set in the form
    keys.enter(gap=20)
    qtbot.waitUntil(lambda: tab.form.printer_host.text() == "SLOW1", timeout=2000)
    assert tab.scan_result.text().startswith("4006381333931")
