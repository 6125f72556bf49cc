"""Delivery sign-off: who signed and when, damaged or short quantities and what follows from
them (credit, return or replacement), and the installation checklist."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select

from app.models import Delivery, DeliveryLine, SalesOrderLine, Shipment
from app.models.base import utcnow
from app.models.enums import DamageResolution, MoveKind, ShipmentState
from app.services import audit, stock
from app.services.auth import Actor, require
from app.services.errors import InvalidStateError, NotFoundError, ValidationError, tr
from app.services.order_state import refresh_state
from app.services.orders import load_order, recompute_totals
from app.services.unit_of_work import UnitOfWork

ZERO = Decimal(0)


@dataclass(frozen=True)
class DeliveryProblem:
    order_line_id: uuid.UUID
    damaged: Decimal = ZERO
    short: Decimal = ZERO
    resolution: DamageResolution = DamageResolution.CREDIT
    note: str = ""
    photo_path: str = ""


@dataclass(frozen=True)
class DeliveryInput:
    shipment_id: uuid.UUID
    signer_name: str
    signature_png: bytes | None = None
    problems: tuple[DeliveryProblem, ...] = ()
    installation_required: bool = False
    installation_checklist: tuple[tuple[str, bool], ...] = ()
    installation_test_passed: bool | None = None
    customer_trained: bool = False
    notes: str = ""
    signed_at: datetime = field(default_factory=utcnow)


def record_delivery(uow: UnitOfWork, actor: Actor, data: DeliveryInput) -> uuid.UUID:
    """The customer checked and signed; what arrived whole counts as delivered."""
    require(actor, "delivery.record")
    if not data.signer_name.strip():
        raise ValidationError("signer_name", tr("Enter the name of the person who signed."))
    if data.installation_required and data.installation_test_passed is None:
        raise ValidationError("installation_test",
                              tr("Record whether the installation test passed."))
    with uow:
        session = uow.session
        shipment = session.scalar(select(Shipment).where(Shipment.id == data.shipment_id)
                                  .with_for_update())
        if shipment is None:
            raise NotFoundError(tr("That shipment does not exist any more."))
        if shipment.state is not ShipmentState.SHIPPED:
            raise InvalidStateError(tr("Shipment {number} has already been signed for."),
                                    number=shipment.number)
        order = load_order(session, shipment.order_id, lock=True)
        problems = {p.order_line_id: p for p in data.problems}
        shipped = {x.order_line_id: x.quantity for x in shipment.lines}
        if set(problems) - set(shipped):
            raise ValidationError("problems", tr("A damaged or short line is not in this "
                                                 "shipment."))
        delivery = Delivery(
            shipment_id=shipment.id, order_id=order.id, signer_name=data.signer_name.strip(),
            signed_at=data.signed_at, signature_png=data.signature_png,
            installation_required=data.installation_required,
            installation_checklist=json.dumps(
                [{"item": i, "done": d} for i, d in data.installation_checklist],
                ensure_ascii=False),
            installation_test_passed=data.installation_test_passed,
            customer_trained=data.customer_trained, notes=data.notes,
            recorded_by=actor.user_id)
        lines = {x.id: x for x in order.lines}
        for line_id, quantity in shipped.items():
            delivery.lines.append(_deliver_line(uow, actor, lines[line_id], quantity,
                                                problems.get(line_id), shipment.id))
        session.add(delivery)
        shipment.state = ShipmentState.DELIVERED
        recompute_totals(order)
        before, after = refresh_state(order)
        session.flush()
        audit.record(session, actor, "shipment", shipment.id, "deliver", "shipped", "delivered",
                     signer=delivery.signer_name)
        audit.record(session, actor, "sales_order", order.id, "deliver", before, after)
        delivery_id = delivery.id
        uow.commit()
    return delivery_id


def _deliver_line(
    uow: UnitOfWork, actor: Actor, line: SalesOrderLine, shipped: Decimal,
    problem: DeliveryProblem | None, shipment_id: uuid.UUID,
) -> DeliveryLine:
    damaged = problem.damaged if problem else ZERO
    short = problem.short if problem else ZERO
    if damaged < 0 or short < 0 or damaged + short > shipped:
        raise ValidationError("problems", tr("{sku}: damaged and short cannot exceed the "
                                             "{shipped} shipped."), sku=line.sku, shipped=shipped)
    resolution = problem.resolution if problem and damaged + short > 0 else DamageResolution.NONE
    if damaged + short > 0 and resolution is DamageResolution.NONE:
        raise ValidationError("resolution", tr("{sku}: choose credit, return or replacement "
                                               "for the damaged or short goods."), sku=line.sku)
    _apply_resolution(uow, actor, line, damaged, short, resolution, shipment_id)
    accepted = shipped - damaged - short
    line.qty_delivered += accepted
    return DeliveryLine(
        order_line_id=line.id, qty_shipped=shipped, qty_accepted=accepted, qty_damaged=damaged,
        qty_short=short, resolution=resolution, note=problem.note if problem else "",
        photo_path=problem.photo_path if problem else "")


def _apply_resolution(
    uow: UnitOfWork, actor: Actor, line: SalesOrderLine, damaged: Decimal, short: Decimal,
    resolution: DamageResolution, shipment_id: uuid.UUID,
) -> None:
    problem = damaged + short
    if problem == 0:
        return
    if resolution is DamageResolution.REPLACEMENT:
        line.qty_replaced += problem  # the line is open again: allocate, pick and ship anew
        return
    line.qty_written_off += problem  # the customer takes fewer; they are never invoiced
    if resolution is DamageResolution.RETURN and damaged > 0:
        site = uow.site_code
        returns = stock.ensure_location(uow.session, f"{site}-RET", f"{site} returns", site,
                                        sellable=False)
        stock.post_move(uow.session, actor, line.product_id, returns, damaged, MoveKind.RETURN,
                        reason="damaged at delivery", ref_kind="shipment", ref_id=shipment_id)
