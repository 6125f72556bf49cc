"""Per-workstation device settings, kept as JSON in the user's config folder (not the database)."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

import platformdirs

log = logging.getLogger(__name__)

SCANNER_KINDS = ("wedge", "serial", "simulated", "none")
PRINTER_TRANSPORTS = ("tcp", "serial", "queue", "file", "simulated", "none")


@dataclass(frozen=True)
class DeviceSettings:
    # Scanner: "wedge" (keyboard HID, always on), "serial" (a port or URL), "simulated", "none".
    scanner_kind: str = "wedge"
    scanner_url: str = ""  # /dev/ttyACM0, COM3, /dev/serial/by-id/..., socket://host:port
    scanner_baud: int = 9600
    scanner_prefix: str = "none"  # a key of framing.AFFIXES
    scanner_suffix: str = "CRLF"
    # Keyboard wedge: keys at most this far apart (ms) are a scanner, slower ones a person.
    wedge_max_gap_ms: int = 30
    # Printer
    printer_transport: str = "simulated"
    printer_host: str = ""
    printer_port: int = 9100
    printer_serial_url: str = ""
    printer_baud: int = 9600
    printer_queue: str = ""
    printer_file: str = ""  # a folder (one file per job) or a device file such as /dev/usb/lp0
    printer_language: str = "zpl"  # "zpl", "escpos" or "pdf"
    printer_dpi: int = 203
    # Labels: the media loaded in the printer (a key of samples.LABEL_SIZES) and the template
    # this station prints most (a key of samples.TEMPLATES; "Test print" prints it).
    label_size: str = "100x50"
    label_template: str = "package"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir("OrderDesk"))


def default_path() -> Path:
    return config_dir() / "devices.json"


def spool_dir() -> Path:
    """Pending print jobs live beside the settings, per workstation and user."""
    return Path(platformdirs.user_data_dir("OrderDesk")) / "print-spool"


def load(path: Path | None = None) -> DeviceSettings:
    """The saved settings; defaults when there is no file, unknown keys are ignored."""
    path = path or default_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return DeviceSettings()
    except (OSError, ValueError) as error:
        log.warning("ignoring unreadable device settings %s: %s", path, error)
        return DeviceSettings()
    known = {f.name: f.type for f in fields(DeviceSettings)}
    values = {key: value for key, value in raw.items() if key in known}
    defaults = DeviceSettings()
    for key, value in list(values.items()):  # keep the default when a value has the wrong type
        if type(value) is not type(getattr(defaults, key)):
            values.pop(key)
    return replace(defaults, **values)


def save(settings: DeviceSettings, path: Path | None = None) -> Path:
    path = path or default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    os.replace(temporary, path)
    return path
