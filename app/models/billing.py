"""Invoices, credit notes and payments: immutable once posted, numbered gaplessly at posting."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import QTY, RATE, Base, IdMixin, utcnow
from app.models.enums import DocState, PaymentMethod, enum_type


class Invoice(IdMixin, Base):
    __tablename__ = "invoices"
    __table_args__ = (
        CheckConstraint("total = subtotal + tax_total + freight", name="total_adds_up"),
        CheckConstraint("freight >= 0", name="freight_not_negative"),
        CheckConstraint("state = 'draft' OR number IS NOT NULL", name="posted_has_number"),
        Index("ix_invoices_customer_state", "customer_id", "state"),
        Index("ix_invoices_state_due_date", "state", "due_date"),  # overdue receivables
    )

    # Drafts have no number: the gapless series is touched only when the invoice is posted.
    number: Mapped[str | None] = mapped_column(String(30), unique=True)
    state: Mapped[DocState] = mapped_column(enum_type(DocState), default=DocState.DRAFT)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    customer_name: Mapped[str] = mapped_column(String(200))
    billing_address: Mapped[str] = mapped_column(Text, default="")
    currency: Mapped[str] = mapped_column(String(3))
    issue_date: Mapped[date | None]
    due_date: Mapped[date | None]
    subtotal: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    tax_total: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    freight: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    total: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    posted_at: Mapped[datetime | None]
    posted_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    reissue_of_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("invoices.id"))

    lines: Mapped[list[InvoiceLine]] = relationship(
        order_by="InvoiceLine.line_no", cascade="all, delete-orphan"
    )


class InvoiceLine(IdMixin, Base):
    __tablename__ = "invoice_lines"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("total = net + tax", name="total_adds_up"),
    )

    invoice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("invoices.id"), index=True)
    line_no: Mapped[int]
    order_line_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("sales_order_lines.id"), index=True
    )
    description: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[Decimal] = mapped_column(QTY)
    unit_price: Mapped[Decimal]
    discount_pct: Mapped[Decimal] = mapped_column(RATE, default=Decimal("0"))
    tax_rate: Mapped[Decimal] = mapped_column(RATE, default=Decimal("0"))
    net: Mapped[Decimal]
    tax: Mapped[Decimal]
    total: Mapped[Decimal]


class CreditNote(IdMixin, Base):
    __tablename__ = "credit_notes"
    __table_args__ = (
        # Freight is credited too: a re-issue credits the whole invoice, freight included.
        CheckConstraint("total = subtotal + tax_total + freight", name="total_adds_up"),
        CheckConstraint("freight >= 0", name="freight_not_negative"),
        CheckConstraint("state = 'draft' OR number IS NOT NULL", name="posted_has_number"),
    )

    number: Mapped[str | None] = mapped_column(String(30), unique=True)
    state: Mapped[DocState] = mapped_column(enum_type(DocState), default=DocState.DRAFT)
    invoice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("invoices.id"), index=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), index=True)
    complaint_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("complaints.id"))
    reason: Mapped[str] = mapped_column(Text)
    issue_date: Mapped[date | None]
    subtotal: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    tax_total: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    freight: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    total: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    posted_at: Mapped[datetime | None]
    posted_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))

    lines: Mapped[list[CreditNoteLine]] = relationship(
        order_by="CreditNoteLine.line_no", cascade="all, delete-orphan"
    )


class CreditNoteLine(IdMixin, Base):
    __tablename__ = "credit_note_lines"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("total = net + tax", name="total_adds_up"),
    )

    credit_note_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("credit_notes.id"), index=True)
    line_no: Mapped[int]
    invoice_line_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("invoice_lines.id"), index=True)
    description: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[Decimal] = mapped_column(QTY)
    unit_price: Mapped[Decimal]
    discount_pct: Mapped[Decimal] = mapped_column(RATE, default=Decimal("0"))
    tax_rate: Mapped[Decimal] = mapped_column(RATE, default=Decimal("0"))
    net: Mapped[Decimal]
    tax: Mapped[Decimal]
    total: Mapped[Decimal]


class Payment(IdMixin, Base):
    """Money received. Posted at once (it has happened); the unallocated rest is customer credit."""

    __tablename__ = "payments"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        Index("ix_payments_received_on", "received_on"),  # days to pay
        # Covering: the overdue KPI reads each allocation's receipt date without the row.
        Index("ix_payments_id_received_on", "id", "received_on"),
    )

    number: Mapped[str] = mapped_column(String(30), unique=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), index=True)
    method: Mapped[PaymentMethod] = mapped_column(enum_type(PaymentMethod))
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3))
    received_on: Mapped[date]
    reference: Mapped[str] = mapped_column(String(80), default="")
    posted_at: Mapped[datetime] = mapped_column(default=utcnow)
    posted_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))

    allocations: Mapped[list[PaymentAllocation]] = relationship(cascade="all, delete-orphan")


class PaymentAllocation(IdMixin, Base):
    __tablename__ = "payment_allocations"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        # Covering: what was paid on an invoice, summed without visiting the rows (KPIs).
        Index("ix_payment_allocations_invoice_paid", "invoice_id", "payment_id", "amount"),
        Index("ix_payment_allocations_at", "at"),  # KPI settlement rows: allocations since
    )

    payment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("payments.id"), index=True)
    invoice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("invoices.id"), index=True)
    amount: Mapped[Decimal]
    at: Mapped[datetime] = mapped_column(default=utcnow)
