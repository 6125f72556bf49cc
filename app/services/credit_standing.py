"""Whether a customer is on credit hold, for the banner at order entry and confirmation.

A customer is held when finance set the hold flag, when a credit customer's exposure (with the
order being typed) is over the limit, or when an invoice is overdue past the number of days
the firm chose (setting `credit_hold_overdue_days`, default 30)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from app.models import Customer
from app.models.enums import PaymentCondition
from app.services import credit
from app.services.errors import NotFoundError, tr
from app.services.receivables import open_invoice_query
from app.services.settings import get_setting
from app.services.unit_of_work import UnitOfWork

OVERDUE_DAYS_SETTING = "credit_hold_overdue_days"
DEFAULT_OVERDUE_DAYS = 30
ZERO = Decimal(0)


@dataclass(frozen=True)
class CreditStanding:
    customer_id: uuid.UUID
    on_hold: bool  # finance's flag on the customer
    on_credit: bool  # sells on credit terms: the limit applies
    credit_limit: Decimal
    exposure: Decimal  # owed plus open orders, including the amount asked about
    overdue_days_allowed: int
    overdue_count: int  # invoices overdue longer than allowed
    overdue_amount: Decimal
    oldest_overdue_days: int

    @property
    def over_limit(self) -> bool:
        return self.on_credit and self.exposure > self.credit_limit

    @property
    def held(self) -> bool:
        return self.on_hold or self.over_limit or self.overdue_count > 0


def overdue_days_allowed(uow: UnitOfWork) -> int:
    """Read inside an open unit of work."""
    try:
        return int(get_setting(uow.session, OVERDUE_DAYS_SETTING) or DEFAULT_OVERDUE_DAYS)
    except ValueError:
        return DEFAULT_OVERDUE_DAYS


def credit_standing(
    uow: UnitOfWork, customer_id: uuid.UUID, *, adding: Decimal = ZERO,
    exclude_order_id: uuid.UUID | None = None, today: date | None = None,
) -> CreditStanding:
    """`adding`: the value of the order being entered (not saved yet, or excluded by id)."""
    today = today or date.today()
    with uow:
        session = uow.session
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFoundError(tr("That customer does not exist any more."))
        exposure = credit.exposure(session, customer_id, exclude_order_id) + adding
        allowed = overdue_days_allowed(uow)
        o = open_invoice_query()
        count, amount, oldest_due = session.execute(
            select(func.count(), func.coalesce(func.sum(o.c.open_amount), 0),
                   func.min(o.c.due_date))
            .where(o.c.customer_id == customer_id, o.c.open_amount > 0,
                   o.c.due_date < today - timedelta(days=allowed))).one()
        return CreditStanding(
            customer_id=customer_id, on_hold=customer.credit_hold,
            on_credit=customer.payment_condition is PaymentCondition.CREDIT,
            credit_limit=customer.credit_limit, exposure=exposure,
            overdue_days_allowed=allowed, overdue_count=int(count),
            overdue_amount=Decimal(amount),
            oldest_overdue_days=(today - oldest_due).days if oldest_due else 0)
