"""Allocation: hold stock for confirmed orders, atomically, and decide what to do when short.

Races between stations are settled by the database: the order row and each stock-level row
are locked (FOR UPDATE on PostgreSQL, the write lock taken at BEGIN on SQLite) and the
CHECK on stock_levels refuses any commit that would make available stock negative.
Level rows are locked in product-id order so two orders never deadlock each other.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Customer, Product, SalesOrder, SalesOrderLine
from app.models.enums import CustomerTier, OrderState, ShortDecision
from app.services import audit, stock
from app.services.auth import Actor, require
from app.services.errors import InsufficientStockError, InvalidStateError, ValidationError, tr
from app.services.order_state import refresh_state
from app.services.orders import LineInput, _fill_line, keep_revision, load_order, recompute_totals
from app.services.site_scope import work_scope
from app.services.unit_of_work import UnitOfWork

ZERO = Decimal(0)
ALLOCATABLE = (OrderState.CONFIRMED, OrderState.PARTIALLY_ALLOCATED,
               OrderState.PARTIALLY_SHIPPED, OrderState.ALLOCATED, OrderState.PICKED,
               OrderState.PACKED)


@dataclass(frozen=True)
class LineAllocation:
    line_id: uuid.UUID
    sku: str
    wanted: Decimal
    allocated: Decimal

    @property
    def short(self) -> Decimal:
        return self.wanted - self.allocated


@dataclass(frozen=True)
class AllocationResult:
    order_id: uuid.UUID
    number: str
    state: OrderState
    lines: tuple[LineAllocation, ...]

    @property
    def complete(self) -> bool:
        return all(line.short == 0 for line in self.lines)


def _allocate_line(session: Session, line: SalesOrderLine, location: uuid.UUID,
                   *, all_or_nothing: bool) -> LineAllocation:
    wanted = line.qty_open
    if wanted <= 0:
        return LineAllocation(line.id, line.sku, ZERO, ZERO)
    available = stock.available_quantity(session, line.product_id, location)
    take = min(wanted, max(available, ZERO))
    if all_or_nothing and take < wanted:
        raise InsufficientStockError(line.sku, wanted, available)
    if take > 0:
        stock.hold(session, line.product_id, location, take, order_line_id=line.id, sku=line.sku)
        line.qty_allocated += take
    return LineAllocation(line.id, line.sku, wanted, take)


def allocate_order(
    uow: UnitOfWork, actor: Actor, order_id: uuid.UUID, *, all_or_nothing: bool = False
) -> AllocationResult:
    """Holds what stock there is for every open line; the result says what is still short.

    With `all_or_nothing`, a single short line refuses the whole action (InsufficientStockError)
    and nothing is held.
    """
    require(actor, "stock.allocate")
    with uow:
        session = uow.session
        order = load_order(session, order_id, lock=True)
        if order.state not in ALLOCATABLE:
            raise InvalidStateError(tr("To allocate order {number}, confirm it first."),
                                    number=order.number)
        location = stock.main_location_id(uow)
        results = [
            _allocate_line(session, line, location, all_or_nothing=all_or_nothing)
            for line in sorted(order.lines, key=lambda x: str(x.product_id))
        ]
        before, after = refresh_state(order)
        audit.record(session, actor, "sales_order", order.id, "allocate", before, after,
                     allocated={r.sku: r.allocated for r in results if r.allocated})
        result = AllocationResult(order.id, order.number, after,
                                  tuple(sorted(results, key=lambda r: r.sku)))
        uow.commit()
    return result


_TIER_RANK = {CustomerTier.A: 0, CustomerTier.B: 1, CustomerTier.C: 2}


def allocate_waiting(uow: UnitOfWork, actor: Actor, product_id: uuid.UUID) -> list[uuid.UUID]:
    """Shares newly available stock of one product among waiting orders, highest tier first,
    then earliest promised date, then oldest order. Returns the orders that received stock.
    Only orders worked on here: another site's would be refused (site_ownership.py)."""
    require(actor, "stock.allocate")
    with uow:
        session = uow.session
        location = stock.main_location_id(uow)
        rows = session.execute(
            select(SalesOrderLine.id, SalesOrder.id, Customer.tier, SalesOrder.promised_date,
                   SalesOrder.created_at)
            .join(SalesOrder, SalesOrder.id == SalesOrderLine.order_id)
            .join(Customer, Customer.id == SalesOrder.customer_id)
            .where(SalesOrderLine.product_id == product_id,
                   SalesOrder.state.in_(ALLOCATABLE), work_scope(uow).orders(),
                   SalesOrderLine.quantity - SalesOrderLine.qty_cancelled
                   - SalesOrderLine.qty_shipped + SalesOrderLine.qty_replaced
                   - SalesOrderLine.qty_allocated > 0)
        ).all()
        rows.sort(key=lambda r: (_TIER_RANK[r[2]], r[3] or date.max, r[4]))
        served: list[uuid.UUID] = []
        for line_id, order_id, *_ in rows:
            order = load_order(session, order_id, lock=True)
            line = next(x for x in order.lines if x.id == line_id)
            if _allocate_line(session, line, location, all_or_nothing=False).allocated > 0:
                before, after = refresh_state(order)
                audit.record(session, actor, "sales_order", order.id, "allocate", before, after,
                             priority=True)
                served.append(order_id)
        uow.commit()
    return served


