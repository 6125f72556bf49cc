"""The stock ledger: moves, locked level rows, and allocations (held, consumed, released).

The helpers prefixed `_` run inside a caller's unit of work; the public functions are whole
user actions (receive, adjust, count) and queries.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.models import Allocation, Location, Product, StockLevel, StockMove
from app.models.base import utcnow
from app.models.enums import AllocationState, MoveKind
from app.services.auth import Actor, require
from app.services.errors import InsufficientStockError, NotFoundError, ValidationError, tr
from app.services.unit_of_work import UnitOfWork

ZERO = Decimal(0)


def main_location_code(site_code: str) -> str:
    return f"{site_code}-MAIN"


def ensure_location(session: Session, code: str, name: str, site_code: str,
                    sellable: bool = True) -> uuid.UUID:
    loc_id = session.scalar(select(Location.id).where(Location.code == code))
    if loc_id is None:
        loc = Location(code=code, name=name, site_code=site_code, sellable=sellable)
        session.add(loc)
        session.flush()
        loc_id = loc.id
    return loc_id


def main_location_id(uow: UnitOfWork) -> uuid.UUID:
    site = uow.site_code
    return ensure_location(uow.session, main_location_code(site), f"{site} warehouse", site)


def lock_level(session: Session, product_id: uuid.UUID, location_id: uuid.UUID) -> StockLevel:
    """The level row, created if missing and locked for the rest of the transaction."""
    query = (
        select(StockLevel)
        .where(StockLevel.product_id == product_id, StockLevel.location_id == location_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    level = session.scalar(query)
    if level is None:
        # Two stations may create the same row at once: the loser's insert does nothing.
        insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
        session.execute(
            insert(StockLevel)
            .values(id=uuid.uuid4(), product_id=product_id, location_id=location_id,
                    on_hand=ZERO, allocated=ZERO, in_transit=ZERO)
            .on_conflict_do_nothing(index_elements=["product_id", "location_id"])
        )
        level = session.scalar(query)
    assert level is not None
    return level


def post_move(
    session: Session, actor: Actor | None, product_id: uuid.UUID, location_id: uuid.UUID,
    quantity: Decimal, kind: MoveKind, *, reason: str = "", lot: str = "",
    ref_kind: str = "", ref_id: uuid.UUID | None = None,
) -> StockLevel:
    """Appends one ledger move and updates the level in the same transaction."""
    level = lock_level(session, product_id, location_id)
    if level.on_hand + quantity < level.allocated:
        sku = session.scalar(select(Product.sku).where(Product.id == product_id)) or "?"
        raise InsufficientStockError(sku, -quantity, level.on_hand - level.allocated)
    session.add(StockMove(
        product_id=product_id, location_id=location_id, quantity=quantity, kind=kind,
        reason=reason, lot=lot, ref_kind=ref_kind, ref_id=ref_id,
        user_id=actor.user_id if actor else None,
    ))
    level.on_hand += quantity
    return level


def hold(
    session: Session, product_id: uuid.UUID, location_id: uuid.UUID, quantity: Decimal, *,
    order_line_id: uuid.UUID | None = None, component_id: uuid.UUID | None = None,
    sku: str = "?",
) -> Allocation:
    """Reserves `quantity`; refuses with InsufficientStockError rather than go below zero."""
    level = lock_level(session, product_id, location_id)
    if level.available < quantity:
        raise InsufficientStockError(sku, quantity, level.available)
    level.allocated += quantity
    allocation = Allocation(
        product_id=product_id, location_id=location_id, quantity=quantity,
        order_line_id=order_line_id, component_id=component_id,
    )
    session.add(allocation)
    return allocation


def available_quantity(session: Session, product_id: uuid.UUID, location_id: uuid.UUID) -> Decimal:
    level = lock_level(session, product_id, location_id)
    return level.available


def release(session: Session, allocation: Allocation, quantity: Decimal | None = None) -> Decimal:
    """Gives back all or part of a held allocation; returns the quantity released."""
    qty = allocation.quantity if quantity is None else quantity
    if qty <= 0:
        return ZERO
    level = lock_level(session, allocation.product_id, allocation.location_id)
    level.allocated -= qty
    _close(session, allocation, qty, AllocationState.RELEASED)
    return qty


def consume(
    session: Session, actor: Actor | None, allocation: Allocation, quantity: Decimal,
    kind: MoveKind, *, ref_kind: str, ref_id: uuid.UUID, lot: str = "",
) -> None:
    """Stock leaves: the held units become a negative ledger move."""
    level = lock_level(session, allocation.product_id, allocation.location_id)
    level.allocated -= quantity
    _close(session, allocation, quantity, AllocationState.CONSUMED)
    post_move(session, actor, allocation.product_id, allocation.location_id, -quantity, kind,
              ref_kind=ref_kind, ref_id=ref_id, lot=lot)


def _close(session: Session, allocation: Allocation, qty: Decimal,
           state: AllocationState) -> None:
    """Closes `qty` of a held allocation, splitting off the rest as a new held allocation."""
    if qty > allocation.quantity:
        raise ValueError("closing more than is held")
    rest = allocation.quantity - qty
    allocation.quantity = qty
    allocation.state = state
    allocation.closed_at = utcnow()
    if rest > 0:
        session.add(Allocation(
            product_id=allocation.product_id, location_id=allocation.location_id,
            order_line_id=allocation.order_line_id, component_id=allocation.component_id,
            quantity=rest,
        ))


def held_allocations(session: Session, *, order_line_id: uuid.UUID | None = None,
                     component_id: uuid.UUID | None = None) -> list[Allocation]:
    query = select(Allocation).where(Allocation.state == AllocationState.HELD)
    if order_line_id is not None:
        query = query.where(Allocation.order_line_id == order_line_id)
    if component_id is not None:
        query = query.where(Allocation.component_id == component_id)
    return list(session.scalars(query.order_by(Allocation.created_at)))


# ---- whole user actions ----------------------------------------------------------------------

def _product(session: Session, product_id: uuid.UUID) -> Product:
    product = session.get(Product, product_id)
    if product is None:
        raise NotFoundError(tr("That product does not exist any more."))
    return product


def receive_stock(
    uow: UnitOfWork, actor: Actor, product_id: uuid.UUID, quantity: Decimal, *,
    location_id: uuid.UUID | None = None, lot: str = "", reason: str = "",
) -> Decimal:
    """Goods in: returns the new on-hand quantity."""
    require(actor, "stock.adjust")
    if quantity <= 0:
        raise ValidationError("quantity", tr("Receive a quantity above zero."))
    with uow:
        product = _product(uow.session, product_id)
        loc = location_id or main_location_id(uow)
        level = post_move(uow.session, actor, product.id, loc, quantity, MoveKind.RECEIPT,
                          lot=lot, reason=reason)
        on_hand = level.on_hand
        uow.commit()
    return on_hand


def adjust_stock(
    uow: UnitOfWork, actor: Actor, product_id: uuid.UUID, delta: Decimal, reason: str, *,
    location_id: uuid.UUID | None = None,
) -> Decimal:
    """A correction with a reason, recorded as a ledger move; never below what is allocated."""
    require(actor, "stock.adjust")
    if delta == 0:
        raise ValidationError("quantity", tr("An adjustment must change the quantity."))
    if not reason.strip():
        raise ValidationError("reason", tr("Give a reason for the adjustment."))
    with uow:
        product = _product(uow.session, product_id)
        loc = location_id or main_location_id(uow)
        level = post_move(uow.session, actor, product.id, loc, delta, MoveKind.ADJUSTMENT,
                          reason=reason)
        on_hand = level.on_hand
        uow.commit()
    return on_hand


def record_count(
    uow: UnitOfWork, actor: Actor, product_id: uuid.UUID, counted: Decimal, reason: str = "",
    *, location_id: uuid.UUID | None = None,
) -> Decimal:
    """A physical count; the difference to the books becomes a COUNT move and is returned."""
    require(actor, "stock.adjust")
    if counted < 0:
        raise ValidationError("quantity", tr("A counted quantity cannot be negative."))
    with uow:
        product = _product(uow.session, product_id)
        loc = location_id or main_location_id(uow)
        level = lock_level(uow.session, product.id, loc)
        difference = counted - level.on_hand
        if difference != 0:
            post_move(uow.session, actor, product.id, loc, difference, MoveKind.COUNT,
                      reason=reason or "cycle count")
        uow.commit()
    return difference


@dataclass(frozen=True)
class StockRow:
    product_id: uuid.UUID
    sku: str
    name: str
    location_code: str
    on_hand: Decimal
    allocated: Decimal
    available: Decimal
    safety_stock: Decimal

    @property
    def below_safety(self) -> bool:
        return self.available < self.safety_stock


def list_stock(uow: UnitOfWork, *, below_safety_only: bool = False) -> list[StockRow]:
    with uow:
        rows = uow.session.execute(
            select(Product.id, Product.sku, Product.name, Location.code,
                   StockLevel.on_hand, StockLevel.allocated, Product.safety_stock)
            .join(StockLevel, StockLevel.product_id == Product.id)
            .join(Location, Location.id == StockLevel.location_id)
            .order_by(Product.sku, Location.code)
        ).all()
    result = [StockRow(r[0], r[1], r[2], r[3], r[4], r[5], r[4] - r[5], r[6]) for r in rows]
    return [r for r in result if r.below_safety] if below_safety_only else result
