"""The GS1-128 SSCC package label: built with its check digit, printed in ZPL (rendered by
zplkit), PDF (rasterised by pdftoppm) and ESC/POS, decoded by zxing-cpp as GS1 (]C1) and read
back by our own scan parser to the same SSCC."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from app.devices.barcodes import GS, classify, gs1_encoded, make_sscc
from app.devices.escpos import to_escpos
from app.devices.labels import Barcode, Layout, SsccLabel, sscc_layout
from app.devices.pdf import to_pdf
from app.devices.zpl import to_zpl
from tests.devices.test_labels_pdf import rasterise

zplkit = pytest.importorskip("zplkit")
zxingcpp = pytest.importorskip("zxingcpp")
Image = pytest.importorskip("PIL.Image")

SSCC = make_sscc(3, "4012345", 1)
LAYOUT = sscc_layout(SsccLabel(SSCC, "HQ-SO-000123", ("Mueller & Sohn KG",), 1, 2, "12.4"))


def gs1_codes(image: object) -> list[tuple[str, str, bytes]]:
    return [(code.symbology_identifier, code.text, code.bytes)
            for code in zxingcpp.read_barcodes(image)]


def as_scanner_sends(raw: bytes) -> str:
    """A scanner configured to transmit the AIM identifier sends ]C1 + data with GS."""
    return "]C1" + raw.decode("ascii")


def test_the_sscc_gets_the_gs1_check_digit() -> None:
    assert SSCC == "340123450000000017"  # the example SSCC in the GS1 General Specifications
    with pytest.raises(ValueError):
        SsccLabel("340123450000000018", "SO", ())
    with pytest.raises(ValueError):
        Barcode(0, 0, "gs1_128", "(00)340123450000000018", 0.375)


@pytest.mark.parametrize("dpi", [203, 300])
def test_zpl_sscc_decodes_as_gs1_and_parses_back(dpi: int) -> None:
    dots = (round(LAYOUT.width * dpi / 25.4), round(LAYOUT.height * dpi / 25.4))
    document = zplkit.render(to_zpl(LAYOUT, dpi), zplkit.Options(dpi=dpi, width=dots[0],
                                                                  height=dots[1]))
    image = Image.open(io.BytesIO(document.labels[0].png())).convert("L")
    ((identifier, text, raw),) = gs1_codes(image)
    assert (identifier, text) == ("]C1", f"(00){SSCC}")
    scan = classify(as_scanner_sends(raw))
    assert scan.symbology == "gs1-128" and scan.gs1 is not None and scan.gs1.sscc == SSCC


def test_pdf_sscc_decodes_as_gs1_after_rasterising(tmp_path: Path) -> None:
    (page,) = rasterise(to_pdf(LAYOUT), tmp_path)
    ((identifier, text, _),) = gs1_codes(Image.open(page).convert("L"))
    assert (identifier, text) == ("]C1", f"(00){SSCC}")


def test_variable_fields_are_separated_by_fnc1_in_every_language(tmp_path: Path) -> None:
    data = "(01)04006381333931(10)LOT-7(17)250512(3103)001250"
    assert gs1_encoded(data, "~") == "~0104006381333931" "10LOT-7~" "17250512" "3103001250"
    layout = Layout("t", 100, 40, (Barcode(4, 4, "gs1_128", data, 0.25, 20),))
    (page,) = rasterise(to_pdf(layout), tmp_path)
    ((identifier, _, raw),) = gs1_codes(Image.open(page).convert("L"))
    assert identifier == "]C1" and raw == b"010400638133393110LOT-7" + GS.encode() + (
        b"172505123103001250")
    document = zplkit.render(to_zpl(layout), zplkit.Options(dpi=203, width=800, height=320))
    image = Image.open(io.BytesIO(document.labels[0].png())).convert("L")
    assert gs1_codes(image)[0][2] == raw
    gs1 = classify(as_scanner_sends(raw)).gs1
    assert gs1 is not None and (gs1.lot, str(gs1.net_weight)) == ("LOT-7", "1.250")


def test_escpos_sends_code_128_with_fnc1() -> None:
    out = to_escpos(Layout("t", 60, 20, (Barcode(0, 0, "gs1_128", f"(00){SSCC}", 0.375),)),
                    cut=False)
    payload = b"{B{100" + SSCC.encode()
    assert b"\x1dk\x49" + bytes([len(payload)]) + payload in out
