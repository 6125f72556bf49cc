"""Read side of picking: the orders waiting for a pick list and the open pick lists."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from app.models import PickList, PickListLine, SalesOrder, SalesOrderLine, User
from app.models.enums import OrderState, PickListState
from app.services.site_scope import work_scope
from app.services.unit_of_work import UnitOfWork

ZERO = Decimal(0)
# Orders with allocated stock that may still need listing (picking.PICKABLE without the
# states whose goods are all picked already).
TO_PICK_STATES = (OrderState.ALLOCATED, OrderState.PARTIALLY_ALLOCATED,
                  OrderState.PARTIALLY_SHIPPED)


@dataclass(frozen=True)
class OrderToPick:
    id: uuid.UUID
    number: str
    customer_name: str
    promised_date: date | None
    units: Decimal  # allocated, not yet picked and not on an open pick list
    lines: int


def list_orders_to_pick(uow: UnitOfWork, limit: int = 500) -> list[OrderToPick]:
    """Orders with held stock that no open pick list covers yet, oldest promise first (only
    those worked on here: site_scope.py)."""
    on_lists = (
        select(PickListLine.order_line_id,
               func.sum(PickListLine.qty_to_pick - PickListLine.qty_picked
                        - PickListLine.qty_short).label("listed"))
        .join(PickList, PickList.id == PickListLine.pick_list_id)
        .where(PickList.state == PickListState.OPEN)
        .group_by(PickListLine.order_line_id).subquery())
    open_units = (SalesOrderLine.qty_allocated - (SalesOrderLine.qty_picked
                                                  - SalesOrderLine.qty_shipped)
                  - func.coalesce(on_lists.c.listed, 0))
    query = (
        select(SalesOrder.id, SalesOrder.number, SalesOrder.customer_name,
               SalesOrder.promised_date, func.sum(open_units), func.count())
        .join(SalesOrderLine, SalesOrderLine.order_id == SalesOrder.id)
        .outerjoin(on_lists, on_lists.c.order_line_id == SalesOrderLine.id)
        .where(SalesOrder.state.in_(TO_PICK_STATES), open_units > 0)
        .group_by(SalesOrder.id, SalesOrder.number, SalesOrder.customer_name,
                  SalesOrder.promised_date)
        .order_by(SalesOrder.promised_date.is_(None), SalesOrder.promised_date,
                  SalesOrder.number)
        .limit(limit))
    with uow:
        rows = uow.session.execute(query.where(work_scope(uow).orders())).all()
    return [OrderToPick(r[0], r[1], r[2], r[3], Decimal(r[4]), int(r[5])) for r in rows]


@dataclass(frozen=True)
class PickListRow:
    id: uuid.UUID
    number: str
    is_wave: bool
    orders: str  # the order numbers, comma separated
    units_to_pick: Decimal
    units_done: Decimal  # picked or reported short
    picker_name: str  # "" while nobody has claimed it
    created_at: datetime


def list_open_pick_lists(uow: UnitOfWork, limit: int = 200) -> list[PickListRow]:
    """Open pick lists made here, oldest first, with their progress and who is picking them
    (a branch's lists reach head office with its orders, to be picked at the branch)."""
    picker = aliased(User)
    totals = (
        select(PickListLine.pick_list_id.label("list_id"),
               func.sum(PickListLine.qty_to_pick).label("to_pick"),
               func.sum(PickListLine.qty_picked + PickListLine.qty_short).label("done"))
        .group_by(PickListLine.pick_list_id).subquery())
    query = (
        select(PickList.id, PickList.number, PickList.is_wave, totals.c.to_pick,
               totals.c.done, picker.display_name, PickList.created_at)
        .join(totals, totals.c.list_id == PickList.id)
        .outerjoin(picker, picker.id == PickList.picker_id)
        .where(PickList.state == PickListState.OPEN)
        .order_by(PickList.created_at, PickList.number)
        .limit(limit))
    with uow:
        session = uow.session
        rows = session.execute(query.where(work_scope(uow).numbered(PickList.number))).all()
        numbers: dict[uuid.UUID, list[str]] = {row[0]: [] for row in rows}
        if numbers:
            pairs = session.execute(
                select(PickListLine.pick_list_id, SalesOrder.number).distinct()
                .join(SalesOrderLine, SalesOrderLine.id == PickListLine.order_line_id)
                .join(SalesOrder, SalesOrder.id == SalesOrderLine.order_id)
                .where(PickListLine.pick_list_id.in_(list(numbers))))
            for list_id, number in pairs:
                numbers[list_id].append(number)
    return [PickListRow(r[0], r[1], r[2], ", ".join(sorted(numbers[r[0]])),
                        Decimal(r[3] or ZERO), Decimal(r[4] or ZERO), r[5] or "", r[6])
            for r in rows]
