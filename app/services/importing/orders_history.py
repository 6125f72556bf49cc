"""Writing imported orders, open or past, in bulk; and reading them back out for export.

An open order (no shipped date) becomes a confirmed order dated `order_date`: it goes
through allocation, picking and shipping like any other.

A past order (shipped date given) is written as the warehouse would have left it, dated in
the past, so every `orderdesk check` rule holds and the KPIs see it:
- lines with picked = packed = shipped = delivered = quantity, nothing allocated or invoiced;
- one done pick list "<number>/PK", one sealed package "<number>/PG" and one delivered
  shipment "<number>/SH" (shipped_at = shipped date, carrier, tracking number) whose lines
  carry the full quantities, and one signed delivery (signed_at = delivered date) that
  accepted everything;
- no stock moves: the goods left the warehouse before OrderDesk kept its ledger, and opening
  stock is imported as today's levels;
- state "delivered" (derive_state agrees), one audit entry "import" per order.
Orders are never invoiced by the import: invoices are gapless, posted documents of their own.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session, selectinload

from app.models import (
    AuditEntry,
    Customer,
    Delivery,
    DeliveryLine,
    NumberSeries,
    Package,
    PackageItem,
    PickList,
    PickListLine,
    Product,
    SalesOrder,
    SalesOrderLine,
    Shipment,
    ShipmentLine,
    SyncChange,
)
from app.models.base import utcnow
from app.models.enums import OrderState, PaymentCondition, PickListState, ShipmentState
from app.services.auth import Actor
from app.services.importing.fields import plain
from app.services.money import line_amounts
from app.services.numbering import WIDTH, _ensure_series

if TYPE_CHECKING:
    from app.services.importing.common import ImportContext
    from app.services.importing.orders import OrderRecord

SIGNER = "(imported)"
CHUNK = 2000


def _customers(session: Session, codes: set[str]) -> dict[str, Customer]:
    query = (select(Customer).where(Customer.code.in_(codes))
             .options(selectinload(Customer.contacts), selectinload(Customer.addresses)))
    return {c.code: c for c in session.scalars(query)}


def insert_orders(session: Session, actor: Actor, records: list[OrderRecord],
                  ctx: ImportContext) -> int:
    customers = _customers(session, {rec.customer_code for rec in records})
    products = {p.sku: p for p in session.scalars(select(Product).where(
        Product.sku.in_({line.sku for rec in records for line in rec.lines})))}
    tables: dict[Any, list[dict[str, Any]]] = {t: [] for t in (
        SalesOrder, SalesOrderLine, PickList, PickListLine, Shipment, ShipmentLine, Package,
        PackageItem, Delivery, DeliveryLine, AuditEntry)}
    for rec in records:
        _one_order(tables, rec, customers[rec.customer_code], products, actor, ctx)
    conn = session.connection()  # Core executemany: no ORM bookkeeping for 200,000 rows
    for model, rows in tables.items():  # parents before children: dict keeps this order
        for start in range(0, len(rows), CHUNK):
            conn.execute(insert(model.__table__), rows[start:start + CHUNK])
    # Core inserts pass the change-log listener by: log the aggregates here, in the same
    # transaction, so imported orders sync up and reach the KPI facts (change_log.py).
    changes = [{"entity": model.__tablename__, "entity_id": row["id"]}
               for model in (SalesOrder, PickList, Package, Shipment, Delivery)
               for row in tables[model]]
    for start in range(0, len(changes), CHUNK):
        conn.execute(insert(SyncChange.__table__), changes[start:start + CHUNK])
    _advance_order_series(session, ctx.site_code, [rec.number for rec in records])
    return len(records)


def _one_order(tables: dict[Any, list[dict[str, Any]]], rec: OrderRecord, customer: Customer,
               products: dict[str, Product], actor: Actor, ctx: ImportContext) -> None:
    order_id = uuid.uuid4()
    contact = next((c for c in customer.contacts if c.is_primary), None)
    billing = next((a.address for a in customer.addresses if a.is_billing), "")
    delivery = next((a.address for a in customer.addresses if a.is_default_delivery), "")
    credit = customer.payment_condition is PaymentCondition.CREDIT
    shipped = rec.shipped_at is not None
    lines, subtotal, tax_total = [], Decimal(0), Decimal(0)
    for line in rec.lines:
        product = products[line.sku]
        price = product.list_price if line.unit_price is None else line.unit_price
        rate = product.tax_rate if line.tax_rate is None else line.tax_rate
        amounts = line_amounts(line.quantity, price, line.discount_pct, rate, ctx.currency)
        subtotal, tax_total = subtotal + amounts.net, tax_total + amounts.tax
        done = line.quantity if shipped else Decimal(0)
        lines.append(dict(
            id=uuid.uuid4(), order_id=order_id, line_no=line.line_no, product_id=product.id,
            sku=product.sku, name=product.name, specification=product.specification,
            quantity=line.quantity, unit_price=price, discount_pct=line.discount_pct,
            tax_rate=rate, line_total=amounts.net, promised_date=None, short_decision=None,
            substitute_for_id=None, qty_cancelled=0, qty_allocated=0, qty_picked=done,
            qty_packed=done, qty_shipped=done, qty_delivered=done, qty_invoiced=0,
            qty_written_off=0, qty_replaced=0))
    state = OrderState.DELIVERED if shipped else OrderState.CONFIRMED
    tables[SalesOrder].append(dict(
        id=order_id, number=rec.number, site_code=ctx.site_code, customer_id=customer.id,
        channel=rec.channel, state=state, customer_name=customer.name,
        contact_name=contact.name if contact else "",
        contact_phone=(contact.phone if contact else "") or customer.phone,
        contact_email=(contact.email if contact else "") or customer.email,
        billing_address=billing or rec.delivery_address or delivery,
        delivery_address=rec.delivery_address or delivery,
        requested_date=rec.required_date, promised_date=rec.required_date,
        shipping_method=rec.shipping_method, special_instructions=rec.special_instructions,
        payment_condition=customer.payment_condition, payment_method=customer.payment_method,
        credit_days=customer.credit_days if credit else 0, currency=ctx.currency,
        subtotal=subtotal, tax_total=tax_total, total=subtotal + tax_total, freight=rec.freight,
        billed_elsewhere=shipped,  # past orders were invoiced by the previous system
        revision=0, created_at=rec.ordered_at, created_by=actor.user_id,
        confirmed_at=rec.ordered_at, credit_override_by=None, cancel_reason="", version=1))
    tables[SalesOrderLine].extend(lines)
    if shipped:
        _history_documents(tables, rec, order_id, lines, actor)
    tables[AuditEntry].append(dict(
        id=uuid.uuid4(), at=utcnow(), user_id=actor.user_id, entity="sales_order",
        entity_id=order_id, action="import", from_state=None, to_state=state.value,
        detail=f'{{"batch": "{ctx.batch_id}", "number": {_json(rec.number)}}}'))


def _json(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)


def _history_documents(tables: dict[Any, list[dict[str, Any]]], rec: OrderRecord,
                       order_id: uuid.UUID, lines: list[dict[str, Any]], actor: Actor) -> None:
    shipped_at, signed_at = rec.shipped_at, rec.delivered_at
    assert shipped_at is not None and signed_at is not None
    pick_id, package_id, shipment_id, delivery_id = (uuid.uuid4() for _ in range(4))
    tables[PickList].append(dict(id=pick_id, number=f"{rec.number}/PK",
                                 state=PickListState.DONE, is_wave=False, created_at=shipped_at,
                                 created_by=actor.user_id, picker_id=None))
    tables[Shipment].append(dict(
        id=shipment_id, number=f"{rec.number}/SH", order_id=order_id,
        state=ShipmentState.DELIVERED, carrier=rec.carrier, method=rec.shipping_method,
        tracking_number=rec.tracking_number, checked_by=None, signed_off_by=None,
        shipped_at=shipped_at))
    tables[Package].append(dict(id=package_id, number=f"{rec.number}/PG", order_id=order_id,
                                shipment_id=shipment_id, weight_kg=None, length_cm=None,
                                width_cm=None, height_cm=None, sealed=True,
                                created_at=shipped_at))
    tables[Delivery].append(dict(
        id=delivery_id, shipment_id=shipment_id, order_id=order_id, signer_name=SIGNER,
        signed_at=signed_at, signature_png=None, installation_required=False,
        installation_checklist="[]", installation_test_passed=None, customer_trained=False,
        notes="imported history", recorded_by=actor.user_id))
    for line in lines:
        qty, line_id = line["quantity"], line["id"]
        tables[PickListLine].append(dict(
            id=uuid.uuid4(), pick_list_id=pick_id, order_line_id=line_id,
            product_id=line["product_id"], bin_location="", bin_sequence=0, qty_to_pick=qty,
            qty_picked=qty, qty_short=0, short_reason="", lot=""))
        tables[PackageItem].append(dict(id=uuid.uuid4(), package_id=package_id,
                                        order_line_id=line_id, quantity=qty, lot=""))
        tables[ShipmentLine].append(dict(id=uuid.uuid4(), shipment_id=shipment_id,
                                         order_line_id=line_id, quantity=qty))
        tables[DeliveryLine].append(dict(
            id=uuid.uuid4(), delivery_id=delivery_id, order_line_id=line_id, qty_shipped=qty,
            qty_accepted=qty, qty_damaged=0, qty_short=0, resolution="none", note="",
            photo_path=""))


def _advance_order_series(session: Session, site_code: str, numbers: list[str]) -> None:
    """Numbers like HQ-SO-000123 are OrderDesk's own: move the counter past them, so the
    next order entered by hand does not collide with an imported one."""
    pattern = re.compile(rf"^{re.escape(site_code)}-SO-(\d{{{WIDTH},}})$")
    values = [int(m.group(1)) for n in numbers if (m := pattern.match(n))]
    if not values:
        return
    _ensure_series(session, site_code, "SO")
    session.execute(update(NumberSeries)
                    .where(NumberSeries.site_code == site_code, NumberSeries.kind == "SO",
                           NumberSeries.next_value <= max(values))
                    .values(next_value=max(values) + 1))


def _day(moment: datetime | None) -> str:
    if moment is None:
        return ""
    if moment.hour == moment.minute == 0:
        return moment.date().isoformat()
    return moment.strftime("%Y-%m-%d %H:%M")


def export_rows(session: Session) -> Iterator[dict[str, str]]:
    """One row per order line, the header repeated; cancelled lines are left out."""
    first_ship = dict(session.execute(select(Shipment.order_id, func.min(Shipment.shipped_at))
                                      .group_by(Shipment.order_id)).all())
    last_signed = dict(session.execute(select(Delivery.order_id, func.max(Delivery.signed_at))
                                       .group_by(Delivery.order_id)).all())
    carriers = dict(session.execute(select(Shipment.order_id, Shipment.carrier)
                                    .order_by(Shipment.shipped_at)).all())
    tracking = dict(session.execute(select(Shipment.order_id, Shipment.tracking_number)
                                    .order_by(Shipment.shipped_at)).all())
    query = (select(SalesOrder, Customer.code).join(Customer)
             .where(SalesOrder.state != OrderState.CANCELLED)
             .order_by(SalesOrder.created_at, SalesOrder.number)
             .options(selectinload(SalesOrder.lines)))
    for order, code in session.execute(query):
        header = {
            "order_number": order.number, "customer_code": code,
            "order_date": _day(order.created_at),  # when it was entered (placed)
            "required_date": str(order.promised_date or order.requested_date or ""),
            "shipped_date": _day(first_ship.get(order.id)),
            "delivered_date": _day(last_signed.get(order.id)),
            "channel": order.channel.value, "delivery_address": order.delivery_address,
            "shipping_method": order.shipping_method, "carrier": carriers.get(order.id, ""),
            "tracking_number": tracking.get(order.id, ""), "freight": plain(order.freight),
            "special_instructions": order.special_instructions,
        }
        for line in order.lines:
            if line.qty_effective <= 0:
                continue
            yield {**header, "line_no": str(line.line_no), "sku": line.sku,
                   "quantity": plain(line.qty_effective), "unit_price": plain(line.unit_price),
                   "discount_pct": plain(line.discount_pct), "tax_rate": plain(line.tax_rate)}
