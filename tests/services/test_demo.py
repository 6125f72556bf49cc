"""Demo data reaches every step of the process and leaves the database consistent."""

from __future__ import annotations

from sqlalchemy import Engine

from app.models.enums import OrderState
from app.services import order_queries
from app.services.demo import fill_demo
from app.services.integrity import check_database
from app.services.unit_of_work import UowFactory


def test_demo_orders_cover_the_process_states(uow: UowFactory, engine: Engine) -> None:
    summary = fill_demo(uow, orders=20, seed=3)
    assert summary.customers == 8 and summary.products == 11
    assert summary.production_orders == 3 and summary.complaints >= 1
    states = {row.state for row in order_queries.list_orders(uow(write=False))}
    expected = {OrderState.DRAFT, OrderState.CONFIRMED, OrderState.PARTIALLY_ALLOCATED,
                OrderState.ALLOCATED, OrderState.PICKED, OrderState.PACKED, OrderState.SHIPPED,
                OrderState.DELIVERED, OrderState.CANCELLED, OrderState.INVOICED}
    assert expected <= states
    assert check_database(engine) == []


def test_running_demo_again_adds_orders_not_duplicates(uow: UowFactory) -> None:
    fill_demo(uow, orders=3)
    again = fill_demo(uow, orders=2, seed=9)
    assert again.customers == 0 and again.products == 0
    assert len(order_queries.list_orders(uow(write=False))) == 5
