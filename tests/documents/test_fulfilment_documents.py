"""Packing list and delivery note PDFs: contents, barcodes, the signature and the checklist."""

from __future__ import annotations

import io
from decimal import Decimal

from PIL import Image, ImageDraw
from pypdf import PdfReader

from app.services import delivery, documents, order_queries
from tests.documents.pdf_tools import barcodes, pages
from tests.factories import Factory


def signature_png() -> bytes:
    picture = Image.new("RGB", (300, 100), "white")
    ImageDraw.Draw(picture).line([(10, 80), (60, 20), (110, 70), (280, 30)], fill="black",
                                 width=4)
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()


def test_a_packing_list_names_each_package_its_contents_and_weight(f: Factory) -> None:
    order_id, _ = f.shipped_order(f.customer(name="陳氏貿易"),
                                  [(f.product(stock_qty=5), 3), (f.product(stock_qty=5), 2)])
    order = order_queries.get_order(f.uow(), order_id)
    pdf = documents.packing_list_pdf(f.uow(), order_id)

    [page] = pages(pdf)
    found = barcodes(pdf)

    assert "Packing list" in page and order.number in page and "陳氏貿易" in page
    assert all(line.sku in page and line.name in page for line in order.lines)
    assert "2.5" in page  # the sealed weight (factory default)
    [(kind, package_number)] = found
    assert kind == "Code128" and package_number in page and "PKG" in package_number


def test_a_delivery_note_before_signing_leaves_the_counts_for_the_driver(f: Factory) -> None:
    _, shipment_id = f.shipped_order(lines=[(f.product(stock_qty=5), 4)])
    pdf = documents.delivery_note_pdf(f.uow(), shipment_id)

    [page] = pages(pdf)
    [(kind, number)] = barcodes(pdf)

    assert "Delivery note" in page and "Black Cat" in page and "T123" in page
    assert kind == "Code128" and number in page
    assert not PdfReader(io.BytesIO(pdf)).pages[0].images  # no signature yet


def test_a_signed_delivery_note_shows_damage_checklist_and_the_signature(f: Factory) -> None:
    order_id, shipment_id = f.shipped_order(lines=[(f.product(stock_qty=5), 3)])
    line = order_queries.get_order(f.uow(), order_id).lines[0]
    delivery.record_delivery(f.uow(), f.admin, delivery.DeliveryInput(
        shipment_id=shipment_id, signer_name="陳先生", signature_png=signature_png(),
        problems=(delivery.DeliveryProblem(line.id, damaged=Decimal(1), note="外箱破損"),),
        installation_required=True,
        installation_checklist=(("機台水平校正", True), ("電源接地檢查", False)),
        installation_test_passed=True, customer_trained=True))

    pdf = documents.delivery_note_pdf(f.uow(), shipment_id)

    [page] = pages(pdf)
    assert "陳先生" in page and "外箱破損" in page
    assert "機台水平校正" in page and "電源接地檢查" in page and "Installation test passed" in page
    assert "Installation checklist" in page and "Customer trained: yes" in page
    assert len(PdfReader(io.BytesIO(pdf)).pages[0].images) == 1  # the captured signature


def test_a_loading_list_has_every_shipment_scannable_with_packages_and_weight(
        f: Factory) -> None:
    shipped = [f.shipped_order(f.customer(name=name)) for name in ("陳氏貿易", "上海电子")]
    numbers = [order_queries.get_order(f.uow(), order_id).number for order_id, _ in shipped]
    pdf = documents.loading_list_pdf(f.uow(), [shipment for _, shipment in shipped])

    [page] = pages(pdf)
    found = barcodes(pdf)

    assert "Waybill / loading list" in page and "Black Cat" in page
    assert "陳氏貿易" in page and "上海电子" in page and all(n in page for n in numbers)
    assert len(found) == 2 and all(kind == "Code128" and "SH" in code for kind, code in found)
    assert all(code in page for _, code in found)
    assert page.split("Packages in all")[1].split()[0] == "2"
    assert page.split("Total weight kg")[1].split()[0] == "5"  # 2 × 2.5 kg
