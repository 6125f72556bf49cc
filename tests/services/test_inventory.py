"""Inventory read side, counts and adjustments by location, replenishment alerts and the
allocation worklist, on every backend."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.models import OutboxMail, StockMove
from app.models.enums import CustomerTier, MoveKind, OrderState, Role, ShortDecision
from app.services import (
    allocation,
    allocation_queries,
    inventory,
    inventory_counts,
    order_queries,
    production,
    products,
    replenishment,
    stock,
    worklists,
)
from app.services.errors import (
    InsufficientStockError,
    NotFoundError,
    PermissionDeniedError,
    UserFacingError,
    ValidationError,
)
from app.services.settings import set_setting
from tests.factories import Factory

D = Decimal


def _product_with_safety(f: Factory, safety: str, stock_qty: int = 0, sku: str = "") -> uuid.UUID:
    product_id = products.create_product(f.uow(), f.admin, products.ProductInput(
        sku=sku or f"SAFE-{uuid.uuid4().hex[:6]}", name="Safety bolt 螺栓", list_price=D(10),
        safety_stock=D(safety)))
    if stock_qty:
        stock.receive_stock(f.uow(), f.admin, product_id, D(stock_qty))
    return product_id


def _main(f: Factory) -> uuid.UUID:
    return inventory.find_location_by_code(f.uow(write=False), "hq-main").id


def _set_address(f: Factory, address: str) -> None:
    with f.uow() as u:
        set_setting(u.session, replenishment.SETTING, address)
        u.commit()


def test_levels_show_on_hand_allocated_available_and_in_production(f: Factory) -> None:
    part = f.product(stock_qty=50)
    made = f.made_product([(part, 2)], stock_qty=3)
    f.allocated_order(lines=[(made, 2)])
    production.create_production_order(f.uow(), f.admin, made, D(5))
    row = next(r for r in inventory.list_levels(f.uow(write=False)) if r.product_id == made)
    assert (row.on_hand, row.allocated, row.available) == (D(3), D(2), D(1))
    assert row.in_production == D(5)
    assert row.location_code == "HQ-MAIN"


def test_below_safety_list_agrees_with_the_step_count(f: Factory) -> None:
    low = _product_with_safety(f, "10", stock_qty=4)
    never_stocked = _product_with_safety(f, "2")
    fine = _product_with_safety(f, "5", stock_qty=5)
    below = {r.product_id for r in inventory.list_below_safety(f.uow(write=False))}
    assert below == {low, never_stocked}
    assert worklists.count_waiting(f.uow(write=False))["below_safety"] == len(below)
    flags = {r.product_id: r.below_safety for r in inventory.list_levels(f.uow(write=False))}
    assert flags[low] is True and flags[fine] is False
    only = inventory.list_levels(f.uow(write=False), below_safety_only=True)
    assert [r.product_id for r in only] == [low]


def test_holders_name_the_orders_and_production_orders(f: Factory) -> None:
    part = f.product(stock_qty=20)
    order_id = f.allocated_order(lines=[(part, 3)])
    made = f.made_product([(part, 2)])
    po = production.create_production_order(f.uow(), f.admin, made, D(4))
    production.start_production(f.uow(), f.admin, po)
    holders = inventory.list_holders(f.uow(write=False), part)
    number = order_queries.get_order(f.uow(write=False), order_id).number
    assert {(h.kind, h.number, h.quantity) for h in holders} == {
        ("order", number, D(3)),
        ("production", production_queries_number(f, po), D(8))}
    detail = inventory.get_product_stock(f.uow(write=False), part)
    assert detail.levels[0].allocated == D(11)
    assert [m.kind for m in detail.moves] == [MoveKind.RECEIPT]


def production_queries_number(f: Factory, po: uuid.UUID) -> str:
    from app.services import production_queries
    return production_queries.get_production_order(f.uow(write=False), po).row.number


def test_count_records_a_move_with_its_reason_and_alerts_once_a_day(f: Factory) -> None:
    _set_address(f, "buyer@example.com")
    product_id = _product_with_safety(f, "10", stock_qty=12)
    actor = f.actor(Role.WAREHOUSE)
    result = inventory_counts.count_stock(f.uow(), actor, _main(f), product_id, D(9),
                                          "cycle count")
    assert (result.booked, result.difference) == (D(12), D(-3))
    assert result.alert_mail_id is not None
    again = inventory_counts.count_stock(f.uow(), actor, _main(f), product_id, D(8), "damaged")
    with f.uow() as u:
        moves = u.session.execute(
            select(StockMove.kind, StockMove.quantity, StockMove.reason)
            .where(StockMove.product_id == product_id).order_by(StockMove.at)).all()
        mails = u.session.scalars(select(OutboxMail.to_address)).all()
    assert moves[1:] == [(MoveKind.COUNT, D(-3), "cycle count"), (MoveKind.COUNT, D(-1), "damaged")]
    assert again.alert_mail_id == result.alert_mail_id and mails == ["buyer@example.com"]
    level = inventory.get_product_stock(f.uow(write=False), product_id).levels[0]
    assert level.on_hand == D(8)


def test_count_without_difference_records_nothing(f: Factory) -> None:
    product_id = f.product(stock_qty=5)
    result = inventory_counts.count_stock(f.uow(), f.admin, _main(f), product_id, D(5), "count")
    assert result.difference == 0 and result.alert_mail_id is None
    with f.uow() as u:
        assert len(u.session.scalars(select(StockMove).where(
            StockMove.product_id == product_id)).all()) == 1


def test_count_and_adjust_refusals(f: Factory) -> None:
    product_id = f.product(stock_qty=5)
    f.allocated_order(lines=[(product_id, 4)])
    loc = _main(f)
    with pytest.raises(ValidationError) as err:
        inventory_counts.count_stock(f.uow(), f.admin, loc, product_id, D(5), " ")
    assert err.value.field == "reason"
    with pytest.raises(InsufficientStockError):  # 4 are held for an order
        inventory_counts.count_stock(f.uow(), f.admin, loc, product_id, D(3), "count")
    with pytest.raises(ValidationError):
        inventory_counts.adjust_at(f.uow(), f.admin, loc, product_id, D(0), "found")
    with pytest.raises(PermissionDeniedError):
        inventory_counts.adjust_at(f.uow(), f.actor(Role.SALES), loc, product_id, D(1), "x")
    result = inventory_counts.adjust_at(f.uow(), f.admin, loc, product_id, D(2), "found")
    assert (result.booked, result.counted) == (D(5), D(7))
    with pytest.raises(NotFoundError):
        inventory.find_location_by_code(f.uow(write=False), "NOWHERE")


def test_mail_list_needs_an_address_and_is_one_per_day(f: Factory) -> None:
    _product_with_safety(f, "3")
    with pytest.raises(UserFacingError):
        replenishment.mail_below_safety_list(f.uow(), f.admin)
    _set_address(f, "planner@example.com")
    first = replenishment.mail_below_safety_list(f.uow(), f.admin)
    assert replenishment.mail_below_safety_list(f.uow(), f.admin) == first


def test_waiting_orders_by_tier_and_allocate_all(f: Factory) -> None:
    scarce = f.product(stock_qty=3)
    c_order = f.confirmed_order(f.customer(tier=CustomerTier.C), [(scarce, 3)])
    a_order = f.confirmed_order(f.customer(tier=CustomerTier.A), [(scarce, 3)])
    # Both were confirmed with stock free; take it away again so both wait.
    allocation.allocate_order(f.uow(), f.admin, c_order)
    waiting = allocation_queries.list_waiting_orders(f.uow(write=False))
    assert [w.id for w in waiting] == [a_order]
    stock.receive_stock(f.uow(), f.admin, scarce, D(2))
    late = f.confirmed_order(f.customer(tier=CustomerTier.B), [(scarce, 1)])
    waiting = allocation_queries.list_waiting_orders(f.uow(write=False))
    assert [w.id for w in waiting] == [a_order, late]
    assert waiting[0].short_units == D(3)
    result = allocation_queries.allocate_all_waiting(f.uow(), f.admin)
    assert result.orders_served == 1  # tier A takes both free units, B gets none
    a = order_queries.get_order(f.uow(write=False), a_order)
    assert a.state is OrderState.PARTIALLY_ALLOCATED
    short = allocation_queries.list_short_lines(f.uow(write=False), a_order)
    assert [(s.short, s.available) for s in short] == [(D(1), D(0))]


def test_short_line_shows_its_production_order(f: Factory) -> None:
    part = f.product(stock_qty=10)
    made = f.made_product([(part, 1)])
    order_id = f.confirmed_order(lines=[(made, 2)])
    line = allocation_queries.list_short_lines(f.uow(write=False), order_id)[0]
    assert line.production_number is None
    allocation.resolve_short_line(f.uow(), f.admin, line.line_id, ShortDecision.PRODUCTION)
    line = allocation_queries.list_short_lines(f.uow(write=False), order_id)[0]
    assert line.decision is ShortDecision.PRODUCTION and line.production_number
