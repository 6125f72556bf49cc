"""Facts kept for the KPIs so the dashboard need not read every order and invoice ever made."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base
from app.models.enums import Channel, enum_type


class InvoiceSettlement(Base):
    """One row per posted invoice: `settled_on` is NULL while money may be open, else a date
    by which payments received and posted credit notes covered the whole total (the latest
    of their dates when it was computed; never earlier than the true day). Posted invoices,
    payments, allocations and posted credit notes never change, so a settled invoice stays
    settled; app/services/kpi_settlement.py fills the rows (docs/kpis.md, Speed)."""

    __tablename__ = "invoice_settlements"
    __table_args__ = (Index("ix_invoice_settlements_settled_on", "settled_on"),)

    invoice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("invoices.id"), primary_key=True)
    settled_on: Mapped[date | None]


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
