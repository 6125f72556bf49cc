"""Sample label data shared by the label tests."""

from __future__ import annotations

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

SHIPPING = ShippingLabel(
    shipment_number="HQ-SHP-000042", order_number="HQ-SO-000123",
    ship_from=("Acme Tools GmbH", "Werkstr. 5", "12345 Berlin", "Germany"),
    ship_to=("Mueller & Sohn KG", "Attn: Goods In", "Hafenweg 12", "20457 Hamburg", "Germany"),
    carrier="DHL", tracking="JJD000390007827", weight_kg="12.4", package_index=1,
    package_count=2)

# kind -> (layout, {symbology as zxing names it: exact data})
CASES: dict[str, tuple[Layout, dict[str, str]]] = {
    "product": (product_layout(ProductLabel("SKU-1001", "Hex key set 9 pcs", "4006381333931",
                                            "12.50 EUR")), {"EAN13": "4006381333931"}),
    "product_no_ean": (product_layout(ProductLabel("SKU-1002", "Cable ties")),
                       {"Code128": "SKU-1002"}),
    "package": (package_layout(PackageLabel("HQ-PKG-000077", "HQ-SO-000123", "Mueller & Sohn KG",
                                            1, 2, "12.4")), {"Code128": "HQ-PKG-000077"}),
    "shipping": (shipping_layout(SHIPPING), {
        "Code128": "HQ-SHP-000042", "QRCode": "HQ-SHP-000042|HQ-SO-000123|JJD000390007827"}),
    "pick_bin": (pick_bin_layout(PickBinLabel("A-01-03", "ZONE A")), {"Code128": "A-01-03"}),
    # zxing-cpp shows GS1 data in its bracketed form
    "sscc": (sscc_layout(SsccLabel("340123450000000017", "HQ-SO-000123",
                                   ("Mueller & Sohn KG", "Hafenweg 12", "20457 Hamburg"), 1, 2,
                                   "12.4")), {"Code128": "(00)340123450000000017"}),
    "test": (sample_layout(), {"Code128": "TEST-128", "EAN13": "4006381333931",
                               "QRCode": "OrderDesk test"}),
}
