"""Per-workstation device settings in a JSON file, and the objects built from them."""

from __future__ import annotations

from pathlib import Path

from app.devices import config
from app.devices.config import DeviceSettings
from app.devices.factory import make_framer, make_printer, make_scanner, make_transport
from app.devices.framing import ETX, STX
from app.devices.samples import sample
from app.devices.serial_scanner import SerialScanner
from app.devices.simulated import SimulatedScanner, SimulatedTransport
from app.devices.spool import Spool
from app.devices.transports import (
    CupsQueueTransport,
    FileTransport,
    NoPrinterTransport,
    SerialTransport,
    TcpTransport,
)


def test_settings_survive_a_save_and_load(tmp_path: Path) -> None:
    settings = DeviceSettings(scanner_kind="serial", scanner_url="/dev/ttyACM0",
                              scanner_baud=115200, scanner_prefix="STX", scanner_suffix="ETX",
                              printer_transport="tcp", printer_host="10.0.0.9",
                              printer_language="escpos")
    path = config.save(settings, tmp_path / "devices.json")
    assert config.load(path) == settings


def test_a_missing_or_broken_file_gives_defaults(tmp_path: Path) -> None:
    assert config.load(tmp_path / "none.json") == DeviceSettings()
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    assert config.load(broken) == DeviceSettings()


def test_unknown_keys_and_wrong_types_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "devices.json"
    path.write_text('{"scanner_baud": "fast", "printer_port": 6101, "future_option": 1}')
    assert config.load(path) == DeviceSettings(printer_port=6101)


def test_the_default_file_is_in_the_users_config_folder() -> None:
    assert config.default_path().parent.name == "OrderDesk"


def test_settings_build_the_chosen_devices(tmp_path: Path) -> None:
    serial = DeviceSettings(scanner_kind="serial", scanner_url="loop://",
                            scanner_prefix="STX", scanner_suffix="ETX")
    assert isinstance(make_scanner(serial, print), SerialScanner)
    framer = make_framer(serial)
    assert (framer.prefix, framer.suffix) == (STX, ETX)
    assert make_scanner(DeviceSettings(), print) is None  # wedge: handled by Qt
    assert isinstance(make_scanner(DeviceSettings(scanner_kind="simulated"), print),
                      SimulatedScanner)
    assert isinstance(make_transport(DeviceSettings(printer_transport="tcp", printer_host="h")),
                      TcpTransport)
    assert isinstance(make_transport(DeviceSettings(printer_transport="serial",
                                                    printer_serial_url="/dev/ttyS0")),
                      SerialTransport)
    queue = make_transport(DeviceSettings(printer_transport="queue", printer_queue="office",
                                          printer_language="pdf"))
    assert isinstance(queue, CupsQueueTransport) and not queue.raw
    printer = make_printer(DeviceSettings(), Spool(tmp_path))
    assert isinstance(printer.transport, SimulatedTransport) and printer.language == "zpl"


def test_no_printer_or_a_missing_address_keeps_jobs_instead_of_dropping_them(
        tmp_path: Path) -> None:
    for settings in (DeviceSettings(printer_transport="none"),
                     DeviceSettings(printer_transport="tcp", printer_host="")):
        assert isinstance(make_transport(settings), NoPrinterTransport)
    printer = make_printer(DeviceSettings(printer_transport="none"), Spool(tmp_path))
    result = printer.print_label(sample("pick_bin"))
    assert not result.sent and "No label printer" in result.error
    assert len(printer.spool.pending()) == 1
    file_printer = make_transport(DeviceSettings(printer_transport="file",
                                                 printer_file=str(tmp_path / "out.prn")))
    assert isinstance(file_printer, FileTransport)
    file_printer.send(b"one")
    file_printer.send(b"two")
    assert (tmp_path / "out.prn").read_bytes() == b"onetwo"
