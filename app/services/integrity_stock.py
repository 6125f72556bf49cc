"""Integrity rules for stock: levels agree with the ledger and the holds, nothing goes negative.

Every rule is one aggregate query: only the rows that break it come back to Python.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Select, and_, func, or_, select
from sqlalchemy.sql import Subquery

from app.models import Allocation, Location, Product, StockLevel, StockMove
from app.models.enums import AllocationState
from app.services.integrity_common import Violation, fmt

LEVEL_MATCHES_LEDGER = "stock.level_matches_ledger"
ALLOCATED_MATCHES_HOLDS = "stock.allocated_matches_holds"
AVAILABLE_NOT_NEGATIVE = "stock.available_not_negative"


def _ledger_sums() -> Subquery:
    return (
        select(StockMove.product_id, StockMove.location_id,
               func.sum(StockMove.quantity).label("total"))
        .group_by(StockMove.product_id, StockMove.location_id)
        .subquery("ledger")
    )


def _held_sums() -> Subquery:
    """Held units per product and place, whoever holds them (sales line or production)."""
    return (
        select(Allocation.product_id, Allocation.location_id,
               func.sum(Allocation.quantity).label("total"))
        .where(Allocation.state == AllocationState.HELD)
        .group_by(Allocation.product_id, Allocation.location_id)
        .subquery("held")
    )


def _level_vs(sums: Subquery, column: Any) -> Select[Any]:
    """Levels whose `column` differs from the per-place sum (no rows at all sums to zero)."""
    total = func.coalesce(sums.c.total, 0)
    return (
        select(StockLevel.id, Product.sku, Location.code, column, total)
        .join(Product, Product.id == StockLevel.product_id)
        .join(Location, Location.id == StockLevel.location_id)
        .outerjoin(sums, and_(sums.c.product_id == StockLevel.product_id,
                              sums.c.location_id == StockLevel.location_id))
        .where(column != total)
        .order_by(Product.sku, Location.code)
    )


def _sums_without_level(sums: Subquery) -> Select[Any]:
    return (
        select(sums.c.product_id, Product.sku, Location.code, sums.c.total)
        .join(Product, Product.id == sums.c.product_id)
        .join(Location, Location.id == sums.c.location_id)
        .outerjoin(StockLevel, and_(StockLevel.product_id == sums.c.product_id,
                                    StockLevel.location_id == sums.c.location_id))
        .where(StockLevel.id.is_(None))
        .order_by(Product.sku, Location.code)
    )


def check_level_matches_ledger(conn: Connection) -> Iterator[Violation]:
    ledger = _ledger_sums()
    for level_id, sku, code, on_hand, total in conn.execute(
            _level_vs(ledger, StockLevel.on_hand)):
        yield Violation(LEVEL_MATCHES_LEDGER, "stock_level", str(level_id),
                        f"{sku} at {code}: on hand is {fmt(on_hand)} but the stock moves add "
                        f"up to {fmt(total)}")
    for product_id, sku, code, total in conn.execute(_sums_without_level(ledger)):
        yield Violation(LEVEL_MATCHES_LEDGER, "product", str(product_id),
                        f"{sku} at {code}: stock moves add up to {fmt(total)} but there is no "
                        f"stock level row")


def check_allocated_matches_holds(conn: Connection) -> Iterator[Violation]:
    held = _held_sums()
    for level_id, sku, code, allocated, total in conn.execute(
            _level_vs(held, StockLevel.allocated)):
        yield Violation(ALLOCATED_MATCHES_HOLDS, "stock_level", str(level_id),
                        f"{sku} at {code}: allocated is {fmt(allocated)} but held allocations "
                        f"add up to {fmt(total)}")
    for product_id, sku, code, total in conn.execute(_sums_without_level(held)):
        yield Violation(ALLOCATED_MATCHES_HOLDS, "product", str(product_id),
                        f"{sku} at {code}: {fmt(total)} is held but there is no stock level "
                        f"row")


def check_available_not_negative(conn: Connection) -> Iterator[Violation]:
    rows = conn.execute(
        select(StockLevel.id, Product.sku, Location.code, StockLevel.on_hand,
               StockLevel.allocated)
        .join(Product, Product.id == StockLevel.product_id)
        .join(Location, Location.id == StockLevel.location_id)
        .where(or_(StockLevel.on_hand < 0, StockLevel.allocated < 0,
                   StockLevel.on_hand - StockLevel.allocated < 0))
        .order_by(Product.sku, Location.code)
    )
    for level_id, sku, code, on_hand, allocated in rows:
        broken = []
        if on_hand < 0:
            broken.append(f"on hand is {fmt(on_hand)}")
        if allocated < 0:
            broken.append(f"allocated is {fmt(allocated)}")
        if on_hand - allocated < 0:
            broken.append(f"available is {fmt(on_hand - allocated)} "
                          f"({fmt(on_hand)} on hand, {fmt(allocated)} allocated)")
        for text in broken:
            yield Violation(AVAILABLE_NOT_NEGATIVE, "stock_level", str(level_id),
                            f"{sku} at {code}: {text}, below zero")


CHECKS = (
    (LEVEL_MATCHES_LEDGER, "stock levels' on hand equals the sum of the stock moves",
     check_level_matches_ledger),
    (ALLOCATED_MATCHES_HOLDS, "stock levels' allocated equals the held allocations",
     check_allocated_matches_holds),
    (AVAILABLE_NOT_NEGATIVE, "on hand, allocated and available are never below zero",
     check_available_not_negative),
)
