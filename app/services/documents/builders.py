"""Fill the document values from the existing queries: the only document code that reads data."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import SalesOrder
from app.services import invoice_queries, picking
from app.services.documents.data import (
    CommercialDocument,
    CommercialKind,
    Letterhead,
    PickLine,
    PickListDocument,
    PricedLine,
)
from app.services.documents.labels import label, normalise
from app.services.order_queries import HEADER_FIELDS, LINE_FIELDS, OrderDetail, OrderLineRow
from app.services.orders import load_order
from app.services.settings import get_setting
from app.services.unit_of_work import UnitOfWork


def letterhead(session: Session) -> Letterhead:
    return Letterhead(
        name=get_setting(session, "company_name"),
        address=get_setting(session, "company_address"),
        phone=get_setting(session, "company_phone"),
        email=get_setting(session, "company_email"),
        tax_id=get_setting(session, "company_tax_id"),
        logo_path=get_setting(session, "company_logo_path"),
    )


def customer_language(session: Session, customer_id: uuid.UUID | None) -> str:
    """The customer's own language setting, else the firm's document language."""
    chosen = get_setting(session, f"language.customer.{customer_id}") if customer_id else ""
    return normalise(chosen or get_setting(session, "document_language"))


def order_detail(session: Session, order_id: uuid.UUID) -> OrderDetail:
    """order_queries.get_order inside a session the caller already holds (the mail sender)."""
    order = load_order(session, order_id)
    lines = tuple(OrderLineRow(**{f: getattr(x, f) for f in LINE_FIELDS}) for x in order.lines)
    return OrderDetail(**{f: getattr(order, f) for f in HEADER_FIELDS}, lines=lines)


def order_confirmation_in(session: Session, order_id: uuid.UUID) -> CommercialDocument:
    order = order_detail(session, order_id)
    language = customer_language(session, order.customer_id)
    condition = label(language, f"cond_{order.payment_condition}")
    if order.credit_days:
        condition += " · " + label(language, "credit_days", days=order.credit_days)
    facts = [("date", (order.confirmed_at or order.created_at).date().isoformat()),
             ("promised_date", order.promised_date.isoformat() if order.promised_date else "—"),
             ("payment", condition)]
    if order.contact_name:
        facts.append(("contact", f"{order.contact_name} {order.contact_phone}".strip()))
    if order.shipping_method:
        facts.append(("shipping_method", order.shipping_method))
    lines = tuple(
        PricedLine(x.line_no, x.sku, f"{x.name} {x.specification}".strip(),
                   x.quantity - x.qty_cancelled, x.unit_price, x.discount_pct, x.tax_rate,
                   x.line_total)
        for x in sorted(order.lines, key=lambda x: x.line_no) if x.quantity > x.qty_cancelled)
    return CommercialDocument(
        CommercialKind.ORDER_CONFIRMATION, language, letterhead(session), order.number,
        (order.confirmed_at or order.created_at).date(), order.currency, order.customer_name,
        order.customer_name, order.delivery_address, tuple(facts), lines, order.subtotal,
        order.tax_total, order.total - order.subtotal - order.tax_total, order.total,
        note=order.special_instructions)


def order_confirmation(uow: UnitOfWork, order_id: uuid.UUID) -> CommercialDocument:
    with uow:
        return order_confirmation_in(uow.session, order_id)


def invoice(uow: UnitOfWork, invoice_id: uuid.UUID) -> CommercialDocument:
    detail = invoice_queries.get_invoice(uow, invoice_id)
    with uow:
        session = uow.session
        language = customer_language(session, detail.row.customer_id)
        numbers = session.scalars(select(SalesOrder.number).where(
            SalesOrder.id.in_(detail.order_ids)).order_by(SalesOrder.number)).all()
        head = letterhead(session)
    row = detail.row
    facts = [("issue_date", _iso(row.issue_date)), ("due_date", _iso(row.due_date)),
             ("order_number", ", ".join(numbers))]
    lines = tuple(PricedLine(x.line_no, "", x.description, x.quantity, x.unit_price,
                             x.discount_pct, x.tax_rate, x.net) for x in detail.lines)
    return CommercialDocument(
        CommercialKind.INVOICE, language, head, row.number or "DRAFT",
        row.issue_date or date.today(), detail.currency, row.customer_name,
        _party(row.customer_name, detail.billing_address), "", tuple(facts), lines, detail.subtotal,
        detail.tax_total, detail.freight, row.total)


def credit_note(uow: UnitOfWork, credit_note_id: uuid.UUID) -> CommercialDocument:
    detail = invoice_queries.get_credit_note(uow, credit_note_id)
    source = invoice_queries.get_invoice(uow, detail.row.invoice_id)
    with uow:
        language = customer_language(uow.session, detail.row.customer_id)
        head = letterhead(uow.session)
    row = detail.row
    facts = [("issue_date", _iso(row.issue_date)),
             ("invoice_number", row.invoice_number or "")]
    lines = tuple(PricedLine(x.line_no, "", x.description, x.quantity, None, Decimal(0), None,
                             x.net) for x in detail.lines)
    return CommercialDocument(
        CommercialKind.CREDIT_NOTE, language, head, row.number or "DRAFT",
        row.issue_date or date.today(), source.currency, source.row.customer_name,
        _party(source.row.customer_name, source.billing_address), "", tuple(facts), lines,
        detail.subtotal, detail.tax_total, detail.freight, row.total, note=detail.reason)


def pick_list(uow: UnitOfWork, pick_list_id: uuid.UUID, *, today: date | None = None
              ) -> PickListDocument:
    """Pick lists are for our own staff: printed in the firm's language."""
    detail = picking.get_pick_list(uow, pick_list_id)
    with uow:
        language = customer_language(uow.session, None)
        head = letterhead(uow.session)
    lines = tuple(PickLine(x.bin_location, x.sku, x.name, x.barcode, x.order_number,
                           x.qty_to_pick, x.qty_picked) for x in detail.lines)
    return PickListDocument(language, head, detail.number, today or date.today(),
                            detail.is_wave, lines)


def _party(name: str, address: str) -> str:
    return f"{name}\n{address}".strip()


def _iso(value: date | None) -> str:
    return value.isoformat() if value else "—"
