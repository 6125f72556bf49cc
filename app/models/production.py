"""Production orders (make-to-order or replenishment), their components and QC inspections."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import QTY, Base, IdMixin, utcnow
from app.models.enums import ProductionKind, ProductionState, enum_type


class ProductionOrder(IdMixin, Base):
    __tablename__ = "production_orders"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("qty_accepted >= 0 AND qty_accepted <= quantity", name="accepted_range"),
    )

    number: Mapped[str] = mapped_column(String(30), unique=True)
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    quantity: Mapped[Decimal] = mapped_column(QTY)
    order_line_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("sales_order_lines.id"), index=True
    )
    kind: Mapped[ProductionKind] = mapped_column(
        enum_type(ProductionKind), default=ProductionKind.IN_HOUSE
    )
    supplier: Mapped[str] = mapped_column(String(120), default="")  # when outsourced
    state: Mapped[ProductionState] = mapped_column(
        enum_type(ProductionState), default=ProductionState.PLANNED
    )
    due_date: Mapped[date | None]
    progress_pct: Mapped[int] = mapped_column(default=0)
    qty_accepted: Mapped[Decimal] = mapped_column(QTY, default=Decimal("0"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]

    components: Mapped[list[ProductionComponent]] = relationship(cascade="all, delete-orphan")
    inspections: Mapped[list[QcInspection]] = relationship(
        order_by="QcInspection.at", cascade="all, delete-orphan"
    )


class ProductionComponent(IdMixin, Base):
    __tablename__ = "production_components"
    __table_args__ = (
        CheckConstraint("quantity_required > 0", name="required_positive"),
        CheckConstraint(
            "quantity_consumed >= 0 AND quantity_consumed <= quantity_required",
            name="consumed_range",
        ),
    )

    production_order_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("production_orders.id"), index=True
    )
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    quantity_required: Mapped[Decimal] = mapped_column(QTY)
    quantity_consumed: Mapped[Decimal] = mapped_column(QTY, default=Decimal("0"))


class QcInspection(IdMixin, Base):
    """A recorded inspection; a failed one blocks acceptance until a later one passes."""

    __tablename__ = "qc_inspections"
    __table_args__ = (CheckConstraint("sample_size > 0", name="sample_positive"),)

    production_order_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("production_orders.id"), index=True
    )
    stage: Mapped[str] = mapped_column(String(20), default="final")  # in_process / final
    sample_size: Mapped[int]
    passed: Mapped[bool]
    checks: Mapped[str] = mapped_column(Text, default="[]")  # JSON [{"name":..,"passed":..}]
    notes: Mapped[str] = mapped_column(Text, default="")
    inspector_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
