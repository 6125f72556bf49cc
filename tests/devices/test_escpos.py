"""ESC/POS: the barcode and QR commands match python-escpos (an independent generator) byte for
byte, and a whole label matches reviewed golden bytes."""

from __future__ import annotations

import pytest

from app.devices.escpos import to_escpos
from app.devices.labels import Barcode, Layout, PickBinLabel, Text, pick_bin_layout

GOLDEN_PICK_BIN = (
    b"\x1b@"                                                  # ESC @ reset
    b"\x1ba\x00\x1bE\x01\x1d!\x11A-01-03\n\x1d!\x00\x1bE\x00"  # bold double size bin code
    b"\x1ba\x00\x1bE\x00\x1d!\x00ZONE A\n\x1d!\x00\x1bE\x00"   # zone, normal size
    b"\x1ba\x01\x1dhX\x1dw\x03\x1dH\x00\x1dkI\t{BA-01-03\n\x1ba\x00"  # centred Code 128 B
    b"\x1bd\x03\x1dVB\x00"                                    # feed 3 lines, partial cut
)


def test_a_pick_bin_label_gives_the_reviewed_bytes() -> None:
    assert to_escpos(pick_bin_layout(PickBinLabel("A-01-03", "ZONE A"))) == GOLDEN_PICK_BIN


def _reference(kind: str, data: str, **options: object) -> bytes:
    printer_module = pytest.importorskip("escpos.printer")
    printer = printer_module.Dummy()
    if kind == "qr":
        printer.qr(data, native=True, **options)
    else:
        printer.barcode(data, kind, pos="OFF", function_type="B", align_ct=False, **options)
    # python-escpos also selects the HRI font (GS f 0); with HRI off that changes nothing.
    return printer.output.replace(b"\x1df\x00", b"")


@pytest.mark.parametrize(("barcode", "kind", "data", "options"), [
    (Barcode(0, 0, "ean13", "4006381333931", 0.375, 10), "EAN13", "400638133393",
     {"height": 80, "width": 3}),
    (Barcode(0, 0, "code128", "HQ-SO-000123", 0.375, 11), "CODE128", "{BHQ-SO-000123",
     {"height": 88, "width": 3}),
    (Barcode(0, 0, "qr", "HQ-SHP-000042|JJD1", 0.5), "qr", "HQ-SHP-000042|JJD1",
     {"size": 4, "ec": 1}),
])
def test_barcode_commands_match_python_escpos(barcode: Barcode, kind: str, data: str,
                                              options: dict[str, object]) -> None:
    ours = to_escpos(Layout("t", 60, 20, (barcode,)), cut=False)
    assert _reference(kind, data, **options) in ours


def test_text_outside_the_code_page_is_replaced_not_dropped() -> None:
    out = to_escpos(Layout("t", 60, 20, (Text(0, 0, "Größe 中"),)), cut=False)
    assert b"Gr\x94\xe1e ?" in out
