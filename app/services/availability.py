"""Per-line availability for order entry and confirmation: in stock, partly or out, and when
more is expected from open production orders. A read: nothing is held or locked here."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Location, ProductionOrder, StockLevel
from app.models.enums import ProductionState
from app.services.stock import main_location_code
from app.services.unit_of_work import UnitOfWork

ZERO = Decimal(0)
# Production that will still bring goods into stock (finished waits for acceptance).
OPEN_PRODUCTION = (ProductionState.PLANNED, ProductionState.STARTED, ProductionState.FINISHED)


class StockStatus(StrEnum):
    IN_STOCK = "in_stock"
    PARTLY = "partly"
    OUT = "out"


@dataclass(frozen=True)
class Availability:
    product_id: uuid.UUID
    wanted: Decimal
    available: Decimal  # on hand less held, in the site's main warehouse (never below 0)
    status: StockStatus
    expected_qty: Decimal  # still to come from open production orders
    expected_date: date | None  # the earliest due date among them (None: none or undated)

    @property
    def short(self) -> Decimal:
        return max(ZERO, self.wanted - self.available)


def status_for(wanted: Decimal, available: Decimal) -> StockStatus:
    if wanted <= 0 or available >= wanted:
        return StockStatus.IN_STOCK
    return StockStatus.PARTLY if available > 0 else StockStatus.OUT


def check_availability(
    uow: UnitOfWork, wanted: Sequence[tuple[uuid.UUID, Decimal]],
) -> list[Availability]:
    """One answer per (product, quantity) asked, in the same order.

    The same product on two lines is judged line by line against the whole free stock: the
    lines are offers being typed, not allocations.
    """
    with uow:
        return availability_in(uow.session, uow.site_code, wanted)


def availability_in(
    session: Session, site_code: str, wanted: Sequence[tuple[uuid.UUID, Decimal]],
) -> list[Availability]:
    """check_availability inside the caller's open unit of work."""
    ids = {product_id for product_id, _ in wanted}
    if not ids:
        return []
    free = dict(session.execute(
        select(StockLevel.product_id, StockLevel.on_hand - StockLevel.allocated)
        .join(Location, Location.id == StockLevel.location_id)
        .where(Location.code == main_location_code(site_code),
               StockLevel.product_id.in_(ids))).all())
    coming = {
        product_id: (Decimal(qty), due)
        for product_id, qty, due in session.execute(
            select(ProductionOrder.product_id,
                   func.sum(ProductionOrder.quantity - ProductionOrder.qty_accepted),
                   func.min(ProductionOrder.due_date))
            .where(ProductionOrder.product_id.in_(ids),
                   ProductionOrder.state.in_(OPEN_PRODUCTION))
            .group_by(ProductionOrder.product_id)).all()
    }
    answers = []
    for product_id, qty in wanted:
        available = max(ZERO, Decimal(free.get(product_id, ZERO)))
        expected_qty, expected_date = coming.get(product_id, (ZERO, None))
        answers.append(Availability(product_id, qty, available, status_for(qty, available),
                                    expected_qty, expected_date))
    return answers
