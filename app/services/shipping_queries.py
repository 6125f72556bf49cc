"""Read side of shipping: what waits at the shipping desk, what is in the packages to check,
the shipments still on the road (for a loading list), and the four-eyes rule with its sign-off."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select

from app.models import Package, PackageItem, Product, SalesOrder, SalesOrderLine, Shipment, User
from app.models.enums import ShipmentState
from app.services.auth import Actor, authenticate, may, require
from app.services.errors import NotFoundError, UserFacingError, ValidationError, tr
from app.services.packing import _status
from app.services.settings import get_setting
from app.services.site_scope import work_scope
from app.services.unit_of_work import UnitOfWork

ZERO = Decimal(0)


@dataclass(frozen=True)
class ShipRow:
    """An order with sealed packages that have not left yet."""

    order_id: uuid.UUID
    number: str
    customer_name: str
    packages: int
    promised_date: date | None
    shipping_method: str
    has_special_instructions: bool


def _waiting_packages():  # type: ignore[no-untyped-def]
    return (select(Package.order_id, func.count().label("n"))
            .where(Package.sealed.is_(True), Package.shipment_id.is_(None))
            .group_by(Package.order_id).subquery())


def list_ready_to_ship(uow: UnitOfWork, limit: int = 500) -> list[ShipRow]:
    """Orders with sealed, unshipped packages; the most urgent (earliest promise) first.
    Only orders worked on here (site_scope.py)."""
    waiting = _waiting_packages()
    with uow:
        rows = uow.session.execute(
            select(SalesOrder.id, SalesOrder.number, SalesOrder.customer_name, waiting.c.n,
                   SalesOrder.promised_date, SalesOrder.shipping_method,
                   SalesOrder.special_instructions)
            .join(waiting, waiting.c.order_id == SalesOrder.id)
            .where(work_scope(uow).orders())
            .order_by(SalesOrder.promised_date.is_(None), SalesOrder.promised_date,
                      SalesOrder.number)
            .limit(limit)).all()
    return [ShipRow(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6].strip())) for r in rows]


@dataclass(frozen=True)
class PackedItemRow:
    """One SKU across the order's waiting packages: what the pre-shipment scan must find."""

    sku: str
    name: str
    barcode: str | None
    quantity: Decimal


@dataclass(frozen=True)
class PackageRow:
    number: str
    weight_kg: Decimal | None
    items: int  # units inside


@dataclass(frozen=True)
class ShipDetail:
    order_id: uuid.UUID
    number: str
    customer_name: str
    contact_name: str
    contact_phone: str
    delivery_address: str
    shipping_method: str
    special_instructions: str
    promised_date: date | None
    packages: tuple[PackageRow, ...]
    items: tuple[PackedItemRow, ...]
    # Why it cannot ship yet ("" when it can): units picked but not packed, open packages.
    blocked_by: str


def get_ship_detail(uow: UnitOfWork, order_id: uuid.UUID) -> ShipDetail:
    with uow:
        session = uow.session
        order = session.get(SalesOrder, order_id)
        if order is None:
            raise NotFoundError(tr("That order does not exist any more."))
        unshipped = (Package.order_id == order_id, Package.sealed.is_(True),
                     Package.shipment_id.is_(None))
        packages = session.execute(
            select(Package.number, Package.weight_kg,
                   func.coalesce(func.sum(PackageItem.quantity), 0))
            .outerjoin(PackageItem, PackageItem.package_id == Package.id)
            .where(*unshipped).group_by(Package.id, Package.number, Package.weight_kg)
            .order_by(Package.number)).all()
        items = session.execute(
            select(SalesOrderLine.sku, SalesOrderLine.name, Product.barcode,
                   func.sum(PackageItem.quantity))
            .join(PackageItem, PackageItem.order_line_id == SalesOrderLine.id)
            .join(Package, Package.id == PackageItem.package_id)
            .join(Product, Product.id == SalesOrderLine.product_id)
            .where(*unshipped)
            .group_by(SalesOrderLine.sku, SalesOrderLine.name, Product.barcode)
            .order_by(SalesOrderLine.sku)).all()
        status = _status(session, order)
        blocked = ", ".join([f"{sku} {qty}" for sku, qty in status.unpacked]
                            + list(status.open_packages))
        return ShipDetail(
            order.id, order.number, order.customer_name, order.contact_name,
            order.contact_phone, order.delivery_address, order.shipping_method,
            order.special_instructions, order.promised_date,
            tuple(PackageRow(n, w, Decimal(q)) for n, w, q in packages),
            tuple(PackedItemRow(s, n, b, Decimal(q)) for s, n, b, q in items), blocked)


@dataclass(frozen=True)
class ShippedRow:
    """A shipment on its way (not signed for yet): a row of the loading list."""

    shipment_id: uuid.UUID
    number: str
    order_number: str
    customer_name: str
    carrier: str
    tracking_number: str
    shipped_at: datetime


def list_on_the_road(uow: UnitOfWork, limit: int = 200) -> list[ShippedRow]:
    """Shipped here, not yet delivered; newest first (today's loading comes first)."""
    with uow:
        rows = uow.session.execute(
            select(Shipment.id, Shipment.number, SalesOrder.number, SalesOrder.customer_name,
                   Shipment.carrier, Shipment.tracking_number, Shipment.shipped_at)
            .join(SalesOrder, SalesOrder.id == Shipment.order_id)
            .where(Shipment.state == ShipmentState.SHIPPED, work_scope(uow).orders())
            .order_by(Shipment.shipped_at.desc(), Shipment.number.desc()).limit(limit)).all()
    return [ShippedRow(*r) for r in rows]


def four_eyes_required(uow: UnitOfWork) -> bool:
    """Whether the firm wants a second person to sign off every shipment."""
    with uow:
        return get_setting(uow.session, "four_eyes_shipping") == "1"


@dataclass(frozen=True)
class SecondPerson:
    user_id: uuid.UUID
    display_name: str


def confirm_second_person(uow: UnitOfWork, actor: Actor, username: str,
                          password: str) -> SecondPerson:
    """The colleague who checked the shipment proves who they are with their own password.

    ship_order takes only the id; checking the password here is what makes the id mean
    "this person was present", so the screen calls this right before shipping."""
    require(actor, "warehouse.ship")
    if not username.strip():
        raise ValidationError("signed_off_by",
                              tr("A second person must check and sign off this shipment."))
    with uow:
        try:
            signer = authenticate(uow.session, username.strip(), password)
        except UserFacingError:
            raise ValidationError("signed_off_by",
                                  tr("Unknown user name or wrong password.")) from None
        if signer.user_id == actor.user_id:
            raise ValidationError("signed_off_by", tr("The sign-off must be a second person."))
        if not may(signer, "warehouse.ship"):
            raise ValidationError("signed_off_by",
                                  tr("{user} may not sign off shipments."), user=signer.username)
        name = uow.session.scalar(select(User.display_name).where(User.id == signer.user_id))
    return SecondPerson(signer.user_id, name or signer.username)
