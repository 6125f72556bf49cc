"""Money and complaint KPIs: days to pay, overdue receivables, complaints, satisfaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, or_, select

from app.models import Complaint, CreditNote, InvoiceFact, Payment, PaymentAllocation
from app.models.enums import DocState
from app.services import invoice_facts
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

F = InvoiceFact


@dataclass(frozen=True)
class DaysToPay:
    key: str
    invoices: int
    mean_days: Decimal | None


def days_to_pay(uow: UnitOfWork, period: DateRange, *,
                breakdown: Breakdown | None = None) -> tuple[DaysToPay, ...]:
    """Posted invoices that became fully paid in the period (payments allocated plus posted
    credit notes cover the total, at least one payment), from issue date to the last
    payment's received_on."""
    invoice_facts.refresh(uow)
    with uow:
        s = uow.session
        facts = (select(F.customer_id, F.paid_on.label("event_at"),
                        days_between_dates(s, F.issue_date, F.paid_on).label("days"))
                 .where(F.paid_on >= period.start, F.paid_on <= period.end)).subquery()
        rows = grouped(s, facts, breakdown, func.count(), func.sum(facts.c.days),
                       customer_level=True)
        return tuple(DaysToPay(key_text(k), n, mean(d, n)) for k, n, d in rows)


@dataclass(frozen=True)
class Overdue:
    key: str
    invoices: int
    amount: Decimal


def _open_on(as_of: date) -> Any:
    """The invoice's open amount on `as_of`: the stored one when nothing was applied after
    that day, else total less payments received and credit notes issued by then."""
    allocated = (select(func.coalesce(func.sum(PaymentAllocation.amount), 0))
                 .join(Payment, Payment.id == PaymentAllocation.payment_id)
                 .where(PaymentAllocation.invoice_id == F.invoice_id,
                        Payment.received_on <= as_of).scalar_subquery())
    credited = (select(func.coalesce(func.sum(CreditNote.total), 0))
                .where(CreditNote.invoice_id == F.invoice_id,
                       CreditNote.state == DocState.POSTED, CreditNote.issue_date <= as_of)
                .scalar_subquery())
    return case((or_(F.last_activity_on.is_(None), F.last_activity_on <= as_of),
                 F.open_amount), else_=F.total - allocated - credited)


def overdue_receivables(uow: UnitOfWork, period: DateRange, *,
                        breakdown: Breakdown | None = None) -> tuple[Overdue, ...]:
    """Posted invoices past their due date on the period's last day with money still open
    (total less payments received and credit notes issued by that day)."""
    as_of = period.end
    invoice_facts.refresh(uow)
    with uow:
        s = uow.session
        # Settled by then (settled_on is never earlier than the true day): not open.
        inner = (select(F.customer_id, F.due_date.label("event_at"),
                        _open_on(as_of).label("open_amount"))
                 .where(or_(F.settled_on.is_(None), F.settled_on > as_of),
                        F.due_date < as_of, F.issue_date <= as_of)).subquery()
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

