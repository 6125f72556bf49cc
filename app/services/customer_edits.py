"""Changing a customer after creation: general data, payment terms, contacts and addresses.

The customer code stays as created (it is printed on documents). Payment terms and the credit
limit are credit decisions: changing them needs `customer.credit` on top of `customer.edit`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from app.models import Customer, CustomerAddress, CustomerContact
from app.models.enums import CustomerTier, PaymentCondition, PaymentMethod
from app.services import audit
from app.services.auth import Actor, require
from app.services.customers import EMAIL_RE, PHONE_RE, CustomerInput, validate_customer
from app.services.errors import ConflictError, NotFoundError, ValidationError, tr
from app.services.unit_of_work import UnitOfWork

_Owned = TypeVar("_Owned", CustomerContact, CustomerAddress)


@dataclass(frozen=True)
class CustomerChanges:
    name: str
    phone: str
    email: str
    tier: CustomerTier
    payment_condition: PaymentCondition
    payment_method: PaymentMethod
    credit_days: int
    tax_id: str = ""
    preferences: str = ""
    credit_limit: Decimal | None = None  # None: leave as it is


def update_customer(uow: UnitOfWork, actor: Actor, customer_id: uuid.UUID,
                    changes: CustomerChanges, expected_version: int) -> None:
    require(actor, "customer.edit")
    with uow:
        customer = _customer(uow, customer_id)
        if customer.version != expected_version:
            raise ConflictError(tr("Someone else changed this customer. Reload and retry."))
        limit = customer.credit_limit if changes.credit_limit is None else changes.credit_limit
        validate_customer(CustomerInput(
            code=customer.code, name=changes.name, phone=changes.phone, email=changes.email,
            tier=changes.tier, credit_limit=limit, payment_condition=changes.payment_condition,
            payment_method=changes.payment_method, credit_days=changes.credit_days))
        terms_before = (customer.payment_condition, customer.credit_days, customer.credit_limit)
        if (changes.payment_condition, changes.credit_days, limit) != terms_before:
            require(actor, "customer.credit")
        before = _snapshot(customer)
        customer.name = changes.name.strip()
        customer.phone = changes.phone.strip()
        customer.email = changes.email.strip()
        customer.tier = changes.tier
        customer.payment_condition = changes.payment_condition
        customer.payment_method = changes.payment_method
        customer.credit_days = changes.credit_days
        customer.credit_limit = limit
        customer.tax_id = changes.tax_id.strip()
        customer.preferences = changes.preferences.strip()
        after = _snapshot(customer)
        changed = {k: f"{before[k]} -> {after[k]}" for k in after if before[k] != after[k]}
        if changed:
            audit.record(uow.session, actor, "customer", customer.id, "edit", None, None,
                         **changed)
        uow.commit()


def _snapshot(customer: Customer) -> dict[str, str]:
    return {key: str(getattr(customer, key)) for key in (
        "name", "phone", "email", "tier", "payment_condition", "payment_method",
        "credit_days", "credit_limit", "tax_id", "preferences")}


def _customer(uow: UnitOfWork, customer_id: uuid.UUID) -> Customer:
    customer = uow.session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError(tr("That customer does not exist any more."))
    return customer


@dataclass(frozen=True)
class ContactInput:
    name: str
    phone: str = ""
    email: str = ""
    is_primary: bool = False


def _check_contact(data: ContactInput) -> None:
    if not data.name.strip():
        raise ValidationError("contact_name", tr("Enter the contact's name."))
    if data.phone.strip() and not PHONE_RE.match(data.phone.strip()):
        raise ValidationError("contact_phone", tr("The phone number {phone} does not look "
                                                  "right."), phone=data.phone)
    if data.email.strip() and not EMAIL_RE.match(data.email.strip()):
        raise ValidationError("contact_email", tr("The email address {email} does not look "
                                                  "right."), email=data.email)


def save_contact(uow: UnitOfWork, actor: Actor, customer_id: uuid.UUID, data: ContactInput,
                 contact_id: uuid.UUID | None = None) -> uuid.UUID:
    """Adds a contact (contact_id None) or changes one; a new primary replaces the old one."""
    require(actor, "customer.edit")
    _check_contact(data)
    with uow:
        customer = _customer(uow, customer_id)
        if contact_id is None:
            contact = CustomerContact(customer_id=customer.id, name=data.name.strip())
            customer.contacts.append(contact)
            action = "add_contact"
        else:
            contact = _owned(uow.session.get(CustomerContact, contact_id), customer.id,
                             tr("That contact does not exist any more."))
            action = "edit_contact"
        if data.is_primary:
            for other in customer.contacts:
                other.is_primary = False
        contact.name, contact.phone = data.name.strip(), data.phone.strip()
        contact.email, contact.is_primary = data.email.strip(), data.is_primary
        uow.session.flush()
        audit.record(uow.session, actor, "customer", customer.id, action, None, None,
                     contact=contact.name, primary=data.is_primary)
        saved = contact.id
        uow.commit()
    return saved


@dataclass(frozen=True)
class AddressInput:
    label: str
    address: str
    is_default_delivery: bool = False
    is_billing: bool = False


def save_address(uow: UnitOfWork, actor: Actor, customer_id: uuid.UUID, data: AddressInput,
                 address_id: uuid.UUID | None = None) -> uuid.UUID:
    """Adds an address or changes one; one default delivery and one billing address at most."""
    require(actor, "customer.edit")
    if not data.address.strip():
        raise ValidationError("address", tr("Enter the address."))
    with uow:
        customer = _customer(uow, customer_id)
        for other in customer.addresses:  # loaded before the new row exists (no autoflush)
            if data.is_default_delivery:
                other.is_default_delivery = False
            if data.is_billing:
                other.is_billing = False
        if address_id is None:
            address = CustomerAddress(customer_id=customer.id, address=data.address.strip())
            customer.addresses.append(address)
            action = "add_address"
        else:
            address = _owned(uow.session.get(CustomerAddress, address_id), customer.id,
                             tr("That address does not exist any more."))
            action = "edit_address"
        address.label = data.label.strip()
        address.address = data.address.strip()
        address.is_default_delivery = data.is_default_delivery
        address.is_billing = data.is_billing
        uow.session.flush()
        audit.record(uow.session, actor, "customer", customer.id, action, None, None,
                     label=address.label, delivery=data.is_default_delivery,
                     billing=data.is_billing)
        saved = address.id
        uow.commit()
    return saved


def _owned(row: _Owned | None, customer_id: uuid.UUID, missing: str) -> _Owned:
    if row is None or row.customer_id != customer_id:
        raise NotFoundError(missing)
    return row
