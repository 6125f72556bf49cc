"""Production orders: plan from a bill of materials, hold and consume components, track progress.

Inspection and acceptance into stock live in production_qc.py; the read side in
production_queries.py.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Product, ProductionComponent, ProductionOrder, SalesOrderLine
from app.models.base import utcnow
from app.models.enums import MoveKind, ProductionKind, ProductionState
from app.services import audit, stock
from app.services.auth import Actor, require
from app.services.errors import InvalidStateError, NotFoundError, ValidationError, tr
from app.services.numbering import next_number
from app.services.unit_of_work import UnitOfWork

ZERO = Decimal(0)
QTY_STEP = Decimal("0.001")  # the scale of every quantity column
ENTITY = "production_order"


def plan_production(
    session: Session, actor: Actor | None, site_code: str, product_id: uuid.UUID,
    quantity: Decimal, *, order_line_id: uuid.UUID | None = None, due_date: date | None = None,
    kind: ProductionKind = ProductionKind.IN_HOUSE, supplier: str = "",
) -> ProductionOrder:
    """Creates a planned production order inside the caller's transaction, with one component
    row per bill-of-materials line (in-house only)."""
    check_quantity(quantity, tr("Produce a quantity above zero, with at most three decimals."))
    product = session.get(Product, product_id)
    if product is None:
        raise NotFoundError(tr("That product does not exist any more."))
    if kind is ProductionKind.IN_HOUSE and not product.bom:
        raise ValidationError("product", tr("To produce {sku}, give it a bill of materials "
                                            "first."), sku=product.sku)
    if kind is ProductionKind.OUTSOURCED and not supplier.strip():
        raise ValidationError("supplier", tr("Name the supplier who makes {sku}."),
                              sku=product.sku)
    if order_line_id is not None:
        _check_order_line(session, order_line_id, product)
    production = ProductionOrder(
        number=next_number(session, site_code, "PO"), product_id=product.id, quantity=quantity,
        order_line_id=order_line_id, kind=kind, supplier=supplier.strip(), due_date=due_date,
        state=ProductionState.PLANNED)
    if kind is ProductionKind.IN_HOUSE:
        for bom in product.bom:
            # Round up: holding a fraction too much is harmless, too little stops the line.
            required = (bom.quantity * quantity).quantize(QTY_STEP, rounding=ROUND_UP)
            production.components.append(ProductionComponent(
                product_id=bom.component_id, quantity_required=required))
    session.add(production)
    session.flush()
    audit.record(session, actor, ENTITY, production.id, "plan", None,
                 ProductionState.PLANNED.value, number=production.number, sku=product.sku,
                 quantity=quantity, kind=kind.value, order_line_id=order_line_id)
    return production


def check_quantity(quantity: Decimal, message: str) -> None:
    """Quantities are stored with three decimals; more would be refused by the column."""
    if quantity <= 0 or quantity != quantity.quantize(QTY_STEP):
        raise ValidationError("quantity", message)


def _check_order_line(session: Session, order_line_id: uuid.UUID, product: Product) -> None:
    line = session.get(SalesOrderLine, order_line_id)
    if line is None:
        raise NotFoundError(tr("That order line does not exist any more."))
    if line.product_id != product.id:
        raise ValidationError("order_line", tr("The order line is for {line_sku}, not {sku}."),
                              line_sku=line.sku, sku=product.sku)


def create_production_order(
    uow: UnitOfWork, actor: Actor, product_id: uuid.UUID, quantity: Decimal, *,
    due_date: date | None = None, kind: ProductionKind = ProductionKind.IN_HOUSE,
    supplier: str = "", order_line_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """A production order made by hand (replenishment, or for an order line)."""
    require(actor, "production.manage")
    with uow:
        production = plan_production(uow.session, actor, uow.site_code, product_id, quantity,
                                     order_line_id=order_line_id, due_date=due_date,
                                     kind=kind, supplier=supplier)
        production_id = production.id
        uow.commit()
    return production_id


def lock_production(session: Session, production_id: uuid.UUID) -> ProductionOrder:
    """The production order, locked for the rest of the transaction."""
    production = session.scalar(
        select(ProductionOrder).where(ProductionOrder.id == production_id).with_for_update()
        .execution_options(populate_existing=True))
    if production is None:
        raise NotFoundError(tr("That production order does not exist any more."))
    return production


def expect_state(production: ProductionOrder, *states: ProductionState, action: str) -> None:
    if production.state not in states:
        raise InvalidStateError(
            tr("Production order {number} is {state}; it cannot {action} now."),
            number=production.number, state=production.state.value, action=action)


def set_state(session: Session, actor: Actor, production: ProductionOrder,
              state: ProductionState, action: str, **detail: object) -> None:
    """Every state change goes through here, so every one is audited with from and to."""
    before = production.state
    production.state = state
    audit.record(session, actor, ENTITY, production.id, action, before.value, state.value,
                 **detail)


def _sku(session: Session, product_id: uuid.UUID) -> str:
    return session.scalar(select(Product.sku).where(Product.id == product_id)) or "?"


def _held(session: Session, component_id: uuid.UUID) -> Decimal:
    return sum((a.quantity for a in stock.held_allocations(session, component_id=component_id)),
               ZERO)


@dataclass(frozen=True)
class ComponentAvailability:
    component_id: uuid.UUID
    product_id: uuid.UUID
    sku: str
    required: Decimal  # still to be consumed
    held: Decimal  # already reserved for this production order
    available: Decimal  # free stock at the main location
    short: Decimal


def get_component_availability(
    uow: UnitOfWork, production_id: uuid.UUID,
) -> list[ComponentAvailability]:
    """Per component: what is still needed, what is held for it and what is free to hold."""
    with uow:
        session = uow.session
        production = session.get(ProductionOrder, production_id)
        if production is None:
            raise NotFoundError(tr("That production order does not exist any more."))
        location = stock.main_location_id(uow)
        result = []
        for comp in sorted(production.components, key=lambda c: str(c.product_id)):
            required = comp.quantity_required - comp.quantity_consumed
            held = _held(session, comp.id)
            available = stock.lock_level(session, comp.product_id, location).available
            short = max(required - held - available, ZERO)
            result.append(ComponentAvailability(comp.id, comp.product_id,
                                                _sku(session, comp.product_id), required, held,
                                                available, short))
    return sorted(result, key=lambda r: r.sku)


def start_production(uow: UnitOfWork, actor: Actor, production_id: uuid.UUID) -> None:
    """Holds every component, all or nothing: one short component refuses the start
    (InsufficientStockError naming it) and nothing stays held."""
    require(actor, "production.manage")
    with uow:
        session = uow.session
        production = lock_production(session, production_id)
        expect_state(production, ProductionState.PLANNED, action="start")
        location = stock.main_location_id(uow)
        # Level rows in product-id order, as allocation does, so two actions never deadlock.
        for comp in sorted(production.components, key=lambda c: str(c.product_id)):
            need = comp.quantity_required - comp.quantity_consumed
            stock.hold(session, comp.product_id, location, need, component_id=comp.id,
                       sku=_sku(session, comp.product_id))
        production.started_at = utcnow()
        set_state(session, actor, production, ProductionState.STARTED, "start")
        uow.commit()


def record_progress(uow: UnitOfWork, actor: Actor, production_id: uuid.UUID, pct: int) -> None:
    require(actor, "production.manage")
    if not 0 <= pct <= 100:
        raise ValidationError("progress", tr("Progress is a percentage between 0 and 100."))
    with uow:
        session = uow.session
        production = lock_production(session, production_id)
        expect_state(production, ProductionState.STARTED, action="record progress")
        audit.record(session, actor, ENTITY, production.id, "progress",
                     production.state.value, production.state.value,
                     from_pct=production.progress_pct, to_pct=pct)
        production.progress_pct = pct
        uow.commit()


def finish_production(uow: UnitOfWork, actor: Actor, production_id: uuid.UUID) -> None:
    """Work is done: the held components leave stock as production use."""
    require(actor, "production.manage")
    with uow:
        session = uow.session
        production = lock_production(session, production_id)
        expect_state(production, ProductionState.STARTED, action="finish")
        for comp in sorted(production.components, key=lambda c: str(c.product_id)):
            for allocation in stock.held_allocations(session, component_id=comp.id):
                quantity = allocation.quantity
                stock.consume(session, actor, allocation, quantity, MoveKind.PRODUCTION_USE,
                              ref_kind="production", ref_id=production.id)
                comp.quantity_consumed += quantity
            if comp.quantity_consumed < comp.quantity_required:
                raise InvalidStateError(
                    tr("{sku} for production order {number} is no longer held in full; "
                       "cancel the production order and plan it again."),
                    sku=_sku(session, comp.product_id), number=production.number)
        production.progress_pct = 100
        production.finished_at = utcnow()
        set_state(session, actor, production, ProductionState.FINISHED, "finish")
        uow.commit()


def cancel_production(uow: UnitOfWork, actor: Actor, production_id: uuid.UUID,
                      reason: str) -> None:
    """Stops a production order; components still held go back to free stock. Components
    already consumed stay consumed: they were used."""
    require(actor, "production.manage")
    if not reason.strip():
        raise ValidationError("reason", tr("Give a reason for the cancellation."))
    with uow:
        session = uow.session
        production = lock_production(session, production_id)
        expect_state(production, ProductionState.PLANNED, ProductionState.STARTED,
                     ProductionState.FINISHED, action="be cancelled")
        released = ZERO
        for comp in sorted(production.components, key=lambda c: str(c.product_id)):
            for allocation in stock.held_allocations(session, component_id=comp.id):
                released += stock.release(session, allocation)
        set_state(session, actor, production, ProductionState.CANCELLED, "cancel",
                  reason=reason, released=released)
        uow.commit()
