"""Cycle counts and adjustments as the warehouse enters them: scan a location, scan a
product, type a quantity. Every difference becomes a ledger move with a reason (never an
overwrite of the level), and a product left below its safety stock alerts the replenishers
(app/services/replenishment.py) in the same transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.models import Location
from app.models.enums import MoveKind
from app.services import audit, stock
from app.services.auth import Actor, require
from app.services.errors import NotFoundError, ValidationError, tr
from app.services.production import QTY_STEP
from app.services.replenishment import alert_if_below
from app.services.unit_of_work import UnitOfWork

ZERO = Decimal(0)


@dataclass(frozen=True)
class CountResult:
    product_id: uuid.UUID
    location_id: uuid.UUID
    booked: Decimal  # on hand in the books before the count
    counted: Decimal
    difference: Decimal  # the move recorded (0: none was needed)
    alert_mail_id: uuid.UUID | None


def _location(uow: UnitOfWork, location_id: uuid.UUID) -> uuid.UUID:
    found = uow.session.scalar(select(Location.id).where(Location.id == location_id))
    if found is None:
        raise NotFoundError(tr("That stock location does not exist any more."))
    return found


def _check_quantity(quantity: Decimal, field: str = "quantity") -> None:
    if quantity != quantity.quantize(QTY_STEP):
        raise ValidationError(field, tr("Quantities have at most three decimals."))


def count_stock(
    uow: UnitOfWork, actor: Actor, location_id: uuid.UUID, product_id: uuid.UUID,
    counted: Decimal, reason: str, *, today: date | None = None,
) -> CountResult:
    """Records a physical count at one location: the difference to the books is a COUNT
    move carrying `reason`. A count below what is allocated there is refused."""
    require(actor, "stock.adjust")
    if counted < 0:
        raise ValidationError("quantity", tr("A counted quantity cannot be negative."))
    _check_quantity(counted)
    if not reason.strip():
        raise ValidationError("reason", tr("Give a reason for the count."))
    with uow:
        session = uow.session
        stock._product(session, product_id)
        loc = _location(uow, location_id)
        level = stock.lock_level(session, product_id, loc)
        booked = level.on_hand
        difference = counted - booked
        mail = None
        if difference != 0:
            stock.post_move(session, actor, product_id, loc, difference, MoveKind.COUNT,
                            reason=reason.strip(), ref_kind="count")
            audit.record(session, actor, "product", product_id, "count", None, None,
                         location=str(loc), booked=booked, counted=counted,
                         reason=reason.strip())
            session.flush()
            mail = alert_if_below(session, uow.site_code, product_id, today or date.today())
        uow.commit()
    return CountResult(product_id, loc, booked, counted, difference, mail)


def adjust_at(
    uow: UnitOfWork, actor: Actor, location_id: uuid.UUID, product_id: uuid.UUID,
    delta: Decimal, reason: str, *, today: date | None = None,
) -> CountResult:
    """A signed correction (found, damaged, ...) at one location, recorded as an
    ADJUSTMENT move with its reason; never below what is allocated there."""
    require(actor, "stock.adjust")
    if delta == 0:
        raise ValidationError("quantity", tr("An adjustment must change the quantity."))
    _check_quantity(delta)
    if not reason.strip():
        raise ValidationError("reason", tr("Give a reason for the adjustment."))
    with uow:
        session = uow.session
        stock._product(session, product_id)
        loc = _location(uow, location_id)
        booked = stock.lock_level(session, product_id, loc).on_hand
        if booked + delta < 0:
            raise ValidationError("quantity", tr("Only {on_hand} are booked here; the "
                                                 "adjustment would go below zero."),
                                  on_hand=booked)
        stock.post_move(session, actor, product_id, loc, delta, MoveKind.ADJUSTMENT,
                        reason=reason.strip(), ref_kind="adjustment")
        audit.record(session, actor, "product", product_id, "adjust", None, None,
                     location=str(loc), delta=delta, reason=reason.strip())
        session.flush()
        mail = alert_if_below(session, uow.site_code, product_id, today or date.today())
        uow.commit()
    return CountResult(product_id, loc, booked, booked + delta, delta, mail)
