"""Head office applies a branch's batch: one transaction, idempotent, conflicts recorded.

Rules (docs/sync.md): orders are the branch's and are written as the branch has them;
a customer new to head office is inserted, one head office already has and that differs is
never overwritten but becomes a conflict; an order confirmed offline for a customer head
office has put on credit hold, or with a product head office has withdrawn, is stored and
raises a conflict for a person to decide.
"""

from __future__ import annotations

import uuid
import zlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from app.models import (
    Base,
    Location,
    NumberSeries,
    Product,
    SalesOrderLine,
    SyncAppliedBatch,
    SyncChange,
    SyncConflict,
)
from app.models.enums import OrderState
from app.services.change_log import (
    APPLYING_SYNC,
    CUSTOMERS,
    DOCUMENTS,
    LOCATIONS,
    ORDERS,
    PRODUCTION,
    ROW_ENTITIES,
    STOCK_MOVES,
)
from app.services.errors import UserFacingError, tr
from app.services.sync_batches import Aggregate, Batch, last_applied_seq, read_aggregate
from app.services.sync_rows import Row, insert_absent, read_rows, table, to_json, upsert
from app.services.unit_of_work import UowFactory

CUSTOMER_EDITED = "customer_edited"
CONFIRMED_DURING_HOLD = "confirmed_during_hold"
PRODUCT_WITHDRAWN = "product_withdrawn"
CUSTOMER_CODE_TAKEN = "customer_code_taken"  # stored under a site-prefixed code meanwhile
NOT_BRANCH_OWNED = "not_branch_owned"  # stock of another site's location: never written
# Columns that differ between two copies of the same customer without anyone editing it.
_CUSTOMER_BOOKKEEPING = frozenset({"version"})


class BatchOutOfOrderError(UserFacingError):
    """The batch does not start where head office stopped: the branch must ask again."""


@dataclass(frozen=True)
class ApplyOutcome:
    batch_id: str
    applied: bool  # False: this batch had been applied before, nothing changed
    conflicts: int


def apply_batch(head_office: UowFactory, batch: Batch) -> ApplyOutcome:
    """Applies `batch` in one transaction, or recognises it as already applied."""
    with head_office() as uow:
        uow.session.info[APPLYING_SYNC] = True
        conn = uow.session.connection()
        if conn.dialect.name == "postgresql":  # two syncs of one branch never interleave
            conn.execute(select(func.pg_advisory_xact_lock(_lock_key(batch.site_code))))
        if conn.scalar(select(SyncAppliedBatch.batch_id)
                       .where(SyncAppliedBatch.batch_id == batch.batch_id)) is not None:
            return ApplyOutcome(batch.batch_id, applied=False, conflicts=0)
        expected = last_applied_seq(conn, batch.site_code) + 1
        if batch.first_seq != expected:
            raise BatchOutOfOrderError(
                tr("Head office expected changes of {site} from {expected}, not from {first}; "
                   "the sync starts again from there."),
                site=batch.site_code, expected=expected, first=batch.first_seq)
        conflicts = 0
        documents = [a for a in batch.aggregates if a.entity in DOCUMENTS]
        for aggregate in batch.aggregates:
            if aggregate.entity in DOCUMENTS:
                continue  # after everything they refer to, below
            if aggregate.entity == CUSTOMERS:
                conflicts += _apply_customer(conn, batch, aggregate)
            elif aggregate.entity == ORDERS:
                conflicts += _apply_order(conn, batch, aggregate)
            elif aggregate.entity == PRODUCTION:
                _apply_production(conn, aggregate)
            elif aggregate.entity in ROW_ENTITIES:
                conflicts += _apply_stock_row(conn, batch, aggregate)
            else:
                raise ValueError(f"no sync for {aggregate.entity!r}")
        _apply_documents(conn, documents)
        _apply_number_series(conn, batch)
        conn.execute(insert(SyncAppliedBatch).values(
            batch_id=batch.batch_id, site_code=batch.site_code, first_seq=batch.first_seq,
            last_seq=batch.last_seq, aggregates=len(batch.aggregates)))
        if batch.aggregates:  # head office's own log, so the down-sync can pass them on
            conn.execute(insert(SyncChange), [
                {"entity": a.entity, "entity_id": a.entity_id, "origin": batch.site_code}
                for a in batch.aggregates])
        uow.commit()
    return ApplyOutcome(batch.batch_id, applied=True, conflicts=conflicts)


def _lock_key(site_code: str) -> int:
    return zlib.crc32(f"orderdesk-sync:{site_code}".encode())


