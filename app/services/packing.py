"""Packing: picked goods are scanned into packages with weight and dimensions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Package, PackageItem, SalesOrder
from app.services import audit
from app.services.auth import Actor, require
from app.services.errors import InvalidStateError, NotFoundError, UserFacingError, tr
from app.services.numbering import next_number
from app.services.order_state import refresh_state
from app.services.orders import load_order
from app.services.picking import _product_for_code
from app.services.unit_of_work import UnitOfWork

ZERO = Decimal(0)
MAX_WEIGHT_KG = Decimal(1000)


def create_package(uow: UnitOfWork, actor: Actor, order_id: uuid.UUID) -> uuid.UUID:
    require(actor, "warehouse.pack")
    with uow:
        session = uow.session
        order = load_order(session, order_id, lock=True)
        if not any(line.qty_picked > line.qty_packed for line in order.lines):
            raise InvalidStateError(tr("Order {number} has no picked goods waiting to be packed."),
                                    number=order.number)
        package = Package(number=next_number(session, uow.site_code, "PKG"), order_id=order.id)
        session.add(package)
        session.flush()
        audit.record(session, actor, "package", package.id, "create", None, "open",
                     order=order.number)
        package_id = package.id
        uow.commit()
    return package_id


def _lock_package(session: Session, package_id: uuid.UUID) -> Package:
    package = session.scalar(select(Package).where(Package.id == package_id).with_for_update()
                             .execution_options(populate_existing=True))
    if package is None:
        raise NotFoundError(tr("That package does not exist any more."))
    if package.shipment_id is not None or package.sealed:
        raise InvalidStateError(tr("Package {number} is sealed; open a new package."),
                                number=package.number)
    return package


def pack_item(
    uow: UnitOfWork, actor: Actor, package_id: uuid.UUID, scanned_code: str,
    quantity: Decimal = Decimal(1), lot: str = "",
) -> str:
    """Scan-to-verify: only picked, not yet packed goods of this order go in. Returns the SKU."""
    require(actor, "warehouse.pack")
    if quantity <= 0:
        raise UserFacingError(tr("Pack a quantity above zero."))
    with uow:
        session = uow.session
        package = _lock_package(session, package_id)
        order = load_order(session, package.order_id, lock=True)
        product = _product_for_code(session, scanned_code)
        lines = [x for x in order.lines if x.product_id == product.id]
        if not lines:
            raise UserFacingError(tr("Wrong item: {sku} is not on order {number}."),
                                  sku=product.sku, number=order.number)
        line = next((x for x in lines if x.qty_picked - x.qty_packed >= quantity), None)
        if line is None:
            waiting = sum((x.qty_picked - x.qty_packed for x in lines), ZERO)
            raise UserFacingError(tr("Too many: only {waiting} picked {sku} wait to be packed."),
                                  waiting=waiting, sku=product.sku)
        item = next((i for i in package.items
                     if i.order_line_id == line.id and i.lot == lot), None)
        if item is None:
            package.items.append(PackageItem(order_line_id=line.id, quantity=quantity, lot=lot))
        else:
            item.quantity += quantity
        line.qty_packed += quantity
        before, after = refresh_state(order)
        if before != after:
            audit.record(session, actor, "sales_order", order.id, "pack", before, after)
        sku = product.sku
        uow.commit()
    return sku


def seal_package(
    uow: UnitOfWork, actor: Actor, package_id: uuid.UUID, weight_kg: Decimal,
    dimensions_cm: tuple[Decimal, Decimal, Decimal] | None = None,
) -> None:
    """Records weight and dimensions and closes the package for labelling and shipping."""
    require(actor, "warehouse.pack")
    if not ZERO < weight_kg <= MAX_WEIGHT_KG:
        raise UserFacingError(tr("Enter the package weight in kg (above 0, at most 1000)."))
    if dimensions_cm and any(d <= 0 for d in dimensions_cm):
        raise UserFacingError(tr("Package dimensions must be above zero."))
    with uow:
        package = _lock_package(uow.session, package_id)
        if not package.items:
            raise UserFacingError(tr("Package {number} is empty."), number=package.number)
        package.weight_kg = weight_kg
        if dimensions_cm:
            package.length_cm, package.width_cm, package.height_cm = dimensions_cm
        package.sealed = True
        audit.record(uow.session, actor, "package", package.id, "seal", "open", "sealed",
                     weight_kg=weight_kg)
        uow.commit()


@dataclass(frozen=True)
class PackingStatus:
    order_number: str
    unpacked: tuple[tuple[str, Decimal], ...]  # (sku, picked but not packed)
    open_packages: tuple[str, ...]

    @property
    def complete(self) -> bool:
        """Labels and shipping wait until every picked unit is in a sealed package."""
        return not self.unpacked and not self.open_packages


def get_packing_status(uow: UnitOfWork, order_id: uuid.UUID) -> PackingStatus:
    with uow:
        session = uow.session
        order = load_order(session, order_id)
        return _status(session, order)


def _status(session: Session, order: SalesOrder) -> PackingStatus:
    unpacked = tuple((x.sku, x.qty_picked - x.qty_packed)
                     for x in order.lines if x.qty_picked > x.qty_packed)
    open_packages = tuple(session.scalars(
        select(Package.number).where(Package.order_id == order.id, Package.sealed.is_(False),
                                     Package.shipment_id.is_(None))))
    return PackingStatus(order.number, unpacked, open_packages)
