"""The allocation worklist: confirmed orders waiting for stock, their short lines, and
"allocate all waiting" (product by product, highest customer tier first).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select

from app.models import Customer, Location, ProductionOrder, SalesOrder, SalesOrderLine, StockLevel
from app.models.enums import CustomerTier, OrderState, ShortDecision
from app.services import stock
from app.services.allocation import ALLOCATABLE, allocate_waiting
from app.services.auth import Actor, require
from app.services.inventory import COMING
from app.services.site_scope import work_scope
from app.services.unit_of_work import UnitOfWork

ZERO = Decimal(0)
WAITING = (OrderState.CONFIRMED, OrderState.PARTIALLY_ALLOCATED)  # worklists "to_allocate"
_TIER_RANK = {CustomerTier.A: 0, CustomerTier.B: 1, CustomerTier.C: 2}

OPEN_QTY = (SalesOrderLine.quantity - SalesOrderLine.qty_cancelled - SalesOrderLine.qty_shipped
            + SalesOrderLine.qty_replaced - SalesOrderLine.qty_allocated)


@dataclass(frozen=True)
class WaitingOrder:
    id: uuid.UUID
    number: str
    state: OrderState
    customer_name: str
    tier: CustomerTier
    promised_date: date | None
    created_at: datetime
    short_lines: int
    short_units: Decimal


@dataclass(frozen=True)
class ShortLine:
    line_id: uuid.UUID
    order_id: uuid.UUID
    line_no: int
    product_id: uuid.UUID
    sku: str
    name: str
    short: Decimal
    available: Decimal  # free at the main location now
    decision: ShortDecision | None
    promised_date: date | None
    production_number: str | None  # an open production order made for this line


def list_waiting_orders(uow: UnitOfWork, limit: int = 300) -> list[WaitingOrder]:
    """Orders waiting for stock in the order allocate-all serves them: tier, promised date,
    age."""
    with uow:
        rows = uow.session.execute(
            select(SalesOrder.id, SalesOrder.number, SalesOrder.state, SalesOrder.customer_name,
                   Customer.tier, SalesOrder.promised_date, SalesOrder.created_at, OPEN_QTY)
            .join(Customer, Customer.id == SalesOrder.customer_id)
            .join(SalesOrderLine, SalesOrderLine.order_id == SalesOrder.id)
            .where(SalesOrder.state.in_(WAITING), work_scope(uow).orders())).all()
    orders: dict[uuid.UUID, list] = {}  # type: ignore[type-arg]
    for oid, number, state, name, tier, promised, created, open_qty in rows:
        entry = orders.setdefault(oid, [number, state, name, tier, promised, created, 0, ZERO])
        if open_qty > 0:
            entry[6] += 1
            entry[7] += open_qty
    result = [WaitingOrder(oid, *values) for oid, values in orders.items()]
    result.sort(key=lambda o: (_TIER_RANK[o.tier], o.promised_date or date.max, o.created_at))
    return result[:limit]


def list_short_lines(uow: UnitOfWork, order_id: uuid.UUID) -> list[ShortLine]:
    with uow:
        session = uow.session
        main = stock.main_location_code(uow.site_code)
        rows = session.execute(
            select(SalesOrderLine.id, SalesOrderLine.order_id, SalesOrderLine.line_no,
                   SalesOrderLine.product_id, SalesOrderLine.sku, SalesOrderLine.name, OPEN_QTY,
                   SalesOrderLine.short_decision, SalesOrderLine.promised_date)
            .where(SalesOrderLine.order_id == order_id, OPEN_QTY > 0)
            .order_by(SalesOrderLine.line_no)).all()
        free: dict[uuid.UUID, Decimal] = {}
        made: dict[uuid.UUID, str] = {}
        if rows:
            free = dict(session.execute(
                select(StockLevel.product_id, StockLevel.on_hand - StockLevel.allocated)
                .join(Location, Location.id == StockLevel.location_id)
                .where(Location.code == main,
                       StockLevel.product_id.in_([r[3] for r in rows]))).all())
            made = dict(session.execute(
                select(ProductionOrder.order_line_id, ProductionOrder.number)
                .where(ProductionOrder.order_line_id.in_([r[0] for r in rows]),
                       ProductionOrder.state.in_(COMING))).all())
    return [ShortLine(lid, oid, no, pid, sku, name, short, free.get(pid, ZERO), decision,
                      promised, made.get(lid))
            for lid, oid, no, pid, sku, name, short, decision, promised in rows]


@dataclass(frozen=True)
class AllocateAllResult:
    products: int  # products with waiting lines that were tried
    orders_served: int  # distinct orders that received stock


def allocate_all_waiting(uow: UnitOfWork, actor: Actor) -> AllocateAllResult:
    """Every product some waiting line lacks, shared out by allocate_waiting (tier A first).
    Each product is its own transaction: a failure on one leaves the others allocated."""
    require(actor, "stock.allocate")
    with uow:
        product_ids = sorted(set(uow.session.scalars(
            select(SalesOrderLine.product_id)
            .join(SalesOrder, SalesOrder.id == SalesOrderLine.order_id)
            .where(SalesOrder.state.in_(ALLOCATABLE), OPEN_QTY > 0,
                   work_scope(uow).orders()))), key=str)
    served: set[uuid.UUID] = set()
    for product_id in product_ids:
        served.update(allocate_waiting(uow, actor, product_id))
    return AllocateAllResult(len(product_ids), len(served))
