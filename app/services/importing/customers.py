"""Customers: one row each, with the primary contact and the billing/delivery addresses."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.models import Customer, CustomerAddress, CustomerContact
from app.models.enums import CustomerTier, PaymentCondition, PaymentMethod
from app.services import audit
from app.services.auth import Actor
from app.services.customers import CustomerInput, validate_customer
from app.services.errors import ValidationError
from app.services.importing.common import ImportContext, dict_rows, once_per_file
from app.services.importing.fields import Column, RowError, RowReader, plain, yes_no
from app.services.importing.readers import Table

KEY = "code"
COLUMNS = (
    Column("code", True, "text, up to 20 characters, unique", "C0001"),
    Column("name", True, "text, up to 200 characters", "台北精密機械股份有限公司"),
    Column("tier", False, "A, B or C (default B)", "A"),
    Column("phone", False, "phone number; phone or email is required", "+886 2 2345 6789"),
    Column("email", False, "email address", "buyer@example.com.tw"),
    Column("tax_id", False, "text (統一編號)", "12345675"),
    Column("credit_limit", False, "amount, 2 decimals, >= 0 (default 0)", "500000"),
    Column("payment_condition", False, "prepayment, cod or credit (default prepayment)",
           "credit"),
    Column("payment_method", False, "bank_transfer, card, cheque or cash "
           "(default bank_transfer)", "bank_transfer"),
    Column("credit_days", False, "whole days 0-365 (default 30 on credit, else 0)", "60"),
    Column("credit_hold", False, "yes/no (default no)", "no"),
    Column("verified", False, "yes/no (default no)", "yes"),
    Column("preferences", False, "free text", "Deliver mornings only / 上午送貨"),
    Column("contact_name", False, "primary contact's name", "王小明"),
    Column("contact_phone", False, "primary contact's phone", "0912 345 678"),
    Column("contact_email", False, "primary contact's email", "wang@example.com.tw"),
    Column("billing_address", False, "text", "台北市中正區重慶南路一段 122 號"),
    Column("delivery_address", False, "text (default: the billing address)",
           "新北市五股區五工路 12 號"),
)


@dataclass(frozen=True)
class CustomerRecord:
    data: CustomerInput
    credit_hold: bool
    verified: bool
    contact_phone: str
    contact_email: str
    billing_address: str
    delivery_address: str


def parse(table: Table, errors: list[RowError], ctx: ImportContext
          ) -> Iterator[tuple[str, tuple[int, ...], str, CustomerRecord | None]]:
    first: dict[str, int] = {}
    for row_no, values in dict_rows(table):
        r = RowReader(row_no, values, errors)
        code = r.text("code", required=True, max_length=20)
        name = r.text("name", required=True)
        if code and not once_per_file(code, row_no, first, "code", errors):
            r.failed = True
        condition = r.choice("payment_condition", PaymentCondition, PaymentCondition.PREPAYMENT)
        record = CustomerRecord(
            data=CustomerInput(
                code=code, name=name, phone=r.text("phone", max_length=40),
                email=r.text("email"), contact_name=r.text("contact_name", max_length=120),
                tier=r.choice("tier", CustomerTier, CustomerTier.B),
                credit_limit=r.decimal("credit_limit", default=Decimal(0)) or Decimal(0),
                payment_condition=condition,
                payment_method=r.choice("payment_method", PaymentMethod,
                                        PaymentMethod.BANK_TRANSFER),
                credit_days=r.integer("credit_days",
                                      30 if condition is PaymentCondition.CREDIT else 0,
                                      high=365),
                tax_id=r.text("tax_id", max_length=40), preferences=r.text("preferences",
                                                                          max_length=4000)),
            credit_hold=r.boolean("credit_hold", False), verified=r.boolean("verified", False),
            contact_phone=r.text("contact_phone", max_length=40),
            contact_email=r.text("contact_email"),
            billing_address=r.text("billing_address", max_length=1000),
            delivery_address=r.text("delivery_address", max_length=1000),
        )
        if not r.failed:
            try:
                validate_customer(record.data)
            except ValidationError as exc:
                r.error(exc.field, exc.template, **exc.params)
        yield code, (row_no,), name, None if r.failed else record


def check(session: Session, records: list[tuple[str, tuple[int, ...], CustomerRecord]],
          errors: list[RowError], warnings: list[RowError], ctx: ImportContext) -> set[str]:
    """The codes already in the database (those customers are skipped, never changed)."""
    keys = [key for key, _, _ in records]
    found: set[str] = set()
    for start in range(0, len(keys), 500):
        found.update(session.scalars(select(Customer.code).where(
            Customer.code.in_(keys[start:start + 500]))))
    return found


def write(session: Session, actor: Actor, records: list[CustomerRecord],
          ctx: ImportContext) -> int:
    for rec in records:
        d = rec.data
        customer = Customer(
            code=d.code, name=d.name, phone=d.phone, email=d.email, tier=d.tier,
            credit_limit=d.credit_limit, payment_condition=d.payment_condition,
            payment_method=d.payment_method, credit_days=d.credit_days, tax_id=d.tax_id,
            preferences=d.preferences, credit_hold=rec.credit_hold, verified=rec.verified)
        if d.contact_name:
            customer.contacts.append(CustomerContact(
                name=d.contact_name, phone=rec.contact_phone or d.phone,
                email=rec.contact_email or d.email, is_primary=True))
        delivery = rec.delivery_address or rec.billing_address
        if rec.billing_address and delivery == rec.billing_address:
            customer.addresses.append(CustomerAddress(
                label="main", address=rec.billing_address, is_billing=True,
                is_default_delivery=True))
        else:
            if rec.billing_address:
                customer.addresses.append(CustomerAddress(
                    label="billing", address=rec.billing_address, is_billing=True))
            customer.addresses.append(CustomerAddress(
                label="delivery", address=delivery, is_default_delivery=True))
        session.add(customer)
        session.flush()
        audit.record(session, actor, "customer", customer.id, "import", None,
                     "verified" if rec.verified else "unverified", batch=str(ctx.batch_id))
    return len(records)


def export_rows(session: Session) -> Iterator[dict[str, str]]:
    query = (select(Customer).order_by(Customer.code)
             .options(selectinload(Customer.contacts), selectinload(Customer.addresses)))
    for c in session.scalars(query):
        contact = next((x for x in c.contacts if x.is_primary), None)
        billing = next((a.address for a in c.addresses if a.is_billing), "")
        delivery = next((a.address for a in c.addresses if a.is_default_delivery), "")
        yield {
            "code": c.code, "name": c.name, "tier": c.tier.value, "phone": c.phone,
            "email": c.email, "tax_id": c.tax_id, "credit_limit": plain(c.credit_limit),
            "payment_condition": c.payment_condition.value,
            "payment_method": c.payment_method.value, "credit_days": str(c.credit_days),
            "credit_hold": yes_no(c.credit_hold), "verified": yes_no(c.verified),
            "preferences": c.preferences,
            "contact_name": contact.name if contact else "",
            "contact_phone": contact.phone if contact else "",
            "contact_email": contact.email if contact else "",
            "billing_address": billing, "delivery_address": delivery,
        }
