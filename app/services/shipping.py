"""Shipping: verify packed contents against the order, optional four-eyes sign-off, then the
goods leave stock (held allocations are consumed into ledger moves)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from app.models import Package, Shipment, ShipmentLine, User
from app.models.enums import MoveKind
from app.services import audit, stock
from app.services.auth import Actor, require
from app.services.errors import InvalidStateError, UserFacingError, ValidationError, tr
from app.services.numbering import next_number
from app.services.order_state import refresh_state
from app.services.orders import load_order
from app.services.packing import _status
from app.services.settings import get_setting
from app.services.unit_of_work import UnitOfWork

ZERO = Decimal(0)


@dataclass(frozen=True)
class ShipmentInput:
    order_id: uuid.UUID
    carrier: str
    method: str = ""
    tracking_number: str = ""
    # What the pre-shipment check scanned: SKU -> quantity. None skips the comparison (the
    # packages were already scanned in at packing); a dict must match the packages exactly.
    scanned: dict[str, Decimal] | None = None
    signed_off_by: uuid.UUID | None = None  # the second person, when four-eyes is on


def ship_order(uow: UnitOfWork, actor: Actor, data: ShipmentInput) -> uuid.UUID:
    """Ships every sealed, unshipped package of the order in one shipment."""
    require(actor, "warehouse.ship")
    if not data.carrier.strip():
        raise ValidationError("carrier", tr("Choose a carrier."))
    with uow:
        session = uow.session
        order = load_order(session, data.order_id, lock=True)
        status = _status(session, order)
        if not status.complete:
            raise InvalidStateError(
                tr("To ship {number}, pack and seal every picked item first."),
                number=order.number)
        packages = list(session.scalars(
            select(Package).where(Package.order_id == order.id, Package.shipment_id.is_(None))
            .with_for_update()))
        if not packages:
            raise InvalidStateError(tr("Order {number} has no sealed packages to ship."),
                                    number=order.number)
        _check_four_eyes(uow, actor, data.signed_off_by)
        per_line: dict[uuid.UUID, Decimal] = defaultdict(lambda: ZERO)
        for package in packages:
            for item in package.items:
                per_line[item.order_line_id] += item.quantity
        lines = {x.id: x for x in order.lines}
        _verify_scans(data.scanned, {lines[k].sku: v for k, v in per_line.items()})
        shipment = Shipment(
            number=next_number(session, uow.site_code, "SH"), order_id=order.id,
            carrier=data.carrier.strip(), method=data.method, checked_by=actor.user_id,
            tracking_number=data.tracking_number.strip(), signed_off_by=data.signed_off_by)
        session.add(shipment)
        session.flush()
        for line_id, quantity in sorted(per_line.items(), key=lambda kv: str(kv[0])):
            _ship_line(session, actor, lines[line_id], quantity, shipment.id)
            shipment.lines.append(ShipmentLine(order_line_id=line_id, quantity=quantity))
        for package in packages:
            package.shipment_id = shipment.id
        before, after = refresh_state(order)
        audit.record(session, actor, "shipment", shipment.id, "ship", None, "shipped",
                     carrier=shipment.carrier, tracking=shipment.tracking_number)
        audit.record(session, actor, "sales_order", order.id, "ship", before, after)
        shipment_id = shipment.id
        uow.commit()
    return shipment_id


def _check_four_eyes(uow: UnitOfWork, actor: Actor, signer_id: uuid.UUID | None) -> None:
    if get_setting(uow.session, "four_eyes_shipping") != "1":
        if signer_id is not None and signer_id == actor.user_id:
            raise ValidationError("signed_off_by", tr("The sign-off must be a second person."))
        return
    if signer_id is None:
        raise ValidationError("signed_off_by",
                              tr("A second person must check and sign off this shipment."))
    if signer_id == actor.user_id:
        raise ValidationError("signed_off_by", tr("The sign-off must be a second person."))
    signer = uow.session.get(User, signer_id)
    if signer is None or not signer.active:
        raise ValidationError("signed_off_by", tr("The person signing off is not a user."))


def _verify_scans(scanned: dict[str, Decimal] | None, packed: dict[str, Decimal]) -> None:
    if scanned is None:
        return
    skus = sorted(set(scanned) | set(packed))
    wrong = [f"{s}: {scanned.get(s, ZERO)}/{packed.get(s, ZERO)}" for s in skus
             if scanned.get(s, ZERO) != packed.get(s, ZERO)]
    if wrong:
        raise UserFacingError(
            tr("The scanned goods do not match the packages (scanned/packed): {diff}. "
               "Check the packages before shipping."), diff=", ".join(wrong))


def _ship_line(session, actor: Actor, line, quantity: Decimal,  # type: ignore[no-untyped-def]
               shipment_id: uuid.UUID) -> None:
    """Consumes held allocations oldest first: the stock leaves the warehouse now."""
    remaining = quantity
    for allocation in stock.held_allocations(session, order_line_id=line.id):
        if remaining <= 0:
            break
        take = min(remaining, allocation.quantity)
        stock.consume(session, actor, allocation, take, MoveKind.SHIPMENT,
                      ref_kind="shipment", ref_id=shipment_id)
        line.qty_allocated -= take
        remaining -= take
    if remaining > 0:
        raise InvalidStateError(tr("{sku} is packed but no longer held in stock; "
                                   "ask the office to allocate it again."), sku=line.sku)
    line.qty_shipped += quantity
