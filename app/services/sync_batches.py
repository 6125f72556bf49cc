"""Up-sync batches: what a branch has changed since head office last heard from it.

A batch is the branch's change log from `first_seq` to `last_seq` with the *current* state of
every aggregate it names (docs/sync.md), read in one read transaction so it is consistent.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from app.models import Base, NumberSeries, SyncAppliedBatch, SyncChange
from app.services.change_log import (
    CUSTOMERS,
    DOCUMENTS,
    DOWN_ENTITIES,
    ORDERS,
    PRODUCTION,
    PRODUCTS,
    ROW_ENTITIES,
    SETTINGS,
    STOCK_LEVELS,
    UP_ENTITIES,
    USERS,
)
from app.services.remote_stock import other_sites_snapshot
from app.services.settings import is_site_local, setting_entity_id
from app.services.sync_rows import Row, read_rows, table

# Aggregates are applied in the dependency order of their root tables: an order after its
# customer, a stock level after its location, an allocation after the order line it holds.
_TABLE_RANK = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
assert _TABLE_RANK["sales_order_lines"] < _TABLE_RANK["allocations"]


@dataclass(frozen=True)
class Aggregate:
    entity: str
    entity_id: uuid.UUID
    rows: dict[str, list[Row]]  # table name -> rows, parents first


@dataclass(frozen=True)
class Batch:
    site_code: str
    first_seq: int
    last_seq: int
    aggregates: tuple[Aggregate, ...]
    # The site's own document counters (kind, next value) when the batch was read.
    number_series: tuple[tuple[str, int], ...] = ()
    # Down only: every other site's stock (remote_stock rows) when it may have changed in
    # this batch's range; None: unchanged, the branch keeps what it has.
    remote_stock: tuple[Row, ...] | None = None

    @property
    def batch_id(self) -> str:
        return f"{self.site_code}:{self.first_seq}-{self.last_seq}"


def last_applied_seq(conn: Connection, site_code: str) -> int:
    """The last change of `site_code` this database has applied (0: none yet)."""
    last = conn.scalar(select(func.max(SyncAppliedBatch.last_seq))
                       .where(SyncAppliedBatch.site_code == site_code))
    return int(last or 0)


def read_aggregate(conn: Connection, entity: str, entity_id: uuid.UUID) -> dict[str, list[Row]]:
    """The aggregate as this database holds it now (empty lists if it does not exist)."""
    if entity == CUSTOMERS:
        return {
            "customers": read_rows(conn, "customers", "id", [entity_id]),
            "customer_contacts": read_rows(conn, "customer_contacts", "customer_id", [entity_id]),
            "customer_addresses": read_rows(conn, "customer_addresses", "customer_id",
                                            [entity_id]),
            "audit_log": read_rows(conn, "audit_log", "entity_id", [entity_id]),
        }
    if entity == ORDERS:
        lines = read_rows(conn, "sales_order_lines", "order_id", [entity_id])
        return {
            "sales_orders": read_rows(conn, "sales_orders", "id", [entity_id]),
            "sales_order_lines": lines,
            "order_revisions": read_rows(conn, "order_revisions", "order_id", [entity_id]),
            "audit_log": read_rows(conn, "audit_log", "entity_id",
                                   [entity_id, *(line["id"] for line in lines)]),
        }
    if entity in DOCUMENTS:
        child, column = DOCUMENTS[entity]
        rows = {entity: read_rows(conn, entity, "id", [entity_id])}
        if child is not None and column is not None:
            rows[child] = read_rows(conn, child, column, [entity_id])
        rows["audit_log"] = read_rows(conn, "audit_log", "entity_id", [entity_id])
        return rows
    if entity == PRODUCTION:
        return {
            PRODUCTION: read_rows(conn, PRODUCTION, "id", [entity_id]),
            "production_components": read_rows(conn, "production_components",
                                               "production_order_id", [entity_id]),
            "qc_inspections": read_rows(conn, "qc_inspections", "production_order_id",
                                        [entity_id]),
            "audit_log": read_rows(conn, "audit_log", "entity_id", [entity_id]),
        }
    if entity == PRODUCTS:
        return {PRODUCTS: read_rows(conn, PRODUCTS, "id", [entity_id]),
                "bom_lines": read_rows(conn, "bom_lines", "product_id", [entity_id])}
    if entity in (*ROW_ENTITIES, USERS):
        return {entity: read_rows(conn, entity, "id", [entity_id])}
    if entity == SETTINGS:
        return {SETTINGS: setting_rows(conn, entity_id)}
    raise ValueError(f"no sync for {entity!r}")


def setting_rows(conn: Connection, entity_id: uuid.UUID) -> list[Row]:
    """The setting logged under `entity_id` (a uuid5 of its key, not reversible: settings
    are few, so they are all read and matched). Empty if it was removed or is site-local."""
    return [dict(row) for row in conn.execute(select(table(SETTINGS))).mappings()
            if not is_site_local(row["key"]) and setting_entity_id(row["key"]) == entity_id]


def read_batch(conn: Connection, site_code: str, after_seq: int, *,
               down_to: str | None = None, until_seq: int | None = None,
               send_stock: bool = False) -> Batch | None:
    """The next batch: every change after `after_seq` (up to `until_seq`), or None.

    Aggregates travel as they are *now*, so a batch is consistent only if it reaches the
    newest change: a package names the shipment it left in, and that shipment must come in
    the same batch. A batch therefore never stops short of the newest change; a long
    backlog is one (large) head-office transaction. (Splitting it was tried: the randomised
    fault test found a package arriving before its shipment.)

    Up (`down_to` None): what this branch changed itself. Down (`down_to` a branch's code):
    what head office owns and that branch needs, except what came from that branch, and the
    other sites' stock if a level of another site changed in the range (or `send_stock`:
    the branch has none yet).
    """
    query = (select(SyncChange.seq, SyncChange.entity, SyncChange.entity_id, SyncChange.origin)
             .where(SyncChange.seq > after_seq).order_by(SyncChange.seq))
    if until_seq is not None:
        query = query.where(SyncChange.seq <= until_seq)
    changes = conn.execute(query).all()
    if not changes:
        return None
    # Changes received from another site are not sent back; they still count for the range.
    if down_to is None:
        named = dict.fromkeys((entity, entity_id) for _, entity, entity_id, origin in changes
                              if origin is None and entity in UP_ENTITIES)
    else:
        named = dict.fromkeys((entity, entity_id) for _, entity, entity_id, origin in changes
                              if origin != down_to and entity in DOWN_ENTITIES)
    ordered = sorted(named, key=lambda key: _TABLE_RANK[key[0]])  # stable
    aggregates = tuple(Aggregate(entity, entity_id, read_aggregate(conn, entity, entity_id))
                       for entity, entity_id in ordered)
    series: tuple[tuple[str, int], ...] = ()
    remote: tuple[Row, ...] | None = None
    if down_to is None:
        series = tuple((kind, value) for kind, value in conn.execute(
            select(NumberSeries.kind, NumberSeries.next_value)
            .where(NumberSeries.site_code == site_code).order_by(NumberSeries.kind)))
    elif send_stock or any(entity == STOCK_LEVELS and origin != down_to
                           for _, entity, _, origin in changes):
        remote = other_sites_snapshot(conn, down_to)
    return Batch(site_code, after_seq + 1, changes[-1].seq, aggregates, series, remote)


__all__ = ["Aggregate", "Batch", "last_applied_seq", "read_aggregate", "read_batch",
           "setting_rows"]
