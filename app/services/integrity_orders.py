"""Integrity rules for sales orders: state follows the lines, totals follow the lines, and
every order past draft has an audit trail.

State and totals need the same per-order logic the services use (derive_state,
recompute_totals), so orders are read in keyset batches with their lines: memory stays flat
however many orders there are.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from types import SimpleNamespace
from typing import cast

from sqlalchemy import Connection, select

from app.models import AuditEntry, SalesOrder, SalesOrderLine
from app.models.enums import OrderState
from app.services.integrity_common import Violation, fmt, label
from app.services.money import line_amounts
from app.services.order_state import derive_state
from app.services.orders import recompute_totals

STATE_FOLLOWS_LINES = "order.state_follows_lines"
DOCUMENT_TOTALS = "document.totals"
STATE_CHANGES_RECORDED = "audit.state_changes_recorded"
BATCH_SIZE = 2000

_LINE_COLUMNS = (
    "id", "order_id", "line_no", "quantity", "unit_price", "discount_pct", "tax_rate",
    "line_total", "qty_cancelled", "qty_allocated", "qty_picked", "qty_packed", "qty_shipped",
    "qty_delivered", "qty_invoiced", "qty_written_off", "qty_replaced",
)


@dataclass(slots=True)
class _Line:
    """A line's columns without the ORM; the derived quantities are the model's own code."""

    id: uuid.UUID
    order_id: uuid.UUID
    line_no: int
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

    qty_effective = SalesOrderLine.qty_effective
    qty_net_shipped = SalesOrderLine.qty_net_shipped


@dataclass(slots=True)
class _Order:
    id: uuid.UUID
    number: str
    state: OrderState
    confirmed_at: datetime | None
    currency: str
    subtotal: Decimal
    tax_total: Decimal
    total: Decimal
    lines: list[_Line] = field(default_factory=list)


def _batches(conn: Connection, batch_size: int) -> Iterator[list[_Order]]:
    """Orders by id, `batch_size` at a time, each with its lines (one range query)."""
    after: uuid.UUID | None = None
    while True:
        query = (select(SalesOrder.id, SalesOrder.number, SalesOrder.state,
                        SalesOrder.confirmed_at, SalesOrder.currency, SalesOrder.subtotal,
                        SalesOrder.tax_total, SalesOrder.total)
                 .order_by(SalesOrder.id).limit(batch_size))
        if after is not None:
            query = query.where(SalesOrder.id > after)
        # fetchall: one driver call per batch, not one per row (psycopg's fetchone is slow).
        orders = [_Order(*row) for row in conn.execute(query).all()]
        if not orders:
            return
        by_id = {order.id: order for order in orders}
        lines = conn.execute(
            select(*(getattr(SalesOrderLine, c) for c in _LINE_COLUMNS))
            .where(SalesOrderLine.order_id >= orders[0].id,
                   SalesOrderLine.order_id <= orders[-1].id)).all()
        for row in lines:
            by_id[row.order_id].lines.append(_Line(*row))
        yield orders
        after = orders[-1].id


def check_orders(conn: Connection, batch_size: int = BATCH_SIZE) -> Iterator[Violation]:
    """Rules order.state_follows_lines and document.totals (orders) in one pass."""
    for orders in _batches(conn, batch_size):
        for order in orders:
            yield from _state(order)
            yield from _totals(order)


def _state(order: _Order) -> Iterator[Violation]:
    expected = derive_state(cast(SalesOrder, order))
    if order.state != expected:
        yield Violation(STATE_FOLLOWS_LINES, "sales_order", str(order.id),
                        f"{label(order.number)} is '{order.state}' but its lines say "
                        f"'{expected}'")


def _totals(order: _Order) -> Iterator[Violation]:
    for line in sorted(order.lines, key=lambda x: x.line_no):
        net = line_amounts(line.quantity, line.unit_price, line.discount_pct, line.tax_rate,
                           order.currency).net
        if line.line_total != net:
            yield Violation(DOCUMENT_TOTALS, "sales_order_line", str(line.id),
                            f"{label(order.number, line.line_no)}: line total is "
                            f"{fmt(line.line_total)} but quantity, price and discount give "
                            f"{fmt(net)}")
    expected = SimpleNamespace(lines=order.lines, currency=order.currency)
    recompute_totals(cast(SalesOrder, expected))
    for name in ("subtotal", "tax_total", "total"):
        stored, derived = getattr(order, name), getattr(expected, name)
        if stored != derived:
            yield Violation(DOCUMENT_TOTALS, "sales_order", str(order.id),
                            f"{label(order.number)}: {name.replace('_', ' ')} is "
                            f"{fmt(stored)} but its lines add up to {fmt(derived)}")


def check_state_changes_recorded(conn: Connection) -> Iterator[Violation]:
    trail = (select(AuditEntry.id)
             .where(AuditEntry.entity == "sales_order", AuditEntry.entity_id == SalesOrder.id)
             .exists())
    rows = conn.execute(
        select(SalesOrder.id, SalesOrder.number, SalesOrder.state)
        .where(SalesOrder.state != OrderState.DRAFT, ~trail)
        .order_by(SalesOrder.number)).all()
    for order_id, number, state in rows:
        yield Violation(STATE_CHANGES_RECORDED, "sales_order", str(order_id),
                        f"{label(number)} is '{state}' but the audit log has no entry for it")

