"""Facts kept for the KPIs so the dashboard need not read every order and invoice ever made."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Float, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base
from app.models.enums import Channel, enum_type


class InvoiceFact(Base):
    """One row per posted invoice: what the money KPIs aggregate, kept current from the
    change log by app/services/invoice_facts.py (a cache, never the truth).

    `settled_on` is NULL while money is open, else the latest date of the payments and
    posted credit notes that cover the total (never earlier than the true day).
    `paid_on` is the latest received_on of the payments applied, once the invoice is covered
    and at least one payment applies (days to pay's event date). `open_amount` is what is
    open now and `last_activity_on` the latest date of anything applied: on any day from
    then on the open amount is `open_amount`; before it, the KPI computes it exactly."""

    __tablename__ = "invoice_facts"
    __table_args__ = (
        # Overdue on a day: the invoices not settled by then, answered from the index alone.
        Index("ix_invoice_facts_settled", "settled_on", "due_date", "issue_date",
              "last_activity_on", "open_amount", "customer_id"),
        Index("ix_invoice_facts_paid", "paid_on", "issue_date", "customer_id"),
    )

    invoice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("invoices.id"), primary_key=True)
    customer_id: Mapped[uuid.UUID]
    issue_date: Mapped[date | None]  # set on every posted invoice; NULL-safe all the same
    due_date: Mapped[date | None]
    total: Mapped[Decimal]
    settled_on: Mapped[date | None]
    paid_on: Mapped[date | None]
    open_amount: Mapped[Decimal]
    last_activity_on: Mapped[date | None]


class OrderFact(Base):
    """One row per sales order: the few dates and flags the fulfilment KPIs aggregate, so the
    dashboard reads one narrow indexed table instead of joining orders, shipments,
    deliveries, pick lists and complaints over the whole history. A cache, never the truth:
    app/services/order_facts.py recomputes an order's row from those tables whenever the
    change log names the order (or a shipment, delivery, pick list or complaint of it)."""

    __tablename__ = "order_facts"
    __table_args__ = (
        # Each KPI reads one event date's range; the other columns ride along in the index
        # so SQLite answers from the index alone (docs/kpis.md, Speed).
        Index("ix_order_facts_confirmed", "confirmed_at", "created_at", "channel",
              "customer_id"),
        Index("ix_order_facts_first_shipped", "first_shipped_at", "confirmed_at",
              "first_complete", "channel", "customer_id"),
        Index("ix_order_facts_completed", "completed_at", "created_at", "promised_date",
              "accurate", "channel", "customer_id"),
    )

    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales_orders.id"), primary_key=True)
    customer_id: Mapped[uuid.UUID]
    channel: Mapped[Channel] = mapped_column(enum_type(Channel))
    created_at: Mapped[datetime]
    confirmed_at: Mapped[datetime | None]
    promised_date: Mapped[date | None]
    first_shipped_at: Mapped[datetime | None]
    # The first shipment (every shipment at that instant) carried ordered less cancelled.
    first_complete: Mapped[bool | None]
    # Last signed delivery, set only once the order is delivered whole (delivered/invoiced).
    completed_at: Mapped[datetime | None]
    # No short pick, no damaged or short delivery line, no complaint naming the order.
    accurate: Mapped[bool]


class OrderCategoryFact(Base):
    """The product categories an order holds (an order counts once under each), kept with
    order_facts by app/services/order_facts.py, so a category breakdown joins one narrow
    table instead of every line and product of the range's orders."""

    __tablename__ = "order_category_facts"

    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales_orders.id"), primary_key=True)
    category: Mapped[str] = mapped_column(String(60), primary_key=True)


class DailyFulfilment(Base):
    """order_facts summed per UTC day and sales channel, each measure on its own event day
    (completed, first shipped, confirmed), so a year of the dashboard's trend and channel
    bars adds up some 1,800 rows instead of scanning half a million orders. Rewritten for
    the days an order-facts refresh touched (app/services/kpi_daily.py)."""

    __tablename__ = "kpi_daily_fulfilment"

    day: Mapped[date] = mapped_column(primary_key=True)
    channel: Mapped[Channel] = mapped_column(enum_type(Channel), primary_key=True)
    completed: Mapped[int] = mapped_column(default=0)
    promised: Mapped[int] = mapped_column(default=0)
    on_time: Mapped[int] = mapped_column(default=0)
    accurate: Mapped[int] = mapped_column(default=0)
    delivery_hours: Mapped[float] = mapped_column(Float, default=0.0)
    first_shipped: Mapped[int] = mapped_column(default=0)
    complete_first: Mapped[int] = mapped_column(default=0)
    shipment_hours: Mapped[float] = mapped_column(Float, default=0.0)
    confirmed: Mapped[int] = mapped_column(default=0)
    confirmation_hours: Mapped[float] = mapped_column(Float, default=0.0)
