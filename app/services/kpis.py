"""Fulfilment KPIs (processing time, on-time delivery, accuracy, fill rate, back-orders),
each summed in SQL over what the warehouse scanned; see docs/kpis.md for the definitions.
The order-level ones read `order_facts` (one row per order, kept current from the change
log by app/services/order_facts.py) so a month at a million orders is an index range."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, literal, select

from app.models import Product, SalesOrder, SalesOrderLine
from app.models.base import UTCDateTime
from app.models.enums import OrderState
from app.services import order_facts
from app.services.kpi_measures import stage_facts
from app.services.kpi_sql import Breakdown, DateRange, grouped, hours_between, key_text
from app.services.unit_of_work import UnitOfWork

DONE_STATES = order_facts.DONE_STATES
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


def _durations(session: Any, stage: str, hours: str, period: DateRange,
               breakdown: Breakdown | None) -> tuple[Duration, ...]:
    facts = stage_facts(session, stage, period)
    rows = grouped(session, facts, breakdown, func.count(), func.sum(facts.c[hours]))
    return tuple(Duration(key_text(k), n, mean(total, n)) for k, n, total in rows)


def processing_times(uow: UnitOfWork, period: DateRange, *,
                     breakdown: Breakdown | None = None) -> ProcessingTimes:
    order_facts.refresh(uow)
    with uow:
        s = uow.session
        return ProcessingTimes(
            _durations(s, "confirmed", "confirmation_hours", period, breakdown),
            _durations(s, "first_shipped", "shipment_hours", period, breakdown),
            _durations(s, "completed", "delivery_hours", period, breakdown))


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
    """Orders delivered whole (last delivery signed in the period): on time when that last
    delivery was signed on or before the promised date."""
    order_facts.refresh(uow)
    with uow:
        s = uow.session
        facts = stage_facts(s, "completed", period)
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


def _ratio(uow: UnitOfWork, stage: str, good: str, period: DateRange,
           breakdown: Breakdown | None) -> tuple[Ratio, ...]:
    order_facts.refresh(uow)
    with uow:
        facts = stage_facts(uow.session, stage, period)
        rows = grouped(uow.session, facts, breakdown, func.count(), func.sum(facts.c[good]))
        return tuple(Ratio(key_text(k), n, int(g)) for k, n, g in rows)


def order_accuracy(uow: UnitOfWork, period: DateRange, *,
                   breakdown: Breakdown | None = None) -> tuple[Ratio, ...]:
    """Orders completed in the period with no short pick, no damaged or missing units at
    delivery and no complaint about the order."""
    return _ratio(uow, "completed", "accurate", period, breakdown)


def fill_rate(uow: UnitOfWork, period: DateRange, *,
              breakdown: Breakdown | None = None) -> tuple[Ratio, ...]:
    """Orders first shipped in the period whose first shipment carried everything ordered
    (less what was cancelled)."""
    return _ratio(uow, "first_shipped", "complete_first", period, breakdown)


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
