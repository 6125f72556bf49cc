"""A branch takes orders through to cash offline; everything arrives at head office once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from app.models import Invoice, NumberSeries, Payment, Shipment
from app.models.enums import PaymentMethod
from app.services import payments, stock
from app.services.integrity import check_database
from app.services.sync_rows import table
from app.services.sync_up import sync_up
from tests.conftest import PG_URL
from tests.sync.sites import Site, Sites, orders_of, three_sites
from tests.sync.test_sync_stock import _stock

pytestmark = pytest.mark.skipif(not PG_URL, reason="ORDERDESK_TEST_PG_URL is not set")
DOCUMENT_TABLES = ("pick_lists", "pick_list_lines", "packages", "package_items", "shipments",
                   "shipment_lines", "deliveries", "delivery_lines", "invoices",
                   "invoice_lines", "payments", "payment_allocations")


@pytest.fixture
def sites(tmp_path: Path):  # type: ignore[no-untyped-def]
    with three_sites(tmp_path) as s:
        yield s


def _counts(engine: Engine, site: str) -> dict[str, int]:
    with engine.connect() as conn:
        return {name: conn.scalar(select(func.count()).select_from(table(name))) or 0
                for name in DOCUMENT_TABLES}


def _money(engine: Engine, site: str) -> tuple[Decimal, Decimal, dict[str, int]]:
    with engine.connect() as conn:
        invoiced = conn.scalar(select(func.sum(Invoice.total))
                               .where(Invoice.number.like(f"{site}-%"))) or Decimal(0)
        paid = conn.scalar(select(func.sum(Payment.amount))
                           .where(Payment.number.like(f"{site}-%"))) or Decimal(0)
        series = dict(conn.execute(select(NumberSeries.kind, NumberSeries.next_value)
                                   .where(NumberSeries.site_code == site)).all())
    return invoiced, paid, series


def _order_to_cash(branch: Site, sites: Sites, n: int) -> None:
    for product in sites.products:
        stock.receive_stock(branch.uow(), branch.f.admin, product, Decimal(50))
    for i in range(n):
        invoice = branch.f.posted_invoice(sites.customer, [(sites.products[i % 3], i + 1)])
        with branch.engine.connect() as conn:
            total = conn.scalar(select(Invoice.total).where(Invoice.id == invoice))
        payments.record_payment(branch.uow(), branch.f.admin, sites.customer, total,
                                PaymentMethod.BANK_TRANSFER, date.today(), "TT",
                                [(invoice, total)])


def test_two_branches_order_to_cash_offline_then_sync(sites: Sites) -> None:
    br1, br2, hq = sites.branches["BR1"], sites.branches["BR2"], sites.hq
    _order_to_cash(br1, sites, 3)
    _order_to_cash(br2, sites, 2)
    br1.f.shipped_order(sites.customer, [(sites.products[0], 1)])  # shipped, not delivered
    sync_up(br1.uow, hq.uow)
    sync_up(br2.uow, hq.uow)

    assert orders_of(hq.engine) == {**orders_of(br1.engine), **orders_of(br2.engine)}
    mine = {k: _counts(br1.engine, "BR1")[k] + _counts(br2.engine, "BR2")[k]
            for k in DOCUMENT_TABLES}
    assert _counts(hq.engine, "HQ") == mine
    assert all(mine.values())
    for code, branch in (("BR1", br1), ("BR2", br2)):
        assert _money(hq.engine, code) == _money(branch.engine, code)
        assert _money(branch.engine, code)[1] > 0
        assert _stock(hq.engine, code) == _stock(branch.engine, code)
    for site in (hq, br1, br2):
        assert check_database(site.engine) == [], site.code

    # Delivering the shipped order later: the delivery and the line counters follow.
    from app.services import delivery

    with br1.engine.connect() as conn:
        shipped = set(conn.scalars(select(Shipment.id)))
    with br1.engine.connect() as conn:
        delivered = set(conn.scalars(select(table("deliveries").c.shipment_id)))
    [waiting] = shipped - delivered
    delivery.record_delivery(br1.uow(), br1.f.admin, delivery.DeliveryInput(
        shipment_id=waiting, signer_name="Ms Wang"))
    sync_up(br1.uow, hq.uow)
    assert _counts(hq.engine, "HQ")["deliveries"] == mine["deliveries"] + 1
    assert check_database(hq.engine) == []


def test_a_complaint_and_its_credit_note_arrive_once_with_the_money(sites: Sites) -> None:
    from app.models import Complaint, CreditNote, InvoiceLine, SalesOrderLine
    from app.models.enums import ComplaintCategory
    from app.services import complaints, credit_notes

    br1, hq = sites.branches["BR1"], sites.hq
    stock.receive_stock(br1.uow(), br1.f.admin, sites.products[0], Decimal(5))
    invoice = br1.f.posted_invoice(sites.customer, [(sites.products[0], 2)])  # not paid yet
    with br1.engine.connect() as conn:
        line, qty, order = conn.execute(
            select(InvoiceLine.id, InvoiceLine.quantity, SalesOrderLine.order_id)
            .join(SalesOrderLine, SalesOrderLine.id == InvoiceLine.order_line_id)
            .where(InvoiceLine.invoice_id == invoice)).first()
    complaint = complaints.record_complaint(br1.uow(), br1.f.admin, sites.customer,
                                            ComplaintCategory.QUALITY, "Scratched",
                                            order_id=order)
    sync_up(br1.uow, hq.uow)  # the complaint first, alone
    note = credit_notes.create_credit_note(br1.uow(), br1.f.admin, invoice, [(line, qty)],
                                           "Scratched on arrival", complaint)
    credit_notes.post_credit_note(br1.uow(), br1.f.admin, note)
    sync_up(br1.uow, hq.uow)
    sync_up(br1.uow, hq.uow)  # nothing new: nothing doubled

    def credited(engine: Engine) -> tuple[int, int, Decimal]:
        with engine.connect() as conn:
            return (conn.scalar(select(func.count()).select_from(Complaint)) or 0,
                    conn.scalar(select(func.count()).select_from(CreditNote)) or 0,
                    conn.scalar(select(func.sum(CreditNote.total))) or Decimal(0))

    assert credited(hq.engine) == credited(br1.engine) == (1, 1, credited(br1.engine)[2])
    assert credited(hq.engine)[2] > 0
    assert _money(hq.engine, "BR1") == _money(br1.engine, "BR1")  # BR1-CN counter too
    for site in (hq, br1):
        assert check_database(site.engine) == [], site.code
