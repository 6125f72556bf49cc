"""Layout -> ZPL II for Zebra-compatible thermal printers (203/300 dpi), as a pure function."""

from __future__ import annotations

import math

from app.devices.labels import Barcode, Box, Layout, Text

_ESCAPE = {ord("^"), ord("~"), ord("_")}  # would end or start a command inside ^FD


def field_data(text: str) -> str:
    """Text for a ^FH_ field: ZPL control characters and non-ASCII become _XX (UTF-8, ^CI28)."""
    out = []
    for byte in text.encode("utf-8"):
        out.append(f"_{byte:02X}" if byte in _ESCAPE or byte < 0x20 or byte > 0x7E
                   else chr(byte))
    return "".join(out)


def _dots(mm: float, dpi: int) -> int:
    return round(mm * dpi / 25.4)


def module_dots(module_mm: float, dpi: int) -> int:
    """Whole printer dots per module, never below the module the template asked for."""
    return max(1, math.ceil(module_mm * dpi / 25.4 - 1e-6))


def _barcode(element: Barcode, dpi: int) -> str:
    at = f"^FO{_dots(element.x, dpi)},{_dots(element.y, dpi)}"
    module, height = module_dots(element.module, dpi), _dots(element.height, dpi)
    if element.symbology == "qr":
        # QR quirk: ^FO places the symbol ~10 dots lower; the template leaves room for it.
        return f"{at}^BQN,2,{min(module, 10)}^FH_^FDMA,{field_data(element.data)}^FS"
    if element.symbology == "ean13":  # the printer computes the check digit from 12 digits
        return f"{at}^BY{module}^BEN,{height},N,N^FD{element.data[:12]}^FS"
    if element.symbology == "gs1_128":  # mode D: the printer adds FNC1s from the (AI)s
        return f"{at}^BY{module}^BCN,{height},N,N,N,D^FH_^FD{field_data(element.data)}^FS"
    # Code 128, mode N: '>' starts an invocation code, so a literal '>' is written '>0'.
    data = field_data(element.data).replace(">", ">0")
    return f"{at}^BY{module}^BCN,{height},N,N,N,N^FH_^FD{data}^FS"


def _element(element: Text | Barcode | Box, dpi: int) -> str:
    if isinstance(element, Text):
        height = _dots(element.height, dpi)
        width = height if element.bold else round(height * 0.8)
        return (f"^FO{_dots(element.x, dpi)},{_dots(element.y, dpi)}^A0N,{height},{width}"
                f"^FH_^FD{field_data(element.text)}^FS")
    if isinstance(element, Box):
        return (f"^FO{_dots(element.x, dpi)},{_dots(element.y, dpi)}"
                f"^GB{_dots(element.width, dpi)},{_dots(element.height, dpi)},"
                f"{max(1, _dots(element.line, dpi))}^FS")
    return _barcode(element, dpi)


def to_zpl(layout: Layout, dpi: int = 203, copies: int = 1) -> bytes:
    """One ZPL label (^XA..^XZ), UTF-8 (^CI28), sized with ^PW/^LL, `copies` via ^PQ."""
    lines = ["^XA", "^CI28", f"^PW{_dots(layout.width, dpi)}", f"^LL{_dots(layout.height, dpi)}",
             "^LH0,0"]
    lines += [_element(element, dpi) for element in layout.elements]
    if copies > 1:
        lines.append(f"^PQ{copies}")
    lines.append("^XZ")
    return ("\n".join(lines) + "\n").encode("ascii")
