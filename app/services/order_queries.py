"""Read side of orders: detail and paged lists as frozen rows, never live ORM objects."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import and_, func, or_, select

from app.models import Customer, SalesOrder
from app.models.enums import Channel, OrderState
from app.services.numbering import format_number
from app.services.orders import load_order
from app.services.site_scope import work_scope
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
    freight: Decimal
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
    limit: int = 200, only_worked_here: bool = False,
) -> list[OrderRow]:
    """One page of orders by number; pass the last number seen to get the next page.
    `only_worked_here`: leave out another site's (a branch's, at head office: site_scope.py),
    for a worklist; browsing shows them all."""
    query = select(SalesOrder.id, SalesOrder.number, SalesOrder.state, SalesOrder.customer_name,
                   SalesOrder.total, SalesOrder.created_at, SalesOrder.promised_date)
    if states:
        query = query.where(SalesOrder.state.in_(states))
    if after_number:
        query = query.where(SalesOrder.number > after_number)
    with uow:
        if only_worked_here:
            query = query.where(work_scope(uow).orders())
        rows = uow.session.execute(query.order_by(SalesOrder.number).limit(limit)).all()
    return [OrderRow(*row) for row in rows]


def count_orders_by_state(uow: UnitOfWork) -> dict[OrderState, int]:
    """How many orders sit in each state (states with none are left out)."""
    query = select(SalesOrder.state, func.count()).group_by(SalesOrder.state)
    with uow:
        return {state: count for state, count in uow.session.execute(query).all()}


@dataclass(frozen=True)
class OrderFilter:
    """What the order list shows: one state or all, and an optional search text that
    matches the order number (prefix) or the customer's name, code or phone."""

    state: OrderState | None = None
    text: str = ""


def _filtered(query, flt: OrderFilter, customer_ids: list[uuid.UUID], site: str):  # type: ignore[no-untyped-def]
    if flt.state is not None:
        query = query.where(SalesOrder.state == flt.state)
    text = flt.text.strip()
    if text:
        # A range instead of LIKE 'X%': SQLite uses an index for LIKE only with NOCASE
        # columns, a range works on both databases.
        prefix = text.upper()
        matches = [and_(SalesOrder.number >= prefix,
                        SalesOrder.number < prefix[:-1] + chr(ord(prefix[-1]) + 1))]
        if text.isdigit():
            # "123": this site's order HQ-SO-000123 (an index lookup, not a LIKE '%123').
            matches.append(SalesOrder.number == format_number(site, "SO", int(text)))
        if customer_ids:
            matches.append(SalesOrder.customer_id.in_(customer_ids))
        query = query.where(or_(*matches))
    return query


def _matching_customers(uow: UnitOfWork, text: str) -> list[uuid.UUID]:
    # Customers are few (thousands): match them first, then the orders by the customer
    # index, instead of a LIKE over a million order rows.
    text = text.strip()
    if not text:
        return []
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    pattern = f"%{escaped}%"  # % and _ typed by the user are plain characters
    query = (select(Customer.id)
             .where(or_(Customer.name.ilike(pattern, escape="\\"),
                        Customer.code.ilike(pattern, escape="\\"),
                        Customer.phone.like(pattern, escape="\\")))
             .limit(200))
    return list(uow.session.scalars(query))


def _order_by(flt: OrderFilter):  # type: ignore[no-untyped-def]
    # Newest first. With a state, ix_sales_orders_state_created gives the order without a
    # sort; without one, the unique index on the number does (numbers grow with time).
    if flt.state is not None:
        return (SalesOrder.created_at.desc(), SalesOrder.number.desc())
    return (SalesOrder.number.desc(),)


def count_orders(uow: UnitOfWork, flt: OrderFilter = OrderFilter()) -> int:
    with uow:
        ids = _matching_customers(uow, flt.text)
        query = _filtered(select(func.count()).select_from(SalesOrder), flt, ids,
                          uow.site_code)
        return int(uow.session.scalar(query) or 0)


def order_window(uow: UnitOfWork, flt: OrderFilter, offset: int, limit: int) -> list[OrderRow]:
    """Rows offset..offset+limit of the filtered list, newest first (for a windowed model)."""
    query = select(SalesOrder.id, SalesOrder.number, SalesOrder.state, SalesOrder.customer_name,
                   SalesOrder.total, SalesOrder.created_at, SalesOrder.promised_date)
    with uow:
        ids = _matching_customers(uow, flt.text)
        query = (_filtered(query, flt, ids, uow.site_code).order_by(*_order_by(flt))
                 .offset(offset).limit(limit))
        rows = uow.session.execute(query).all()
    return [OrderRow(*row) for row in rows]
