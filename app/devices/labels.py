"""Label templates, designed once in millimetres: product, package, shipping 4x6 in, pick bin.

Each template takes plain data (a frozen dataclass of strings and numbers, never an ORM object)
and returns a `Layout` that the ZPL, ESC/POS and PDF writers all draw.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from app.devices.barcodes import gs1_fields, is_valid_gtin, is_valid_sscc

# gs1_128: data in the human-readable bracketed form, "(00)340123450000000017(10)LOT"
Symbology = Literal["code128", "ean13", "qr", "gs1_128"]

# Smallest modules that decode reliably at 203 dpi (devices-findings.md §5).
MIN_MODULE_MM: dict[str, float] = {"code128": 0.25, "gs1_128": 0.25, "ean13": 0.33,
                                   "qr": 0.375}


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    text: str
    height: float = 4.0
    bold: bool = False


@dataclass(frozen=True)
class Barcode:
    x: float
    y: float
    symbology: Symbology
    data: str
    module: float  # narrow bar / QR module width in mm
    height: float = 12.0  # bar height in mm (ignored for QR)

    def __post_init__(self) -> None:
        if self.module < MIN_MODULE_MM[self.symbology]:
            raise ValueError(f"{self.symbology} module {self.module} mm is below the minimum")
        if self.symbology == "ean13" and not (len(self.data) == 13 and is_valid_gtin(self.data)):
            raise ValueError(f"not an EAN-13 with a valid check digit: {self.data!r}")
        if self.symbology == "gs1_128":
            gs1_fields(self.data)  # unknown AI, wrong length or check digit: not printable


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float
    line: float = 0.5


Element = Text | Barcode | Box


@dataclass(frozen=True)
class Layout:
    """A label: size in mm, origin top left, y grows downwards (as on the printer)."""

    kind: str
    width: float
    height: float
    elements: tuple[Element, ...]


@dataclass(frozen=True)
class ProductLabel:
    sku: str
    name: str
    ean: str = ""  # EAN-13 or UPC-A with check digit; empty for products without a GTIN
    price: str = ""  # already formatted for the locale, e.g. "12,50 €"


@dataclass(frozen=True)
class PackageLabel:
    package_number: str
    order_number: str
    customer: str
    package_index: int = 1
    package_count: int = 1
    weight_kg: str = ""


@dataclass(frozen=True)
class ShippingLabel:
    shipment_number: str
    order_number: str
    ship_from: tuple[str, ...]
    ship_to: tuple[str, ...]
    carrier: str = ""
    tracking: str = ""
    weight_kg: str = ""
    package_index: int = 1
    package_count: int = 1


@dataclass(frozen=True)
class SsccLabel:
    """A GS1 logistic label: the package's SSCC as GS1-128, for customers who receive by it."""

    sscc: str  # 18 digits with check digit (barcodes.make_sscc)
    order_number: str
    ship_to: tuple[str, ...]
    package_index: int = 1
    package_count: int = 1
    weight_kg: str = ""

    def __post_init__(self) -> None:
        if not is_valid_sscc(self.sscc):
            raise ValueError(f"not an SSCC with a valid check digit: {self.sscc!r}")


@dataclass(frozen=True)
class PickBinLabel:
    bin_code: str
    zone: str = ""


def product_layout(data: ProductLabel) -> Layout:
    """60 x 40 mm: name, SKU, price and the EAN-13 (or the SKU as Code 128)."""
    elements: list[Element] = [Text(3, 2.5, data.name[:28], 4, bold=True),
                               Text(3, 8, f"SKU {data.sku}", 3.2)]
    if data.price:
        elements.append(Text(40, 8, data.price, 3.2, bold=True))
    if data.ean:  # a 12-digit UPC-A is the EAN-13 with a leading 0
        ean = data.ean.zfill(13) if len(data.ean) == 12 else data.ean
        elements.append(Barcode(7, 14, "ean13", ean, 0.375, 20))
    else:
        elements.append(Barcode(3, 14, "code128", data.sku, 0.25, 20))
    return Layout("product", 60, 40, tuple(elements))


