"""The down-sync, run by a branch: what head office owns (customers and their credit status,
products, users, settings) and other sites' stock come down in one branch transaction per
batch (docs/sync.md).

Head office's change log lives in PostgreSQL, where sequence values can commit out of order:
the reader first takes a SHARE lock on `sync_changes` for an instant, which waits for every
transaction still writing to it and so fixes a horizon below which nothing can appear later.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, select, update

from app.models import (
    BomLine,
    Customer,
    CustomerAddress,
    CustomerContact,
    Setting,
    SyncAppliedBatch,
    SyncChange,
    SyncConflict,
)
from app.services.change_log import APPLYING_SYNC, CUSTOMERS, PRODUCTS, SETTINGS
from app.services.change_log import horizon as log_horizon
from app.services.remote_stock import has_remote_stock, replace_remote_stock
from app.services.settings import get_setting, is_site_local
from app.services.sync_apply import CUSTOMER_EDITED
from app.services.sync_batches import (
    Aggregate,
    Batch,
    last_applied_seq,
    read_aggregate,
    read_batch,
    setting_rows,
)
from app.services.sync_rows import to_json, upsert
from app.services.sync_up import ACKED_SEQ
from app.services.unit_of_work import UowFactory

# Head office decides these; they apply at the branch even when it edited the customer too.
CREDIT_FIELDS = ("credit_limit", "credit_hold", "payment_condition", "payment_method",
                 "credit_days", "verified")


@dataclass(frozen=True)
class DownResult:
    batch_id: str | None  # None: nothing new at head office
    applied: bool
    aggregates: int
    conflicts: int


def sync_down(branch: UowFactory, head_office: UowFactory) -> DownResult:
    with head_office() as h:
        hq_site = h.site_code
        horizon = log_horizon(h.session.connection())
        h.commit()
    with branch(write=False) as b:
        site = b.site_code
        cursor = last_applied_seq(b.session.connection(), hq_site)
        stock_known = has_remote_stock(b.session.connection())
    with head_office(write=False) as h:
        batch = read_batch(h.session.connection(), hq_site, cursor, down_to=site,
                           until_seq=horizon, send_stock=not stock_known)
    if batch is None:
        return DownResult(None, applied=False, aggregates=0, conflicts=0)
    return apply_down_batch(branch, batch)


def apply_down_batch(branch: UowFactory, batch: Batch) -> DownResult:
    """Applies head office's batch at the branch in one transaction, or recognises it."""
    with branch() as uow:
        uow.session.info[APPLYING_SYNC] = True
        conn = uow.session.connection()
        if conn.scalar(select(SyncAppliedBatch.batch_id)
                       .where(SyncAppliedBatch.batch_id == batch.batch_id)) is not None:
            return DownResult(batch.batch_id, applied=False, aggregates=0, conflicts=0)
        if batch.first_seq != last_applied_seq(conn, batch.site_code) + 1:
            raise ValueError(f"batch {batch.batch_id} does not follow the last one applied")
        acked = int(get_setting(uow.session, ACKED_SEQ) or 0)
        conflicts = 0
        for aggregate in batch.aggregates:
            if aggregate.entity == CUSTOMERS:
                conflicts += _down_customer(conn, batch, aggregate, acked)
            elif aggregate.entity == SETTINGS:
                _down_setting(conn, aggregate)
            else:
                upsert(conn, aggregate.entity, aggregate.rows[aggregate.entity])
        _down_bills_of_materials(conn, [a for a in batch.aggregates if a.entity == PRODUCTS])
        if batch.remote_stock is not None:
            replace_remote_stock(conn, batch.remote_stock, uow.site_code)
        conn.execute(insert(SyncAppliedBatch).values(
            batch_id=batch.batch_id, site_code=batch.site_code, first_seq=batch.first_seq,
            last_seq=batch.last_seq, aggregates=len(batch.aggregates)))
        uow.commit()
    return DownResult(batch.batch_id, applied=True, aggregates=len(batch.aggregates),
                      conflicts=conflicts)


def _down_bills_of_materials(conn: Connection, products: list[Aggregate]) -> None:
    """After every product of the batch is written (a component may be new too): each
    product's bill of materials as head office has it. Lines it no longer has go first, so a
    component put back under a new line id does not meet its old line."""
    for aggregate in products:
        if not aggregate.rows[PRODUCTS]:
            continue
        lines = aggregate.rows.get("bom_lines", [])
        conn.execute(delete(BomLine).where(BomLine.product_id == aggregate.entity_id,
                                           BomLine.id.not_in([line["id"] for line in lines])))
        upsert(conn, "bom_lines", lines)


def _down_setting(conn: Connection, aggregate: Aggregate) -> None:
    """Head office's value replaces the branch's (a branch's own change of a shared setting
    stays local only until head office changes that key again). A site-local key is never
    written, even if a batch carried one."""
    rows = [row for row in aggregate.rows[SETTINGS] if not is_site_local(row["key"])]
    if rows:
        upsert(conn, SETTINGS, rows)
        return
    gone = [row["key"] for row in setting_rows(conn, aggregate.entity_id)]
    if gone:  # removed at head office
        conn.execute(delete(Setting).where(Setting.key.in_(gone)))


def _down_customer(conn: Connection, batch: Batch, aggregate: Aggregate, acked: int) -> int:
    theirs = aggregate.rows
    if not theirs["customers"]:
        return 0
    customer_id = aggregate.entity_id
    edited_here = conn.scalar(select(SyncChange.seq).where(
        SyncChange.entity == CUSTOMERS, SyncChange.entity_id == customer_id,
        SyncChange.origin.is_(None), SyncChange.seq > acked).limit(1)) is not None
    if not edited_here:
        upsert(conn, "customers", theirs["customers"])
        for model, name in ((CustomerContact, "customer_contacts"),
                            (CustomerAddress, "customer_addresses")):
            kept = [row["id"] for row in theirs[name]]
            conn.execute(delete(model).where(model.customer_id == customer_id,
                                             model.id.not_in(kept)))
            upsert(conn, name, theirs[name])
        return 0
    # Edited here and not yet at head office: credit status is head office's and applies at
    # once (a hold must stop new confirmations); the rest waits for a person.
    credit = {field: theirs["customers"][0][field] for field in CREDIT_FIELDS}
    ours = read_aggregate(conn, CUSTOMERS, customer_id)
    conn.execute(update(Customer).where(Customer.id == customer_id).values(credit))
    shown = {k: v for k, v in theirs.items() if k != "audit_log"}
    conn.execute(insert(SyncConflict).values(
        id=uuid.uuid4(), site_code=batch.site_code, batch_id=batch.batch_id, entity=CUSTOMERS,
        entity_id=customer_id, reason=CUSTOMER_EDITED, resolution="",
        ours=to_json({k: v for k, v in ours.items() if k != "audit_log"}),
        theirs=to_json(shown)))
    return 1


__all__ = ["CREDIT_FIELDS", "DownResult", "apply_down_batch", "sync_down"]
