"""How much work waits at each step: the counts beside the main window's step titles.

One query per kind, all in one read transaction, so the navigation list refreshes in a
few milliseconds even on a large database (the order counts use ix_sales_orders_state).
Only the work of this desk counts: at head office, the branches' orders and documents are
theirs to move on (site_scope.py); "all orders" counts every order, as the Orders list shows.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from app.models import (
    Complaint,
    Product,
    ProductionOrder,
    SalesOrder,
    StockLevel,
    SyncConflict,
)
from app.models.enums import ComplaintState, OrderState, ProductionState
from app.services.receivables import open_invoice_query
from app.services.site_scope import work_scope
from app.services.unit_of_work import UnitOfWork

S = OrderState
# Orders waiting at each order step (the worklist of that step's screen).
ORDER_STEPS: dict[str, tuple[OrderState, ...]] = {
    "to_confirm": (S.DRAFT,),
    "to_allocate": (S.CONFIRMED, S.PARTIALLY_ALLOCATED),
    "to_pick": (S.ALLOCATED, S.PARTIALLY_ALLOCATED),
    "to_pack": (S.PICKED,),
    "to_ship": (S.PACKED, S.PARTIALLY_SHIPPED),
    "to_deliver": (S.SHIPPED,),
    "to_invoice": (S.DELIVERED,),
}
OPEN_PRODUCTION = (ProductionState.PLANNED, ProductionState.STARTED, ProductionState.FINISHED)
OPEN_COMPLAINTS = (ComplaintState.OPEN, ComplaintState.ASSIGNED)


def count_waiting(uow: UnitOfWork, today: date | None = None) -> dict[str, int]:
    """Counts keyed as app/views/screens SCREENS' `waiting` names."""
    today = today or date.today()
    with uow:
        session = uow.session
        here = work_scope(uow)
        counts: dict[str, int] = {"all_orders": session.scalar(
            select(func.count()).select_from(SalesOrder)) or 0}
        work_states = sorted({state for states in ORDER_STEPS.values() for state in states})
        by_state = dict(session.execute(
            select(SalesOrder.state, func.count())
            .where(SalesOrder.state.in_(work_states), here.orders())
            .group_by(SalesOrder.state)).all())
        counts |= {key: sum(by_state.get(state, 0) for state in states)
                   for key, states in ORDER_STEPS.items()}
        # Imported history is delivered but was invoiced by the previous system.
        counts["to_invoice"] -= session.scalar(
            select(func.count()).select_from(SalesOrder)
            .where(SalesOrder.state == S.DELIVERED, SalesOrder.billed_elsewhere,
                   here.orders())) or 0
        counts["open_production"] = session.scalar(
            select(func.count()).select_from(ProductionOrder)
            .where(ProductionOrder.state.in_(OPEN_PRODUCTION),
                   here.numbered(ProductionOrder.number))) or 0
        counts["open_complaints"] = session.scalar(
            select(func.count()).select_from(Complaint)
            .where(Complaint.state.in_(OPEN_COMPLAINTS))) or 0
        counts["open_conflicts"] = session.scalar(
            select(func.count()).select_from(SyncConflict)
            .where(SyncConflict.resolved_at.is_(None))) or 0
        on_hand = (select(StockLevel.product_id, func.sum(StockLevel.on_hand).label("qty"))
                   .group_by(StockLevel.product_id).subquery())
        counts["below_safety"] = session.scalar(
            select(func.count()).select_from(Product)
            .outerjoin(on_hand, on_hand.c.product_id == Product.id)
            .where(Product.safety_stock > 0,
                   func.coalesce(on_hand.c.qty, 0) < Product.safety_stock)) or 0
        invoices = open_invoice_query()
        counts["overdue"] = session.scalar(
            select(func.count()).select_from(invoices)
            .where(invoices.c.open_amount > 0, invoices.c.due_date < today,
                   here.numbered(invoices.c.number))) or 0
        counts["late_orders"] = session.scalar(
            select(func.count()).select_from(SalesOrder).where(
                SalesOrder.promised_date < today, here.orders(),
                SalesOrder.state.in_([*ORDER_STEPS["to_allocate"], *ORDER_STEPS["to_pick"],
                                      S.PICKED, S.PACKED, S.PARTIALLY_SHIPPED]))) or 0
    return counts
