"""Read side of production: lists and detail as frozen rows, never live ORM objects."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Select, select

from app.models import (
    Product,
    ProductionComponent,
    ProductionOrder,
    QcInspection,
    SalesOrder,
    SalesOrderLine,
)
from app.models.enums import ProductionKind, ProductionState
from app.services.errors import NotFoundError, tr
from app.services.site_scope import work_scope
from app.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class ProductionRow:
    id: uuid.UUID
    number: str
    product_id: uuid.UUID
    sku: str
    name: str
    quantity: Decimal
    kind: ProductionKind
    supplier: str
    state: ProductionState
    due_date: date | None
    progress_pct: int
    qty_accepted: Decimal
    order_line_id: uuid.UUID | None
    order_number: str | None


@dataclass(frozen=True)
class ComponentRow:
    id: uuid.UUID
    product_id: uuid.UUID
    sku: str
    name: str
    quantity_required: Decimal
    quantity_consumed: Decimal


@dataclass(frozen=True)
class InspectionRow:
    id: uuid.UUID
    stage: str
    sample_size: int
    passed: bool
    checks: tuple[tuple[str, bool], ...]
    notes: str
    inspector_id: uuid.UUID | None
    at: datetime


@dataclass(frozen=True)
class ProductionDetail:
    row: ProductionRow
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    components: tuple[ComponentRow, ...]
    inspections: tuple[InspectionRow, ...]  # oldest first

    @property
    def final_passed(self) -> bool | None:
        """The verdict of the latest final inspection; None when there is none."""
        finals = [i for i in self.inspections if i.stage == "final"]
        return finals[-1].passed if finals else None


def _row_query() -> Select:  # type: ignore[type-arg]
    return (
        select(ProductionOrder.id, ProductionOrder.number, ProductionOrder.product_id,
               Product.sku, Product.name, ProductionOrder.quantity, ProductionOrder.kind,
               ProductionOrder.supplier, ProductionOrder.state, ProductionOrder.due_date,
               ProductionOrder.progress_pct, ProductionOrder.qty_accepted,
               ProductionOrder.order_line_id, SalesOrder.number)
        .join(Product, Product.id == ProductionOrder.product_id)
        .outerjoin(SalesOrderLine, SalesOrderLine.id == ProductionOrder.order_line_id)
        .outerjoin(SalesOrder, SalesOrder.id == SalesOrderLine.order_id)
    )


def list_production_orders(
    uow: UnitOfWork, *, states: tuple[ProductionState, ...] = (),
    order_line_id: uuid.UUID | None = None, after_number: str | None = None, limit: int = 200,
    only_worked_here: bool = False,
) -> list[ProductionRow]:
    """One page of production orders by number; pass the last number seen for the next.
    `only_worked_here`: leave out another site's (a branch's, at head office: site_scope.py),
    for the worklist; browsing shows them all."""
    query = _row_query()
    if states:
        query = query.where(ProductionOrder.state.in_(states))
    if order_line_id is not None:
        query = query.where(ProductionOrder.order_line_id == order_line_id)
    if after_number:
        query = query.where(ProductionOrder.number > after_number)
    with uow:
        if only_worked_here:
            query = query.where(work_scope(uow).numbered(ProductionOrder.number))
        rows = uow.session.execute(query.order_by(ProductionOrder.number).limit(limit)).all()
    return [ProductionRow(*row) for row in rows]


def get_production_order(uow: UnitOfWork, production_id: uuid.UUID) -> ProductionDetail:
    with uow:
        session = uow.session
        row = session.execute(_row_query().where(ProductionOrder.id == production_id)).first()
        if row is None:
            raise NotFoundError(tr("That production order does not exist any more."))
        times = session.execute(
            select(ProductionOrder.created_at, ProductionOrder.started_at,
                   ProductionOrder.finished_at).where(ProductionOrder.id == production_id)
        ).one()
        components = session.execute(
            select(ProductionComponent.id, ProductionComponent.product_id, Product.sku,
                   Product.name, ProductionComponent.quantity_required,
                   ProductionComponent.quantity_consumed)
            .join(Product, Product.id == ProductionComponent.product_id)
            .where(ProductionComponent.production_order_id == production_id)
            .order_by(Product.sku)
        ).all()
        inspections = session.execute(
            select(QcInspection.id, QcInspection.stage, QcInspection.sample_size,
                   QcInspection.passed, QcInspection.checks, QcInspection.notes,
                   QcInspection.inspector_id, QcInspection.at)
            .where(QcInspection.production_order_id == production_id)
            .order_by(QcInspection.at)
        ).all()
    return ProductionDetail(
        ProductionRow(*row), *times,
        components=tuple(ComponentRow(*c) for c in components),
        inspections=tuple(_inspection(i) for i in inspections))


def _inspection(r) -> InspectionRow:  # type: ignore[no-untyped-def]
    checks = tuple((c["name"], bool(c["passed"])) for c in json.loads(r.checks or "[]"))
    return InspectionRow(r.id, r.stage, r.sample_size, r.passed, checks, r.notes,
                         r.inspector_id, r.at)
