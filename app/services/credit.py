"""Credit exposure of a customer, computed by SQL aggregation over documents and open orders."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import CreditNote, Invoice, Payment, SalesOrder, SalesOrderLine
from app.models.enums import DocState, OrderState
from app.services.money import line_amounts

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


def uninvoiced_order_value(
    session: Session, customer_id: uuid.UUID, exclude_order_id: uuid.UUID | None = None
) -> Decimal:
    """Shipped-not-invoiced plus not-yet-shipped value of the customer's confirmed orders.

    Summed in Python with Decimal: one customer's open lines are few, and SQL arithmetic that
    mixes quantities, prices and rates is not exact on every backend.
    """
    line = SalesOrderLine
    open_qty = line.quantity - line.qty_cancelled - line.qty_written_off - line.qty_invoiced
    query = (
        select(open_qty, line.unit_price, line.discount_pct, line.tax_rate, SalesOrder.currency)
        .join(SalesOrder, SalesOrder.id == line.order_id)
        .where(SalesOrder.customer_id == customer_id, SalesOrder.state.not_in(_CLOSED),
               open_qty > 0, SalesOrder.billed_elsewhere.is_(False))  # imported history
    )
    if exclude_order_id is not None:
        query = query.where(SalesOrder.id != exclude_order_id)
    return sum((line_amounts(q, price, disc, rate, cur).total
                for q, price, disc, rate, cur in session.execute(query)), ZERO)


def exposure(session: Session, customer_id: uuid.UUID, exclude_order_id: uuid.UUID | None = None
             ) -> Decimal:
    return open_receivables(session, customer_id) + uninvoiced_order_value(
        session, customer_id, exclude_order_id)
