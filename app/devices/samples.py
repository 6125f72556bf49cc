"""The label sizes a workstation can have loaded and each template filled with sample data,
for the device settings' "Test print" (a label that shows the template exactly as it prints)."""

from __future__ import annotations

from collections.abc import Callable

from app.devices.barcodes import make_sscc
from app.devices.labels import (
    Layout,
    PackageLabel,
    PickBinLabel,
    ProductLabel,
    ShippingLabel,
    SsccLabel,
    package_layout,
    pick_bin_layout,
    product_layout,
    sample_layout,
    shipping_layout,
    sscc_layout,
)

# key -> (width, height) in mm of the label roll loaded in the printer
LABEL_SIZES: dict[str, tuple[float, float]] = {
    "60x40": (60, 40),
    "75x25": (75, 25),
    "100x50": (100, 50),
    "4x6in": (101.6, 152.4),
}

TEMPLATES: dict[str, Callable[[], Layout]] = {
    "test": sample_layout,
    "product": lambda: product_layout(ProductLabel("SKU-1001", "Hex key set 9 pcs",
                                                   "4006381333931", "12.50")),
    "package": lambda: package_layout(PackageLabel("TEST-PKG-000001", "TEST-SO-000001",
                                                   "Sample customer", 1, 1, "1.0")),
    "shipping": lambda: shipping_layout(ShippingLabel(
        "TEST-SHP-000001", "TEST-SO-000001", ("OrderDesk", "Sample street 1", "12345 City"),
        ("Sample customer", "Goods in", "Harbour road 12", "20457 Hamburg"), "Carrier",
        "TRACK0000001", "1.0")),
    "pick_bin": lambda: pick_bin_layout(PickBinLabel("A-01-01", "ZONE A")),
    "sscc": lambda: sscc_layout(SsccLabel(make_sscc(3, "4012345", 1), "TEST-SO-000001",
                                          ("Sample customer", "Harbour road 12",
                                           "20457 Hamburg"), 1, 1, "1.0")),
}


def sample(template: str) -> Layout:
    """The template with sample data; the one-of-each-symbology test label for unknown keys."""
    return TEMPLATES.get(template, sample_layout)()


def size_of(key: str) -> tuple[float, float]:
    return LABEL_SIZES.get(key, LABEL_SIZES["100x50"])


def fits(layout: Layout, media: tuple[float, float]) -> bool:
    """True when the label is no larger than the media (0.5 mm slack for rounding)."""
    return layout.width <= media[0] + 0.5 and layout.height <= media[1] + 0.5
