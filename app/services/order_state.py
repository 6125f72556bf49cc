"""An order's state follows from its lines; this is the one place that says how."""

from __future__ import annotations

from app.models import SalesOrder
from app.models.enums import OrderState


def derive_state(order: SalesOrder) -> OrderState:
    lines = order.lines
    if lines and all(line.qty_cancelled >= line.quantity for line in lines):
        return OrderState.CANCELLED
    if order.confirmed_at is None:
        return OrderState.DRAFT
    live = [(line, line.qty_effective) for line in lines]
    live = [(line, eff) for line, eff in live if eff > 0]
    if all(line.qty_invoiced >= eff for line, eff in live):
        return OrderState.INVOICED
    if all(line.qty_delivered >= eff for line, eff in live):
        return OrderState.DELIVERED
    if all(line.qty_net_shipped >= eff for line, eff in live):
        return OrderState.SHIPPED
    if any(line.qty_shipped > 0 for line, _ in live):
        return OrderState.PARTIALLY_SHIPPED
    # Picked/packed count what is in the warehouse for the order now, net of what has left.
    if all(line.qty_packed - line.qty_replaced - line.qty_written_off >= eff
           for line, eff in live):
        return OrderState.PACKED
    if all(line.qty_picked - line.qty_replaced - line.qty_written_off >= eff
           for line, eff in live):
        return OrderState.PICKED
    if all(line.qty_allocated >= eff for line, eff in live):
        return OrderState.ALLOCATED
    if any(line.qty_allocated > 0 for line, _ in live):
        return OrderState.PARTIALLY_ALLOCATED
    return OrderState.CONFIRMED


def refresh_state(order: SalesOrder) -> tuple[OrderState, OrderState]:
    """Re-derives the stored state; returns (before, after) for the audit trail."""
    before = order.state
    order.state = derive_state(order)
    return before, order.state
