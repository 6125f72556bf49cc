"""The label printer of this workstation, built once from its device settings.

Screens call `station_printer()`; tests replace it (monkeypatch) with a printer over a
simulated transport. Jobs go through the spool, so a switched-off printer loses nothing.
"""

from __future__ import annotations

from app.devices import config
from app.devices.factory import make_printer
from app.devices.printer import LabelPrinter
from app.devices.spool import Spool

_printer: list[LabelPrinter] = []


def station_printer() -> LabelPrinter:
    if not _printer:
        _printer.append(make_printer(config.load(), Spool(config.spool_dir())))
    return _printer[0]


def reset_station_printer() -> None:
    """The device settings changed: the next `station_printer()` is built from the new ones."""
    _printer.clear()
