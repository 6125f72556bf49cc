"""The packing station over the real services: items scanned into packages, the label refused
(button disabled and the service saying no) until the last picked item is packed."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.devices.printer import LabelPrinter
from app.devices.simulated import SimulatedTransport
from app.devices.spool import Spool
from app.models.enums import Role
from app.services import order_queries, packing_queries
from app.services.errors import InvalidStateError
from app.services.order_queries import OrderState
from app.services.unit_of_work import UowFactory
from app.views.context import AppContext
from app.views.screens import packing_order
from app.views.screens.packing import PackingScreen
from tests.factories import Factory
from tests.views.conftest import Problems
from tests.views.wedge_keys import scan


@pytest.fixture
def printer(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> SimulatedTransport:
    transport = SimulatedTransport()
    station = LabelPrinter(transport, Spool(tmp_path / "spool"), "zpl")
    monkeypatch.setattr(packing_order.label_printing, "station_printer", lambda: station)
    return transport


def _screen(qtbot: QtBot, ctx: AppContext) -> PackingScreen:
    screen = PackingScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1200, 740)
    screen.show()
    QApplication.setActiveWindow(screen)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    screen.refresh()
    screen.focus_first()
    return screen


@pytest.fixture
def picked_order(f: Factory) -> uuid.UUID:
    a = f.product(stock_qty=10)
    b = f.product(stock_qty=10)
    order_id = f.allocated_order(lines=[(a, 2), (b, 1)])
    f.pick_all(order_id)
    return order_id


def test_label_refused_until_the_last_item_is_packed(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], uow: UowFactory, f: Factory,
    picked_order: uuid.UUID, printer: SimulatedTransport, problems: Problems,
) -> None:
    ctx = make_ctx(Role.WAREHOUSE)
    screen = _screen(qtbot, ctx)
    view = screen.order_view
    order = order_queries.get_order(uow(write=False), picked_order)
    assert [o.number for o in screen.orders] == [order.number]

    scan(order.number)  # the focus is on the worklist; the scan opens the order
    assert view.view is not None and view.view.order_id == picked_order
    assert not view.label_button.isEnabled()

    codes = [line.sku for line in order.lines for _ in range(int(line.qty_picked))]
    scan("not-a-product")
    assert view.feedback.state == "wrong" and "Unknown code" in view.message.text()
    for code in codes[:-1]:
        scan(code)
        assert view.feedback.state == "right", view.message.text()
    assert view.view.packages and view.view.packages[0].units == 2  # opened by the first scan

    # One item still unpacked: no label, neither from the screen nor from the service.
    assert not view.label_button.isEnabled()
    qtbot.keyClick(view.scan, Qt.Key.Key_F7)
    assert printer.jobs == []
    with pytest.raises(InvalidStateError, match="Not every picked item"):
        packing_queries.package_label(uow(write=False), ctx.actor, view.view.packages[0].id)

    # A surplus is refused: the last item goes in once, not twice.
    scan(codes[-1])
    assert view.feedback.state == "right"
    scan(codes[-1])
    assert view.feedback.state == "wrong" and "Too many" in view.message.text()

    # Packed but open: still no label until the package is weighed and closed.
    assert not view.label_button.isEnabled()
    qtbot.keyClicks(view.weight, "3.5")
    for side, size in zip(view.sides, ("40", "30", "20"), strict=True):
        qtbot.keyClicks(side, size)
    qtbot.keyClick(view.weight, Qt.Key.Key_F8)
    assert problems == []
    assert view.view.packages[0].weight_kg == 3.5
    assert view.view.packages[0].dimensions_cm == (40, 30, 20)
    assert view.label_button.isEnabled()
    qtbot.keyClick(view.scan, Qt.Key.Key_F7)
    assert len(printer.jobs) == 1
    assert view.view.packages[0].number.encode() in printer.jobs[0][1]
    assert order_queries.get_order(uow(write=False), picked_order).state is OrderState.PACKED
    assert screen.orders == []  # nothing left to pack


def test_new_package_key_splits_an_order_and_the_packing_list_prints(
    qtbot: QtBot, ctx: AppContext, uow: UowFactory, picked_order: uuid.UUID,
    printer: SimulatedTransport, monkeypatch: pytest.MonkeyPatch, problems: Problems,
) -> None:
    opened: list[bytes] = []
    monkeypatch.setattr(packing_order.open_document, "open_pdf",
                        lambda data, name: opened.append(data) or Path(name))
    screen = _screen(qtbot, ctx)
    screen.orders_table.selectRow(0)
    view = screen.order_view
    order = order_queries.get_order(uow(write=False), picked_order)
    first, second = order.lines
    view.scan.setFocus()
    scan(first.sku)
    scan(first.sku)
    qtbot.keyClicks(view.weight, "2")
    qtbot.keyClick(view.weight, Qt.Key.Key_F8)
    qtbot.keyClick(view.scan, Qt.Key.Key_F6)  # a new package, then the last item into it
    assert len(view.view.packages) == 2
    scan(second.sku)
    qtbot.keyClicks(view.weight, "1")
    qtbot.keyClick(view.weight, Qt.Key.Key_F8)
    assert problems == []
    assert view.label_button.isEnabled()
    qtbot.keyClick(view.scan, Qt.Key.Key_F7)
    assert len(printer.jobs) == 2
    assert b"1/2" in printer.jobs[0][1] and b"2/2" in printer.jobs[1][1]
    qtbot.keyClick(view.scan, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert opened and opened[0].startswith(b"%PDF")
