"""Read side of the inventory screen: stock per product and location, products below safety
stock, who holds each unit, and the recent ledger moves of one product.

"Below safety" is the rule of the step count (app/services/worklists.py): a product with a
safety stock whose on-hand quantity over all locations is under it. The list and the number
beside the step title must agree, so both use the same rule.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, or_, select

from app.models import (
    Allocation,
    Location,
    Product,
    ProductionComponent,
    ProductionOrder,
    SalesOrder,
    SalesOrderLine,
    StockLevel,
    StockMove,
)
from app.models.enums import AllocationState, MoveKind, ProductionState
from app.services.errors import NotFoundError, tr
from app.services.stock import main_location_code
from app.services.unit_of_work import UnitOfWork

ZERO = Decimal(0)
# Production orders whose goods are still to come into stock.
COMING = (ProductionState.PLANNED, ProductionState.STARTED, ProductionState.FINISHED)


@dataclass(frozen=True)
class LevelRow:
    product_id: uuid.UUID
    sku: str
    name: str
    location_id: uuid.UUID
    location_code: str
    on_hand: Decimal
    allocated: Decimal
    available: Decimal
    in_transit: Decimal
    in_production: Decimal  # on the main-location row only: accepted goods arrive there
    safety_stock: Decimal
    below_safety: bool  # the product as a whole (all locations), as the step count counts


@dataclass(frozen=True)
class BelowSafetyRow:
    product_id: uuid.UUID
    sku: str
    name: str
    on_hand: Decimal
    safety_stock: Decimal
    in_production: Decimal

    @property
    def missing(self) -> Decimal:
        return self.safety_stock - self.on_hand


@dataclass(frozen=True)
class HolderRow:
    """Units held by one allocation: for a sales order line or a production component."""
    kind: str  # "order" or "production"
    number: str  # sales order or production order number
    detail: str  # customer name, or the product being made
    line_no: int | None
    location_code: str
    quantity: Decimal
    since: datetime


@dataclass(frozen=True)
class MoveRow:
    at: datetime
    kind: MoveKind
    location_code: str
    quantity: Decimal
    reason: str
    ref_kind: str


@dataclass(frozen=True)
class LocationRow:
    id: uuid.UUID
    code: str
    name: str


@dataclass(frozen=True)
class ProductStock:
    product_id: uuid.UUID
    sku: str
    name: str
    barcode: str | None
    unit: str
    bin_location: str
    safety_stock: Decimal
    levels: tuple[LevelRow, ...]
    holders: tuple[HolderRow, ...]
    moves: tuple[MoveRow, ...]  # newest first


def _in_production(uow: UnitOfWork, product_ids: list[uuid.UUID] | None = None
                   ) -> dict[uuid.UUID, Decimal]:
    query = (select(ProductionOrder.product_id,
                    func.sum(ProductionOrder.quantity - ProductionOrder.qty_accepted))
             .where(ProductionOrder.state.in_(COMING))
             .group_by(ProductionOrder.product_id))
    if product_ids is not None:
        query = query.where(ProductionOrder.product_id.in_(product_ids))
    return {pid: Decimal(qty or 0) for pid, qty in uow.session.execute(query).all()}


def _on_hand_totals():  # type: ignore[no-untyped-def]
    return (select(StockLevel.product_id, func.sum(StockLevel.on_hand).label("qty"))
            .group_by(StockLevel.product_id).subquery())


def list_levels(uow: UnitOfWork, text: str = "", *, below_safety_only: bool = False,
                limit: int = 500) -> list[LevelRow]:
    """Stock per product and location, by SKU; `text` filters on SKU, name or barcode."""
    with uow:
        session = uow.session
        main = main_location_code(uow.site_code)
        totals = _on_hand_totals()
        query = (
            select(Product.id, Product.sku, Product.name, Location.id, Location.code,
                   StockLevel.on_hand, StockLevel.allocated, StockLevel.in_transit,
                   Product.safety_stock, func.coalesce(totals.c.qty, 0))
            .join(StockLevel, StockLevel.product_id == Product.id)
            .join(Location, Location.id == StockLevel.location_id)
            .outerjoin(totals, totals.c.product_id == Product.id)
            .where(Product.active)
            .order_by(Product.sku, Location.code).limit(limit))
        if text.strip():
            pattern = f"%{text.strip()}%"
            query = query.where(or_(Product.sku.ilike(pattern), Product.name.ilike(pattern),
                                    Product.barcode == text.strip()))
        if below_safety_only:
            query = query.where(Product.safety_stock > 0,
                                func.coalesce(totals.c.qty, 0) < Product.safety_stock)
        rows = session.execute(query).all()
        coming = _in_production(uow, list({r[0] for r in rows}))
    return [
        LevelRow(pid, sku, name, loc_id, code, on_hand, allocated, on_hand - allocated,
                 in_transit, coming.get(pid, ZERO) if code == main else ZERO, safety,
                 safety > 0 and Decimal(total) < safety)
        for pid, sku, name, loc_id, code, on_hand, allocated, in_transit, safety, total in rows
    ]


def list_below_safety(uow: UnitOfWork) -> list[BelowSafetyRow]:
    """Every active product under its safety stock, also those never stocked at all."""
    with uow:
        totals = _on_hand_totals()
        rows = uow.session.execute(
            select(Product.id, Product.sku, Product.name,
                   func.coalesce(totals.c.qty, 0), Product.safety_stock)
            .outerjoin(totals, totals.c.product_id == Product.id)
            .where(Product.safety_stock > 0,
                   func.coalesce(totals.c.qty, 0) < Product.safety_stock)
            .order_by(Product.sku)).all()
        coming = _in_production(uow, [r[0] for r in rows])
    return [BelowSafetyRow(pid, sku, name, Decimal(qty), safety, coming.get(pid, ZERO))
            for pid, sku, name, qty, safety in rows]


def list_holders(uow: UnitOfWork, product_id: uuid.UUID) -> list[HolderRow]:
    with uow:
        return _holders(uow, product_id)


def _holders(uow: UnitOfWork, product_id: uuid.UUID) -> list[HolderRow]:
    session = uow.session
    held = (Allocation.product_id == product_id, Allocation.state == AllocationState.HELD)
    for_orders = session.execute(
        select(SalesOrder.number, SalesOrder.customer_name, SalesOrderLine.line_no,
               Location.code, Allocation.quantity, Allocation.created_at)
        .join(SalesOrderLine, SalesOrderLine.id == Allocation.order_line_id)
        .join(SalesOrder, SalesOrder.id == SalesOrderLine.order_id)
        .join(Location, Location.id == Allocation.location_id)
        .where(*held)).all()
    for_production = session.execute(
        select(ProductionOrder.number, Product.sku, Location.code, Allocation.quantity,
               Allocation.created_at)
        .join(ProductionComponent, ProductionComponent.id == Allocation.component_id)
        .join(ProductionOrder, ProductionOrder.id == ProductionComponent.production_order_id)
        .join(Product, Product.id == ProductionOrder.product_id)
        .join(Location, Location.id == Allocation.location_id)
        .where(*held)).all()
    rows = [HolderRow("order", n, who, line, loc, qty, at)
            for n, who, line, loc, qty, at in for_orders]
    rows += [HolderRow("production", n, sku, None, loc, qty, at)
             for n, sku, loc, qty, at in for_production]
    return sorted(rows, key=lambda r: (r.since, r.number))


def get_product_stock(uow: UnitOfWork, product_id: uuid.UUID, *, moves: int = 30
                      ) -> ProductStock:
    """One product's levels, holders and latest moves (what "open product" shows)."""
    with uow:
        session = uow.session
        product = session.execute(
            select(Product.sku, Product.name, Product.barcode, Product.unit,
                   Product.bin_location, Product.safety_stock)
            .where(Product.id == product_id)).first()
        if product is None:
            raise NotFoundError(tr("That product does not exist any more."))
        holders = _holders(uow, product_id)
        recent = session.execute(
            select(StockMove.at, StockMove.kind, Location.code, StockMove.quantity,
                   StockMove.reason, StockMove.ref_kind)
            .join(Location, Location.id == StockMove.location_id)
            .where(StockMove.product_id == product_id)
            .order_by(StockMove.at.desc()).limit(moves)).all()
    levels = [r for r in list_levels(uow, product.sku) if r.product_id == product_id]
    return ProductStock(product_id, *product, levels=tuple(levels), holders=tuple(holders),
                        moves=tuple(MoveRow(*m) for m in recent))


def find_location_by_code(uow: UnitOfWork, code: str) -> LocationRow:
    """A scanned or typed location label (e.g. HQ-MAIN); unknown codes are refused clearly."""
    code = code.strip()
    with uow:
        row = uow.session.execute(
            select(Location.id, Location.code, Location.name)
            .where(func.upper(Location.code) == code.upper())).first()
    if row is None:
        raise NotFoundError(tr("No stock location has the code {code}."), code=code)
    return LocationRow(*row)


def list_locations(uow: UnitOfWork) -> list[LocationRow]:
    with uow:
        rows = uow.session.execute(
            select(Location.id, Location.code, Location.name).order_by(Location.code)).all()
    return [LocationRow(*r) for r in rows]
