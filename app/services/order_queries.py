"""Read side of orders: detail and paged lists as frozen rows, never live ORM objects."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select

from app.models import SalesOrder
from app.models.enums import Channel, OrderState
from app.services.orders import load_order
from app.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class OrderLineRow:
    id: uuid.UUID
    line_no: int
    product_id: uuid.UUID
    sku: str
    name: str
    specification: str
    quantity: Decimal
    unit_price: Decimal
    discount_pct: Decimal
    tax_rate: Decimal
    line_total: Decimal
    qty_cancelled: Decimal
    qty_allocated: Decimal
    qty_picked: Decimal
    qty_packed: Decimal
    qty_shipped: Decimal
    qty_delivered: Decimal
    qty_invoiced: Decimal
    qty_written_off: Decimal
    qty_replaced: Decimal
    promised_date: date | None

    @property
    def qty_short(self) -> Decimal:
        """Not yet held or shipped: what allocation still has to find."""
        return (self.quantity - self.qty_cancelled - (self.qty_shipped - self.qty_replaced)
                - self.qty_allocated)


@dataclass(frozen=True)
class OrderDetail:
    id: uuid.UUID
    number: str
    state: OrderState
    customer_id: uuid.UUID
    customer_name: str
    channel: Channel
    contact_name: str
    contact_phone: str
    contact_email: str
    delivery_address: str
    requested_date: date | None
    promised_date: date | None
    shipping_method: str
    special_instructions: str
    payment_condition: str
    payment_method: str
    credit_days: int
    currency: str
    subtotal: Decimal
    tax_total: Decimal
    total: Decimal
    revision: int
    version: int
    created_at: datetime
    confirmed_at: datetime | None
    lines: tuple[OrderLineRow, ...]


LINE_FIELDS = [f for f in OrderLineRow.__dataclass_fields__]
HEADER_FIELDS = [f for f in OrderDetail.__dataclass_fields__ if f != "lines"]


def get_order(uow: UnitOfWork, order_id: uuid.UUID) -> OrderDetail:
    with uow:
        order = load_order(uow.session, order_id)
        lines = tuple(
            OrderLineRow(**{f: getattr(line, f) for f in LINE_FIELDS}) for line in order.lines
        )
        return OrderDetail(**{f: getattr(order, f) for f in HEADER_FIELDS}, lines=lines)


@dataclass(frozen=True)
class OrderRow:
    id: uuid.UUID
    number: str
    state: OrderState
    customer_name: str
    total: Decimal
    created_at: datetime
    promised_date: date | None


def list_orders(
    uow: UnitOfWork, *, states: tuple[OrderState, ...] = (), after_number: str | None = None,
    limit: int = 200,
) -> list[OrderRow]:
    """One page of orders by number; pass the last number seen to get the next page."""
    query = select(SalesOrder.id, SalesOrder.number, SalesOrder.state, SalesOrder.customer_name,
                   SalesOrder.total, SalesOrder.created_at, SalesOrder.promised_date)
    if states:
        query = query.where(SalesOrder.state.in_(states))
    if after_number:
        query = query.where(SalesOrder.number > after_number)
    with uow:
        rows = uow.session.execute(query.order_by(SalesOrder.number).limit(limit)).all()
    return [OrderRow(*row) for row in rows]


def count_orders_by_state(uow: UnitOfWork) -> dict[OrderState, int]:
    """How many orders sit in each state (states with none are left out)."""
    query = select(SalesOrder.state, func.count()).group_by(SalesOrder.state)
    with uow:
        return {state: count for state, count in uow.session.execute(query).all()}
