"""Opening stock: the level each product should have at each location, posted as ledger moves.

A row states a level, not a change. The difference to what is on hand now is posted as one
COUNT move (ref_kind "import", ref_id the file's batch id), exactly like a physical count, so
`stock.level_matches_ledger` holds. A file whose batch id is already on a move was applied
before: all its rows are "already present" and nothing is posted again, even if stock has
moved since (re-applying an old file would otherwise undo those sales).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Location, Product, StockLevel, StockMove
from app.models.enums import MoveKind
from app.services import audit
from app.services.auth import Actor
from app.services.errors import tr
from app.services.importing.common import ImportContext, dict_rows, once_per_file
from app.services.importing.fields import Column, RowError, RowReader, plain
from app.services.importing.readers import Table
from app.services.stock import ensure_location, lock_level, main_location_code, post_move

REF_KIND = "import"
COLUMNS = (
    Column("sku", True, "an existing product's SKU", "SC-M6-20"),
    Column("location", False, "location code (default: the site's main warehouse, e.g. "
           "HQ-MAIN); a new code creates that location", "HQ-MAIN"),
    Column("quantity", True, "the level on hand, 3 decimals, >= 0", "1200"),
    Column("lot", False, "lot number recorded on the move", "L2025-03"),
)
MAX_QTY = Decimal("1000000000")


@dataclass(frozen=True)
class StockRecord:
    sku: str
    location: str
    quantity: Decimal
    lot: str


def key_of(sku: str, location: str) -> str:
    return f"{sku} @ {location}"


def parse(table: Table, errors: list[RowError], ctx: ImportContext
          ) -> Iterator[tuple[str, tuple[int, ...], str, StockRecord | None]]:
    first: dict[str, int] = {}
    for row_no, values in dict_rows(table):
        r = RowReader(row_no, values, errors)
        sku = r.text("sku", required=True, max_length=40)
        location = r.text("location", max_length=20) or main_location_code(ctx.site_code)
        quantity = r.decimal("quantity", required=True, places=3, maximum=MAX_QTY)
        key = key_of(sku, location)
        if sku and not once_per_file(key, row_no, first, "sku", errors):
            r.failed = True
        ok = not r.failed and quantity is not None
        yield (key, (row_no,), f"{sku}: {plain(quantity)}",
               StockRecord(sku, location, quantity, r.text("lot", max_length=40))
               if ok and quantity is not None else None)


def applied_before(session: Session, batch_id: uuid.UUID) -> bool:
    return session.scalar(select(StockMove.id).where(
        StockMove.ref_kind == REF_KIND, StockMove.ref_id == batch_id).limit(1)) is not None


def check(session: Session, records: list[tuple[str, tuple[int, ...], StockRecord]],
          errors: list[RowError], warnings: list[RowError], ctx: ImportContext) -> set[str]:
    """Unknown SKUs are errors; a level below what is allocated cannot be set; rows already
    at their level, or a whole file applied before, are present."""
    if applied_before(session, ctx.batch_id):
        return {key for key, _, _ in records}
    skus = sorted({rec.sku for _, _, rec in records})
    products = dict(session.execute(select(Product.sku, Product.id).where(
        Product.sku.in_(skus))).all()) if skus else {}
    locations = dict(session.execute(select(Location.code, Location.id)).all())
    levels = {(p, loc): (on_hand, allocated) for p, loc, on_hand, allocated in session.execute(
        select(StockLevel.product_id, StockLevel.location_id, StockLevel.on_hand,
               StockLevel.allocated))}
    present, announced = set(), set()
    for key, rows, rec in records:
        product_id = products.get(rec.sku)
        if product_id is None:
            errors.append(RowError(rows[0], "sku", tr("No product has the SKU {sku}."),
                                   {"sku": rec.sku}))
            continue
        location_id = locations.get(rec.location)
        if location_id is None:
            if rec.location not in announced:
                warnings.append(RowError(rows[0], "location", tr(
                    "The location {code} does not exist yet and will be created."),
                    {"code": rec.location}))
                announced.add(rec.location)
            continue
        on_hand, allocated = levels.get((product_id, location_id), (Decimal(0), Decimal(0)))
        if rec.quantity < allocated:
            errors.append(RowError(rows[0], "quantity", tr(
                "{sku} at {code}: {allocated} are allocated to orders; the level cannot be "
                "set below that."), {"sku": rec.sku, "code": rec.location,
                                     "allocated": plain(allocated)}))
        elif rec.quantity == on_hand:
            present.add(key)
    return present


def write(session: Session, actor: Actor, records: list[StockRecord],
          ctx: ImportContext) -> int:
    products = dict(session.execute(select(Product.sku, Product.id).where(
        Product.sku.in_({rec.sku for rec in records}))).all()) if records else {}
    locations: dict[str, uuid.UUID] = {}
    moved = 0
    for rec in records:
        if rec.location not in locations:
            locations[rec.location] = ensure_location(session, rec.location, rec.location,
                                                      ctx.site_code)
        product_id, location_id = products[rec.sku], locations[rec.location]
        level = lock_level(session, product_id, location_id)
        difference = rec.quantity - level.on_hand
        if difference != 0:
            post_move(session, actor, product_id, location_id, difference, MoveKind.COUNT,
                      lot=rec.lot, reason=f"opening stock from {ctx.source_name}"[:500],
                      ref_kind=REF_KIND, ref_id=ctx.batch_id)
            moved += 1
    audit.record(session, actor, "import_batch", ctx.batch_id, "import_stock", None, None,
                 file=ctx.source_name, moves=moved)
    return moved


def export_rows(session: Session) -> Iterator[dict[str, str]]:
    rows = session.execute(
        select(Product.sku, Location.code, StockLevel.on_hand)
        .join(StockLevel, StockLevel.product_id == Product.id)
        .join(Location, Location.id == StockLevel.location_id)
        .order_by(Product.sku, Location.code))
    for sku, code, on_hand in rows:
        yield {"sku": sku, "location": code, "quantity": plain(on_hand), "lot": ""}
