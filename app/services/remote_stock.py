"""Other sites' stock, as head office sees it (docs/sync.md, "Other sites' stock").

Head office's `stock_levels` hold every site's levels (the branches send theirs up). With a
down batch that follows a stock change, head office sends a branch a snapshot of every other
site's stock per product; the branch replaces its `remote_stock` rows with it, in the
batch's transaction. `remote_stock` is a read-only copy: never a level of the branch's
ledger, never allocated from. Only sellable locations count (a quarantine holds returned
goods nobody can send).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Connection, delete, func, insert, select

from app.models import Location, RemoteStock, StockLevel
from app.models.base import utcnow
from app.services.sync_rows import Row
from app.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class RemoteStockRow:
    site_code: str
    on_hand: Decimal
    allocated: Decimal
    as_of: datetime | None  # None: this database's own, current figures (at head office)

    @property
    def available(self) -> Decimal:
        return self.on_hand - self.allocated


def _per_site(except_site: str):  # type: ignore[no-untyped-def]
    return (select(Location.site_code, StockLevel.product_id,
                   func.sum(StockLevel.on_hand), func.sum(StockLevel.allocated))
            .join(Location, Location.id == StockLevel.location_id)
            .where(Location.site_code != except_site, Location.sellable)
            .group_by(Location.site_code, StockLevel.product_id))


def other_sites_snapshot(conn: Connection, except_site: str) -> tuple[Row, ...]:
    """At head office: every site's stock per product except `except_site`'s (the branch
    that receives it keeps its own ledger)."""
    now = utcnow()
    rows = conn.execute(_per_site(except_site).order_by(Location.site_code,
                                                        StockLevel.product_id)).all()
    return tuple({"site_code": site, "product_id": product, "on_hand": on_hand,
                  "allocated": allocated, "as_of": now}
                 for site, product, on_hand, allocated in rows)


def replace_remote_stock(conn: Connection, rows: tuple[Row, ...], own_site: str) -> int:
    """At the branch, inside the down batch's transaction: the snapshot replaces the old one
    whole (so a site or product that no longer has stock disappears, and applying it again
    gives the same rows). The branch's own site is never stored, whatever the batch says."""
    conn.execute(delete(RemoteStock))
    kept = [row for row in rows if row["site_code"] != own_site]
    if kept:
        conn.execute(insert(RemoteStock), kept)
    return len(kept)


def has_remote_stock(conn: Connection) -> bool:
    return conn.scalar(select(RemoteStock.site_code).limit(1)) is not None


def other_sites_stock(uow: UnitOfWork, product_id: uuid.UUID) -> list[RemoteStockRow]:
    """One product's stock at every other site, by site code. At head office these are its
    own levels of the branches' locations (live); at a branch, what head office last sent.
    Read-only information: nothing can be allocated from it."""
    with uow:
        session = uow.session
        own = uow.site_code
        live = {site: RemoteStockRow(site, on_hand, allocated, None)
                for site, _product, on_hand, allocated in session.execute(
                    _per_site(own).where(StockLevel.product_id == product_id))}
        copied = session.execute(
            select(RemoteStock.site_code, RemoteStock.on_hand, RemoteStock.allocated,
                   RemoteStock.as_of)
            .where(RemoteStock.product_id == product_id, RemoteStock.site_code != own)).all()
    for site, on_hand, allocated, as_of in copied:
        live.setdefault(site, RemoteStockRow(site, on_hand, allocated, as_of))
    return [live[site] for site in sorted(live)]


__all__ = ["RemoteStockRow", "has_remote_stock", "other_sites_snapshot", "other_sites_stock",
           "replace_remote_stock"]
