"""Quality inspection of production orders and acceptance of the goods into stock.

A failed final inspection blocks acceptance until a later final inspection passes. Accepted
goods made for a sales order line are held for that line at once.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import ProductionOrder, QcInspection, SalesOrderLine
from app.models.enums import MoveKind, ProductionState
from app.services import audit, stock
from app.services.allocation import ALLOCATABLE
from app.services.auth import Actor, require
from app.services.errors import InvalidStateError, ValidationError, tr
from app.services.order_state import refresh_state
from app.services.orders import load_order
from app.services.production import (
    ENTITY,
    check_quantity,
    expect_state,
    lock_production,
    set_state,
)
from app.services.unit_of_work import UnitOfWork

ZERO = Decimal(0)
IN_PROCESS = "in_process"
FINAL = "final"
STAGES = (IN_PROCESS, FINAL)


def record_inspection(
    uow: UnitOfWork, actor: Actor, production_id: uuid.UUID, stage: str, sample_size: int,
    checks: list[tuple[str, bool]], notes: str = "",
) -> uuid.UUID:
    """Records an in-process (while started) or final (once finished) inspection; it passes
    only when every check passed."""
    require(actor, "production.manage")
    _validate_inspection(stage, sample_size, checks)
    with uow:
        session = uow.session
        production = lock_production(session, production_id)
        if stage == FINAL:
            expect_state(production, ProductionState.FINISHED, action="take a final inspection")
        else:
            expect_state(production, ProductionState.STARTED,
                         action="take an in-process inspection")
        if sample_size > production.quantity:
            raise ValidationError("sample_size", tr("The sample cannot be larger than the "
                                                    "{quantity} produced."),
                                  quantity=production.quantity)
        passed = all(ok for _, ok in checks)
        inspection = QcInspection(
            production_order_id=production.id, stage=stage, sample_size=sample_size,
            passed=passed, notes=notes.strip(), inspector_id=actor.user_id,
            checks=json.dumps([{"name": n.strip(), "passed": ok} for n, ok in checks],
                              ensure_ascii=False))
        session.add(inspection)
        session.flush()
        audit.record(session, actor, ENTITY, production.id, "inspect", production.state.value,
                     production.state.value, stage=stage, passed=passed,
                     failed=[n for n, ok in checks if not ok])
        inspection_id = inspection.id
        uow.commit()
    return inspection_id


def _validate_inspection(stage: str, sample_size: int, checks: list[tuple[str, bool]]) -> None:
    if stage not in STAGES:
        raise ValidationError("stage", tr("Choose an in-process or a final inspection."))
    if sample_size <= 0:
        raise ValidationError("sample_size", tr("Inspect a sample of at least one unit."))
    if not checks:
        raise ValidationError("checks", tr("Record at least one check."))
    if any(not name.strip() for name, _ in checks):
        raise ValidationError("checks", tr("Give every check a name."))


def latest_final_passed(session: Session, production_id: uuid.UUID) -> bool | None:
    """Whether the latest final inspection passed; None when there is none yet."""
    return session.scalar(
        select(QcInspection.passed)
        .where(QcInspection.production_order_id == production_id,
               QcInspection.stage == FINAL)
        .order_by(QcInspection.at.desc()).limit(1))


@dataclass(frozen=True)
class Acceptance:
    production_id: uuid.UUID
    accepted: Decimal
    allocated_to_order: Decimal  # held at once for the linked sales order line
    order_id: uuid.UUID | None


def accept_production(
    uow: UnitOfWork, actor: Actor, production_id: uuid.UUID, quantity: Decimal,
) -> Acceptance:
    """Takes finished, inspected goods into the main location; made-to-order goods are held
    for their sales order line up to what it still lacks."""
    require(actor, "production.manage")
    with uow:
        session = uow.session
        production = lock_production(session, production_id)
        expect_state(production, ProductionState.FINISHED, action="be accepted")
        check_quantity(quantity, tr("Accept a quantity above zero, with at most three "
                                    "decimals."))
        if quantity > production.quantity:
            raise ValidationError("quantity", tr("Accept at most the {quantity} produced."),
                                  quantity=production.quantity)
        _check_final_inspection(session, production)
        line = session.get(SalesOrderLine, production.order_line_id) \
            if production.order_line_id else None
        # The sales order is locked before any stock level, the same order allocation uses.
        order = load_order(session, line.order_id, lock=True) if line else None
        location = stock.main_location_id(uow)
        stock.post_move(session, actor, production.product_id, location, quantity,
                        MoveKind.PRODUCTION_IN, ref_kind="production", ref_id=production.id)
        production.qty_accepted = quantity
        set_state(session, actor, production, ProductionState.ACCEPTED, "accept",
                  quantity=quantity)
        held = ZERO
        if line is not None and order is not None and order.state in ALLOCATABLE:
            held = min(quantity, max(line.qty_open, ZERO))
            if held > 0:
                stock.hold(session, line.product_id, location, held, order_line_id=line.id,
                           sku=line.sku)
                line.qty_allocated += held
                before, after = refresh_state(order)
                audit.record(session, actor, "sales_order", order.id, "allocate", before,
                             after, production=production.number, allocated=held)
        result = Acceptance(production.id, quantity, held, order.id if order else None)
        uow.commit()
    return result


def _check_final_inspection(session: Session, production: ProductionOrder) -> None:
    passed = latest_final_passed(session, production.id)
    if passed is None:
        raise InvalidStateError(tr("Record a final inspection of production order {number} "
                                   "before accepting it."), number=production.number)
    if not passed:
        raise InvalidStateError(tr("The last final inspection of production order {number} "
                                   "failed. Rework the goods and record a passing inspection "
                                   "before accepting them."), number=production.number)
