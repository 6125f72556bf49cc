"""The pick list: walking order, and every barcode on it scans back after printing at 203 dpi."""

from __future__ import annotations

from app.services import documents, picking
from tests.documents.pdf_tools import barcodes, pages
from tests.factories import Factory


def test_a_pick_list_prints_lines_in_bin_order_with_scannable_barcodes(f: Factory) -> None:
    products = [f.product(stock_qty=5, bin_sequence=seq) for seq in (30, 10, 20)]
    order_id = f.allocated_order(lines=[(p, 2) for p in products])
    pick_list_id = picking.create_pick_list(f.uow(), f.admin, [order_id])
    detail = picking.get_pick_list(f.uow(), pick_list_id)
    pdf = documents.pick_list_pdf(f.uow(), pick_list_id)

    [page] = pages(pdf)
    found = barcodes(pdf)

    assert "Pick list" in page and detail.number in page and "零件" in page
    positions = [page.index(line.sku) for line in detail.lines]
    assert positions == sorted(positions)  # printed in the walking order the query gives
    assert ("Code128", detail.number) in found
    assert sorted(text for kind, text in found if kind == "EAN13") == sorted(
        line.barcode for line in detail.lines if line.barcode)
    assert len(found) == 1 + len(detail.lines)


def test_a_pick_list_of_many_lines_runs_onto_more_pages_and_all_codes_scan(f: Factory) -> None:
    order_id = f.allocated_order(lines=[(f.product(stock_qty=1), 1) for _ in range(16)])
    pick_list_id = picking.create_pick_list(f.uow(), f.admin, [order_id])
    detail = picking.get_pick_list(f.uow(), pick_list_id)
    pdf = documents.pick_list_pdf(f.uow(), pick_list_id)

    result = pages(pdf)

    assert len(result) == 2 and "Page 2 of 2" in result[1]
    assert sorted(text for _, text in barcodes(pdf)) == sorted(
        [detail.number] + [line.barcode for line in detail.lines if line.barcode])
