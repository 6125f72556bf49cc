"""Layout -> ESC/POS for receipt-style printers: lines top to bottom, barcodes centred."""

from __future__ import annotations

from app.devices.barcodes import gs1_encoded
from app.devices.labels import Barcode, Box, Layout, Text

ESC, GS = b"\x1b", b"\x1d"
INIT = ESC + b"@"
CUT = GS + b"V\x42\x00"  # feed and partial cut
_CENTER, _LEFT = ESC + b"a\x01", ESC + b"a\x00"


def _text(element: Text) -> bytes:
    # Receipt fonts are a fixed ~3 mm; double height for big text, bold via ESC E.
    size = b"\x11" if element.height >= 6 else b"\x01" if element.height >= 4.5 else b"\x00"
    bold = ESC + b"E" + (b"\x01" if element.bold else b"\x00")
    body = element.text.encode("cp437", errors="replace")
    return _LEFT + bold + GS + b"!" + size + body + b"\n" + GS + b"!\x00" + ESC + b"E\x00"


def _barcode(element: Barcode, dots_per_mm: float) -> bytes:
    data = element.data.encode("ascii")
    if element.symbology == "qr":
        size = max(1, min(16, round(element.module * dots_per_mm)))
        stored = len(data) + 3
        return (_CENTER
                + GS + b"(k\x04\x00\x31\x41\x32\x00"            # model 2
                + GS + b"(k\x03\x00\x31\x43" + bytes([size])     # module size
                + GS + b"(k\x03\x00\x31\x45\x31"                 # error correction M
                + GS + b"(k" + bytes([stored % 256, stored // 256]) + b"\x31\x50\x30" + data
                + GS + b"(k\x03\x00\x31\x51\x30\n" + _LEFT)
    width = max(2, min(6, round(element.module * dots_per_mm)))
    height = max(1, min(255, round(element.height * dots_per_mm)))
    setup = GS + b"h" + bytes([height]) + GS + b"w" + bytes([width]) + GS + b"H\x00"
    if element.symbology == "ean13":
        code = GS + b"k\x43" + bytes([12]) + data[:12]  # the printer adds the check digit
    elif element.symbology == "gs1_128":  # code set B, "{1" is FNC1 (GS k, function B)
        payload = b"{B" + gs1_encoded(element.data, "\x00").replace("{", "{{").encode(
            "ascii").replace(b"\x00", b"{1")
        code = GS + b"k\x49" + bytes([len(payload)]) + payload
    else:
        payload = b"{B" + data.replace(b"{", b"{{")
        code = GS + b"k\x49" + bytes([len(payload)]) + payload
    return _CENTER + setup + code + b"\n" + _LEFT


def to_escpos(layout: Layout, dpi: int = 203, cut: bool = True) -> bytes:
    """The label as one receipt: reset, every element in reading order, feed, cut."""
    dots_per_mm = dpi / 25.4
    out = bytearray(INIT)
    for element in sorted(layout.elements, key=lambda e: (round(e.y), e.x)):
        if isinstance(element, Text):
            out += _text(element)
        elif isinstance(element, Barcode):
            out += _barcode(element, dots_per_mm)
        elif isinstance(element, Box):
            continue  # receipt printers draw no frames; the text order carries the structure
    out += ESC + b"d\x03"
    if cut:
        out += CUT
    return bytes(out)
