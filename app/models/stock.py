"""The stock ledger (append-only moves), per-location levels, and allocations that hold stock."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import QTY, Base, IdMixin, utcnow
from app.models.enums import AllocationState, MoveKind, enum_type


class StockMove(IdMixin, Base):
    """One signed change of on-hand quantity. Never updated or deleted."""

    __tablename__ = "stock_moves"
    __table_args__ = (
        Index("ix_stock_moves_product_location", "product_id", "location_id"),
        CheckConstraint("quantity <> 0", name="quantity_not_zero"),
    )

    at: Mapped[datetime] = mapped_column(default=utcnow)
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"))
    quantity: Mapped[Decimal] = mapped_column(QTY)
    kind: Mapped[MoveKind] = mapped_column(enum_type(MoveKind))
    lot: Mapped[str] = mapped_column(String(40), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    ref_kind: Mapped[str] = mapped_column(String(30), default="")
    ref_id: Mapped[uuid.UUID | None]
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))


class StockLevel(IdMixin, Base):
    """Summary row kept in the same transaction as every move and allocation.

    The CHECK constraints are the last guard against two stations allocating the same unit:
    a commit that would make available stock negative fails in the database itself.
    """

    __tablename__ = "stock_levels"
    __table_args__ = (
        UniqueConstraint("product_id", "location_id"),
        CheckConstraint("on_hand >= 0", name="on_hand_not_negative"),
        CheckConstraint("allocated >= 0", name="allocated_not_negative"),
        CheckConstraint("on_hand - allocated >= 0", name="available_not_negative"),
    )

    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"))
    on_hand: Mapped[Decimal] = mapped_column(QTY, default=Decimal("0"))
    allocated: Mapped[Decimal] = mapped_column(QTY, default=Decimal("0"))
    in_transit: Mapped[Decimal] = mapped_column(QTY, default=Decimal("0"))

    @property
    def available(self) -> Decimal:
        return self.on_hand - self.allocated


class Allocation(IdMixin, Base):
    """Stock reserved for a sales line or production component: held, then consumed/released."""

    __tablename__ = "allocations"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint(
            "(order_line_id IS NULL) <> (component_id IS NULL)", name="one_owner"
        ),
        Index("ix_allocations_product_state", "product_id", "state"),
    )

    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"))
    order_line_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("sales_order_lines.id"), index=True
    )
    component_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("production_components.id"), index=True
    )
    quantity: Mapped[Decimal] = mapped_column(QTY)
    state: Mapped[AllocationState] = mapped_column(
        enum_type(AllocationState), default=AllocationState.HELD
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None]


class RemoteStock(Base):
    """Another site's stock of one product as head office last reported it to this branch
    (docs/sync.md). A read-only copy, replaced whole by the down-sync: never a level of this
    site's ledger (levels = sum of moves holds without it) and never allocated from. No
    foreign key to products: it mirrors another database's figures, and must never make a
    down-sync fail."""

    __tablename__ = "remote_stock"

    site_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    product_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    on_hand: Mapped[Decimal] = mapped_column(QTY)
    allocated: Mapped[Decimal] = mapped_column(QTY)
    as_of: Mapped[datetime]  # when head office computed the figures