def package_layout(data: PackageLabel) -> Layout:
    """100 x 50 mm: package and order numbers, customer, the package number as Code 128."""
    elements: list[Element] = [
        Text(4, 3, data.customer[:36], 4.5, bold=True),
        Text(4, 10, f"Order {data.order_number}", 3.5),
        Text(60, 10, f"{data.package_index}/{data.package_count}", 3.5, bold=True),
        Barcode(4, 17, "code128", data.package_number, 0.375, 18),
        Text(4, 40, data.package_number, 3.5),
    ]
    if data.weight_kg:
        elements.append(Text(60, 40, f"{data.weight_kg} kg", 3.5))
    return Layout("package", 100, 50, tuple(elements))


def shipping_layout(data: ShippingLabel) -> Layout:
    """4 x 6 inch (101.6 x 152.4 mm): addresses, shipment barcode, tracking and a QR summary."""
    elements: list[Element] = [Text(4, 4, "FROM", 2.5, bold=True)]
    elements += [Text(4, 8 + 3.5 * i, line[:40], 3) for i, line in enumerate(data.ship_from[:4])]
    elements += [Box(2, 25, 97.6, 45), Text(5, 27, "SHIP TO", 3, bold=True)]
    elements += [Text(5, 33 + 6 * i, line[:30], 5, bold=i == 0)
                 for i, line in enumerate(data.ship_to[:6])]
    elements += [
        Text(4, 74, f"Shipment {data.shipment_number}", 3.5, bold=True),
        Text(4, 79, f"Order {data.order_number}   {data.package_index}/{data.package_count}"
             + (f"   {data.weight_kg} kg" if data.weight_kg else ""), 3.5),
        Barcode(4, 85, "code128", data.shipment_number, 0.375, 22),
        Barcode(72, 112, "qr", f"{data.shipment_number}|{data.order_number}|{data.tracking}",
                0.5),
    ]
    if data.carrier:
        elements.append(Text(4, 112, data.carrier[:20], 5, bold=True))
    if data.tracking:
        elements += [Text(4, 120, "TRACKING", 2.5), Text(4, 124, data.tracking[:24], 3.5)]
    return Layout("shipping", 101.6, 152.4, tuple(elements))


def sscc_layout(data: SsccLabel) -> Layout:
    """100 x 70 mm (fits a 4 x 6 in roll): ship-to, order, package, the SSCC as GS1-128."""
    sscc = data.sscc
    readable = f"(00) {sscc[0]} {sscc[1:8]} {sscc[8:17]} {sscc[17]}"
    elements: list[Element] = [Text(4, 3, "SSCC", 2.5, bold=True), Text(4, 7, readable, 4.5,
                                                                          bold=True)]
    elements += [Text(4, 15 + 4.5 * i, line[:36], 3.5, bold=i == 0)
                 for i, line in enumerate(data.ship_to[:3])]
    elements += [
        Text(4, 30, f"Order {data.order_number}", 3.2),
        Text(60, 30, f"{data.package_index}/{data.package_count}"
             + (f"   {data.weight_kg} kg" if data.weight_kg else ""), 3.2, bold=True),
        Box(2, 35, 96, 0.1, 0.3),
        Barcode(8, 39, "gs1_128", f"(00){sscc}", 0.375, 22),
        Text(8, 63, readable, 3.2),
    ]
    return Layout("sscc", 100, 70, tuple(elements))


def pick_bin_layout(data: PickBinLabel) -> Layout:
    """75 x 25 mm: the bin code large enough to read from a forklift, and as Code 128."""
    elements: list[Element] = [Text(3, 2, data.bin_code, 7, bold=True),
                               Barcode(3, 11, "code128", data.bin_code, 0.375, 11)]
    if data.zone:
        elements.append(Text(55, 3, data.zone[:8], 4))
    return Layout("pick_bin", 75, 25, tuple(elements))


def sample_layout() -> Layout:
    """The settings screen's test label: one of each symbology."""
    return Layout("test", 100, 50, (
        Text(3, 2, "OrderDesk test label", 4, bold=True),
        Barcode(3, 9, "code128", "TEST-128", 0.25, 12),
        Barcode(3, 25, "ean13", "4006381333931", 0.375, 14),
        Barcode(70, 9, "qr", "OrderDesk test", 0.5),
    ))
