"""Money and complaint KPIs: days to pay, overdue receivables, complaints, satisfaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, select

from app.models import Complaint, CreditNote, Invoice, Payment, PaymentAllocation
from app.models.enums import DocState
from app.services import kpi_settlement
from app.services.kpi_sql import (
    Breakdown,
    DateRange,
    days_between_dates,
    grouped,
    hours_between,
    key_text,
)
from app.services.kpis import mean
from app.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class DaysToPay:
    key: str
    invoices: int
    mean_days: Decimal | None


def _credited(until: date | None = None) -> Any:
    where = [CreditNote.invoice_id == Invoice.id, CreditNote.state == DocState.POSTED]
    if until is not None:
        where.append(CreditNote.issue_date <= until)
    return select(func.coalesce(func.sum(CreditNote.total), 0)).where(*where).scalar_subquery()


def days_to_pay(uow: UnitOfWork, period: DateRange, *,
                breakdown: Breakdown | None = None) -> tuple[DaysToPay, ...]:
    """Posted invoices that became fully paid in the period (payments allocated plus posted
    credit notes cover the total), from issue date to the last payment's received_on."""
    with uow:
        s = uow.session
        in_period = and_(Payment.received_on >= period.start, Payment.received_on <= period.end)
        touched = (select(PaymentAllocation.invoice_id)
                   .join(Payment, Payment.id == PaymentAllocation.payment_id).where(in_period))
        paid = (select(PaymentAllocation.invoice_id,
                       func.sum(PaymentAllocation.amount).label("paid"),
                       func.max(Payment.received_on).label("paid_on"))
                .join(Payment, Payment.id == PaymentAllocation.payment_id)
                .where(PaymentAllocation.invoice_id.in_(touched))
                .group_by(PaymentAllocation.invoice_id).subquery())
        facts = (select(Invoice.customer_id, paid.c.paid_on.label("event_at"),
                        days_between_dates(s, Invoice.issue_date, paid.c.paid_on).label("days"))
                 .join(paid, paid.c.invoice_id == Invoice.id)
                 .where(Invoice.state == DocState.POSTED,
                        paid.c.paid_on >= period.start, paid.c.paid_on <= period.end,
                        # money against money: exact on SQLite's scaled integers as well
                        paid.c.paid + _credited() >= Invoice.total)).subquery()
        rows = grouped(s, facts, breakdown, func.count(), func.sum(facts.c.days),
                       customer_level=True)
        return tuple(DaysToPay(key_text(k), n, mean(d, n)) for k, n, d in rows)


@dataclass(frozen=True)
class Overdue:
    key: str
    invoices: int
    amount: Decimal


def overdue_receivables(uow: UnitOfWork, period: DateRange, *,
                        breakdown: Breakdown | None = None) -> tuple[Overdue, ...]:
    """Posted invoices past their due date on the period's last day with money still open
    (total less payments received and credit notes issued by that day)."""
    as_of = period.end
    with uow:
        s = uow.session
        allocated = (select(func.coalesce(func.sum(PaymentAllocation.amount), 0))
                     .join(Payment, Payment.id == PaymentAllocation.payment_id)
                     .where(PaymentAllocation.invoice_id == Invoice.id,
                            Payment.received_on <= as_of).scalar_subquery())
        open_amount = Invoice.total - allocated - _credited(as_of)
        inner = (select(Invoice.customer_id, Invoice.due_date.label("event_at"),
                        open_amount.label("open_amount"))
                 .where(Invoice.state == DocState.POSTED, Invoice.due_date < as_of,
                        Invoice.issue_date <= as_of))
        if kpi_settlement.complete(s):
            # Only invoices not settled by then can be open (app/services/kpi_settlement.py).
            inner = inner.where(Invoice.id.in_(kpi_settlement.open_candidates(as_of)))
        inner = inner.subquery()
        facts = select(inner).where(inner.c.open_amount > 0).subquery()
        rows = grouped(s, facts, breakdown, func.count(), func.sum(facts.c.open_amount),
                       customer_level=True)
        # The open amount keeps the money column's type, so SQLite's scaled integers are
        # read back as Decimal already.
        return tuple(Overdue(key_text(k), n, Decimal(a)) for k, n, a in rows)


@dataclass(frozen=True)
class Complaints:
    key: str
    category: str
    received: int  # recorded in the period
    resolved: int  # resolved in the period
    mean_hours_to_resolve: Decimal | None  # of those resolved in the period


def complaints(uow: UnitOfWork, period: DateRange, *,
               breakdown: Breakdown | None = None) -> tuple[Complaints, ...]:
    with uow:
        s = uow.session
        since, until = period.since, period.until
        new = select(Complaint.customer_id, Complaint.category,
                     Complaint.created_at.label("event_at")).where(
            Complaint.created_at >= since, Complaint.created_at < until).subquery()
        done = select(Complaint.customer_id, Complaint.category,
                      Complaint.resolved_at.label("event_at"),
                      hours_between(s, Complaint.created_at, Complaint.resolved_at).label("h"),
                      ).where(Complaint.resolved_at >= since,
                              Complaint.resolved_at < until).subquery()
        counts: dict[tuple[str, str], list[Any]] = {}
        for k, cat, n in grouped(s, new, breakdown, func.count(), customer_level=True,
                                 also_by="category"):
            counts[(key_text(k), key_text(cat))] = [n, 0, None]
        for k, cat, n, h in grouped(s, done, breakdown, func.count(), func.sum(done.c.h),
                                    customer_level=True, also_by="category"):
            counts.setdefault((key_text(k), key_text(cat)), [0, 0, None])[1:] = [n, mean(h, n)]
        return tuple(Complaints(k, cat, *v) for (k, cat), v in sorted(counts.items()))


@dataclass(frozen=True)
class Satisfaction:
    recorded: bool
    note: str


def customer_satisfaction(uow: UnitOfWork, period: DateRange, *,
                          breakdown: Breakdown | None = None) -> Satisfaction:
    """OrderDesk has no place to record satisfaction yet: say so rather than make one up."""
    return Satisfaction(False, "not recorded")

