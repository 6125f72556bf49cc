"""KPIs on a small crafted data set, with every figure worked out by hand (docs/kpis.md)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import update

from app.models import Complaint, Delivery, Product, SalesOrder, Shipment
from app.models.enums import ComplaintCategory, DamageResolution, PaymentMethod
from app.services import allocation, complaints, delivery, payments, stock
from app.services.kpi_billing import (
    complaints as complaint_kpi,
)
from app.services.kpi_billing import (
    customer_satisfaction,
    days_to_pay,
    overdue_receivables,
)
from app.services.kpi_sql import Breakdown, DateRange
from app.services.kpi_targets import alerts
from app.services.kpis import (
    back_orders,
    fill_rate,
    on_time_delivery,
    order_accuracy,
    processing_times,
)
from tests.factories import Factory

NOV = DateRange(date(2025, 11, 1), date(2025, 11, 30))


def at(day: int, hour: int = 0, month: int = 11) -> datetime:
    return datetime(2025, month, day, hour, tzinfo=UTC)


def stamp(uow, model, row_id: uuid.UUID, **values) -> None:  # type: ignore[no-untyped-def]
    """Sets timestamps the services stamp with "now", to place events on chosen days."""
    with uow() as u:
        u.session.execute(update(model).where(model.id == row_id).values(**values))
        u.commit()


def order_times(uow, order_id: uuid.UUID, created: datetime, confirmed: datetime,  # type: ignore[no-untyped-def]
                promised: date | None) -> None:
    stamp(uow, SalesOrder, order_id, created_at=created, confirmed_at=confirmed,
          promised_date=promised)


def only_shipment(uow, order_id: uuid.UUID, shipped: datetime, signed: datetime) -> None:  # type: ignore[no-untyped-def]
    with uow() as u:
        u.session.execute(update(Shipment).where(Shipment.order_id == order_id)
                          .values(shipped_at=shipped))
        u.session.execute(update(Delivery).where(Delivery.order_id == order_id)
                          .values(signed_at=signed))
        u.commit()


@pytest.fixture
def data(f: Factory, uow):  # type: ignore[no-untyped-def]
    """A: tier A, tools, on time and clean.  B: tier B, parts, late, complained about.
    C: no promised date.  E: first shipment partial and on time, the rest late.
    D: confirmed, nothing in stock: a back-order.  Invoices: one paid, one overdue."""
    tools, parts = f.product(stock_qty=10), f.product(stock_qty=10)
    empty, later = f.product(), f.product()
    stamp(uow, Product, tools, category="tools")
    for p in (parts, empty, later):
        stamp(uow, Product, p, category="parts")
    tier_a, tier_b = f.customer(tier=_tier("A")), f.customer(tier=_tier("B"))

    a = f.delivered_order(tier_a, [(tools, 1)])
    order_times(uow, a, at(2), at(2, 10), date(2025, 11, 5))  # 10 h to confirm
    only_shipment(uow, a, at(3, 10), at(4))  # 24 h to ship, 48 h to deliver
    b = f.delivered_order(tier_b, [(parts, 1)])
    order_times(uow, b, at(10), at(11), date(2025, 11, 15))  # 24 h
    only_shipment(uow, b, at(12), at(20))  # 24 h, 240 h; late
    complaint = complaints.record_complaint(uow(), f.admin, tier_b, ComplaintCategory.DELIVERY,
                                            "Arrived late", order_id=b)
    complaints.resolve_complaint(uow(), f.admin, complaint, DamageResolution.NONE,
                                 "Apologised", "Carrier delay")
    stamp(uow, Complaint, complaint, created_at=at(21), resolved_at=at(22, 12))  # 36 h
    c = f.delivered_order(tier_b, [(tools, 1)])
    order_times(uow, c, at(5), at(5, 2), None)  # 2 h
    only_shipment(uow, c, at(6, 2), at(7))  # 24 h, 48 h

    e = f.confirmed_order(tier_a, [(tools, 1), (later, 1)])
    order_times(uow, e, at(1), at(1, 4), date(2025, 11, 10))  # 4 h
    allocation.allocate_order(uow(), f.admin, e)
    f.pick_all(e)
    f.pack_all(e)
    first = f.ship(e)
    delivery.record_delivery(uow(), f.admin, delivery.DeliveryInput(
        shipment_id=first, signer_name="Ms Wu", signed_at=at(3)))
    stamp(uow, Shipment, first, shipped_at=at(2, 4))  # 24 h after confirmation
    stock.receive_stock(uow(), f.admin, later, Decimal(1))
    allocation.allocate_order(uow(), f.admin, e)
    f.pick_all(e)
    f.pack_all(e)
    second = f.ship(e)
    stamp(uow, Shipment, second, shipped_at=at(19))
    delivery.record_delivery(uow(), f.admin, delivery.DeliveryInput(
        shipment_id=second, signer_name="Ms Wu", signed_at=at(20)))  # 19 days after entry

    d = f.confirmed_order(tier_a, [(empty, 2)])
    order_times(uow, d, at(24), at(25), None)
    allocation.allocate_order(uow(), f.admin, d)  # nothing in stock: 6 days old on Dec 1

    paid = f.posted_invoice(tier_a, [(tools, 1)], today=date(2025, 11, 1))
    owed = f.posted_invoice(tier_b, [(parts, 1)], today=date(2025, 10, 1))  # due Oct 31
    payments.record_payment(uow(), f.admin, tier_a, Decimal("105.00"), PaymentMethod.BANK_TRANSFER,
                            date(2025, 11, 21), allocations=[(paid, Decimal("105.00"))])
    return {"a": a, "b": b, "c": c, "d": d, "e": e, "tier_a": tier_a, "tier_b": tier_b,
            "paid": paid, "owed": owed}


def _tier(name: str):  # type: ignore[no-untyped-def]
    from app.models.enums import CustomerTier
    return CustomerTier(name)


def test_processing_times_average_each_stage_over_the_orders_that_reached_it(uow, data):  # type: ignore[no-untyped-def]
    times = processing_times(uow(), NOV)
    # Confirmed in Nov: A 10 h, B 24 h, C 2 h, E 4 h, D 24 h -> 64 / 5.
    assert [(t.count, t.mean_hours) for t in times.to_confirmation] == [(5, Decimal("12.80"))]
    # First shipments: A 24, B 24, C 24, E 24 (its first, partial one).
    assert [(t.count, t.mean_hours) for t in times.to_first_shipment] == [(4, Decimal("24.00"))]
    # Delivered whole: A 48, B 240, C 48, E 19 days = 456 -> 792 / 4.
    assert [(t.count, t.mean_hours) for t in times.to_delivery] == [(4, Decimal("198.00"))]


def test_on_time_counts_the_last_delivery_and_leaves_out_orders_never_promised(uow, data):  # type: ignore[no-untyped-def]
    (row,) = on_time_delivery(uow(), NOV)
    # A on time; B late; E's first part was on time but the rest came late; C has no date.
    assert (row.delivered, row.on_time, row.no_promised_date) == (3, 1, 1)
    assert row.rate_pct == Decimal("33.3")


def test_on_time_by_tier_and_by_week(uow, data):  # type: ignore[no-untyped-def]
    by_tier = {r.key: (r.delivered, r.on_time) for r in on_time_delivery(
        uow(), NOV, breakdown=Breakdown.TIER)}
    assert by_tier == {"A": (2, 1), "B": (1, 0)}
    by_week = {r.key: (r.delivered, r.on_time, r.no_promised_date) for r in on_time_delivery(
        uow(), NOV, breakdown=Breakdown.WEEK)}
    # A signed Tue Nov 4 (week of Nov 3), C Fri Nov 7; B and E Thu Nov 20 (week of Nov 17).
    assert by_week == {"2025-11-03": (1, 1, 1), "2025-11-17": (2, 0, 0)}


def test_a_complaint_makes_an_order_inaccurate(uow, data):  # type: ignore[no-untyped-def]
    (row,) = order_accuracy(uow(), NOV)
    assert (row.orders, row.good) == (4, 3)  # B was complained about
    by_customer = {r.key: (r.orders, r.good) for r in order_accuracy(
        uow(), NOV, breakdown=Breakdown.CUSTOMER)}
    assert by_customer == {str(data["tier_a"]): (2, 2), str(data["tier_b"]): (2, 1)}


def test_fill_rate_counts_first_shipments_that_carried_everything(uow, data):  # type: ignore[no-untyped-def]
    (row,) = fill_rate(uow(), NOV)
    assert (row.orders, row.good, row.rate_pct) == (4, 3, Decimal("75.0"))
    by_category = {r.key: (r.orders, r.good) for r in fill_rate(
        uow(), NOV, breakdown=Breakdown.CATEGORY)}
    # E holds tools and parts, so it counts under both.
    assert by_category == {"parts": (2, 1), "tools": (3, 2)}
    by_channel = {r.key: r.orders for r in fill_rate(uow(), NOV, breakdown=Breakdown.CHANNEL)}
    assert by_channel == {"phone": 4}


def test_back_orders_are_open_confirmed_lines_aged_from_confirmation(uow, data):  # type: ignore[no-untyped-def]
    (row,) = back_orders(uow(), NOV)
    assert (row.lines, row.orders, row.mean_age_days) == (1, 1, Decimal("6.00"))
    (by_month,) = back_orders(uow(), NOV, breakdown=Breakdown.MONTH)
    assert by_month.key == "2025-11"


def test_days_to_pay_and_overdue_receivables(uow, data):  # type: ignore[no-untyped-def]
    (paid,) = days_to_pay(uow(), NOV)
    assert (paid.invoices, paid.mean_days) == (1, Decimal("20.00"))  # Nov 1 -> Nov 21
    (overdue,) = overdue_receivables(uow(), NOV)
    assert (overdue.invoices, overdue.amount) == (1, Decimal("105.00"))
    by_tier = {r.key: r.invoices for r in overdue_receivables(uow(), NOV,
                                                               breakdown=Breakdown.TIER)}
    assert by_tier == {"B": 1}
    (by_quarter,) = days_to_pay(uow(), NOV, breakdown=Breakdown.QUARTER)
    assert by_quarter.key == "2025-Q4"


def test_complaints_by_category_with_time_to_resolve(uow, data):  # type: ignore[no-untyped-def]
    (row,) = complaint_kpi(uow(), NOV)
    assert (row.category, row.received, row.resolved, row.mean_hours_to_resolve) == (
        "delivery", 1, 1, Decimal("36.00"))
    assert complaint_kpi(uow(), DateRange(date(2025, 10, 1), date(2025, 10, 31))) == ()


def test_satisfaction_is_reported_as_not_recorded(uow, data):  # type: ignore[no-untyped-def]
    assert not customer_satisfaction(uow(), NOV).recorded


def test_alerts_name_the_kpis_that_miss_their_target(uow, data):  # type: ignore[no-untyped-def]
    missed = {a.kpi for a in alerts(uow(), NOV)}
    # On time 33 % < 95; accuracy 75 % < 98; fill 75 % < 90; delivery 198 h > 120.
    assert missed == {"kpi_target_on_time_pct", "kpi_target_accuracy_pct",
                      "kpi_target_fill_rate_pct", "kpi_target_delivery_hours"}


def test_an_invoice_paid_in_part_and_credited_after_a_complaint_counts_as_paid(f, uow):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from app.models import InvoiceLine
    from app.services import credit_notes

    customer, product = f.customer(), f.product(stock_qty=5)
    invoice = f.posted_invoice(customer, [(product, 2)], today=date(2025, 11, 1))  # 210.00
    complaint = complaints.record_complaint(uow(), f.admin, customer, ComplaintCategory.QUALITY,
                                            "One was scratched")
    with uow() as u:
        line = u.session.scalar(select(InvoiceLine.id).where(InvoiceLine.invoice_id == invoice))
    note = credit_notes.create_credit_note(uow(), f.admin, invoice, [(line, Decimal(1))],
                                           "Scratched unit", complaint)
    credit_notes.post_credit_note(uow(), f.admin, note, today=date(2025, 11, 10))
    payments.record_payment(uow(), f.admin, customer, Decimal("105.00"),
                            PaymentMethod.BANK_TRANSFER, date(2025, 11, 25),
                            allocations=[(invoice, Decimal("105.00"))])
    (row,) = days_to_pay(uow(), NOV)
    assert (row.invoices, row.mean_days) == (1, Decimal("24.00"))  # Nov 1 -> Nov 25
    # Due Dec 1: not overdue in November, and nothing is open any more in December.
    assert overdue_receivables(uow(), NOV) == ()
    assert overdue_receivables(uow(), DateRange(date(2025, 12, 1), date(2025, 12, 31))) == ()
