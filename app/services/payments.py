"""Payments received: posted at once with a gapless number and allocated to open invoices; the
unallocated rest is customer credit, applied to invoices later as new allocations."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Customer, Invoice, Payment, PaymentAllocation
from app.models.enums import DocState, PaymentMethod
from app.services import audit
from app.services.auth import Actor, require
from app.services.billing_common import ZERO, check_money, lock_invoice, open_amount
from app.services.errors import InvalidStateError, NotFoundError, ValidationError, tr
from app.services.numbering import next_number
from app.services.periods import ensure_open
from app.services.settings import get_setting
from app.services.unit_of_work import UnitOfWork

ENTITY = "payment"
REFERENCE_LENGTH = 80  # the column's width
AllocationRequest = tuple[uuid.UUID, Decimal]  # (invoice id, amount)


def record_payment(
    uow: UnitOfWork, actor: Actor, customer_id: uuid.UUID, amount: Decimal,
    method: PaymentMethod, received_on: date, reference: str = "",
    allocations: Iterable[AllocationRequest] = (),
) -> uuid.UUID:
    """Records money received and spreads it over the named invoices; what is left over stays
    with the customer as credit."""
    require(actor, "payment.record")
    requests = list(allocations)
    if received_on > date.today():
        raise ValidationError("received_on", tr("A payment cannot be received in the future; "
                                                "check the date."))
    if len({invoice_id for invoice_id, _ in requests}) != len(requests):
        raise ValidationError("allocations", tr("Name each invoice once."))
    if len(reference.strip()) > REFERENCE_LENGTH:
        raise ValidationError("reference", tr("A reference has at most {n} characters."),
                              n=REFERENCE_LENGTH)
    with uow:
        session = uow.session
        if session.get(Customer, customer_id) is None:
            raise ValidationError("customer", tr("Choose the customer who paid."))
        currency = get_setting(session, "currency")
        check_money("amount", amount, currency)
        if sum((part for _, part in requests), ZERO) > amount:
            raise ValidationError("allocations", tr(
                "The allocations add up to more than the {amount} received."), amount=amount)
        ensure_open(session, received_on, "payment")
        # Taken first: the number's UPDATE flushes, and a flush may not touch a posted payment.
        number = next_number(session, uow.site_code, "PAY")
        payment = Payment(number=number, customer_id=customer_id, method=method, amount=amount,
                          currency=currency, received_on=received_on,
                          reference=reference.strip(), posted_by=actor.user_id)
        session.add(payment)
        # A fixed lock order (by id) keeps two stations paying the same invoices from deadlocking.
        for invoice_id, part in sorted(requests):
            _allocate(session, actor, payment, invoice_id, part)
        audit.record(session, actor, ENTITY, payment.id, "record", None, "posted", number=number,
                     amount=amount, method=method.value)
        payment_id = payment.id
        uow.commit()
    return payment_id


def _allocate(session: Session, actor: Actor, payment: Payment, invoice_id: uuid.UUID,
              amount: Decimal) -> None:
    check_money("amount", amount, payment.currency)
    invoice = lock_invoice(session, invoice_id)
    if invoice.state is not DocState.POSTED:
        raise InvalidStateError(tr("Only posted invoices can be paid; post the draft first."))
    if invoice.customer_id != payment.customer_id:
        raise ValidationError("allocations", tr(
            "Invoice {number} is another customer's; allocate only to {customer}'s invoices."),
            number=invoice.number, customer=invoice.customer_name)
    if invoice.currency != payment.currency:
        raise ValidationError("allocations", tr("Invoice {number} is in {currency}."),
                              number=invoice.number, currency=invoice.currency)
    still_open = open_amount(session, invoice)
    if amount > still_open:
        raise ValidationError("allocations", tr(
            "Only {open} is open on invoice {number}; allocate at most that, the rest stays "
            "with the customer as credit."), open=still_open, number=invoice.number)
    session.add(PaymentAllocation(payment_id=payment.id, invoice_id=invoice.id, amount=amount))
    audit.record(session, actor, ENTITY, payment.id, "allocate", None, None,
                 invoice=invoice.number, amount=amount)


def _lock_payment(session: Session, payment_id: uuid.UUID) -> Payment:
    """Locking reads the payment; it never changes it."""
    payment = session.scalar(select(Payment).where(Payment.id == payment_id).with_for_update()
                             .execution_options(populate_existing=True))
    if payment is None:
        raise NotFoundError(tr("That payment does not exist any more."))
    return payment


def _allocated(session: Session, payment_id: uuid.UUID) -> Decimal:
    return Decimal(session.scalar(select(func.sum(PaymentAllocation.amount))
                                  .where(PaymentAllocation.payment_id == payment_id)) or 0)


def allocate_credit(uow: UnitOfWork, actor: Actor, payment_id: uuid.UUID,
                    invoice_id: uuid.UUID, amount: Decimal) -> None:
    """Applies leftover credit of a payment to an open invoice (a new allocation row; the
    payment itself does not change)."""
    require(actor, "payment.record")
    with uow:
        session = uow.session
        payment = _lock_payment(session, payment_id)
        left = payment.amount - _allocated(session, payment.id)
        if amount > left:
            raise ValidationError("amount", tr(
                "Payment {number} has only {left} left to allocate."),
                number=payment.number, left=left)
        _allocate(session, actor, payment, invoice_id, amount)
        uow.commit()


@dataclass(frozen=True)
class AllocationRow:
    invoice_id: uuid.UUID
    invoice_number: str
    amount: Decimal
    at: datetime


@dataclass(frozen=True)
class PaymentRow:
    id: uuid.UUID
    number: str
    customer_id: uuid.UUID
    method: PaymentMethod
    amount: Decimal
    received_on: date
    reference: str
    allocated: Decimal

    @property
    def unallocated(self) -> Decimal:
        return self.amount - self.allocated


@dataclass(frozen=True)
class PaymentDetail:
    row: PaymentRow
    allocations: tuple[AllocationRow, ...]


def _payment_rows():  # type: ignore[no-untyped-def]
    allocated = (select(PaymentAllocation.payment_id, func.sum(PaymentAllocation.amount)
                        .label("total")).group_by(PaymentAllocation.payment_id).subquery())
    return (select(Payment.id, Payment.number, Payment.customer_id, Payment.method,
                   Payment.amount, Payment.received_on, Payment.reference,
                   func.coalesce(allocated.c.total, 0))
            .outerjoin(allocated, allocated.c.payment_id == Payment.id))


def list_payments(uow: UnitOfWork, *, customer_id: uuid.UUID | None = None,
                  limit: int = 500) -> list[PaymentRow]:
    query = _payment_rows()
    if customer_id is not None:
        query = query.where(Payment.customer_id == customer_id)
    with uow:
        rows = uow.session.execute(query.order_by(Payment.number.desc()).limit(limit)).all()
    return [PaymentRow(*row) for row in rows]


def get_payment(uow: UnitOfWork, payment_id: uuid.UUID) -> PaymentDetail:
    with uow:
        session = uow.session
        row = session.execute(_payment_rows().where(Payment.id == payment_id)).first()
        if row is None:
            raise NotFoundError(tr("That payment does not exist any more."))
        allocations = session.execute(
            select(PaymentAllocation.invoice_id, Invoice.number, PaymentAllocation.amount,
                   PaymentAllocation.at)
            .join(Invoice, Invoice.id == PaymentAllocation.invoice_id)
            .where(PaymentAllocation.payment_id == payment_id)
            .order_by(PaymentAllocation.at, Invoice.number)).all()
    return PaymentDetail(PaymentRow(*row), tuple(AllocationRow(*a) for a in allocations))
