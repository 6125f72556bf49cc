"""Facts kept for the KPIs so the dashboard need not read every invoice ever issued."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


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
