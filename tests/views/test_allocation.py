"""The allocation screen driven by keys over the real services, on every backend."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from app.models.enums import CustomerTier, OrderState, Role, ShortDecision
from app.services import allocation, order_queries, stock
from app.services.unit_of_work import UowFactory
from app.views.context import AppContext
from app.views.screens.allocation import AllocationScreen
from tests.factories import Factory
from tests.views.conftest import Problems

D = Decimal


def _numbers(screen: AllocationScreen) -> list[str]:
    return [o.number for o in screen.waiting.payloads()]


def _state(uow: UowFactory, order_id: object) -> OrderState:
    return order_queries.get_order(uow(write=False), order_id).state  # type: ignore[arg-type]


def test_worklist_by_tier_allocate_one_and_allocate_all(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory, uow: UowFactory,
    problems: Problems,
) -> None:
    plenty = f.product(stock_qty=10)
    scarce = f.product(stock_qty=0)
    c_order = f.confirmed_order(f.customer(tier=CustomerTier.C), [(plenty, 2)])
    b_order = f.confirmed_order(f.customer(tier=CustomerTier.B), [(scarce, 2)])
    a_order = f.confirmed_order(f.customer(tier=CustomerTier.A), [(scarce, 2)])
    screen = AllocationScreen(make_ctx(Role.WAREHOUSE))
    qtbot.addWidget(screen)
    screen.show()
    numbers = {o: order_queries.get_order(uow(write=False), o).number
               for o in (a_order, b_order, c_order)}
    assert _numbers(screen) == [numbers[a_order], numbers[b_order], numbers[c_order]]
    # Allocate the selected (tier C) order with the keyboard: Enter on the worklist.
    screen.waiting_view.setFocus()
    screen.waiting_view.selectRow(2)
    qtbot.keyClick(screen.waiting_view, Qt.Key.Key_Return)
    assert _state(uow, c_order) is OrderState.ALLOCATED
    assert "fully allocated" in screen.message.text()
    assert numbers[c_order] not in _numbers(screen)
    # Three units arrive: allocate-all serves tier A in full before tier B.
    stock.receive_stock(uow(), f.admin, scarce, D(3))
    qtbot.mouseClick(screen.all_button, Qt.MouseButton.LeftButton)
    assert problems == []
    assert _state(uow, a_order) is OrderState.ALLOCATED
    assert _state(uow, b_order) is OrderState.PARTIALLY_ALLOCATED
    assert _numbers(screen) == [numbers[b_order]]


def test_short_line_resolutions(
    qtbot: QtBot, ctx: AppContext, f: Factory, uow: UowFactory, problems: Problems,
) -> None:
    scarce = f.product(stock_qty=0)
    order_id = f.confirmed_order(lines=[(scarce, 4)])
    screen = AllocationScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    line = screen._selected_line()
    assert line is not None and line.short == D(4) and line.decision is None
    # A new promised date in the past is shown at the date field, nothing is saved.
    screen.decision.setCurrentIndex(screen.decision.findData(ShortDecision.NEW_DATE.value))
    screen.new_date.setDate(QDate.currentDate().addDays(-3))
    qtbot.mouseClick(screen.resolve_button, Qt.MouseButton.LeftButton)
    assert screen.errors.message("new_date") and problems == [], (problems, screen.message.text())
    screen.new_date.setDate(QDate.currentDate().addDays(10))
    qtbot.mouseClick(screen.resolve_button, Qt.MouseButton.LeftButton)
    line = screen._selected_line()
    assert line is not None and line.decision is ShortDecision.NEW_DATE
    assert screen.lines.row_at(0).cells[5] == "New promised date"
    # An unknown substitute code is refused at its field.
    screen.decision.setCurrentIndex(screen.decision.findData(ShortDecision.SUBSTITUTE.value))
    qtbot.keyClicks(screen.substitute, "NOPE-1")
    qtbot.mouseClick(screen.resolve_button, Qt.MouseButton.LeftButton)
    assert "NOPE-1" in screen.errors.message("substitute")
    other = f.product(stock_qty=10)
    screen.substitute.clear()
    sku = next(r.sku for r in stock.list_stock(uow(write=False)) if r.product_id == other)
    qtbot.keyClicks(screen.substitute, sku)
    qtbot.mouseClick(screen.resolve_button, Qt.MouseButton.LeftButton)
    detail = order_queries.get_order(uow(write=False), order_id)
    assert [(ln.sku, ln.quantity - ln.qty_cancelled) for ln in detail.lines] == [
        (detail.lines[0].sku, D(0)), (sku, D(4))]
    allocation.allocate_order(uow(), f.admin, order_id)
    screen.refresh()
    assert detail.number not in _numbers(screen)