def _apply_customer(conn: Connection, batch: Batch, aggregate: Aggregate) -> int:
    theirs = aggregate.rows
    if not theirs["customers"]:
        return 0  # gone at the branch; customers are never deleted at head office by a sync
    ours = read_aggregate(conn, CUSTOMERS, aggregate.entity_id)
    conflicts = 0
    if not ours["customers"]:
        conflicts += _insert_customer(conn, batch, aggregate)
    elif _customer_differs(ours, theirs):
        shown = {k: v for k, v in ours.items() if k != "audit_log"}
        conflicts += _conflict(conn, batch, aggregate, CUSTOMER_EDITED, shown)
    insert_absent(conn, "audit_log", theirs["audit_log"])
    return conflicts


def _insert_customer(conn: Connection, batch: Batch, aggregate: Aggregate) -> int:
    """A customer new to head office. Codes are unique but chosen by people: if another
    customer already has this one (another branch made one offline with the same code), it
    is stored under `<site>-<code>` so the branch's orders still arrive, and the clash goes
    to review."""
    theirs = aggregate.rows
    customer = dict(theirs["customers"][0])
    holder = read_rows(conn, "customers", "code", [customer["code"]])
    if holder:
        customer["code"] = f"{batch.site_code}-{customer['code']}"[:20]
    insert_absent(conn, "customers", [customer])
    insert_absent(conn, "customer_contacts", theirs["customer_contacts"])
    insert_absent(conn, "customer_addresses", theirs["customer_addresses"])
    if not holder:
        return 0
    return _conflict(conn, batch, aggregate, CUSTOMER_CODE_TAKEN, {"customers": holder})


def _customer_differs(ours: dict[str, list[Row]], theirs: dict[str, list[Row]]) -> bool:
    def plain(rows: list[Row], skip: frozenset[str] = frozenset()) -> set[tuple[Any, ...]]:
        return {tuple(sorted((k, v) for k, v in row.items() if k not in skip)) for row in rows}

    return (plain(ours["customers"], _CUSTOMER_BOOKKEEPING)
            != plain(theirs["customers"], _CUSTOMER_BOOKKEEPING)
            or plain(ours["customer_contacts"]) != plain(theirs["customer_contacts"])
            or plain(ours["customer_addresses"]) != plain(theirs["customer_addresses"]))


def _apply_order(conn: Connection, batch: Batch, aggregate: Aggregate) -> int:
    rows = aggregate.rows
    if not rows["sales_orders"]:
        return 0  # a draft removed at the branch before it ever reached head office
    order = rows["sales_orders"][0]
    conflicts = _order_conflicts(conn, batch, aggregate, order)
    upsert(conn, "sales_orders", rows["sales_orders"])
    kept = [line["id"] for line in rows["sales_order_lines"]]
    conn.execute(delete(SalesOrderLine).where(  # lines removed from the order at the branch
        SalesOrderLine.order_id == order["id"], SalesOrderLine.id.not_in(kept)))
    upsert(conn, "sales_order_lines", rows["sales_order_lines"])
    insert_absent(conn, "order_revisions", rows["order_revisions"])
    insert_absent(conn, "audit_log", rows["audit_log"])
    return conflicts


def _apply_production(conn: Connection, aggregate: Aggregate) -> None:
    """A production order the branch made, with its components and inspections, written as
    the branch has it (inspections and audit entries are append-only; components are never
    removed from an order). Applied in table order, so before the allocations that hold its
    components and after the order line it is made for."""
    rows = aggregate.rows
    if not rows[PRODUCTION]:
        return
    upsert(conn, PRODUCTION, rows[PRODUCTION])
    upsert(conn, "production_components", rows["production_components"])
    insert_absent(conn, "qc_inspections", rows["qc_inspections"])
    insert_absent(conn, "audit_log", rows["audit_log"])


def _apply_stock_row(conn: Connection, batch: Batch, aggregate: Aggregate) -> int:
    """A location of the branch, or a level, move or allocation at one: the branch's own
    warehouse, so its rows are written as they are (moves are append-only)."""
    rows = aggregate.rows[aggregate.entity]
    if not rows:
        return 0
    row = rows[0]
    owner = row["site_code"] if aggregate.entity == LOCATIONS else conn.scalar(
        select(Location.site_code).where(Location.id == row["location_id"]))
    if owner != batch.site_code:
        ours = read_aggregate(conn, aggregate.entity, aggregate.entity_id)
        return _conflict(conn, batch, aggregate, NOT_BRANCH_OWNED, ours)
    if aggregate.entity == STOCK_MOVES:
        insert_absent(conn, STOCK_MOVES, rows)
    else:
        upsert(conn, aggregate.entity, rows)
    return 0


