"""Order confirmation, invoice and credit note PDFs: pages, text, language and embedded font."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from app.services import credit_notes, documents, invoice_queries, order_queries
from app.services.documents import builders
from app.services.documents.commercial import render_commercial
from app.services.settings import set_setting
from tests.documents.pdf_tools import fonts, ink, pages, raster, text
from tests.factories import Factory


def money(value: Decimal) -> str:
    return f"{value:,.2f}"


def set_language(f: Factory, customer_id: object, language: str) -> None:
    with f.uow() as u:
        set_setting(u.session, f"language.customer.{customer_id}", language)
        u.commit()


def test_an_order_confirmation_shows_number_customer_lines_and_total(f: Factory) -> None:
    customer = f.customer(name="陳氏貿易 Chen Trading")
    order_id = f.confirmed_order(customer, [(f.product(price="1234.50", stock_qty=5), 3)])
    order = order_queries.get_order(f.uow(), order_id)

    pdf = documents.order_confirmation_pdf(f.uow(), order_id)

    [page] = pages(pdf)
    assert "Order confirmation" in page
    assert order.number in page and "陳氏貿易 Chen Trading" in page
    assert order.lines[0].sku in page and "零件" in page
    assert money(order.total) in page and "Page 1 of 1" in page


def test_a_long_order_runs_onto_numbered_pages_with_the_total_on_the_last(f: Factory) -> None:
    lines = [(f.product(stock_qty=1), 1) for _ in range(28)]
    order_id = f.confirmed_order(lines=lines)
    order = order_queries.get_order(f.uow(), order_id)

    result = pages(documents.order_confirmation_pdf(f.uow(), order_id))

    assert len(result) == 2
    assert "Page 1 of 2" in result[0] and "Page 2 of 2" in result[1]
    assert money(order.total) in result[1] and money(order.total) not in result[0]
    assert all(line.sku in "".join(result) for line in order.lines)


def test_the_confirmation_speaks_the_customer_language(f: Factory) -> None:
    traditional = f.customer(name="臺灣資訊有限公司")
    simplified = f.customer(name="上海电子有限公司")
    set_language(f, traditional, "zh_TW")
    set_language(f, simplified, "zh-CN")

    tw = text(documents.order_confirmation_pdf(f.uow(), f.confirmed_order(traditional)))
    cn = text(documents.order_confirmation_pdf(f.uow(), f.confirmed_order(simplified)))

    assert "訂單確認" in tw and "臺灣資訊有限公司" in tw and "總計" in tw and "第 1 頁" in tw
    assert "订单确认" in cn and "上海电子有限公司" in cn and "总计" in cn and "第 1 页" in cn


def test_chinese_travels_inside_the_pdf_as_an_embedded_truetype_subset(f: Factory) -> None:
    pdf = documents.order_confirmation_pdf(f.uow(), f.confirmed_order())

    used = fonts(pdf)

    # ReportLab names Helvetica (one of the 14 fonts every viewer has) in each page's
    # initial state; every other font must travel inside the file.
    own = {name: embedded for name, embedded in used.items() if name != "/Helvetica"}
    assert own and all(own.values())
    # "AAAAAA+WenQuanYiMicroHei-0": a subset tag, so not the whole 5 MB font.
    assert all("+WenQuanYiMicroHei" in name for name in own)
    assert len(pdf) < 100_000


def test_a_viewer_without_any_chinese_font_still_draws_the_chinese(f: Factory, tmp_path) -> None:  # type: ignore[no-untyped-def]
    customer = f.customer(name="臺灣資訊有限公司")
    set_language(f, customer, "zh_TW")
    doc = builders.order_confirmation(f.uow(), f.confirmed_order(customer))
    with_name = render_commercial(doc)
    without = render_commercial(replace(doc, customer_name="", bill_to=""))
    # A fontconfig that knows only DejaVu (no CJK glyphs at all): a font left to the viewer
    # (ReportLab's CID fonts) would draw nothing here, and both pages would look the same.
    config = tmp_path / "fonts.conf"
    config.write_text('<?xml version="1.0"?><fontconfig><dir>/usr/share/fonts/truetype/dejavu'
                      f'</dir><cachedir>{tmp_path}/cache</cachedir></fontconfig>')

    name_ink = ink(with_name, str(config)) - ink(without, str(config))

    assert name_ink > 100  # dark pixels of the eight characters at 70 dpi
    assert raster(with_name, fontconfig_file=str(config)) == raster(with_name)


def test_an_invoice_shows_number_dates_order_freight_and_total(f: Factory) -> None:
    customer = f.customer(name="陳氏貿易")
    invoice_id = f.posted_invoice(customer, [(f.product(price="99.90", stock_qty=5), 4)],
                                  freight="150")
    invoice = invoice_queries.get_invoice(f.uow(), invoice_id)
    order = order_queries.get_order(f.uow(), invoice.order_ids[0])

    [page] = pages(documents.invoice_pdf(f.uow(), invoice_id))

    assert "Invoice" in page and invoice.row.number and invoice.row.number in page
    assert str(invoice.row.due_date) in page and order.number in page and "陳氏貿易" in page
    assert "Freight" in page and money(invoice.freight) in page
    assert money(invoice.row.total) in page


def test_a_credit_note_names_its_invoice_reason_and_credited_total(f: Factory) -> None:
    invoice_id = f.posted_invoice(lines=[(f.product(price="500", stock_qty=5), 3)])
    invoice = invoice_queries.get_invoice(f.uow(), invoice_id)
    note_id = credit_notes.create_credit_note(
        f.uow(), f.admin, invoice_id, [(invoice.lines[0].id, Decimal(1))], "一件外箱破損")
    credit_notes.post_credit_note(f.uow(), f.admin, note_id)
    note = invoice_queries.get_credit_note(f.uow(), note_id)

    [page] = pages(documents.credit_note_pdf(f.uow(), note_id))

    assert "Credit note" in page and note.row.number and note.row.number in page
    assert invoice.row.number and invoice.row.number in page and "一件外箱破損" in page
    assert money(note.row.total) in page
