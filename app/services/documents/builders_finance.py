"""Fill payment confirmations, statements and reminders from the payments and receivables."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Customer, CustomerAddress
from app.services import payments, receivables
from app.services.documents.builders import customer_language, letterhead
from app.services.documents.data import (
    AccountDocument,
    Addressee,
    OpenItem,
    PaymentConfirmationDocument,
)
from app.services.errors import NotFoundError, tr
from app.services.settings import get_setting
from app.services.unit_of_work import UnitOfWork


def addressee(session: Session, customer_id: uuid.UUID) -> Addressee:
    name = session.scalar(select(Customer.name).where(Customer.id == customer_id))
    if name is None:
        raise NotFoundError(tr("That customer does not exist any more."))
    # The billing address, else the default delivery address, else none.
    address = session.scalar(
        select(CustomerAddress.address).where(CustomerAddress.customer_id == customer_id)
        .order_by(CustomerAddress.is_billing.desc(), CustomerAddress.is_default_delivery.desc())
        .limit(1)) or ""
    return Addressee(customer_language(session, customer_id), letterhead(session), name,
                     address, get_setting(session, "currency"))


def payment_confirmation(uow: UnitOfWork, payment_id: uuid.UUID) -> PaymentConfirmationDocument:
    detail = payments.get_payment(uow, payment_id)
    row = detail.row
    with uow:
        to = addressee(uow.session, row.customer_id)
    return PaymentConfirmationDocument(
        to, row.number, row.received_on, row.method.value, row.reference, row.amount,
        tuple((a.invoice_number, a.amount) for a in detail.allocations), row.unallocated)


def account(uow: UnitOfWork, customer_id: uuid.UUID, as_of: date, level: int = 0
            ) -> AccountDocument:
    """Level 0: statement of every open invoice. Levels 1-3: reminder of the overdue ones."""
    if level not in (0, 1, 2, 3):
        raise ValueError(f"reminder level {level} (0 = statement, 1 to 3 = reminders)")
    items = tuple(
        OpenItem(x.number, x.issue_date, x.due_date, x.total, x.credited, x.paid,
                 x.open_amount, x.days_overdue(as_of))
        for x in receivables.open_invoices(uow, customer_id)
        if level == 0 or x.due_date < as_of)
    balance = receivables.customer_balance(uow, customer_id)
    with uow:
        to = addressee(uow.session, customer_id)
    return AccountDocument(to, level, as_of, items, balance.balance, balance.unallocated)
