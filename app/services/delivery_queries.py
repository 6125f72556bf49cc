"""Read side of the delivery sign-off: shipments waiting for a signature and what each
carried, line by line (the lines the customer may report damaged or short)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select

from app.models import SalesOrder, SalesOrderLine, Shipment, ShipmentLine
from app.models.enums import DamageResolution, ShipmentState
from app.services.errors import NotFoundError, tr
from app.services.site_scope import work_scope
from app.services.unit_of_work import UnitOfWork

__all__ = ["DamageResolution", "DeliverLineRow", "DeliverRow", "DeliveryDetail",
           "find_shipment", "get_delivery_detail", "list_to_deliver"]


@dataclass(frozen=True)
class DeliverRow:
    shipment_id: uuid.UUID
    number: str
    order_number: str
    customer_name: str
    carrier: str
    shipped_at: datetime


def list_to_deliver(uow: UnitOfWork, limit: int = 500) -> list[DeliverRow]:
    """Shipped and not signed for yet, oldest first (the longest on the road); only orders
    worked on here (site_scope.py)."""
    with uow:
        rows = uow.session.execute(
            select(Shipment.id, Shipment.number, SalesOrder.number, SalesOrder.customer_name,
                   Shipment.carrier, Shipment.shipped_at)
            .join(SalesOrder, SalesOrder.id == Shipment.order_id)
            .where(Shipment.state == ShipmentState.SHIPPED, work_scope(uow).orders())
            .order_by(Shipment.shipped_at, Shipment.number).limit(limit)).all()
    return [DeliverRow(*r) for r in rows]


def find_shipment(uow: UnitOfWork, code: str) -> uuid.UUID | None:
    """The shipment for a scanned or typed shipment number or tracking number."""
    code = code.strip()
    with uow:
        found = uow.session.scalar(select(Shipment.id).where(Shipment.number == code))
        if found is None and code:
            found = uow.session.scalar(select(Shipment.id)
                                       .where(Shipment.tracking_number == code).limit(1))
    return found


@dataclass(frozen=True)
class DeliverLineRow:
    order_line_id: uuid.UUID
    line_no: int
    sku: str
    name: str
    quantity: Decimal  # shipped in this shipment


@dataclass(frozen=True)
class DeliveryDetail:
    shipment_id: uuid.UUID
    number: str
    state: str  # "shipped" (waiting) or "delivered"
    order_id: uuid.UUID
    order_number: str
    customer_name: str
    contact_name: str
    contact_phone: str
    delivery_address: str
    special_instructions: str
    carrier: str
    tracking_number: str
    lines: tuple[DeliverLineRow, ...]


def get_delivery_detail(uow: UnitOfWork, shipment_id: uuid.UUID) -> DeliveryDetail:
    with uow:
        session = uow.session
        shipment = session.get(Shipment, shipment_id)
        if shipment is None:
            raise NotFoundError(tr("That shipment does not exist any more."))
        order = session.get(SalesOrder, shipment.order_id)
        assert order is not None  # a foreign key
        lines = session.execute(
            select(SalesOrderLine.id, SalesOrderLine.line_no, SalesOrderLine.sku,
                   SalesOrderLine.name, ShipmentLine.quantity)
            .join(ShipmentLine, ShipmentLine.order_line_id == SalesOrderLine.id)
            .where(ShipmentLine.shipment_id == shipment_id)
            .order_by(SalesOrderLine.line_no)).all()
        return DeliveryDetail(
            shipment.id, shipment.number, shipment.state.value, order.id, order.number,
            order.customer_name, order.contact_name, order.contact_phone,
            order.delivery_address, order.special_instructions, shipment.carrier,
            shipment.tracking_number, tuple(DeliverLineRow(*r) for r in lines))
