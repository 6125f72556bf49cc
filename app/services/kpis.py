"""Fulfilment KPIs (processing time, on-time delivery, accuracy, fill rate, back-orders),
each summed in SQL over what the warehouse scanned; see docs/kpis.md for the definitions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, exists, func, literal, or_, select

from app.models import (
    Complaint,
    Delivery,
    DeliveryLine,
    PickListLine,
    Product,
    SalesOrder,
    SalesOrderLine,
    Shipment,
    ShipmentLine,
)
from app.models.base import UTCDateTime
from app.models.enums import OrderState
from app.services.kpi_sql import (
    Breakdown,
    DateRange,
    day_of,
    grouped,
    hours_between,
    key_text,
)
from app.services.unit_of_work import UnitOfWork

DONE_STATES = (OrderState.DELIVERED, OrderState.INVOICED)
OPEN_STATES = (OrderState.CONFIRMED, OrderState.PARTIALLY_ALLOCATED)


def mean(total: Any, count: int) -> Decimal | None:
    """SUM/COUNT to two places; None when nothing was counted."""
    if not count or total is None:
        return None
    return (Decimal(str(total)) / count).quantize(Decimal("0.01"))


def pct(part: int, whole: int) -> Decimal | None:
    return None if not whole else (Decimal(100) * part / whole).quantize(Decimal("0.1"))


@dataclass(frozen=True)
class Duration:
    key: str
    count: int
    mean_hours: Decimal | None


@dataclass(frozen=True)
class ProcessingTimes:
    to_confirmation: tuple[Duration, ...]  # created_at -> confirmed_at
    to_first_shipment: tuple[Duration, ...]  # confirmed_at -> first shipped_at
    to_delivery: tuple[Duration, ...]  # created_at -> last signed delivery


def _in(column: Any, period: DateRange) -> Any:
    return and_(column >= period.since, column < period.until)


def _first_shipments(period: DateRange) -> Any:
    # Only orders with a shipment in the period can have their first one there: the index
    # on shipped_at keeps this from grouping every shipment ever made.
    return (select(Shipment.order_id, func.min(Shipment.shipped_at).label("first_at"))
            .where(Shipment.order_id.in_(
                select(Shipment.order_id).where(_in(Shipment.shipped_at, period))))
            .group_by(Shipment.order_id)
            .having(_in(func.min(Shipment.shipped_at), period)))


def _completed(period: DateRange) -> Any:
    """Orders delivered whole whose last delivery was signed in the period."""
    done = (select(Delivery.order_id, func.max(Delivery.signed_at).label("done_at"))
            .where(Delivery.order_id.in_(
                select(Delivery.order_id).where(_in(Delivery.signed_at, period))))
            .group_by(Delivery.order_id).subquery())
    return (select(done.c.order_id, done.c.done_at, SalesOrder.created_at,
                   SalesOrder.promised_date)
            .join(SalesOrder, SalesOrder.id == done.c.order_id)
            .where(SalesOrder.state.in_(DONE_STATES), _in(done.c.done_at, period)))


def _durations(session: Any, facts: Any, breakdown: Breakdown | None) -> tuple[Duration, ...]:
    rows = grouped(session, facts, breakdown, func.count(), func.sum(facts.c.hours))
    return tuple(Duration(key_text(k), n, mean(total, n)) for k, n, total in rows)


def processing_times(uow: UnitOfWork, period: DateRange, *,
                     breakdown: Breakdown | None = None) -> ProcessingTimes:
    with uow:
        s = uow.session
        confirmed = select(
            SalesOrder.id.label("order_id"), SalesOrder.confirmed_at.label("event_at"),
            hours_between(s, SalesOrder.created_at, SalesOrder.confirmed_at).label("hours"),
        ).where(_in(SalesOrder.confirmed_at, period)).subquery()
        first = _first_shipments(period).subquery()
        shipped = select(
            first.c.order_id, first.c.first_at.label("event_at"),
            hours_between(s, SalesOrder.confirmed_at, first.c.first_at).label("hours"),
        ).join(SalesOrder, SalesOrder.id == first.c.order_id).subquery()
        done = _completed(period).subquery()
        delivered = select(
            done.c.order_id, done.c.done_at.label("event_at"),
            hours_between(s, done.c.created_at, done.c.done_at).label("hours"),
        ).subquery()
        return ProcessingTimes(_durations(s, confirmed, breakdown),
                               _durations(s, shipped, breakdown),
                               _durations(s, delivered, breakdown))


@dataclass(frozen=True)
class OnTime:
    key: str
    delivered: int  # orders completed in the period that had a promised date
    on_time: int
    no_promised_date: int  # completed but never promised a date: excluded from the rate

    @property
    def rate_pct(self) -> Decimal | None:
        return pct(self.on_time, self.delivered)


def on_time_delivery(uow: UnitOfWork, period: DateRange, *,
                     breakdown: Breakdown | None = None) -> tuple[OnTime, ...]:
    with uow:
        s = uow.session
        done = _completed(period).subquery()
        promised = done.c.promised_date.isnot(None)
        facts = select(
            done.c.order_id, done.c.done_at.label("event_at"),
            case((promised, 1), else_=0).label("promised"),
            case((and_(promised, day_of(s, done.c.done_at) <= done.c.promised_date), 1),
                 else_=0).label("on_time"),
        ).subquery()
        rows = grouped(s, facts, breakdown, func.sum(facts.c.promised),
                       func.sum(facts.c.on_time), func.count())
        return tuple(OnTime(key_text(k), int(p), int(o), n - int(p)) for k, p, o, n in rows)


@dataclass(frozen=True)
class Ratio:
    key: str
    orders: int
    good: int  # accurate orders, or orders whose first shipment was complete

    @property
    def rate_pct(self) -> Decimal | None:
        return pct(self.good, self.orders)


def order_accuracy(uow: UnitOfWork, period: DateRange, *,
                   breakdown: Breakdown | None = None) -> tuple[Ratio, ...]:
    """Orders completed in the period with no short pick, no damaged or missing units at
    delivery and no complaint about the order."""
    with uow:
        s = uow.session
        done = _completed(period).subquery()
        short_pick = exists().where(
            PickListLine.order_line_id == SalesOrderLine.id,
            SalesOrderLine.order_id == done.c.order_id, PickListLine.qty_short > 0)
        damaged = exists().where(
            DeliveryLine.delivery_id == Delivery.id, Delivery.order_id == done.c.order_id,
            or_(DeliveryLine.qty_damaged > 0, DeliveryLine.qty_short > 0))
        complained = exists().where(Complaint.order_id == done.c.order_id)
        facts = select(
            done.c.order_id, done.c.done_at.label("event_at"),
            case((or_(short_pick, damaged, complained), 0), else_=1).label("good"),
        ).subquery()
        rows = grouped(s, facts, breakdown, func.count(), func.sum(facts.c.good))
        return tuple(Ratio(key_text(k), n, int(g)) for k, n, g in rows)


def fill_rate(uow: UnitOfWork, period: DateRange, *,
              breakdown: Breakdown | None = None) -> tuple[Ratio, ...]:
    """Orders first shipped in the period whose first shipment carried everything ordered
    (less what was cancelled)."""
    with uow:
        s = uow.session
        first = _first_shipments(period).subquery()
        # Same column type on both sides (quantities): exact on SQLite's scaled integers too.
        first_qty = (select(func.coalesce(func.sum(ShipmentLine.quantity), 0))
                     .join(Shipment, Shipment.id == ShipmentLine.shipment_id)
                     .where(Shipment.order_id == first.c.order_id,
                            Shipment.shipped_at == first.c.first_at).scalar_subquery())
        wanted = (select(func.sum(SalesOrderLine.quantity) - func.sum(SalesOrderLine.qty_cancelled))
                  .where(SalesOrderLine.order_id == first.c.order_id).scalar_subquery())
        facts = select(
            first.c.order_id, first.c.first_at.label("event_at"),
            case((first_qty >= wanted, 1), else_=0).label("good"),
        ).subquery()
        rows = grouped(s, facts, breakdown, func.count(), func.sum(facts.c.good))
        return tuple(Ratio(key_text(k), n, int(g)) for k, n, g in rows)


@dataclass(frozen=True)
class BackOrders:
    key: str
    lines: int
    orders: int
    mean_age_days: Decimal | None  # since the order was confirmed, up to the end of the period


def back_orders(uow: UnitOfWork, period: DateRange, *,
                breakdown: Breakdown | None = None) -> tuple[BackOrders, ...]:
    """Lines of confirmed, not cancelled orders with units neither held nor shipped for good,
    as they stand now, for orders confirmed before the end of the period."""
    as_of = min(period.until, datetime.now(UTC))
    with uow:
        s = uow.session
        line = SalesOrderLine
        open_qty = (line.quantity - line.qty_cancelled - line.qty_shipped + line.qty_replaced
                    - line.qty_allocated)
        facts = (select(line.order_id, SalesOrder.confirmed_at.label("event_at"),
                        Product.category,
                        hours_between(s, SalesOrder.confirmed_at,
                                      literal(as_of, UTCDateTime())).label("hours"))
                 .join(SalesOrder, SalesOrder.id == line.order_id)
                 .join(Product, Product.id == line.product_id)
                 .where(SalesOrder.confirmed_at < as_of,
                        # A line with open units holds its order at partially allocated at
                        # most (the state is the least advanced line's): this uses the index.
                        SalesOrder.state.in_(OPEN_STATES),
                        open_qty > 0)).subquery()
        rows = grouped(s, facts, breakdown, func.count(),
                       func.count(func.distinct(facts.c.order_id)), func.sum(facts.c.hours))
        return tuple(BackOrders(key_text(k), n, o, mean(h and h / 24, n))
                     for k, n, o, h in rows)
