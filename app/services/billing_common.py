"""Shared by the billing services: locking documents, what is credited and paid per invoice,
and checks on amounts and quantities typed by the user."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.models import CreditNote, CreditNoteLine, Invoice, InvoiceLine, PaymentAllocation
from app.models.enums import DocState
from app.services.errors import NotFoundError, ValidationError, tr
from app.services.money import exponent, line_amounts

ZERO = Decimal(0)
QTY_PLACES = Decimal("0.001")


def lock_invoice(session: Session, invoice_id: uuid.UUID) -> Invoice:
    """The invoice row locked FOR UPDATE: credits and allocations against it queue up here, so
    two stations never both spend the same open amount. Locking does not modify the row."""
    invoice = session.scalar(
        select(Invoice).where(Invoice.id == invoice_id).options(selectinload(Invoice.lines))
        .with_for_update().execution_options(populate_existing=True))
    if invoice is None:
        raise NotFoundError(tr("That invoice does not exist any more."))
    return invoice


def lock_credit_note(session: Session, credit_note_id: uuid.UUID) -> CreditNote:
    note = session.scalar(
        select(CreditNote).where(CreditNote.id == credit_note_id)
        .options(selectinload(CreditNote.lines))
        .with_for_update().execution_options(populate_existing=True))
    if note is None:
        raise NotFoundError(tr("That credit note does not exist any more."))
    return note


def _sum(session: Session, query: object) -> Decimal:
    return Decimal(session.scalar(query) or 0)  # type: ignore[call-overload]


def credited_total(session: Session, invoice_id: uuid.UUID) -> Decimal:
    return _sum(session, select(func.sum(CreditNote.total)).where(
        CreditNote.invoice_id == invoice_id, CreditNote.state == DocState.POSTED))


def credited_freight(session: Session, invoice_id: uuid.UUID) -> Decimal:
    return _sum(session, select(func.sum(CreditNote.freight)).where(
        CreditNote.invoice_id == invoice_id, CreditNote.state == DocState.POSTED))


def paid_total(session: Session, invoice_id: uuid.UUID) -> Decimal:
    return _sum(session, select(func.sum(PaymentAllocation.amount)).where(
        PaymentAllocation.invoice_id == invoice_id))


def open_amount(session: Session, invoice: Invoice) -> Decimal:
    """What the customer still owes on a posted invoice: total less credits less payments."""
    return invoice.total - credited_total(session, invoice.id) - paid_total(session, invoice.id)


@dataclass(frozen=True)
class Credited:
    quantity: Decimal = ZERO
    net: Decimal = ZERO
    tax: Decimal = ZERO


def credited_per_line(session: Session, invoice_id: uuid.UUID) -> dict[uuid.UUID, Credited]:
    """Per invoice line, what posted credit notes have credited so far."""
    line = CreditNoteLine
    rows = session.execute(
        select(line.invoice_line_id, func.sum(line.quantity), func.sum(line.net),
               func.sum(line.tax))
        .join(CreditNote, CreditNote.id == line.credit_note_id)
        .where(CreditNote.invoice_id == invoice_id, CreditNote.state == DocState.POSTED)
        .group_by(line.invoice_line_id))
    return {line_id: Credited(qty, net, tax) for line_id, qty, net, tax in rows}


def check_money(field: str, amount: Decimal, currency: str, *, allow_zero: bool = False
                ) -> None:
    places = exponent(currency)
    if amount < 0 or (amount == 0 and not allow_zero):
        raise ValidationError(field, tr("Enter an amount above zero."))
    if amount != amount.quantize(places):
        raise ValidationError(field, tr("{amount} has more decimals than {currency} uses."),
                              amount=amount, currency=currency)


def check_quantity(field: str, quantity: Decimal) -> None:
    if quantity <= 0:
        raise ValidationError(field, tr("A quantity must be above zero."))
    if quantity != quantity.quantize(QTY_PLACES):
        raise ValidationError(field, tr("{qty} has more than 3 decimals."), qty=quantity)


def price_line(line: InvoiceLine, currency: str) -> None:
    """Net, tax and total of one line, rounded half-up on the line (money.line_amounts)."""
    amounts = line_amounts(line.quantity, line.unit_price, line.discount_pct, line.tax_rate,
                           currency)
    line.net, line.tax, line.total = amounts.net, amounts.tax, amounts.total


def recompute_invoice(invoice: Invoice) -> None:
    """Header totals are the sum of the lines plus freight (the CHECK total_adds_up)."""
    invoice.subtotal = sum((line.net for line in invoice.lines), ZERO)
    invoice.tax_total = sum((line.tax for line in invoice.lines), ZERO)
    invoice.total = invoice.subtotal + invoice.tax_total + invoice.freight
