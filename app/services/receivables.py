"""Receivables: customer balances, open and overdue invoices, and aging by days past due, summed
in SQL over the posted documents."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.sql import Subquery

from app.models import CreditNote, Customer, Invoice, Payment, PaymentAllocation
from app.models.enums import DocState
from app.services.billing_common import ZERO
from app.services.errors import NotFoundError, tr
from app.services.site_scope import work_scope
from app.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class CustomerBalance:
    customer_id: uuid.UUID
    invoiced: Decimal  # posted invoices
    credited: Decimal  # posted credit notes
    paid: Decimal  # every payment received, allocated or not
    unallocated: Decimal  # of `paid`, what is not yet applied to an invoice: customer credit

    @property
    def balance(self) -> Decimal:
        """What the customer owes (negative: what the firm owes the customer)."""
        return self.invoiced - self.credited - self.paid


def customer_balance(uow: UnitOfWork, customer_id: uuid.UUID) -> CustomerBalance:
    def total(column: object, *where: ColumnElement[bool]):  # type: ignore[no-untyped-def]
        return select(func.coalesce(func.sum(column), 0)).where(*where).scalar_subquery()

    query = select(
        total(Invoice.total, Invoice.customer_id == customer_id,
              Invoice.state == DocState.POSTED),
        total(CreditNote.total, CreditNote.customer_id == customer_id,
              CreditNote.state == DocState.POSTED),
        total(Payment.amount, Payment.customer_id == customer_id),
        total(PaymentAllocation.amount, PaymentAllocation.payment_id.in_(
            select(Payment.id).where(Payment.customer_id == customer_id))))
    with uow:
        session = uow.session
        if session.get(Customer, customer_id) is None:
            raise NotFoundError(tr("That customer does not exist any more."))
        invoiced, credited, paid, allocated = session.execute(query).one()
    return CustomerBalance(customer_id, Decimal(invoiced), Decimal(credited), Decimal(paid),
                           Decimal(paid) - Decimal(allocated))


@dataclass(frozen=True)
class OpenInvoice:
    id: uuid.UUID
    number: str
    customer_id: uuid.UUID
    customer_name: str
    issue_date: date
    due_date: date
    total: Decimal
    credited: Decimal
    paid: Decimal
    open_amount: Decimal

    def days_overdue(self, as_of: date) -> int:
        return max((as_of - self.due_date).days, 0)


def open_invoice_query() -> Subquery:
    """Every posted invoice with what is credited, paid and still open on it."""
    credited = (select(CreditNote.invoice_id, func.sum(CreditNote.total).label("total"))
                .where(CreditNote.state == DocState.POSTED)
                .group_by(CreditNote.invoice_id).subquery())
    paid = (select(PaymentAllocation.invoice_id, func.sum(PaymentAllocation.amount)
                   .label("total")).group_by(PaymentAllocation.invoice_id).subquery())
    credit, pay = func.coalesce(credited.c.total, 0), func.coalesce(paid.c.total, 0)
    return (
        select(Invoice.id, Invoice.number, Invoice.customer_id, Invoice.customer_name,
               Invoice.issue_date, Invoice.due_date, Invoice.total, credit.label("credited"),
               pay.label("paid"), (Invoice.total - credit - pay).label("open_amount"))
        .outerjoin(credited, credited.c.invoice_id == Invoice.id)
        .outerjoin(paid, paid.c.invoice_id == Invoice.id)
        .where(Invoice.state == DocState.POSTED)
        .subquery())


def open_invoices(uow: UnitOfWork, customer_id: uuid.UUID | None = None, *,
                  payable_here: bool = False) -> list[OpenInvoice]:
    """Posted invoices with something still to pay, the oldest due first. `payable_here`
    leaves out a syncing branch's invoices, which only the branch may settle
    (site_ownership.py): the list a payment is allocated from."""
    o = open_invoice_query()
    query = select(*o.c).where(o.c.open_amount > 0)
    if customer_id is not None:
        query = query.where(o.c.customer_id == customer_id)
    with uow:
        if payable_here:
            query = query.where(work_scope(uow).numbered(o.c.number))
        rows = uow.session.execute(query.order_by(o.c.due_date, o.c.number)).all()
    return [OpenInvoice(*row) for row in rows]


def overdue_list(uow: UnitOfWork, as_of: date) -> list[OpenInvoice]:
    """Open invoices whose due date has passed by `as_of`, the longest overdue first: the
    ones issued here (a branch chases its own invoices: site_scope.py)."""
    o = open_invoice_query()
    query = (select(*o.c).where(o.c.open_amount > 0, o.c.due_date < as_of)
             .order_by(o.c.due_date, o.c.number))
    with uow:
        rows = uow.session.execute(query.where(work_scope(uow).numbered(o.c.number))).all()
    return [OpenInvoice(*row) for row in rows]


BUCKETS = ("current", "days_1_30", "days_31_60", "days_61_90", "over_90")


@dataclass(frozen=True)
class AgingRow:
    customer_id: uuid.UUID | None  # None on the totals row
    customer_name: str
    current: Decimal  # not yet due (due on or after the day of the report)
    days_1_30: Decimal
    days_31_60: Decimal
    days_61_90: Decimal
    over_90: Decimal

    @property
    def total(self) -> Decimal:
        return sum((getattr(self, bucket) for bucket in BUCKETS), ZERO)


@dataclass(frozen=True)
class AgingReport:
    as_of: date
    rows: tuple[AgingRow, ...]
    totals: AgingRow


def aging(uow: UnitOfWork, as_of: date) -> AgingReport:
    """Open amounts per customer by days past due on `as_of`: current, 1-30, 31-60, 61-90, >90.

    Invoices issued after `as_of` are left out; amounts are what is open today. The buckets are
    turned into due-date ranges here, so the SQL compares dates and runs the same everywhere."""
    o = open_invoice_query()
    due = o.c.due_date

    def days_ago(days: int) -> date:
        return as_of - timedelta(days=days)

    conditions = (
        due >= as_of,
        and_(due < as_of, due >= days_ago(30)),
        and_(due < days_ago(30), due >= days_ago(60)),
        and_(due < days_ago(60), due >= days_ago(90)),
        due < days_ago(90),
    )
    sums = [func.sum(case((cond, o.c.open_amount), else_=0)) for cond in conditions]
    query = (select(Customer.id, Customer.name, *sums)
             .join(Customer, Customer.id == o.c.customer_id)
             .where(o.c.open_amount > 0, o.c.issue_date <= as_of)
             .group_by(Customer.id, Customer.name)
             .order_by(Customer.name, Customer.id))
    with uow:
        rows = tuple(AgingRow(customer_id, name, *(Decimal(v) for v in values))
                     for customer_id, name, *values in uow.session.execute(query))
    totals = AgingRow(None, "", *(sum((getattr(r, b) for r in rows), ZERO) for b in BUCKETS))
    return AgingReport(as_of, rows, totals)


@dataclass(frozen=True)
class BalanceRow:
    customer_id: uuid.UUID
    customer_name: str
    balance: CustomerBalance


def customer_balances(uow: UnitOfWork) -> list[BalanceRow]:
    """customer_balance for every customer with a posted document or a payment, by name; a
    handful of grouped sums, not one query per customer."""
    def per_customer(customer: object, amount: object, *where: ColumnElement[bool]
                     ) -> dict[uuid.UUID, Decimal]:
        query = select(customer, func.sum(amount)).where(*where).group_by(customer)
        return {cid: Decimal(total) for cid, total in uow.session.execute(query)}

    with uow:
        invoiced = per_customer(Invoice.customer_id, Invoice.total,
                                Invoice.state == DocState.POSTED)
        credited = per_customer(CreditNote.customer_id, CreditNote.total,
                                CreditNote.state == DocState.POSTED)
        paid = per_customer(Payment.customer_id, Payment.amount)
        allocated = per_customer(Payment.customer_id, PaymentAllocation.amount,
                                 PaymentAllocation.payment_id == Payment.id)
        ids = set(invoiced) | set(credited) | set(paid)
        names = dict(uow.session.execute(select(Customer.id, Customer.name)
                                         .where(Customer.id.in_(ids))).all()) if ids else {}
    rows = [BalanceRow(cid, names[cid], CustomerBalance(
        cid, invoiced.get(cid, ZERO), credited.get(cid, ZERO), paid.get(cid, ZERO),
        paid.get(cid, ZERO) - allocated.get(cid, ZERO))) for cid in ids]
    return sorted(rows, key=lambda r: (r.customer_name, str(r.customer_id)))
