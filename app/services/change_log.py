"""The sync change log: every flush that touches an order, a customer or stock writes, in the
same transaction, one `sync_changes` row per changed aggregate (docs/sync.md).

Aggregates, not rows: a changed line logs its order, a changed contact its customer, since
a sync ships the whole current aggregate. Installed for every session on import (the unit
of work imports it), so no service can forget it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, event, func, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.models import (
    Allocation,
    BomLine,
    Complaint,
    CreditNote,
    CreditNoteLine,
    Customer,
    CustomerAddress,
    CustomerContact,
    Delivery,
    DeliveryLine,
    Invoice,
    InvoiceLine,
    Location,
    OrderRevision,
    Package,
    PackageItem,
    Payment,
    PaymentAllocation,
    PickList,
    PickListLine,
    Product,
    ProductionComponent,
    ProductionOrder,
    QcInspection,
    SalesOrder,
    SalesOrderLine,
    Setting,
    Shipment,
    ShipmentLine,
    StockLevel,
    StockMove,
    SyncChange,
    User,
)
from app.services.errors import UserFacingError, tr
from app.services.settings import is_site_local, setting_entity_id

ORDERS, CUSTOMERS = "sales_orders", "customers"
# Stock rows are their own aggregates: a site changes only those of its own locations.
LOCATIONS, STOCK_LEVELS, STOCK_MOVES, ALLOCATIONS = (
    "locations", "stock_levels", "stock_moves", "allocations")
ROW_ENTITIES = (LOCATIONS, STOCK_LEVELS, STOCK_MOVES, ALLOCATIONS)
# Documents of the process after the order: a header with its lines (table -> (child table,
# the child's column naming its header)). Written by the site that made them.
DOCUMENTS: dict[str, tuple[str | None, str | None]] = {
    "pick_lists": ("pick_list_lines", "pick_list_id"),
    "packages": ("package_items", "package_id"),
    "shipments": ("shipment_lines", "shipment_id"),
    "deliveries": ("delivery_lines", "delivery_id"),
    "invoices": ("invoice_lines", "invoice_id"),
    "credit_notes": ("credit_note_lines", "credit_note_id"),
    "payments": ("payment_allocations", "payment_id"),
    "complaints": (None, None),
}
# Production orders with their components and inspections: written by the site that made
# them (a branch's go up like its documents; their stock moves and held components are
# stock rows of the branch's own).
PRODUCTION = "production_orders"
# Head office's own: they only ever travel down to the branches (a product with its bill of
# materials). A setting is logged under
# `setting_entity_id(key)`, except the settings each site keeps for itself (never logged).
PRODUCTS, USERS, SETTINGS = "products", "users", "settings"
UP_ENTITIES = (CUSTOMERS, ORDERS, PRODUCTION, *ROW_ENTITIES, *DOCUMENTS)
DOWN_ENTITIES = (CUSTOMERS, PRODUCTS, USERS, SETTINGS)
# A session whose writes come from another site sets this in `session.info` and logs the
# changes itself with their origin, so they are not shipped back.
APPLYING_SYNC = "applying_sync"


def _parent(obj: Any, column: str, relation: str) -> uuid.UUID | None:
    value = getattr(obj, column)
    if value is None and getattr(obj, relation, None) is not None:
        value = getattr(obj, relation).id  # a new child: the key is set only at flush
    return value


_AGGREGATE: dict[type, Callable[[Any], tuple[str, uuid.UUID | None]]] = {
    SalesOrder: lambda o: (ORDERS, o.id),
    SalesOrderLine: lambda o: (ORDERS, _parent(o, "order_id", "order")),
    OrderRevision: lambda o: (ORDERS, o.order_id),
    Customer: lambda o: (CUSTOMERS, o.id),
    CustomerContact: lambda o: (CUSTOMERS, _parent(o, "customer_id", "customer")),
    CustomerAddress: lambda o: (CUSTOMERS, _parent(o, "customer_id", "customer")),
    Location: lambda o: (LOCATIONS, o.id),
    StockLevel: lambda o: (STOCK_LEVELS, o.id),
    StockMove: lambda o: (STOCK_MOVES, o.id),
    Allocation: lambda o: (ALLOCATIONS, o.id),
    Product: lambda o: (PRODUCTS, o.id),
    # A line appended to `product.bom` has no product key before the flush; the product's
    # list changed, so the product is logged itself.
    BomLine: lambda o: (PRODUCTS, o.product_id),
    ProductionOrder: lambda o: (PRODUCTION, o.id),
    ProductionComponent: lambda o: (PRODUCTION, o.production_order_id),
    QcInspection: lambda o: (PRODUCTION, o.production_order_id),
    **{header: (lambda o, t=table: (t, o.id)) for header, table in (
        (PickList, "pick_lists"), (Package, "packages"), (Shipment, "shipments"),
        (Delivery, "deliveries"), (Invoice, "invoices"), (CreditNote, "credit_notes"),
        (Payment, "payments"), (Complaint, "complaints"))},
    # A new line added through its header's list has no header key before the flush; the
    # header is then modified (its list changed) and logged itself.
    **{line: (lambda o, t=table, c=column: (t, getattr(o, c))) for line, table, column in (
        (PickListLine, "pick_lists", "pick_list_id"), (PackageItem, "packages", "package_id"),
        (ShipmentLine, "shipments", "shipment_id"), (DeliveryLine, "deliveries", "delivery_id"),
        (InvoiceLine, "invoices", "invoice_id"),
        (CreditNoteLine, "credit_notes", "credit_note_id"),
        (PaymentAllocation, "payments", "payment_id"))},
    User: lambda o: (USERS, o.id),
    Setting: lambda o: (SETTINGS, None if is_site_local(o.key) else setting_entity_id(o.key)),
}


def changed_aggregates(session: Session) -> list[tuple[str, uuid.UUID]]:
    """The aggregates this flush will change, each once, in first-seen order."""
    found: dict[tuple[str, uuid.UUID], None] = {}
    dirty = (o for o in session.dirty if session.is_modified(o))
    for obj in (*session.new, *dirty, *session.deleted):
        key_of = _AGGREGATE.get(type(obj))
        if key_of is None:
            continue
        entity, entity_id = key_of(obj)
        if entity_id is not None:
            found[(entity, entity_id)] = None
    return list(found)


@event.listens_for(Session, "before_flush")
def _log_changes(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get(APPLYING_SYNC):
        return
    for entity, entity_id in changed_aggregates(session):
        session.add(SyncChange(entity=entity, entity_id=entity_id))


# How long a reader of the log waits for writers still in flight (horizon below): a long
# write (an import, a large batch from a branch) makes the reader give up and try later
# rather than hold every other writer of the firm behind its lock request.
HORIZON_LOCK_TIMEOUT_MS = 5000


class LogBusyError(UserFacingError):
    """A long change is still being written; the horizon could not be fixed in time."""


def horizon(connection: Connection) -> int:
    """The newest seq below which no entry can appear later. On PostgreSQL sequence values
    commit out of order, so an instant's SHARE lock on the log first waits for every
    transaction still writing to it (at most HORIZON_LOCK_TIMEOUT_MS); the caller commits
    at once to release it. SQLite has one writer at a time: the newest seq is the horizon."""
    if connection.dialect.name == "postgresql":
        connection.execute(text(f"SET LOCAL lock_timeout = {int(HORIZON_LOCK_TIMEOUT_MS)}"))
        try:
            connection.execute(text("LOCK TABLE sync_changes IN SHARE MODE"))
        except OperationalError as exc:
            if getattr(exc.orig, "sqlstate", None) != "55P03":  # lock_not_available
                raise
            raise LogBusyError(tr("A long change is still being saved on the server; the "
                                  "figures and the sync try again in a moment.")) from exc
    return int(connection.scalar(select(func.max(SyncChange.seq))) or 0)


__all__ = ["ALLOCATIONS", "APPLYING_SYNC", "CUSTOMERS", "DOCUMENTS", "DOWN_ENTITIES",
           "HORIZON_LOCK_TIMEOUT_MS", "LOCATIONS", "ORDERS", "PRODUCTION", "PRODUCTS",
           "ROW_ENTITIES", "SETTINGS", "STOCK_LEVELS", "STOCK_MOVES", "UP_ENTITIES", "USERS",
           "LogBusyError", "changed_aggregates", "horizon"]
