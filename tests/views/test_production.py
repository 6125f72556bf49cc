"""The production screen driven by keys and scans over the real services, on every backend:
from a short sales line through start, finish, a failed and a passing final inspection to
acceptance, which allocates the waiting order."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.models.enums import OrderState, ProductionState, Role, ShortDecision
from app.services import (
    inventory,
    order_queries,
    production,
    production_qc,
    production_queries,
    products,
)
from app.services.unit_of_work import UowFactory
from app.views.context import AppContext
from app.views.screens.allocation import AllocationScreen
from app.views.screens.production import ProductionScreen
from tests.factories import Factory
from tests.views.conftest import Problems

D = Decimal


def _press(qtbot: QtBot, button: QPushButton) -> None:
    """The keyboard way: focus the button, Space."""
    assert button.isEnabled(), button.objectName()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def _state(screen: ProductionScreen) -> ProductionState:
    assert screen.detail is not None
    return screen.detail.row.state


def test_short_line_to_production_to_accepted_goods_for_the_order(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory, uow: UowFactory,
    problems: Problems,
) -> None:
    part = f.product(stock_qty=10)
    made = f.made_product([(part, 2)])
    order_id = f.confirmed_order(lines=[(made, 3)])
    number = order_queries.get_order(uow(write=False), order_id).number
    ctx = make_ctx(Role.WAREHOUSE)

    # The short line is sent to production from the allocation screen.
    allocation = AllocationScreen(ctx)
    qtbot.addWidget(allocation)
    allocation.show()
    allocation.decision.setCurrentIndex(
        allocation.decision.findData(ShortDecision.PRODUCTION.value))
    allocation.new_date.setDate(QDate.currentDate().addDays(5))
    _press(qtbot, allocation.resolve_button)
    assert problems == []
    line = allocation._selected_line()
    assert line is not None and line.production_number

    screen = ProductionScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    first = screen.orders.row_at(0)
    assert first.cells[0] == line.production_number and first.cells[-1] == number
    assert _state(screen) is ProductionState.PLANNED
    components = [screen.components.row_at(i).cells for i in range(screen.components.rowCount())]
    assert [(c[1], c[4]) for c in components] == [("6", "")]  # 2 per unit x 3, none short

    _press(qtbot, screen.start_button)
    assert _state(screen) is ProductionState.STARTED
    screen.progress.setValue(50)
    _press(qtbot, screen.progress_button)
    assert screen.detail is not None and screen.detail.row.progress_pct == 50
    _press(qtbot, screen.finish_button)
    assert _state(screen) is ProductionState.FINISHED
    assert not screen.accept_button.isEnabled()  # no final inspection yet

    # A failed final inspection: one check unticked, notes typed.
    form = screen.inspection
    assert form.stage.currentData() == "final"
    form.sample.setValue(2)
    box = next(b for b in form.checks if b.text() == "Function test")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()
    qtbot.keyClicks(form.notes, "motor hums")
    _press(qtbot, form.record)
    assert problems == []
    assert "FAILED" in screen.blocked.text()
    assert not screen.accept_button.isEnabled()
    assert screen.inspections.row_at(0).cells[3:5] == ("Failed", "Function test")
    # The service refuses too, should anything call it (the button is only a convenience).
    screen.accept_quantity.setText("3")
    screen.accept()
    assert "failed" in problems.last()
    assert order_queries.get_order(uow(write=False), order_id).state is OrderState.CONFIRMED

    # Reworked: a passing final inspection unblocks acceptance.
    qtbot.keyClicks(form.notes, "motor replaced")
    _press(qtbot, form.record)
    assert screen.blocked.text() == ""
    assert screen.inspections.row_at(0).cells[3] == "Passed"
    assert screen.accept_quantity.text() == "3"
    _press(qtbot, screen.accept_button)
    assert len(problems) == 1
    assert "3 held at once" in screen.message.text()

    [row] = production_queries.list_production_orders(uow(write=False),
                                                       order_line_id=line.line_id)
    detail = production_queries.get_production_order(uow(write=False), row.id)
    assert detail.row.state is ProductionState.ACCEPTED and detail.row.qty_accepted == D(3)
    assert order_queries.get_order(uow(write=False), order_id).state is OrderState.ALLOCATED
    level = inventory.get_product_stock(uow(write=False), made).levels[0]
    assert (level.on_hand, level.allocated) == (D(3), D(3))
    # Accepted orders leave the open worklist.
    assert screen.orders.rowCount() == 0


def test_production_order_by_hand_from_a_scanned_product(
    qtbot: QtBot, ctx: AppContext, f: Factory, uow: UowFactory, problems: Problems,
) -> None:
    part = f.product(stock_qty=1)
    made = f.made_product([(part, 1)])
    barcode = next(r.barcode for r in products.search_products(uow(write=False), "")
                   if r.id == made) or ""
    screen = ProductionScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.keyClicks(screen.new_code, barcode)
    qtbot.keyClick(screen.new_code, Qt.Key.Key_Return)
    assert screen.new_quantity.hasFocus() or screen.new_product is not None
    qtbot.keyClicks(screen.new_quantity, "0.0001")
    qtbot.keyClick(screen.new_quantity, Qt.Key.Key_Return)
    assert screen.errors.message("quantity") and problems == []
    screen.new_quantity.clear()
    qtbot.keyClicks(screen.new_quantity, "4")
    qtbot.keyClick(screen.new_quantity, Qt.Key.Key_Return)
    assert _state(screen) is ProductionState.PLANNED
    assert screen.detail is not None and screen.detail.row.quantity == D(4)
    # Only one part is free for the four needed: the short component is shown and start refused.
    cells = screen.components.row_at(0).cells
    assert (cells[1], cells[4]) == ("4", "3") and screen.components.row_at(0).colour is not None
    _press(qtbot, screen.start_button)
    assert problems and _state(screen) is ProductionState.PLANNED



def test_goods_made_for_stock_go_to_the_waiting_orders(
    qtbot: QtBot, ctx: AppContext, f: Factory, uow: UowFactory, problems: Problems,
) -> None:
    part = f.product(stock_qty=10)
    made = f.made_product([(part, 1)])
    waiting = f.confirmed_order(lines=[(made, 2)])
    po = production.create_production_order(uow(), f.admin, made, D(5))
    production.start_production(uow(), f.admin, po)
    production.finish_production(uow(), f.admin, po)
    production_qc.record_inspection(uow(), f.admin, po, "final", 1, [("Function test", True)])
    screen = ProductionScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.production_id == po and screen.accept_quantity.text() == "5"
    _press(qtbot, screen.accept_button)
    assert problems == []
    assert "1 waiting orders received the rest" in screen.message.text()
    assert order_queries.get_order(uow(write=False), waiting).state is OrderState.ALLOCATED
    level = inventory.get_product_stock(uow(write=False), made).levels[0]
    assert (level.on_hand, level.allocated) == (D(5), D(2))