def resolve_short_line(
    uow: UnitOfWork, actor: Actor, line_id: uuid.UUID, decision: ShortDecision, *,
    new_date: date | None = None, substitute_product_id: uuid.UUID | None = None,
    today: date | None = None,
) -> uuid.UUID | None:
    """Records the firm's choice for a short line. Returns the new line (substitute) or the
    production order id (production), else None."""
    require(actor, "stock.allocate")
    today = today or date.today()
    with uow:
        session = uow.session
        line = session.get(SalesOrderLine, line_id)
        if line is None:
            raise ValidationError("line", tr("That order line does not exist any more."))
        order = load_order(session, line.order_id, lock=True)
        short = line.qty_open
        if short <= 0:
            raise InvalidStateError(tr("Line {n} of {number} is not short."),
                                    n=line.line_no, number=order.number)
        created = _apply_decision(uow, actor, order, line, decision, short, new_date,
                                  substitute_product_id, today)
        line.short_decision = decision
        before, after = refresh_state(order)
        audit.record(session, actor, "sales_order_line", line.id, "short_decision", before,
                     after, decision=decision.value, short=short)
        uow.commit()
    return created


def _apply_decision(
    uow: UnitOfWork, actor: Actor, order: SalesOrder, line: SalesOrderLine,
    decision: ShortDecision, short: Decimal, new_date: date | None,
    substitute_product_id: uuid.UUID | None, today: date,
) -> uuid.UUID | None:
    session = uow.session
    if decision is ShortDecision.BACKORDER:
        return None
    if decision is ShortDecision.NEW_DATE:
        if new_date is None or new_date < today:
            raise ValidationError("new_date", tr("Choose a new promised date from today on."))
        line.promised_date = new_date
        return None
    if decision is ShortDecision.SUBSTITUTE:
        product = session.get(Product, substitute_product_id) if substitute_product_id else None
        if product is None or product.id == line.product_id:
            raise ValidationError("substitute", tr("Choose a different product as substitute."))
        keep_revision(session, actor, order, f"substitute {product.sku} for {line.sku}")
        line.qty_cancelled += short
        new_line = SalesOrderLine(
            line_no=max(x.line_no for x in order.lines) + 1, substitute_for_id=line.id)
        _fill_line(new_line, LineInput(product.id, short, line.unit_price, line.discount_pct),
                   product, order.currency)
        order.lines.append(new_line)
        recompute_totals(order)
        session.flush()
        return new_line.id
    from app.services.production import plan_production

    production = plan_production(session, actor, uow.site_code, line.product_id, short,
                                 order_line_id=line.id, due_date=new_date)
    return production.id
