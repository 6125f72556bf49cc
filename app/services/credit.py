"""Credit exposure of a customer, computed by SQL aggregation over documents and open orders."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import CreditNote, Invoice, Payment, SalesOrder, SalesOrderLine
from app.models.enums import DocState, OrderState

ZERO = Decimal(0)
_CLOSED = (OrderState.DRAFT, OrderState.CANCELLED)


def open_receivables(session: Session, customer_id: uuid.UUID) -> Decimal:
    """Posted invoices less posted credit notes less all payments received."""
    invoiced = session.scalar(select(func.coalesce(func.sum(Invoice.total), 0)).where(
        Invoice.customer_id == customer_id, Invoice.state == DocState.POSTED))
    credited = session.scalar(select(func.coalesce(func.sum(CreditNote.total), 0)).where(
        CreditNote.customer_id == customer_id, CreditNote.state == DocState.POSTED))
    paid = session.scalar(select(func.coalesce(func.sum(Payment.amount), 0)).where(
        Payment.customer_id == customer_id))
    return Decimal(invoiced) - Decimal(credited) - Decimal(paid)


def _line_value(quantity):  # type: ignore[no-untyped-def]
    line = SalesOrderLine
    return quantity * line.unit_price * (100 - line.discount_pct) / 100 * (1 + line.tax_rate)


def uninvoiced_order_value(
    session: Session, customer_id: uuid.UUID, exclude_order_id: uuid.UUID | None = None
) -> Decimal:
    """Shipped-not-invoiced plus not-yet-shipped value of the customer's confirmed orders."""
    line = SalesOrderLine
    open_qty = (line.quantity - line.qty_cancelled - line.qty_written_off
                - line.qty_invoiced)
    query = (
        select(func.coalesce(func.sum(_line_value(open_qty)), 0))
        .join(SalesOrder, SalesOrder.id == line.order_id)
        .where(SalesOrder.customer_id == customer_id, SalesOrder.state.not_in(_CLOSED))
    )
    if exclude_order_id is not None:
        query = query.where(SalesOrder.id != exclude_order_id)
    return Decimal(session.scalar(query) or 0).quantize(Decimal("0.01"))


def exposure(session: Session, customer_id: uuid.UUID, exclude_order_id: uuid.UUID | None = None
             ) -> Decimal:
    return open_receivables(session, customer_id) + uninvoiced_order_value(
        session, customer_id, exclude_order_id)
