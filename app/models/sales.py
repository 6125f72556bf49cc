"""Sales orders, their lines and the trail of amendments made after confirmation."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import QTY, RATE, Base, IdMixin, utcnow
from app.models.enums import (
    Channel,
    OrderState,
    PaymentCondition,
    PaymentMethod,
    ShortDecision,
    enum_type,
)


class SalesOrder(IdMixin, Base):
    __tablename__ = "sales_orders"
    __table_args__ = (
        Index("ix_sales_orders_state_created", "state", "created_at"),
        Index("ix_sales_orders_confirmed_at", "confirmed_at"),  # KPIs by confirmation
        # Back-orders: open states first, then confirmed before the period's end.
        Index("ix_sales_orders_state_confirmed", "state", "confirmed_at"),
        CheckConstraint("total = subtotal + tax_total", name="total_adds_up"),
        CheckConstraint("credit_days >= 0", name="credit_days_not_negative"),
    )

    number: Mapped[str] = mapped_column(String(30), unique=True)
    site_code: Mapped[str] = mapped_column(String(8))
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), index=True)
    channel: Mapped[Channel] = mapped_column(enum_type(Channel))
    state: Mapped[OrderState] = mapped_column(enum_type(OrderState), default=OrderState.DRAFT)
    # Snapshot of the customer at order time: the contract says who and where, even if the
    # customer record changes later.
    customer_name: Mapped[str] = mapped_column(String(200))
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="")
    contact_email: Mapped[str] = mapped_column(String(200), default="")
    billing_address: Mapped[str] = mapped_column(Text, default="")
    delivery_address: Mapped[str] = mapped_column(Text, default="")
    requested_date: Mapped[date | None]
    promised_date: Mapped[date | None]
    shipping_method: Mapped[str] = mapped_column(String(40), default="")
    special_instructions: Mapped[str] = mapped_column(Text, default="")
    payment_condition: Mapped[PaymentCondition] = mapped_column(enum_type(PaymentCondition))
    payment_method: Mapped[PaymentMethod] = mapped_column(enum_type(PaymentMethod))
    credit_days: Mapped[int] = mapped_column(default=0)
    currency: Mapped[str] = mapped_column(String(3))
    subtotal: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    tax_total: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    total: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    # Freight agreed for the order (kept apart from the goods total, which the CHECK ties to
    # the lines); the invoice bills freight itself. Imported history carries it here.
    freight: Mapped[Decimal] = mapped_column(default=Decimal("0"), server_default="0")
    # Imported history: delivered and billed in the firm's previous system, so never
    # invoiced here, not waiting for an invoice and not part of credit exposure.
    billed_elsewhere: Mapped[bool] = mapped_column(default=False, server_default=false())
    revision: Mapped[int] = mapped_column(default=0)  # amendments after confirmation
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    confirmed_at: Mapped[datetime | None]
    credit_override_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(default=1)

    lines: Mapped[list[SalesOrderLine]] = relationship(
        back_populates="order", order_by="SalesOrderLine.line_no", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class SalesOrderLine(IdMixin, Base):
    """One product on an order, with counters for each step it has passed.

    Counters are cumulative: a replacement ships again, so picked/packed/shipped may pass the
    ordered quantity by `qty_replaced`; net of it they stay within the order.

    The counters are kept in the same transaction as the documents that move them
    (allocations, picks, packages, shipments, deliveries, invoices); CHECK constraints keep
    every step within the ordered quantity, and `orderdesk check` re-derives them.
    """

    __tablename__ = "sales_order_lines"
    __table_args__ = (
        UniqueConstraint("order_id", "line_no"),
        Index("ix_sales_order_lines_product", "product_id"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("unit_price >= 0", name="unit_price_not_negative"),
        CheckConstraint("discount_pct >= 0 AND discount_pct <= 100", name="discount_range"),
        CheckConstraint("qty_cancelled >= 0 AND qty_cancelled <= quantity", name="cancelled_range"),
        CheckConstraint("qty_written_off >= 0 AND qty_replaced >= 0", name="returns_not_negative"),
        CheckConstraint("qty_allocated >= 0", name="allocated_not_negative"),
        CheckConstraint(
            "qty_allocated + qty_shipped - qty_replaced + qty_cancelled <= quantity",
            name="allocated_within",
        ),
        CheckConstraint("qty_picked >= qty_packed AND qty_packed >= qty_shipped", name="flow"),
        CheckConstraint("qty_shipped >= 0", name="shipped_not_negative"),
        CheckConstraint("qty_picked - qty_shipped <= qty_allocated", name="picked_is_allocated"),
        CheckConstraint(
            "qty_delivered >= 0 AND qty_delivered + qty_written_off + qty_replaced <= qty_shipped",
            name="delivered",
        ),
        CheckConstraint("qty_invoiced >= 0 AND qty_invoiced <= qty_delivered", name="invoiced"),
    )

    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales_orders.id"))
    line_no: Mapped[int]
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    sku: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    specification: Mapped[str] = mapped_column(String(200), default="")
    quantity: Mapped[Decimal] = mapped_column(QTY)
    unit_price: Mapped[Decimal]
    discount_pct: Mapped[Decimal] = mapped_column(RATE, default=Decimal("0"))
    tax_rate: Mapped[Decimal] = mapped_column(RATE, default=Decimal("0"))
    line_total: Mapped[Decimal]  # net of discount, before tax, rounded half-up
    promised_date: Mapped[date | None]
    short_decision: Mapped[ShortDecision | None] = mapped_column(enum_type(ShortDecision))
    substitute_for_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("sales_order_lines.id")
    )
    qty_cancelled: Mapped[Decimal] = mapped_column(QTY, default=Decimal("0"))
    qty_allocated: Mapped[Decimal] = mapped_column(QTY, default=Decimal("0"))
    qty_picked: Mapped[Decimal] = mapped_column(QTY, default=Decimal("0"))
    qty_packed: Mapped[Decimal] = mapped_column(QTY, default=Decimal("0"))
    qty_shipped: Mapped[Decimal] = mapped_column(QTY, default=Decimal("0"))
    qty_delivered: Mapped[Decimal] = mapped_column(QTY, default=Decimal("0"))
    qty_invoiced: Mapped[Decimal] = mapped_column(QTY, default=Decimal("0"))
    # Shipped units that did not arrive whole: written off (credited or returned, the customer
    # takes fewer) or to be replaced (they go through picking and shipping again).
    qty_written_off: Mapped[Decimal] = mapped_column(QTY, default=Decimal("0"))
    qty_replaced: Mapped[Decimal] = mapped_column(QTY, default=Decimal("0"))

    order: Mapped[SalesOrder] = relationship(back_populates="lines")

    @property
    def qty_effective(self) -> Decimal:
        """What the customer is still to receive in total: ordered less cancelled/written off."""
        return self.quantity - self.qty_cancelled - self.qty_written_off

    @property
    def qty_net_shipped(self) -> Decimal:
        """Shipped units that reach the customer: less replacements (they ship again) and
        write-offs (the customer takes fewer)."""
        return self.qty_shipped - self.qty_replaced - self.qty_written_off

    @property
    def qty_open(self) -> Decimal:
        """Still to be allocated: ordered less cancelled, shipped for good, and held."""
        return (self.quantity - self.qty_cancelled - (self.qty_shipped - self.qty_replaced)
                - self.qty_allocated)


class OrderRevision(IdMixin, Base):
    """The order as it stood before an amendment: a binding contract keeps its history."""

    __tablename__ = "order_revisions"
    __table_args__ = (UniqueConstraint("order_id", "revision"),)

    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales_orders.id"))
    revision: Mapped[int]
    snapshot: Mapped[str] = mapped_column(Text)  # JSON of header and lines
    reason: Mapped[str] = mapped_column(Text, default="")
    changed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
