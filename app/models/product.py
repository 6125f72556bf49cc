"""Products, their bills of materials, and stock locations (warehouses per site)."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import QTY, RATE, Base, IdMixin
from app.models.enums import MakeOrBuy, enum_type


class Product(IdMixin, Base):
    __tablename__ = "products"
    __table_args__ = (
        CheckConstraint("list_price >= 0", name="list_price_not_negative"),
        CheckConstraint("cost >= 0", name="cost_not_negative"),
        CheckConstraint("tax_rate >= 0 AND tax_rate < 1", name="tax_rate_range"),
        CheckConstraint("safety_stock >= 0", name="safety_stock_not_negative"),
    )

    sku: Mapped[str] = mapped_column(String(40), unique=True)
    barcode: Mapped[str | None] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    specification: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str] = mapped_column(String(60), default="", index=True)
    unit: Mapped[str] = mapped_column(String(12), default="pcs")
    list_price: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    cost: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    tax_rate: Mapped[Decimal] = mapped_column(RATE, default=Decimal("0.05"))
    make_or_buy: Mapped[MakeOrBuy] = mapped_column(enum_type(MakeOrBuy), default=MakeOrBuy.BUY)
    safety_stock: Mapped[Decimal] = mapped_column(QTY, default=Decimal("0"))
    bin_location: Mapped[str] = mapped_column(String(20), default="")
    bin_sequence: Mapped[int] = mapped_column(default=0)  # order along the picker's walk
    lot_tracked: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)

    bom: Mapped[list[BomLine]] = relationship(
        foreign_keys="BomLine.product_id", cascade="all, delete-orphan"
    )


class BomLine(IdMixin, Base):
    __tablename__ = "bom_lines"
    __table_args__ = (
        UniqueConstraint("product_id", "component_id"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("product_id <> component_id", name="not_self"),
    )

    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"), index=True)
    component_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    quantity: Mapped[Decimal] = mapped_column(QTY)


class Location(IdMixin, Base):
    """A stock-holding place: a site's warehouse, or its quarantine for returned goods."""

    __tablename__ = "locations"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    site_code: Mapped[str] = mapped_column(String(8))
    sellable: Mapped[bool] = mapped_column(default=True)
