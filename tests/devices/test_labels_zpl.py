"""ZPL labels rendered by an independent renderer (zplkit) and decoded by zxing-cpp."""

from __future__ import annotations

import io

import pytest

from app.devices.labels import Barcode, Layout, Text
from app.devices.zpl import field_data, module_dots, to_zpl
from tests.devices.labeldata import CASES

zplkit = pytest.importorskip("zplkit")
zxingcpp = pytest.importorskip("zxingcpp")
Image = pytest.importorskip("PIL.Image")


def render_and_decode(zpl: bytes, layout: Layout, dpi: int) -> dict[str, str]:
    dots = (round(layout.width * dpi / 25.4), round(layout.height * dpi / 25.4))
    document = zplkit.render(zpl, zplkit.Options(dpi=dpi, width=dots[0], height=dots[1]))
    image = Image.open(io.BytesIO(document.labels[0].png())).convert("L")
    return {code.format.name: code.text for code in zxingcpp.read_barcodes(image)}


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("kind", sorted(CASES))
def test_every_barcode_on_every_label_decodes_to_the_exact_data(kind: str, dpi: int) -> None:
    layout, expected = CASES[kind]
    assert render_and_decode(to_zpl(layout, dpi), layout, dpi) == expected


def test_zpl_special_characters_are_escaped_in_text_and_code128() -> None:
    layout = Layout("t", 100, 30, (Text(2, 2, "A^B~C_D"),
                                   Barcode(2, 10, "code128", "X>^Y", 0.25, 10)))
    zpl = to_zpl(layout).decode()
    assert "^FDA_5EB_7EC_5FD^FS" in zpl
    assert render_and_decode(to_zpl(layout), layout, 203) == {"Code128": "X>^Y"}


def test_umlauts_are_sent_as_utf8_hex() -> None:
    assert field_data("Größe") == "Gr_C3_B6_C3_9Fe"


def test_modules_round_up_to_whole_dots_never_below_the_minimum() -> None:
    assert module_dots(0.25, 203) == 2
    assert module_dots(0.33, 203) == 3
    assert module_dots(0.375, 203) == 3
    with pytest.raises(ValueError):
        Barcode(0, 0, "ean13", "4006381333931", 0.3)


def test_the_label_is_sized_and_counted_for_the_printer() -> None:
    layout, _ = CASES["shipping"]
    zpl = to_zpl(layout, 203, copies=2).decode()
    assert zpl.startswith("^XA\n^CI28\n^PW812\n^LL1218\n")
    assert zpl.rstrip().endswith("^PQ2\n^XZ")


def test_a_wrong_ean_check_digit_is_refused_before_printing() -> None:
    with pytest.raises(ValueError):
        Barcode(0, 0, "ean13", "4006381333932", 0.375)
