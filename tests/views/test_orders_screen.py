"""The order list: windowed over the services, searched and filtered as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services import order_queries
from app.services.order_queries import OrderState
from app.services.unit_of_work import UowFactory
from app.views.context import AppContext
from app.views.itemmodels import windowed
from app.views.screens.orders import OrdersScreen
from tests.factories import Factory
from tests.views.conftest import Problems


def _screen(qtbot: QtBot, ctx: AppContext) -> OrdersScreen:
    screen = OrdersScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1000, 600)
    screen.show()
    screen.refresh()
    return screen


def _numbers(screen: OrdersScreen) -> list[str]:
    model = screen.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_lists_every_order_newest_first_in_blocks(qtbot: QtBot, ctx: AppContext, f: Factory,
                                                  uow: UowFactory,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(windowed, "BLOCK", 2)  # 5 orders: three blocks
    monkeypatch.setattr(windowed, "CACHED_BLOCKS", 1)  # and each fetched again when evicted
    customer, product = f.customer(), f.product(stock_qty=10)
    ids = [f.order(customer, [(product, 1)]) for _ in range(5)]
    screen = _screen(qtbot, ctx)
    expected = [order_queries.get_order(uow(write=False), i).number for i in reversed(ids)]
    assert screen.model.rowCount() == 5
    assert _numbers(screen) == expected
    assert _numbers(screen) == expected  # again, after evictions
    assert screen.found.text() == "5 orders"


def test_the_cells_show_what_the_services_return(qtbot: QtBot, ctx: AppContext, f: Factory,
                                                 uow: UowFactory) -> None:
    order_id = f.confirmed_order()
    screen = _screen(qtbot, ctx)
    detail = order_queries.get_order(uow(write=False), order_id)
    cells = [screen.model.index(0, column).data() for column in range(4)]
    assert cells == [detail.number, detail.customer_name, "Confirmed", f"{detail.total:,.2f}"]
    assert screen.model.index(0, 3).data(Qt.ItemDataRole.TextAlignmentRole) & \
        Qt.AlignmentFlag.AlignRight
    # the first row is chosen and its lines shown below
    assert screen.detail.order is not None and screen.detail.order.id == order_id
    assert screen.detail.lines.rowCount() == len(detail.lines)


def test_typing_a_number_prefix_or_a_customer_name_narrows_the_list(
        qtbot: QtBot, ctx: AppContext, f: Factory, uow: UowFactory, problems: Problems) -> None:
    acme = f.customer(name="Acme Trading 貿易")
    other = f.customer(name="Lotus Hotel")
    product = f.product(stock_qty=10)
    acme_orders = [f.order(acme, [(product, 1)]) for _ in range(2)]
    f.order(other, [(product, 1)])
    screen = _screen(qtbot, ctx)
    screen.search.insert("貿易")  # Chinese arrives from the input method, not as key clicks
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    numbers = {order_queries.get_order(uow(write=False), i).number for i in acme_orders}
    assert set(_numbers(screen)) == numbers
    screen.search.clear()
    first = sorted(numbers)[0]
    qtbot.keyClicks(screen.search, first.lower())  # typed in lower case
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert _numbers(screen) == [first]
    screen.search.clear()
    qtbot.keyClicks(screen.search, "%_")  # LIKE wildcards are plain characters here
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert _numbers(screen) == []
    assert screen.detail.order is None
    assert problems == []


def test_the_state_filter_shows_one_state(qtbot: QtBot, ctx: AppContext, f: Factory) -> None:
    f.order()
    f.confirmed_order()
    f.confirmed_order()
    screen = _screen(qtbot, ctx)
    screen.state.setCurrentIndex(screen.state.findData(OrderState.CONFIRMED))
    assert screen.model.rowCount() == 2
    assert {screen.model.index(r, 2).data() for r in range(2)} == {"Confirmed"}
