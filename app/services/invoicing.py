"""Invoices from what was delivered: drafts hold nothing; posting numbers the invoice, bumps
the order lines' invoiced quantities under lock and makes the invoice immutable."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Invoice, InvoiceLine, SalesOrder, SalesOrderLine
from app.models.base import utcnow
from app.models.enums import DocState
from app.services import audit
from app.services.auth import Actor, require
from app.services.billing_common import (
    ZERO,
    check_money,
    check_quantity,
    lock_invoice,
    price_line,
    recompute_invoice,
)
from app.services.errors import InvalidStateError, ValidationError, tr
from app.services.numbering import next_number
from app.services.order_state import refresh_state
from app.services.orders import load_order
from app.services.periods import ensure_open

# A re-issue is an invoicing action; it lives in its own module for size.
from app.services.reissue import Reissue as Reissue
from app.services.reissue import reissue_invoice as reissue_invoice
from app.services.unit_of_work import UnitOfWork

ENTITY = "invoice"


def create_invoice(uow: UnitOfWork, actor: Actor, order_ids: Iterable[uuid.UUID], *,
                   freight: Decimal = ZERO, today: date | None = None) -> uuid.UUID:
    """A draft invoice for everything delivered and not yet invoiced on one customer's orders.

    `today` is the proposed issue date shown on the draft; posting sets the real one."""
    require(actor, "invoice.manage")
    ids = list(dict.fromkeys(order_ids))
    if not ids:
        raise ValidationError("orders", tr("Choose at least one delivered order to invoice."))
    with uow:
        session = uow.session
        orders = [load_order(session, order_id) for order_id in ids]
        _check_one_customer(orders)
        for order in orders:
            if order.billed_elsewhere:
                raise InvalidStateError(tr("Order {number} is imported history, invoiced in "
                                           "the previous system."), number=order.number)
        first = orders[0]
        check_money("freight", freight, first.currency, allow_zero=True)
        invoice = Invoice(
            state=DocState.DRAFT, customer_id=first.customer_id, customer_name=first.customer_name,
            billing_address=first.billing_address, currency=first.currency, freight=freight,
            issue_date=today or date.today())
        for order in orders:
            for line in order.lines:
                waiting = line.qty_delivered - line.qty_invoiced
                if waiting > 0:
                    invoice.lines.append(_line_from_order(order, line, waiting,
                                                          len(invoice.lines) + 1))
        if not invoice.lines:
            raise InvalidStateError(tr("Nothing delivered on {orders} is waiting for an "
                                       "invoice."), orders=", ".join(o.number for o in orders))
        recompute_invoice(invoice)
        session.add(invoice)
        session.flush()
        audit.record(session, actor, ENTITY, invoice.id, "create", None, DocState.DRAFT.value,
                     orders=[o.number for o in orders], total=invoice.total)
        invoice_id = invoice.id
        uow.commit()
    return invoice_id


def _check_one_customer(orders: list[SalesOrder]) -> None:
    first = orders[0]
    for order in orders[1:]:
        if order.customer_id != first.customer_id:
            raise ValidationError("orders", tr(
                "Orders {first} and {other} belong to different customers; invoice each "
                "customer separately."), first=first.number, other=order.number)
        if order.currency != first.currency:
            raise ValidationError("orders", tr(
                "Orders {first} and {other} are in different currencies; invoice them "
                "separately."), first=first.number, other=order.number)


def _line_from_order(order: SalesOrder, line: SalesOrderLine, quantity: Decimal,
                     line_no: int) -> InvoiceLine:
    description = f"{line.sku} {line.name} ({order.number})"[:300]
    invoice_line = InvoiceLine(
        line_no=line_no, order_line_id=line.id, description=description, quantity=quantity,
        unit_price=line.unit_price, discount_pct=line.discount_pct, tax_rate=line.tax_rate)
    price_line(invoice_line, order.currency)
    return invoice_line


def _lock_draft(session: Session, invoice_id: uuid.UUID, action: str) -> Invoice:
    invoice = lock_invoice(session, invoice_id)
    if invoice.state is not DocState.DRAFT:
        raise InvalidStateError(tr("Invoice {number} is posted and cannot {action}. Correct it "
                                   "with a credit note or a re-issue."),
                                number=invoice.number, action=action)
    return invoice


def update_draft_invoice(
    uow: UnitOfWork, actor: Actor, invoice_id: uuid.UUID, *, freight: Decimal | None = None,
    remove_lines: Iterable[uuid.UUID] = (),
    quantities: Mapping[uuid.UUID, Decimal] | None = None,
) -> None:
    """Changes the freight, takes lines off, or lowers line quantities (never raises them: a
    draft bills at most what was delivered)."""
    require(actor, "invoice.manage")
    remove, quantities = set(remove_lines), dict(quantities or {})
    with uow:
        session = uow.session
        invoice = _lock_draft(session, invoice_id, "be edited")
        lines = {line.id: line for line in invoice.lines}
        if (set(quantities) | remove) - set(lines):
            raise ValidationError("lines", tr("A line you changed is not on this invoice any "
                                              "more; reload it."))
        if freight is not None:
            check_money("freight", freight, invoice.currency, allow_zero=True)
            invoice.freight = freight
        for line_id, quantity in quantities.items():
            _lower_quantity(lines[line_id], quantity, invoice.currency)
        for line_id in remove:
            invoice.lines.remove(lines[line_id])
        if not invoice.lines:
            raise ValidationError("lines", tr("An invoice needs at least one line; delete the "
                                              "draft instead."))
        for line_no, line in enumerate(invoice.lines, start=1):
            line.line_no = line_no
        recompute_invoice(invoice)
        audit.record(session, actor, ENTITY, invoice.id, "update", None, None,
                     freight=invoice.freight, removed=len(remove),
                     quantities={str(k): v for k, v in quantities.items()}, total=invoice.total)
        uow.commit()


def _lower_quantity(line: InvoiceLine, quantity: Decimal, currency: str) -> None:
    check_quantity("quantity", quantity)
    if quantity > line.quantity:
        raise ValidationError("quantity", tr(
            "Line {n} can only go down from {qty}: an invoice bills what was delivered."),
            n=line.line_no, qty=line.quantity)
    line.quantity = quantity
    price_line(line, currency)


def delete_draft_invoice(uow: UnitOfWork, actor: Actor, invoice_id: uuid.UUID) -> None:
    """Drops a draft; it never had a number, so the series keeps no gap."""
    require(actor, "invoice.manage")
    with uow:
        session = uow.session
        invoice = _lock_draft(session, invoice_id, "be deleted")
        session.delete(invoice)
        audit.record(session, actor, ENTITY, invoice.id, "delete", DocState.DRAFT.value, None,
                     total=invoice.total)
        uow.commit()


def post_invoice(uow: UnitOfWork, actor: Actor, invoice_id: uuid.UUID, *,
                 today: date | None = None) -> str:
    """Issues the invoice: gapless number, issue and due date, invoiced quantities on the
    order lines (re-checked under lock against what other invoices took). Returns the number."""
    require(actor, "invoice.post")
    issue = today or date.today()
    with uow:
        session = uow.session
        invoice = lock_invoice(session, invoice_id)
        if invoice.state is not DocState.DRAFT:
            raise InvalidStateError(tr("Invoice {number} is already posted."),
                                    number=invoice.number)
        ensure_open(session, issue, "invoice")
        orders = _lock_orders(session, invoice)
        by_line = {line.id: line for order in orders for line in order.lines}
        for line in invoice.lines:
            if line.order_line_id is not None:
                _invoice_quantity(by_line[line.order_line_id], line)
        due = issue + timedelta(days=_credit_days(session, invoice, orders))
        # The number is taken before the invoice turns posted: taking it flushes, and a flush
        # may not change a posted invoice.
        number = next_number(session, uow.site_code, "INV")
        invoice.number, invoice.state = number, DocState.POSTED
        invoice.issue_date, invoice.due_date = issue, due
        invoice.posted_at, invoice.posted_by = utcnow(), actor.user_id
        audit.record(session, actor, ENTITY, invoice.id, "post", DocState.DRAFT.value,
                     DocState.POSTED.value, number=number, total=invoice.total)
        for order in orders:
            before, after = refresh_state(order)
            audit.record(session, actor, "sales_order", order.id, "invoice", before.value,
                         after.value, invoice=number)
        uow.commit()
    return number


def _lock_orders(session: Session, invoice: Invoice) -> list[SalesOrder]:
    """The invoice's orders, locked FOR UPDATE in a fixed order so two posts cannot deadlock."""
    line_ids = [line.order_line_id for line in invoice.lines if line.order_line_id]
    if not line_ids:
        return []
    order_ids = session.scalars(select(SalesOrderLine.order_id).distinct()
                                .where(SalesOrderLine.id.in_(line_ids))).all()
    return [load_order(session, order_id, lock=True) for order_id in sorted(order_ids)]


def _invoice_quantity(order_line: SalesOrderLine, line: InvoiceLine) -> None:
    waiting = order_line.qty_delivered - order_line.qty_invoiced
    if line.quantity > waiting:
        raise InvalidStateError(tr(
            "Line {n} ({sku}) bills {qty}, but only {waiting} delivered are still to invoice: "
            "another invoice was posted for the rest. Lower the quantity, take the line off or "
            "delete this draft."),
            n=line.line_no, sku=order_line.sku, qty=line.quantity, waiting=waiting)
    order_line.qty_invoiced += line.quantity


def _credit_days(session: Session, invoice: Invoice, orders: list[SalesOrder]) -> int:
    """The strictest terms of the orders billed; a re-issue keeps the terms of the original."""
    if orders:
        return min(order.credit_days for order in orders)
    if invoice.reissue_of_id is not None:
        issue, due = session.execute(select(Invoice.issue_date, Invoice.due_date)
                                     .where(Invoice.id == invoice.reissue_of_id)).one()
        if issue is not None and due is not None:
            return (due - issue).days
    return 0