def _apply_documents(conn: Connection, documents: list[Aggregate]) -> None:
    """Pick lists, packages, shipments, deliveries, invoices, credit notes, payments and
    complaints, written as the branch has them. Documents refer to each other (an invoice
    line to a delivery line, a payment to an invoice), so their rows are written table by
    table in dependency order, not document by document."""
    by_table: dict[str, list[Row]] = {}
    for aggregate in documents:
        child, column = DOCUMENTS[aggregate.entity]
        if child is not None and column is not None and aggregate.rows[aggregate.entity]:
            kept = [row["id"] for row in aggregate.rows[child]]
            t = table(child)
            conn.execute(t.delete().where(t.c[column] == aggregate.entity_id,
                                          t.c.id.not_in(kept)))
        for name, rows in aggregate.rows.items():
            by_table.setdefault(name, []).extend(rows)
    for t in Base.metadata.sorted_tables:
        rows = by_table.get(t.name)
        if not rows:
            continue
        if t.name == "audit_log":
            insert_absent(conn, t.name, rows)
        else:
            upsert(conn, t.name, rows)


def _apply_number_series(conn: Connection, batch: Batch) -> None:
    """The branch's own counters (its site code only), so head office's gapless check sees
    each posted series end at its counter."""
    for kind, next_value in batch.number_series:
        current = conn.scalar(select(NumberSeries.next_value).where(
            NumberSeries.site_code == batch.site_code, NumberSeries.kind == kind))
        if current is None:
            conn.execute(insert(NumberSeries).values(site_code=batch.site_code, kind=kind,
                                                     next_value=next_value))
        elif current < next_value:
            conn.execute(update(NumberSeries).where(
                NumberSeries.site_code == batch.site_code, NumberSeries.kind == kind)
                .values(next_value=next_value))


def _order_conflicts(conn: Connection, batch: Batch, aggregate: Aggregate, order: Row) -> int:
    if order["state"] is OrderState.CANCELLED:
        return 0
    conflicts = 0
    seen = read_aggregate(conn, ORDERS, aggregate.entity_id)["sales_orders"]
    newly_confirmed = order["state"] is not OrderState.DRAFT and (
        not seen or seen[0]["state"] is OrderState.DRAFT)
    customer = read_aggregate(conn, CUSTOMERS, order["customer_id"])
    on_hold = bool(customer["customers"]) and customer["customers"][0]["credit_hold"]
    if newly_confirmed and on_hold:
        conflicts += _conflict(conn, batch, aggregate, CONFIRMED_DURING_HOLD,
                               {"customers": customer["customers"]})
    product_ids = {line["product_id"] for line in aggregate.rows["sales_order_lines"]}
    withdrawn = conn.execute(select(Product.id, Product.sku, Product.name, Product.active)
                             .where(Product.id.in_(product_ids), Product.active.is_(False))
                             ).mappings().all()
    if withdrawn:
        conflicts += _conflict(conn, batch, aggregate, PRODUCT_WITHDRAWN,
                               {"products": [dict(p) for p in withdrawn]})
    return conflicts


def _conflict(conn: Connection, batch: Batch, aggregate: Aggregate, reason: str,
              ours: dict[str, list[Row]]) -> int:
    """Records a conflict, or refreshes the open one for the same record and reason (a
    record changed again before anyone resolved it is still one question)."""
    theirs = to_json({k: v for k, v in aggregate.rows.items() if k != "audit_log"})
    open_id = conn.scalar(select(SyncConflict.id).where(
        SyncConflict.entity == aggregate.entity, SyncConflict.entity_id == aggregate.entity_id,
        SyncConflict.reason == reason, SyncConflict.resolved_at.is_(None)))
    values = {"site_code": batch.site_code, "batch_id": batch.batch_id,
              "ours": to_json(ours), "theirs": theirs}
    if open_id is not None:
        conn.execute(SyncConflict.__table__.update()
                     .where(SyncConflict.id == open_id).values(values))
        return 0
    conn.execute(insert(SyncConflict).values(
        id=uuid.uuid4(), entity=aggregate.entity, entity_id=aggregate.entity_id, reason=reason,
        **values))
    return 1


def open_conflicts(conn: Connection) -> list[Row]:
    """Conflicts nobody has resolved yet, oldest first (for tests and the review screen)."""
    query = (select(SyncConflict.__table__).where(SyncConflict.resolved_at.is_(None))
             .order_by(SyncConflict.created_at))
    return [dict(row) for row in conn.execute(query).mappings()]


__all__ = ["CONFIRMED_DURING_HOLD", "CUSTOMER_CODE_TAKEN", "CUSTOMER_EDITED", "NOT_BRANCH_OWNED",
           "PRODUCT_WITHDRAWN", "ApplyOutcome", "BatchOutOfOrderError", "apply_batch",
           "open_conflicts"]
