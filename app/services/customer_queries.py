"""Customer lists and profiles for the screens, masked for roles that may not see everything.

Every query takes the actor: what comes back is already masked (customer_privacy), so the
full phone number of a customer never reaches a warehouse desk.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ColumnElement, func, or_, select

from app.models import Customer, SalesOrder
from app.models.enums import CustomerTier, OrderState, PaymentCondition, PaymentMethod
from app.services import credit
from app.services.auth import Actor
from app.services.customer_privacy import mask_phone, mask_text, sees_contact_details, sees_credit
from app.services.errors import NotFoundError, PermissionDeniedError, tr
from app.services.receivables import open_invoice_query
from app.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class CustomerListRow:
    id: uuid.UUID
    code: str
    name: str
    phone: str  # masked ("••••5678") for roles that may not see it
    tier: CustomerTier
    credit_hold: bool
    verified: bool


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _search(text: str, with_phone: bool) -> ColumnElement[bool] | None:
    """Name or code contain the text; the phone too when the actor may see phones (else a
    warehouse user could discover a number digit by digit by searching for it)."""
    text = text.strip()
    if not text:
        return None
    pattern = _like(text)
    conditions = [Customer.name.ilike(pattern, escape="\\"),
                  Customer.code.ilike(pattern, escape="\\")]
    digits = "".join(c for c in text if c.isdigit())
    if with_phone and len(digits) >= 3:
        # "23456789" finds "+886 2 2345 6789": compare without spaces and dashes.
        bare = func.replace(func.replace(Customer.phone, " ", ""), "-", "")
        conditions.append(bare.like(f"%{digits}%"))
    return or_(*conditions)


def count_customers(uow: UnitOfWork, actor: Actor, text: str = "") -> int:
    query = select(func.count()).select_from(Customer)
    condition = _search(text, sees_contact_details(actor))
    if condition is not None:
        query = query.where(condition)
    with uow:
        return int(uow.session.scalar(query) or 0)


def customer_window(uow: UnitOfWork, actor: Actor, text: str = "", offset: int = 0,
                    limit: int = 100) -> list[CustomerListRow]:
    """Rows offset..offset+limit of the customers matching `text`, by name."""
    full = sees_contact_details(actor)
    query = select(Customer.id, Customer.code, Customer.name, Customer.phone, Customer.tier,
                   Customer.credit_hold, Customer.verified)
    condition = _search(text, full)
    if condition is not None:
        query = query.where(condition)
    query = query.order_by(Customer.name, Customer.code).offset(offset).limit(limit)
    with uow:
        rows = uow.session.execute(query).all()
    return [CustomerListRow(r.id, r.code, r.name, r.phone if full else mask_phone(r.phone),
                            r.tier, r.credit_hold, r.verified) for r in rows]


@dataclass(frozen=True)
class ContactRow:
    id: uuid.UUID
    name: str
    phone: str
    email: str
    is_primary: bool


@dataclass(frozen=True)
class AddressRow:
    id: uuid.UUID
    label: str
    address: str
    is_default_delivery: bool
    is_billing: bool


@dataclass(frozen=True)
class CreditFigures:
    credit_limit: Decimal
    exposure: Decimal  # open receivables plus confirmed, not yet invoiced orders
    balance: Decimal  # posted invoices - credit notes - payments
    overdue: Decimal  # open amount of invoices past their due date

    @property
    def available(self) -> Decimal:
        return self.credit_limit - self.exposure


@dataclass(frozen=True)
class CustomerProfile:
    id: uuid.UUID
    code: str
    name: str
    phone: str
    email: str
    tax_id: str
    tier: CustomerTier
    payment_condition: PaymentCondition
    payment_method: PaymentMethod
    credit_days: int
    credit_hold: bool
    verified: bool
    preferences: str
    version: int
    created_at: datetime
    contacts: tuple[ContactRow, ...]
    addresses: tuple[AddressRow, ...]
    credit: CreditFigures | None  # None: the actor's role may not see credit figures
    masked: bool  # contact details are masked for this actor

    @property
    def delivery_address(self) -> str:
        default = next((a for a in self.addresses if a.is_default_delivery), None)
        return default.address if default else ""


def customer_profile(uow: UnitOfWork, actor: Actor, customer_id: uuid.UUID,
                     today: date | None = None) -> CustomerProfile:
    full, money = sees_contact_details(actor), sees_credit(actor)
    today = today or date.today()
    with uow:
        session = uow.session
        c = session.get(Customer, customer_id)
        if c is None:
            raise NotFoundError(tr("That customer does not exist any more."))
        contacts = tuple(
            ContactRow(x.id, x.name, x.phone if full else mask_phone(x.phone),
                       x.email if full else mask_text(x.email), x.is_primary)
            for x in sorted(c.contacts, key=lambda x: (not x.is_primary, x.name)))
        # The delivery address is what the warehouse needs on a parcel; the others are not.
        addresses = tuple(
            AddressRow(a.id, a.label,
                       a.address if full or a.is_default_delivery else mask_text(a.address),
                       a.is_default_delivery, a.is_billing)
            for a in sorted(c.addresses, key=lambda a: (not a.is_default_delivery, a.label)))
        figures = None
        if money:
            o = open_invoice_query()
            overdue = session.scalar(select(func.coalesce(func.sum(o.c.open_amount), 0)).where(
                o.c.customer_id == c.id, o.c.open_amount > 0, o.c.due_date < today))
            figures = CreditFigures(c.credit_limit, credit.exposure(session, c.id),
                                    credit.open_receivables(session, c.id), Decimal(overdue))
        return CustomerProfile(
            c.id, c.code, c.name, c.phone if full else mask_phone(c.phone),
            c.email if full else mask_text(c.email), c.tax_id if full else mask_text(c.tax_id),
            c.tier, c.payment_condition, c.payment_method, c.credit_days, c.credit_hold,
            c.verified, c.preferences, c.version, c.created_at, contacts, addresses, figures,
            not full)


@dataclass(frozen=True)
class CustomerOrderRow:
    id: uuid.UUID
    number: str
    state: OrderState
    created_at: datetime
    promised_date: date | None
    total: Decimal
    currency: str


def customer_orders(uow: UnitOfWork, actor: Actor, customer_id: uuid.UUID,
                    limit: int = 200) -> list[CustomerOrderRow]:
    """The customer's orders, newest first (also the choice when a complaint names one)."""
    query = (select(SalesOrder.id, SalesOrder.number, SalesOrder.state, SalesOrder.created_at,
                    SalesOrder.promised_date, SalesOrder.total, SalesOrder.currency)
             .where(SalesOrder.customer_id == customer_id)
             .order_by(SalesOrder.created_at.desc(), SalesOrder.number.desc()).limit(limit))
    with uow:
        rows = uow.session.execute(query).all()
    return [CustomerOrderRow(*row) for row in rows]


@dataclass(frozen=True)
class CustomerInvoiceRow:
    id: uuid.UUID
    number: str
    issue_date: date
    due_date: date
    total: Decimal
    open_amount: Decimal

    def days_overdue(self, as_of: date) -> int:
        return max((as_of - self.due_date).days, 0) if self.open_amount > 0 else 0


def customer_invoices(uow: UnitOfWork, actor: Actor, customer_id: uuid.UUID,
                      limit: int = 200) -> list[CustomerInvoiceRow]:
    """Posted invoices with what is still open on each, newest first."""
    if not sees_credit(actor):
        raise PermissionDeniedError(
            tr("Your role ({role}) may not see a customer's invoices."), role=actor.role.value)
    o = open_invoice_query()
    query = (select(o.c.id, o.c.number, o.c.issue_date, o.c.due_date, o.c.total,
                    o.c.open_amount)
             .where(o.c.customer_id == customer_id)
             .order_by(o.c.issue_date.desc(), o.c.number.desc()).limit(limit))
    with uow:
        rows = uow.session.execute(query).all()
    return [CustomerInvoiceRow(r.id, r.number, r.issue_date, r.due_date, Decimal(r.total),
                               Decimal(r.open_amount)) for r in rows]

