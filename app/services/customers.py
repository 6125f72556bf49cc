"""Customer profiles: create with checks, edit with a version check, verify, search."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import or_, select

from app.models import Customer, CustomerAddress, CustomerContact
from app.models.enums import CustomerTier, PaymentCondition, PaymentMethod
from app.services import audit
from app.services.auth import Actor, may, require
from app.services.errors import ConflictError, NotFoundError, ValidationError, tr
from app.services.unit_of_work import UnitOfWork

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_RE = re.compile(r"^\+?[0-9][0-9 ()\-]{5,24}$")


@dataclass(frozen=True)
class CustomerInput:
    code: str
    name: str
    phone: str = ""
    email: str = ""
    address: str = ""
    contact_name: str = ""
    tier: CustomerTier = CustomerTier.B
    credit_limit: Decimal = Decimal("0")
    payment_condition: PaymentCondition = PaymentCondition.PREPAYMENT
    payment_method: PaymentMethod = PaymentMethod.BANK_TRANSFER
    credit_days: int = 0
    tax_id: str = ""
    preferences: str = ""


@dataclass(frozen=True)
class CustomerRow:
    id: uuid.UUID
    code: str
    name: str
    phone: str
    email: str
    tier: CustomerTier
    credit_hold: bool
    verified: bool


@dataclass(frozen=True)
class CustomerDetail:
    id: uuid.UUID
    code: str
    name: str
    phone: str
    email: str
    tier: CustomerTier
    credit_limit: Decimal
    payment_condition: PaymentCondition
    payment_method: PaymentMethod
    credit_days: int
    credit_hold: bool
    verified: bool
    preferences: str
    version: int
    contact_name: str = ""
    address: str = ""
    addresses: tuple[str, ...] = field(default_factory=tuple)


def validate_customer(data: CustomerInput) -> None:
    """Completeness and plausibility of a customer's details, field by field."""
    if not data.code.strip():
        raise ValidationError("code", tr("Give the customer a code."))
    if not data.name.strip():
        raise ValidationError("name", tr("Enter the customer's name."))
    if not data.phone.strip() and not data.email.strip():
        raise ValidationError("phone", tr("Enter a phone number or an email address."))
    if data.phone and not PHONE_RE.match(data.phone.strip()):
        raise ValidationError("phone", tr("The phone number {phone} does not look right."),
                              phone=data.phone)
    if data.email and not EMAIL_RE.match(data.email.strip()):
        raise ValidationError("email", tr("The email address {email} does not look right."),
                              email=data.email)
    if data.credit_limit < 0:
        raise ValidationError("credit_limit", tr("A credit limit cannot be negative."))
    if not 0 <= data.credit_days <= 365:
        raise ValidationError("credit_days", tr("Credit days must be between 0 and 365."))
    if data.payment_condition is PaymentCondition.CREDIT and data.credit_days == 0:
        raise ValidationError("credit_days", tr("Credit terms need a number of credit days."))


def create_customer(uow: UnitOfWork, actor: Actor, data: CustomerInput) -> uuid.UUID:
    require(actor, "customer.edit")
    validate_customer(data)
    if (data.credit_limit > 0 or data.payment_condition is PaymentCondition.CREDIT) and not may(
        actor, "customer.credit"
    ):
        require(actor, "customer.credit")
    with uow:
        if uow.session.scalar(select(Customer.id).where(Customer.code == data.code.strip())):
            raise ValidationError("code", tr("The customer code {code} is already taken."),
                                  code=data.code)
        customer = Customer(
            code=data.code.strip(), name=data.name.strip(), phone=data.phone.strip(),
            email=data.email.strip(), tier=data.tier, credit_limit=data.credit_limit,
            payment_condition=data.payment_condition, payment_method=data.payment_method,
            credit_days=data.credit_days, tax_id=data.tax_id, preferences=data.preferences,
        )
        if data.contact_name:
            customer.contacts.append(CustomerContact(
                name=data.contact_name, phone=data.phone, email=data.email, is_primary=True))
        if data.address:
            customer.addresses.append(CustomerAddress(
                label="main", address=data.address, is_default_delivery=True, is_billing=True))
        uow.session.add(customer)
        uow.session.flush()
        audit.record(uow.session, actor, "customer", customer.id, "create", None, "unverified")
        customer_id = customer.id
        uow.commit()
    return customer_id


def verify_customer(uow: UnitOfWork, actor: Actor, customer_id: uuid.UUID) -> None:
    """Marks a new customer's details as checked (called back, email confirmed)."""
    require(actor, "customer.edit")
    with uow:
        customer = _get(uow, customer_id)
        if not customer.verified:
            customer.verified = True
            audit.record(uow.session, actor, "customer", customer.id, "verify",
                         "unverified", "verified")
        uow.commit()


def set_credit(
    uow: UnitOfWork, actor: Actor, customer_id: uuid.UUID, *, credit_limit: Decimal,
    credit_hold: bool, expected_version: int,
) -> None:
    require(actor, "customer.credit")
    if credit_limit < 0:
        raise ValidationError("credit_limit", tr("A credit limit cannot be negative."))
    with uow:
        customer = _get(uow, customer_id)
        if customer.version != expected_version:
            raise ConflictError(tr("Someone else changed this customer. Reload and retry."))
        audit.record(uow.session, actor, "customer", customer.id, "credit",
                     f"{customer.credit_limit}/{'hold' if customer.credit_hold else 'ok'}",
                     f"{credit_limit}/{'hold' if credit_hold else 'ok'}")
        customer.credit_limit = credit_limit
        customer.credit_hold = credit_hold
        uow.commit()


def _get(uow: UnitOfWork, customer_id: uuid.UUID) -> Customer:
    customer = uow.session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError(tr("That customer does not exist any more."))
    return customer


def find_customers(uow: UnitOfWork, text: str, limit: int = 50) -> list[CustomerRow]:
    """Search-as-you-type on name, code or phone."""
    pattern = f"%{text.strip()}%"
    with uow:
        rows = uow.session.execute(
            select(Customer.id, Customer.code, Customer.name, Customer.phone, Customer.email,
                   Customer.tier, Customer.credit_hold, Customer.verified)
            .where(or_(Customer.name.ilike(pattern), Customer.code.ilike(pattern),
                       Customer.phone.ilike(pattern)))
            .order_by(Customer.name).limit(limit)
        ).all()
    return [CustomerRow(*row) for row in rows]


def get_customer(uow: UnitOfWork, customer_id: uuid.UUID) -> CustomerDetail:
    with uow:
        c = _get(uow, customer_id)
        contact = next((x.name for x in c.contacts if x.is_primary), "")
        addresses = tuple(a.address for a in c.addresses)
        return CustomerDetail(
            c.id, c.code, c.name, c.phone, c.email, c.tier, c.credit_limit,
            c.payment_condition, c.payment_method, c.credit_days, c.credit_hold, c.verified,
            c.preferences, c.version, contact, addresses[0] if addresses else "", addresses,
        )
