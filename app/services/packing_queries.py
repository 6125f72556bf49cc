"""Read side of packing: orders waiting at the packing table, one order's lines and packages,
and the data of a package label (refused until every picked unit is packed)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, or_, select

from app.models import Package, PackageItem, Product, SalesOrder, SalesOrderLine
from app.services.auth import Actor, require
from app.services.errors import InvalidStateError, NotFoundError, UserFacingError, tr
from app.services.orders import load_order
from app.services.packing import _status
from app.services.site_scope import work_scope
from app.services.unit_of_work import UnitOfWork

ZERO = Decimal(0)


@dataclass(frozen=True)
class OrderToPack:
    id: uuid.UUID
    number: str
    customer_name: str
    promised_date: date | None
    units: Decimal  # picked, not yet packed
    open_packages: int


def list_orders_to_pack(uow: UnitOfWork, limit: int = 500) -> list[OrderToPack]:
    """Orders with picked goods not yet packed, or a package still open (only those worked
    on here: site_scope.py)."""
    waiting = (select(SalesOrderLine.order_id.label("order_id"),
                      func.sum(SalesOrderLine.qty_picked - SalesOrderLine.qty_packed)
                      .label("units"))
               .where(SalesOrderLine.qty_picked > SalesOrderLine.qty_packed)
               .group_by(SalesOrderLine.order_id).subquery())
    open_boxes = (select(Package.order_id.label("order_id"), func.count().label("boxes"))
                  .where(Package.sealed.is_(False), Package.shipment_id.is_(None))
                  .group_by(Package.order_id).subquery())
    query = (
        select(SalesOrder.id, SalesOrder.number, SalesOrder.customer_name,
               SalesOrder.promised_date, func.coalesce(waiting.c.units, 0),
               func.coalesce(open_boxes.c.boxes, 0))
        .outerjoin(waiting, waiting.c.order_id == SalesOrder.id)
        .outerjoin(open_boxes, open_boxes.c.order_id == SalesOrder.id)
        .where(or_(waiting.c.units.is_not(None), open_boxes.c.boxes.is_not(None)))
        .order_by(SalesOrder.promised_date.is_(None), SalesOrder.promised_date,
                  SalesOrder.number)
        .limit(limit))
    with uow:
        rows = uow.session.execute(query.where(work_scope(uow).orders())).all()
    return [OrderToPack(r[0], r[1], r[2], r[3], Decimal(r[4]), int(r[5])) for r in rows]


@dataclass(frozen=True)
class PackLine:
    order_line_id: uuid.UUID
    sku: str
    name: str
    barcode: str | None
    picked: Decimal  # picked and not shipped: what this packing round is about
    packed: Decimal

    @property
    def waiting(self) -> Decimal:
        return self.picked - self.packed


@dataclass(frozen=True)
class PackageRow:
    id: uuid.UUID
    number: str
    sealed: bool
    units: Decimal
    weight_kg: Decimal | None
    dimensions_cm: tuple[Decimal, Decimal, Decimal] | None


@dataclass(frozen=True)
class PackingView:
    order_id: uuid.UUID
    order_number: str
    customer_name: str
    lines: tuple[PackLine, ...]
    packages: tuple[PackageRow, ...]  # not yet shipped, oldest first
    complete: bool  # every picked unit is in a sealed package: labels may be printed


def get_packing_view(uow: UnitOfWork, order_id: uuid.UUID) -> PackingView:
    with uow:
        session = uow.session
        order = load_order(session, order_id)
        products = {p.id: p for p in session.scalars(
            select(Product).where(Product.id.in_([x.product_id for x in order.lines])))}
        lines = tuple(
            PackLine(x.id, x.sku, products[x.product_id].name, products[x.product_id].barcode,
                     x.qty_picked - x.qty_shipped, x.qty_packed - x.qty_shipped)
            for x in order.lines if x.qty_picked > x.qty_shipped)
        units = dict(session.execute(
            select(PackageItem.package_id, func.sum(PackageItem.quantity))
            .join(Package, Package.id == PackageItem.package_id)
            .where(Package.order_id == order_id, Package.shipment_id.is_(None))
            .group_by(PackageItem.package_id)).all())
        packages = tuple(
            PackageRow(p.id, p.number, p.sealed, Decimal(units.get(p.id, ZERO)), p.weight_kg,
                       (p.length_cm, p.width_cm, p.height_cm)
                       if p.length_cm and p.width_cm and p.height_cm else None)
            for p in session.scalars(
                select(Package).where(Package.order_id == order_id,
                                      Package.shipment_id.is_(None))
                .order_by(Package.created_at, Package.number)))
        complete = _status(session, order).complete and bool(packages)
        return PackingView(order.id, order.number, order.customer_name, lines, packages,
                           complete)


@dataclass(frozen=True)
class PackageLabelData:
    package_number: str
    order_number: str
    customer: str
    package_index: int
    package_count: int
    weight_kg: Decimal | None


def package_label(uow: UnitOfWork, actor: Actor, package_id: uuid.UUID) -> PackageLabelData:
    """What the package label shows. Refused while any picked unit of the order is not yet
    in a sealed package: a label counts the packages ("2/3"), so the set must be final."""
    require(actor, "warehouse.pack")
    with uow:
        session = uow.session
        package = session.get(Package, package_id)
        if package is None:
            raise NotFoundError(tr("That package does not exist any more."))
        order = load_order(session, package.order_id)
        status = _status(session, order)
        if status.unpacked:
            raise InvalidStateError(
                tr("Not every picked item of {number} is packed yet: no label until it is."),
                number=order.number)
        if status.open_packages:
            raise InvalidStateError(tr("Close package {package} (weight) before labelling."),
                                    package=status.open_packages[0])
        if package.shipment_id is not None:
            raise UserFacingError(tr("Package {number} has been shipped."),
                                  number=package.number)
        numbers = list(session.scalars(
            select(Package.number).where(Package.order_id == order.id,
                                         Package.shipment_id.is_(None))
            .order_by(Package.created_at, Package.number)))
        return PackageLabelData(package.number, order.number, order.customer_name,
                                numbers.index(package.number) + 1, len(numbers),
                                package.weight_kg)
