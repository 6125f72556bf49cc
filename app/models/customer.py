"""Customers with their contacts and addresses, tier, credit limit and payment terms."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, IdMixin, utcnow
from app.models.enums import CustomerTier, PaymentCondition, PaymentMethod, enum_type


class Customer(IdMixin, Base):
    __tablename__ = "customers"
    __table_args__ = (
        CheckConstraint("credit_limit >= 0", name="credit_limit_not_negative"),
        CheckConstraint("credit_days >= 0", name="credit_days_not_negative"),
    )

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    tier: Mapped[CustomerTier] = mapped_column(enum_type(CustomerTier), default=CustomerTier.B)
    phone: Mapped[str] = mapped_column(String(40), default="", index=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    tax_id: Mapped[str] = mapped_column(String(40), default="")
    credit_limit: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    payment_condition: Mapped[PaymentCondition] = mapped_column(
        enum_type(PaymentCondition), default=PaymentCondition.CREDIT
    )
    payment_method: Mapped[PaymentMethod] = mapped_column(
        enum_type(PaymentMethod), default=PaymentMethod.BANK_TRANSFER
    )
    credit_days: Mapped[int] = mapped_column(default=30)
    credit_hold: Mapped[bool] = mapped_column(default=False)
    preferences: Mapped[str] = mapped_column(Text, default="")
    verified: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(default=1)

    contacts: Mapped[list[CustomerContact]] = relationship(
        back_populates="customer", cascade="all, delete-orphan"
    )
    addresses: Mapped[list[CustomerAddress]] = relationship(
        back_populates="customer", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class CustomerContact(IdMixin, Base):
    __tablename__ = "customer_contacts"

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    is_primary: Mapped[bool] = mapped_column(default=False)

    customer: Mapped[Customer] = relationship(back_populates="contacts")


class CustomerAddress(IdMixin, Base):
    __tablename__ = "customer_addresses"

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), index=True)
    label: Mapped[str] = mapped_column(String(40), default="")  # "billing", "site 2"...
    address: Mapped[str] = mapped_column(Text)
    is_default_delivery: Mapped[bool] = mapped_column(default=False)
    is_billing: Mapped[bool] = mapped_column(default=False)

    customer: Mapped[Customer] = relationship(back_populates="addresses")
