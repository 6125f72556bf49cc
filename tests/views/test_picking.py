"""The picking station over the real services: a wave of three orders picked by scans alone
(through the wedge filter), a wrong scan refused at once, a short pick with a reason."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.models.enums import Role
from app.services import order_queries, picking, products, stock
from app.services.order_queries import OrderState
from app.services.unit_of_work import UowFactory
from app.views.context import AppContext
from app.views.screens import picking as picking_screen
from app.views.screens.picking import PickingScreen
from tests.factories import Factory
from tests.views.conftest import Problems
from tests.views.wedge_keys import scan


def _screen(qtbot: QtBot, ctx: AppContext) -> PickingScreen:
    screen = PickingScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1200, 740)
    screen.show()
    QApplication.setActiveWindow(screen)  # shortcuts fire in the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    screen.refresh()
    screen.focus_first()
    return screen


@pytest.fixture
def three_orders(f: Factory) -> list[uuid.UUID]:
    a = f.product(stock_qty=10, bin_sequence=30)
    b = f.product(stock_qty=10, bin_sequence=10)
    c = f.product(stock_qty=10, bin_sequence=20)
    return [f.allocated_order(lines=[(a, 2), (b, 1)]),
            f.allocated_order(lines=[(b, 1)]),
            f.allocated_order(lines=[(c, 3)])]


def test_a_wave_of_three_orders_picked_by_scans_alone(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], uow: UowFactory,
    three_orders: list[uuid.UUID], problems: Problems,
) -> None:
    screen = _screen(qtbot, make_ctx(Role.WAREHOUSE))
    assert screen.orders_table.rowCount() == 3

    # The office side: select the three orders, Ctrl+N makes one wave.
    screen.orders_table.setFocus()
    screen.orders_table.selectAll()
    assert screen.create_button.text().replace("&", "") == "Create wave of 3 orders (Ctrl+N)"
    qtbot.keyClick(screen.orders_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert screen.lists_table.rowCount() == 1
    wave = screen.lists[0]
    assert wave.is_wave and wave.units_to_pick == Decimal(7)
    assert screen.orders_table.rowCount() == 0  # all listed now

    # The picker: scans the list's barcode while the focus is on the table -> scan mode.
    screen.lists_table.setFocus()
    scan(wave.number)
    assert screen.stack.currentIndex() == 1
    view = screen.scan_view
    assert screen.lists_table.item(0, 0).text() == wave.number
    first = view.current()
    assert first is not None
    assert view.bin.text() == first.bin_location  # walking order: lowest bin sequence first

    # A wrong scan: an unknown code is refused at once, red, nothing recorded.
    scan("9999999999999")
    assert view.feedback.state == "wrong"
    assert view.feedback.history[-1] == "wrong"
    assert "Unknown code" in view.message.text()
    assert problems == []  # no modal box at a scanning station
    detail = picking.get_pick_list(uow(write=False), wave.id)
    assert sum(line.qty_picked for line in detail.lines) == 0

    # The bin, then the items, one scan per unit; one line comes up short.
    scan(first.bin_location)
    assert view.feedback.state == "right"
    assert "Bin confirmed" in view.prompt.text()
    shorted = False
    while (line := view.current()) is not None:
        if not shorted and line.qty_to_pick - line.qty_picked >= 3:
            scan(line.barcode or line.sku)  # one of three picked, the bin is then empty
            qtbot.keyClick(screen.scan, Qt.Key.Key_F2)
            dialog = screen.short_dialog
            assert dialog is not None and dialog.isVisible()
            assert dialog.missing() == Decimal(2)
            dialog.reason.setFocus()
            dialog.reason.lineEdit().selectAll()
            qtbot.keyClicks(dialog.reason.lineEdit(), "Bin empty, 2 missing")
            qtbot.keyClick(dialog.reason.lineEdit(), Qt.Key.Key_Return)
            assert not dialog.isVisible()
            shorted = True
            continue
        before = sum(x.qty_picked for x in view.lines)
        scan(line.barcode or line.sku)
        assert view.feedback.state == "right", view.message.text()
        assert sum(x.qty_picked for x in view.lines) == before + 1
        assert [view.table.item(r, 5).text() for r in range(view.table.rowCount())] == [
            str(int(x.qty_picked)) for x in view.lines]  # the table shows each line's count
    assert shorted
    assert problems == []
    assert "complete" in view.message.text()

    detail = picking.get_pick_list(uow(write=False), wave.id)
    assert detail.state.value == "done"
    assert sum(x.qty_picked for x in detail.lines) == Decimal(5)
    assert sum(x.qty_short for x in detail.lines) == Decimal(2)
    states = {order_queries.get_order(uow(write=False), o).state for o in three_orders}
    assert OrderState.PICKED in states

    qtbot.keyClick(screen.scan, Qt.Key.Key_Escape)
    assert screen.stack.currentIndex() == 0
    assert screen.lists_table.rowCount() == 0


def test_surplus_and_wrong_item_are_refused(
    qtbot: QtBot, ctx: AppContext, f: Factory, uow: UowFactory, problems: Problems,
) -> None:
    product = f.product(stock_qty=5)
    other = f.product(stock_qty=5)
    order_id = f.allocated_order(lines=[(product, 1)])
    screen = _screen(qtbot, ctx)
    screen.orders_table.selectRow(0)
    screen.create_list()
    screen.start_selected()
    view = screen.scan_view
    line = view.current()
    assert line is not None

    other_order = f.allocated_order(lines=[(other, 1)])  # real stock, just not on this list
    scan(order_queries.get_order(uow(write=False), other_order).lines[0].sku)
    assert view.feedback.state == "wrong"
    assert "Wrong item" in view.message.text()

    scan(line.barcode or line.sku)
    assert view.feedback.state == "right"
    scan(line.barcode or line.sku)  # a surplus: the list is done, nothing more to pick
    assert view.feedback.state == "wrong"
    assert problems == []
    assert order_queries.get_order(uow(write=False), order_id).lines[0].qty_picked == 1


def test_a_second_picker_cannot_take_a_claimed_list(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory, uow: UowFactory,
) -> None:
    order_id = f.allocated_order()
    list_id = picking.create_pick_list(uow(), f.admin, [order_id])
    picking.claim_pick_list(uow(), f.admin, list_id)
    screen = _screen(qtbot, make_ctx(Role.WAREHOUSE))
    number = screen.lists[0].number
    scan(number)
    assert screen.stack.currentIndex() == 0
    assert "someone else" in screen.message.text()
    assert screen.list_feedback.state == "wrong"


def test_print_pick_list_opens_the_pdf(
    qtbot: QtBot, ctx: AppContext, f: Factory, monkeypatch: pytest.MonkeyPatch,
    problems: Problems,
) -> None:
    f.allocated_order()
    opened: list[tuple[bytes, str]] = []

    def fake_open(data: bytes, name: str) -> Path:
        opened.append((data, name))
        return Path("/tmp") / f"{name}.pdf"

    monkeypatch.setattr(picking_screen.open_document, "open_pdf", fake_open)
    screen = _screen(qtbot, ctx)
    screen.orders_table.selectRow(0)
    qtbot.keyClick(screen.orders_table, Qt.Key.Key_Return)  # Enter on an order: its list
    assert screen.lists_table.rowCount() == 1
    qtbot.keyClick(screen.lists_table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert opened and opened[0][0].startswith(b"%PDF")
    assert opened[0][1] == screen.lists[0].number


def test_a_lot_tracked_item_waits_for_its_lot(
    qtbot: QtBot, ctx: AppContext, f: Factory, uow: UowFactory, problems: Problems,
) -> None:
    product_id = products.create_product(uow(), f.admin, products.ProductInput(
        sku="LOT-PAINT", name="Paint 油漆", list_price=Decimal("12.00"),
        barcode="4719999000019", bin_location="C-01", bin_sequence=1, lot_tracked=True))
    stock.receive_stock(uow(), f.admin, product_id, Decimal(5), lot="L2026-11")
    f.allocated_order(lines=[(product_id, 1)])
    screen = _screen(qtbot, ctx)
    screen.orders_table.selectRow(0)
    screen.create_list()
    screen.start_selected()
    view = screen.scan_view
    assert "lot-tracked" in view.quantity.text()

    scan("4719999000019")
    assert view.awaiting_lot == "4719999000019"
    assert "lot" in view.prompt.text()
    picked = picking.get_pick_list(uow(write=False), screen.lists[0].id).lines[0]
    assert picked.qty_picked == 0  # nothing recorded before the lot
    scan("L2026-11")
    assert view.feedback.state == "right", view.message.text()
    assert view.current() is None
    assert problems == []


def test_scanning_an_order_number_makes_its_list_and_starts(
    qtbot: QtBot, ctx: AppContext, f: Factory, uow: UowFactory, problems: Problems,
) -> None:
    order_id = f.allocated_order()
    number = order_queries.get_order(uow(write=False), order_id).number
    screen = _screen(qtbot, ctx)
    scan("HQ-SO-999999")
    assert screen.stack.currentIndex() == 0 and screen.list_feedback.state == "wrong"
    scan(number)
    assert screen.stack.currentIndex() == 1
    assert screen.scan_view.current() is not None
    assert screen.scan_view.lines[0].order_number == number
    assert problems == []
