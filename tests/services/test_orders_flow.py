"""Entry, confirmation and allocation through the services, on every backend."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.models.enums import OrderState, Role
from app.services import allocation, order_queries, orders
from app.services.errors import PermissionDeniedError, ValidationError
from tests.factories import Factory


def test_an_order_gets_a_site_coded_number_and_totals_from_its_lines(f: Factory) -> None:
    product = f.product(price="99.99", tax_rate="0.05")
    order_id = f.order(lines=[(product, 3)])
    detail = order_queries.get_order(f.uow(), order_id)
    assert detail.number.startswith("HQ-SO-")
    assert detail.subtotal == Decimal("299.97")
    assert detail.tax_total == Decimal("15.00")  # 14.9985 rounded half-up
    assert detail.total == Decimal("314.97")
    assert detail.state is OrderState.DRAFT


def test_a_negative_quantity_is_refused_with_the_field_named(f: Factory) -> None:
    product = f.product()
    with pytest.raises(ValidationError) as err:
        f.order(lines=[(product, -1)])
    assert err.value.field == "quantity"


def test_allocation_holds_what_is_there_and_reports_the_rest(f: Factory) -> None:
    product = f.product(stock_qty=5)
    order_id = f.confirmed_order(lines=[(product, 8)])
    result = allocation.allocate_order(f.uow(), f.admin, order_id)
    assert result.lines[0].allocated == Decimal(5)
    assert result.lines[0].short == Decimal(3)
    assert result.state is OrderState.PARTIALLY_ALLOCATED


def test_cancel_releases_everything_held(f: Factory) -> None:
    product = f.product(stock_qty=5)
    order_id = f.allocated_order(lines=[(product, 4)])
    orders.cancel_order(f.uow(), f.admin, order_id, "customer changed mind")
    detail = order_queries.get_order(f.uow(), order_id)
    assert detail.state is OrderState.CANCELLED
    assert detail.lines[0].qty_allocated == 0
    again = f.allocated_order(lines=[(product, 5)])
    assert order_queries.get_order(f.uow(), again).state is OrderState.ALLOCATED


def test_a_warehouse_user_cannot_enter_orders(f: Factory) -> None:
    picker = f.actor(Role.WAREHOUSE)
    with pytest.raises(PermissionDeniedError):
        orders.create_order(f.uow(), picker, orders.OrderInput(
            customer_id=f.customer(), channel=orders.Channel.PHONE, lines=()))


def test_credit_exposure_counts_open_orders_and_refuses_over_the_limit(f: Factory) -> None:
    from app.services import confirmation, credit

    customer = f.customer(credit_limit="1000.00")
    product = f.product(price="300.00", tax_rate="0.05", stock_qty=10)
    f.confirmed_order(customer, [(product, 2)])  # 630.00 with tax
    with f.uow() as u:
        assert credit.exposure(u.session, customer) == Decimal("630.00")
    second = f.order(customer, [(product, 2)])
    with pytest.raises(confirmation.CreditLimitError) as err:
        confirmation.confirm_order(f.uow(), f.actor(Role.SERVICE), second)
    assert err.value.exposure == Decimal("1260.00")
    with pytest.raises(PermissionDeniedError):
        confirmation.confirm_order(f.uow(), f.actor(Role.SERVICE), second, credit_override=True)
    confirmation.approve_credit(f.uow(), f.actor(Role.FINANCE), second)
    result = confirmation.confirm_order(f.uow(), f.actor(Role.SERVICE), second)
    assert result.credit_overridden


def test_money_and_quantities_stay_exact_in_sql(f: Factory) -> None:
    """SQLite would otherwise hold floats: 13790.60 + 689.53 must equal 14480.13 in a CHECK."""
    product = f.product(price="1379.06", tax_rate="0.05", stock_qty="0.3")
    order_id = f.order(lines=[(product, 10)])
    assert order_queries.get_order(f.uow(), order_id).total == Decimal("14480.13")
    from app.services import stock

    rows = [r for r in stock.list_stock(f.uow()) if r.product_id == product]
    assert rows[0].on_hand == Decimal("0.3")
