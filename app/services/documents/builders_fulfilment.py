"""Fill packing list, delivery note and loading list: read-only column selects (no query module
has them yet)."""

from __future__ import annotations

import json
import uuid
from datetime import date

from sqlalchemy import func, select

from app.models import (
    Delivery,
    DeliveryLine,
    Package,
    PackageItem,
    SalesOrder,
    SalesOrderLine,
    Shipment,
    ShipmentLine,
)
from app.services.documents.builders import customer_language, letterhead
from app.services.documents.data import (
    DeliveredLine,
    DeliveryNoteDocument,
    LoadingListDocument,
    LoadingRow,
    PackedBox,
    PackedItem,
    PackingListDocument,
)
from app.services.documents.layout import quantity
from app.services.errors import NotFoundError, tr
from app.services.unit_of_work import UnitOfWork


def packing_list(uow: UnitOfWork, order_id: uuid.UUID, *, today: date | None = None
                 ) -> PackingListDocument:
    """Every sealed package of the order with what is inside it."""
    with uow:
        session = uow.session
        order = session.execute(select(
            SalesOrder.number, SalesOrder.customer_id, SalesOrder.customer_name,
            SalesOrder.delivery_address).where(SalesOrder.id == order_id)).first()
        if order is None:
            raise NotFoundError(tr("That order does not exist any more."))
        boxes = session.execute(
            select(Package.id, Package.number, Package.weight_kg, Package.length_cm,
                   Package.width_cm, Package.height_cm)
            .where(Package.order_id == order_id, Package.sealed.is_(True))
            .order_by(Package.number)).all()
        items = session.execute(
            select(PackageItem.package_id, SalesOrderLine.sku, SalesOrderLine.name,
                   PackageItem.quantity, PackageItem.lot)
            .join(SalesOrderLine, SalesOrderLine.id == PackageItem.order_line_id)
            .join(Package, Package.id == PackageItem.package_id)
            .where(Package.order_id == order_id)
            .order_by(SalesOrderLine.line_no, PackageItem.lot)).all()
        language = customer_language(session, order.customer_id)
        head = letterhead(session)
    packed = tuple(
        PackedBox(box.number, box.weight_kg, _size(box.length_cm, box.width_cm, box.height_cm),
                  tuple(PackedItem(i.sku, i.name, i.quantity, i.lot)
                        for i in items if i.package_id == box.id))
        for box in boxes)
    return PackingListDocument(language, head, order.number, order.customer_name,
                               order.delivery_address, today or date.today(), packed)


def delivery_note(uow: UnitOfWork, shipment_id: uuid.UUID) -> DeliveryNoteDocument:
    """Before delivery: blank columns for the driver. After: what was signed for, as signed."""
    with uow:
        session = uow.session
        shipment = session.execute(
            select(Shipment.number, Shipment.shipped_at, Shipment.carrier,
                   Shipment.tracking_number, SalesOrder.number, SalesOrder.customer_id,
                   SalesOrder.customer_name, SalesOrder.delivery_address)
            .join(SalesOrder, SalesOrder.id == Shipment.order_id)
            .where(Shipment.id == shipment_id)).first()
        if shipment is None:
            raise NotFoundError(tr("That shipment does not exist any more."))
        shipped = session.execute(
            select(ShipmentLine.order_line_id, SalesOrderLine.sku, SalesOrderLine.name,
                   ShipmentLine.quantity)
            .join(SalesOrderLine, SalesOrderLine.id == ShipmentLine.order_line_id)
            .where(ShipmentLine.shipment_id == shipment_id)
            .order_by(SalesOrderLine.line_no)).all()
        delivery = session.scalar(select(Delivery).where(Delivery.shipment_id == shipment_id))
        signed = {} if delivery is None else {
            x.order_line_id: x for x in session.scalars(
                select(DeliveryLine).where(DeliveryLine.delivery_id == delivery.id))}
        language = customer_language(session, shipment.customer_id)
        head = letterhead(session)
        lines = tuple(_delivered(x, signed.get(x.order_line_id)) for x in shipped)
        extra = {} if delivery is None else {
            "signer_name": delivery.signer_name,
            "signed_at": delivery.signed_at.strftime("%Y-%m-%d %H:%M UTC"),
            "signature_png": delivery.signature_png,
            "checklist": tuple((c["item"], bool(c["done"]))
                               for c in json.loads(delivery.installation_checklist or "[]")),
            "test_passed": delivery.installation_test_passed,
            "customer_trained": delivery.customer_trained, "notes": delivery.notes}
    return DeliveryNoteDocument(
        language, head, shipment[0], shipment[4], shipment.customer_name,
        shipment.delivery_address, shipment.shipped_at.date(), shipment.carrier,
        shipment.tracking_number, lines, **extra)


def _delivered(row, signed: DeliveryLine | None) -> DeliveredLine:  # type: ignore[no-untyped-def]
    zero = row.quantity - row.quantity
    if signed is None:
        return DeliveredLine(row.sku, row.name, row.quantity, None, zero, zero, "")
    return DeliveredLine(row.sku, row.name, row.quantity, signed.qty_accepted,
                         signed.qty_damaged, signed.qty_short, signed.note)


def _size(*sides: object) -> str:
    return "" if any(s is None for s in sides) else " × ".join(
        quantity(s) for s in sides)  # type: ignore[arg-type]


def loading_list(uow: UnitOfWork, shipment_ids: list[uuid.UUID], *, today: date | None = None
                 ) -> LoadingListDocument:
    """The shipments one carrier takes away, with package count and weight for each."""
    packages = (select(Package.shipment_id, func.count().label("n"),
                       func.sum(Package.weight_kg).label("kg"),
                       func.count(Package.weight_kg).label("weighed"))
                .group_by(Package.shipment_id).subquery())
    with uow:
        session = uow.session
        rows = session.execute(
            select(Shipment.number, SalesOrder.number, SalesOrder.customer_name,
                   SalesOrder.delivery_address, func.coalesce(packages.c.n, 0),
                   packages.c.kg, func.coalesce(packages.c.weighed, 0),
                   Shipment.tracking_number, Shipment.carrier)
            .join(SalesOrder, SalesOrder.id == Shipment.order_id)
            .outerjoin(packages, packages.c.shipment_id == Shipment.id)
            .where(Shipment.id.in_(shipment_ids)).order_by(Shipment.number)).all()
        language = customer_language(session, None)  # for the driver: the firm's language
        head = letterhead(session)
    if len(rows) != len(set(shipment_ids)):
        raise NotFoundError(tr("A shipment on this loading list does not exist any more."))
    carriers = sorted({r[8] for r in rows})
    return LoadingListDocument(
        language, head, ", ".join(carriers), today or date.today(),
        tuple(LoadingRow(r[0], r[1], r[2], r[3], r[4], r[5] if r[6] == r[4] else None, r[7])
              for r in rows))
