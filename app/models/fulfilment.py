"""Warehouse documents: pick lists, packages, shipments and deliveries with their lines."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import QTY, Base, IdMixin, utcnow
from app.models.enums import DamageResolution, PickListState, ShipmentState, enum_type


class PickList(IdMixin, Base):
    __tablename__ = "pick_lists"

    number: Mapped[str] = mapped_column(String(30), unique=True)
    state: Mapped[PickListState] = mapped_column(
        enum_type(PickListState), default=PickListState.OPEN
    )
    is_wave: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    picker_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))

    lines: Mapped[list[PickListLine]] = relationship(
        order_by="(PickListLine.bin_sequence, PickListLine.bin_location)",
        cascade="all, delete-orphan",
    )


class PickListLine(IdMixin, Base):
    __tablename__ = "pick_list_lines"
    __table_args__ = (
        CheckConstraint("qty_to_pick > 0", name="to_pick_positive"),
        CheckConstraint("qty_picked >= 0 AND qty_picked <= qty_to_pick", name="picked_range"),
        CheckConstraint("qty_short >= 0 AND qty_picked + qty_short <= qty_to_pick", name="short"),
    )

    pick_list_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pick_lists.id"), index=True)
    order_line_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sales_order_lines.id"), index=True
    )
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    bin_location: Mapped[str] = mapped_column(String(20), default="")
    bin_sequence: Mapped[int] = mapped_column(default=0)
    qty_to_pick: Mapped[Decimal] = mapped_column(QTY)
    qty_picked: Mapped[Decimal] = mapped_column(QTY, default=Decimal("0"))
    qty_short: Mapped[Decimal] = mapped_column(QTY, default=Decimal("0"))
    short_reason: Mapped[str] = mapped_column(Text, default="")
    lot: Mapped[str] = mapped_column(String(40), default="")

    @property
    def done(self) -> bool:
        return self.qty_picked + self.qty_short >= self.qty_to_pick


class Package(IdMixin, Base):
    __tablename__ = "packages"
    __table_args__ = (
        CheckConstraint("weight_kg IS NULL OR weight_kg > 0", name="weight_positive"),
    )

    number: Mapped[str] = mapped_column(String(30), unique=True)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales_orders.id"), index=True)
    shipment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("shipments.id"), index=True)
    weight_kg: Mapped[Decimal | None] = mapped_column(QTY)
    length_cm: Mapped[Decimal | None] = mapped_column(QTY)
    width_cm: Mapped[Decimal | None] = mapped_column(QTY)
    height_cm: Mapped[Decimal | None] = mapped_column(QTY)
    sealed: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    items: Mapped[list[PackageItem]] = relationship(cascade="all, delete-orphan")


class PackageItem(IdMixin, Base):
    __tablename__ = "package_items"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)

    package_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("packages.id"), index=True)
    order_line_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sales_order_lines.id"), index=True
    )
    quantity: Mapped[Decimal] = mapped_column(QTY)
    lot: Mapped[str] = mapped_column(String(40), default="")


class Shipment(IdMixin, Base):
    __tablename__ = "shipments"
    __table_args__ = (
        CheckConstraint(
            "signed_off_by IS NULL OR signed_off_by <> checked_by", name="four_eyes"
        ),
    )

    number: Mapped[str] = mapped_column(String(30), unique=True)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales_orders.id"), index=True)
    state: Mapped[ShipmentState] = mapped_column(
        enum_type(ShipmentState), default=ShipmentState.SHIPPED
    )
    carrier: Mapped[str] = mapped_column(String(60))
    method: Mapped[str] = mapped_column(String(40), default="")
    tracking_number: Mapped[str] = mapped_column(String(80), default="")
    checked_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    signed_off_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    shipped_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)

    lines: Mapped[list[ShipmentLine]] = relationship(cascade="all, delete-orphan")


class ShipmentLine(IdMixin, Base):
    __tablename__ = "shipment_lines"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)

    shipment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shipments.id"), index=True)
    order_line_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sales_order_lines.id"), index=True
    )
    quantity: Mapped[Decimal] = mapped_column(QTY)


class Delivery(IdMixin, Base):
    __tablename__ = "deliveries"

    shipment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shipments.id"), unique=True)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales_orders.id"), index=True)
    signer_name: Mapped[str] = mapped_column(String(120))
    signed_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    installation_required: Mapped[bool] = mapped_column(default=False)
    installation_checklist: Mapped[str] = mapped_column(Text, default="[]")  # JSON
    installation_test_passed: Mapped[bool | None]
    customer_trained: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))

    lines: Mapped[list[DeliveryLine]] = relationship(cascade="all, delete-orphan")


class DeliveryLine(IdMixin, Base):
    __tablename__ = "delivery_lines"
    __table_args__ = (
        CheckConstraint(
            "qty_accepted >= 0 AND qty_damaged >= 0 AND qty_short >= 0", name="not_negative"
        ),
    )

    delivery_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("deliveries.id"), index=True)
    order_line_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sales_order_lines.id"), index=True
    )
    qty_shipped: Mapped[Decimal] = mapped_column(QTY)
    qty_accepted: Mapped[Decimal] = mapped_column(QTY)
    qty_damaged: Mapped[Decimal] = mapped_column(QTY, default=Decimal("0"))
    qty_short: Mapped[Decimal] = mapped_column(QTY, default=Decimal("0"))
    resolution: Mapped[DamageResolution] = mapped_column(
        enum_type(DamageResolution), default=DamageResolution.NONE
    )
    note: Mapped[str] = mapped_column(Text, default="")
    photo_path: Mapped[str] = mapped_column(String(400), default="")
